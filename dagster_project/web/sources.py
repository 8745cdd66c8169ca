"""Web sources: the config file, listing pages -> briefing links, transcript pages -> one text.

Pure functions over HTML strings; fetching is in `fetch.py`, the crawl in `poll.py`.

Site conventions handled here (SCIO and MIIT both run TRS-style CMS pages):
- a listing paginates as `index.htm`, `index_1.htm`, `index_2.htm`, ... announced either by a
  "Next" / "下一页" link or by a `createPageHTML(pages, current, "index", "htm")` script call;
- a long transcript is split as `content_NNN.htm`, `content_NNN_2.htm`, `content_NNN_3.htm`, ...
  each page linking to the others and/or to the next one.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from dagster_project.paths import PROJECT_ROOT
from dagster_project.web.fetch import Limits, host_allowed
from dagster_project.web.html import anchors, html_title, html_to_text

DEFAULT_CRON = "0 7 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
_NEXT_WORDS = {"next", "next page", "next >", "next»", "下一页", "下页", ">", "»", "›", ">>"}
_CREATE_PAGE = re.compile(
    r"createPageHTML\(\s*(?:['\"][\w-]*['\"]\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*['\"]([\w-]+)['\"]\s*,"
    r"\s*['\"](\w+)['\"]")
# `content_117836123_2.htm` is page 2 of `content_117836123.htm`; the stem must itself end in an
# id (`art_123.html` is not page 123 of `art.html`).
_PAGE_SUFFIX = re.compile(r"^(?P<stem>[^/]*_[0-9A-Za-z]+)_(?P<page>\d{1,3})(?P<ext>\.s?html?)$", re.I)


class ConfigError(ValueError):
    """sources.toml is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    name: str
    listing_urls: tuple[str, ...]
    allowed_hosts: frozenset[str]
    link_pattern: re.Pattern                 # searched in each absolute link URL
    link_text_pattern: re.Pattern | None = None   # optional filter on the link's text
    max_listing_pages: int = 3               # per listing URL, including the first
    max_documents: int = 30                  # newest links first, per poll
    max_pages_per_document: int = 20
    content_selector: str | None = None      # the article body; the whole <body> when unset
    drop_selector: str | None = None         # boilerplate inside the body (pager, share bar)
    encoding: str | None = None              # used when neither header nor <meta> declares one


@dataclass(frozen=True)
class Config:
    path: Path
    sources: tuple[Source, ...]
    limits: Limits
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE


def config_path() -> Path:
    """`$BRIEFINGS_SOURCES`, else `sources.toml` at the project root."""
    value = os.environ.get("BRIEFINGS_SOURCES")
    return Path(value).expanduser().resolve() if value else PROJECT_ROOT / "sources.toml"


_SOURCE_KEYS = {"name", "listing_urls", "allowed_hosts", "link_pattern", "link_text_pattern",
                "max_listing_pages", "max_documents", "max_pages_per_document", "content_selector",
                "drop_selector", "encoding", "enabled"}
_FETCH_KEYS = {"timeout_s", "max_bytes", "delay_s", "max_redirects", "user_agent"}


def load_config(path: Path | str | None = None) -> Config:
    """Parse and validate the sources file. Unknown keys are errors: a typo must not silently
    turn a limit off."""
    path = Path(path) if path else config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such sources file (set BRIEFINGS_SOURCES or create it)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    _unknown(path, "top level", raw, {"schedule", "fetch", "sources"})
    schedule = raw.get("schedule", {})
    _unknown(path, "[schedule]", schedule, {"cron", "timezone"})
    cron = str(schedule.get("cron", DEFAULT_CRON))
    if len(cron.split()) != 5:
        raise ConfigError(f"{path}: [schedule] cron {cron!r} must have 5 fields (minute hour day month weekday)")
    fetch = raw.get("fetch", {})
    _unknown(path, "[fetch]", fetch, _FETCH_KEYS)
    try:
        limits = Limits(**fetch)
    except TypeError as exc:
        raise ConfigError(f"{path}: [fetch]: {exc}") from None
    if limits.timeout_s <= 0 or limits.max_bytes <= 0 or limits.delay_s < 0 or limits.max_redirects < 0:
        raise ConfigError(f"{path}: [fetch] limits must be positive: {fetch}")
    sources, names = [], set()
    for i, entry in enumerate(raw.get("sources", [])):
        source = _source(path, i, entry)
        if source is None:
            continue
        if source.name in names:
            raise ConfigError(f"{path}: two sources are named {source.name!r}")
        names.add(source.name)
        sources.append(source)
    return Config(path=path, sources=tuple(sources), limits=limits, cron=cron,
                  timezone=str(schedule.get("timezone", DEFAULT_TIMEZONE)))


