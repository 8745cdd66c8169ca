"""HTML -> clean briefing text, keeping paragraph breaks and dropping navigation.

selectolax (Lexbor) parses real-world, often malformed government pages quickly and lets us
remove boilerplate by tag; trafilatura is heavier and tuned for news articles, dropping the
speaker lines a transcript needs.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, select, button"
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
           "article", "table", "ul", "ol", "blockquote", "pre", "td", "dd", "dt"}


def html_to_text(html: str, selector: str | None = None, drop: str | None = None) -> str:
    """Visible text of `html` (or of the first node matching `selector`), one paragraph per line pair.

    `drop` is a CSS selector for extra boilerplate to remove (a site's pager, share buttons).
    """
    tree = LexborHTMLParser(html)
    for node in tree.css(f"{_DROP}, {drop}" if drop else _DROP):
        node.decompose()
    root = (tree.css_first(selector) if selector else None) or tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    text = re.sub(r"[ \t\u00a0\u3000]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def _walk(node, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag == "br":
            parts.append("\n")
        elif tag in _BLOCKS:
            parts.append("\n\n")
            _walk(child, parts)
            parts.append("\n\n")
        elif tag not in ("-comment",):
            _walk(child, parts)


def html_title(html: str) -> str | None:
    """The article heading: the first <h1>, else <title> (which often carries the site's name)."""
    tree = LexborHTMLParser(html)
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        title = " ".join(node.text().split()) if node is not None else ""
        if title:
            return title
    return None


# GBK and GB2312 pages are decoded as GB18030, their superset: a GBK-labelled page that uses one
# character outside GBK (common in names) would otherwise fail to decode.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(body: bytes, header_charset: str | None = None, hint: str | None = None) -> tuple[str, str]:
    """Decode a fetched page; returns (text, how it was decoded).

    Order: byte-order mark, the HTTP header's charset, `<meta charset>` (or http-equiv), the
    source's configured hint, then detection (UTF-8, GB18030, charset-normalizer). A declared
    charset the bytes do not decode in is skipped (government servers mislabel GBK as UTF-8),
    and only when nothing decodes cleanly is the first declared one used with replacement.
    One exception to the order: non-ASCII bytes that are valid UTF-8 are UTF-8 whatever the label
    says (GBK-encoded Chinese is practically never valid UTF-8, but GB18030 accepts most UTF-8).
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace"), "utf-8 (BOM)"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16", errors="replace"), "utf-16 (BOM)"
    if not body.isascii():
        try:
            return body.decode("utf-8"), "utf-8 (valid UTF-8)"
        except UnicodeDecodeError:
            pass
    meta = _META_CHARSET.search(body[:8192])
    declared = [(header_charset, "HTTP header"),
                (meta.group(1).decode("ascii") if meta else None, "meta charset"),
                (hint, "source hint")]
    for charset, origin in declared:
        codec = _codec(charset)
        if codec:
            try:
                return body.decode(codec), f"{codec} ({origin})"
            except UnicodeDecodeError:
                continue
    try:
        return body.decode("utf-8"), "utf-8 (detected)"
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("gb18030"), "gb18030 (detected)"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best), f"{best.encoding} (detected)"
    fallback = next((c for c in (_codec(c) for c, _ in declared) if c), "utf-8")
    return body.decode(fallback, errors="replace"), f"{fallback} (with replacement characters)"


def _codec(charset: str | None) -> str | None:
    """Python codec name for a charset label, or None when unknown (a typo in a page's meta tag)."""
    if not charset:
        return None
    import codecs
    label = charset.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def anchors(html: str, base_url: str) -> list[tuple[str, str, str]]:
    """(absolute URL without fragment, visible text, rel) of every <a href> in document order."""
    from urllib.parse import urldefrag, urljoin

    out = []
    for a in LexborHTMLParser(html).css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        out.append((url, a.text(strip=True), (a.attributes.get("rel") or "").lower()))
    return out
