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


def html_to_text(html: str, selector: str | None = None) -> str:
    """Visible text of `html` (or of the first node matching `selector`), one paragraph per line pair."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
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
    tree = LexborHTMLParser(html)
    node = tree.css_first("title") or tree.css_first("h1")
    return node.text(strip=True) if node else None