def _unknown(path: Path, where: str, table: dict, allowed: set[str]) -> None:
    extra = set(table) - allowed
    if extra:
        raise ConfigError(f"{path}: {where}: unknown keys {sorted(extra)} (allowed: {sorted(allowed)})")


def _source(path: Path, i: int, entry: dict) -> Source | None:
    where = f"[[sources]] #{i + 1} ({entry.get('name', 'unnamed')})"
    _unknown(path, where, entry, _SOURCE_KEYS)
    if not entry.get("enabled", True):
        return None
    for key in ("name", "listing_urls", "allowed_hosts", "link_pattern"):
        if not entry.get(key):
            raise ConfigError(f"{path}: {where}: `{key}` is required")
    hosts = frozenset(h.lower() for h in entry["allowed_hosts"])
    for url in entry["listing_urls"]:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ConfigError(f"{path}: {where}: listing URL {url!r} is not http(s)")
        if not host_allowed(url, hosts):
            raise ConfigError(f"{path}: {where}: listing URL {url!r} is not on an allowed host {sorted(hosts)}")
    try:
        pattern = re.compile(entry["link_pattern"])
        text_pattern = re.compile(entry["link_text_pattern"], re.I) if entry.get("link_text_pattern") else None
    except re.error as exc:
        raise ConfigError(f"{path}: {where}: bad regular expression: {exc}") from None
    ints = {k: int(entry[k]) for k in ("max_listing_pages", "max_documents", "max_pages_per_document")
            if k in entry}
    if any(v < 1 for v in ints.values()):
        raise ConfigError(f"{path}: {where}: {ints} must be at least 1")
    return Source(name=str(entry["name"]), listing_urls=tuple(entry["listing_urls"]), allowed_hosts=hosts,
                  link_pattern=pattern, link_text_pattern=text_pattern, **ints,
                  content_selector=entry.get("content_selector") or None,
                  drop_selector=entry.get("drop_selector") or None,
                  encoding=entry.get("encoding") or None)


# ---- listing pages ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Listing:
    documents: list[str]      # canonical (first-page) URLs of briefings, in page order
    next_pages: list[str]     # further listing pages this one announces


def parse_listing(html: str, url: str, source: Source) -> Listing:
    """Briefing links (matching the source's patterns, on its hosts) and pagination links."""
    documents, seen, nexts = [], set(), []
    for href, text, rel in anchors(html, url):
        if not host_allowed(href, source.allowed_hosts):
            continue
        if rel == "next" or text.lower() in _NEXT_WORDS:
            if not source.link_pattern.search(href):
                nexts.append(href)
            continue
        if not source.link_pattern.search(href):
            continue
        if source.link_text_pattern and not source.link_text_pattern.search(text):
            continue
        canonical = first_page(href)
        if canonical not in seen:
            seen.add(canonical)
            documents.append(canonical)
    m = _CREATE_PAGE.search(html)
    if m:
        count, current, prefix, ext = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        if current + 1 < count:
            nexts.append(urljoin(url, f"{prefix}_{current + 1}.{ext}"))
    return Listing(documents=documents, next_pages=list(dict.fromkeys(nexts)))


# ---- multi-page transcripts ---------------------------------------------------------------------

def page_number(url: str) -> int:
    """1 for `content_NNN.htm`, n for `content_NNN_n.htm`."""
    m = _PAGE_SUFFIX.match(_last_segment(url))
    return int(m.group("page")) if m else 1


def first_page(url: str) -> str:
    """The canonical URL of a document: its first page, without query or fragment."""
    parts = urlsplit(url)
    segment = _last_segment(url)
    m = _PAGE_SUFFIX.match(segment)
    if m:
        segment = m.group("stem") + m.group("ext")
    path = parts.path.rsplit("/", 1)[0] + "/" + segment if "/" in parts.path else "/" + segment
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def continuation_pages(html: str, page_url: str) -> list[str]:
    """Other pages of the same document that this page links to (page 2, 3, ...), by page number."""
    canonical = first_page(page_url)
    found = {}
    for href, _text, _rel in anchors(html, page_url):
        if first_page(href) == canonical and page_number(href) > 1:
            found.setdefault(page_number(href), urlunsplit(urlsplit(href)._replace(query="")))
    return [found[n] for n in sorted(found)]


def page_text(html: str, source: Source) -> tuple[str | None, str]:
    """(title, body text) of one page: the content area, with navigation and the pager dropped."""
    return html_title(html), html_to_text(html, source.content_selector, source.drop_selector)


def stitch(title: str | None, bodies: list[str]) -> str:
    """One document from its pages' texts, in page order. The title leads unless page 1 starts with it."""
    bodies = [b.strip() for b in bodies if b.strip()]
    parts = list(bodies)
    if title and not (bodies and bodies[0].startswith(title.strip())):
        parts.insert(0, title.strip())
    return "\n\n".join(parts) + "\n"


def _last_segment(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1]
