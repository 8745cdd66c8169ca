"""Poll every configured web source once: listings -> briefing links -> stitched documents.

No Dagster here. `poll_sources` fetches (conditionally), archives every page's bytes in the raw
store, logs every request to `web_fetches`, stitches multi-page transcripts, and registers each
new or revised document as an arrival (source = canonical first-page URL). Ingesting the
arrivals is the caller's job (the Dagster op in defs/web.py, with the same pipeline as the inbox).

Conditional-request state (ETag / Last-Modified per URL) is read from the `web_fetches` table of
the published warehouse rather than a side file: the fetch log is the record we keep anyway,
so there is one source of truth, and it is only trusted when the body it validated is still in
the raw store.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import polars as pl

from dagster_project.arrivals import Arrival, RawStore, briefing_key
from dagster_project.storage import Warehouse, run_sql
from dagster_project.web.fetch import Fetcher, Response, charset_of
from dagster_project.web.html import decode_html
from dagster_project.web.sources import (Config, Source, continuation_pages, page_number, page_text,
                                         parse_listing, stitch)


@dataclass
class FetchRecord:
    """One row of `web_fetches`."""
    source_name: str
    url: str
    final_url: str | None
    fetched_at: datetime
    http_status: int | None
    sha256: str | None = None
    bytes: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    error: str | None = None


@dataclass
class DocumentResult:
    source_name: str
    url: str                       # the canonical (first-page) URL: the document's source
    status: str                    # new | revised | unchanged | duplicate | failed
    pages: int = 0
    key: str | None = None         # the partition key, when registered
    sha256: str | None = None      # of the stitched text
    error: str | None = None


@dataclass
class PollReport:
    documents: list[DocumentResult] = field(default_factory=list)
    fetches: list[FetchRecord] = field(default_factory=list)
    listing_errors: list[str] = field(default_factory=list)

    def keys_to_ingest(self) -> list[str]:
        return list(dict.fromkeys(d.key for d in self.documents if d.status in ("new", "revised") and d.key))

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in ("new", "revised", "unchanged", "duplicate", "failed")}
        for d in self.documents:
            out[d.status] += 1
        out["listing_errors"] = len(self.listing_errors)
        out["requests"] = len(self.fetches)
        out["not_modified"] = sum(f.http_status == 304 for f in self.fetches)
        return out

    def failures(self) -> list[str]:
        return self.listing_errors + [f"{d.url}: {d.error}" for d in self.documents if d.status == "failed"]


@dataclass
class _State:
    etag: str | None
    last_modified: str | None
    sha256: str
    content_type: str | None


def poll_sources(config: Config, warehouse: Warehouse, *, fetcher: Fetcher | None = None,
                 log: logging.Logger | None = None) -> PollReport:
    """Crawl every source once. Never raises for a bad page: failures are in the report."""
    crawler = _Crawler(config, warehouse, fetcher or Fetcher(config.limits), log or logging.getLogger(__name__))
    seen: set[str] = set()
    for source in config.sources:
        for url in crawler.discover(source):
            if url not in seen:   # the same briefing listed twice (or by two sources) is fetched once
                seen.add(url)
                crawler.report.documents.append(crawler.fetch_document(source, url))
    record_fetches(warehouse, crawler.report.fetches)
    return crawler.report


class _Crawler:
    def __init__(self, config: Config, warehouse: Warehouse, fetcher: Fetcher, log: logging.Logger):
        self.config, self.fetcher, self.log = config, fetcher, log
        self.store = RawStore(warehouse.dir)
        self.state, self.known_hashes = _read_state(warehouse)
        self.report = PollReport()

    def discover(self, source: Source) -> list[str]:
        """Briefing URLs from the source's listing pages, following pagination up to the limit."""
        documents: list[str] = []
        for start in source.listing_urls:
            queue, visited = [start], set()
            while queue and len(visited) < source.max_listing_pages:
                url = queue.pop(0)
                if url in visited:
                    continue
                visited.add(url)
                html, error = self.fetch_html(source, url)
                if html is None:
                    self.report.listing_errors.append(f"{source.name}: listing {url}: {error}")
                    self.log.warning("listing %s failed: %s", url, error)
                    continue
                listing = parse_listing(html, url, source)
                documents += [d for d in listing.documents if d not in documents]
                queue += [n for n in listing.next_pages if n not in visited]
        return documents[:source.max_documents]

    def fetch_document(self, source: Source, url: str) -> DocumentResult:
        """Fetch every page of one briefing, stitch them in page order, register the result."""
        result = DocumentResult(source_name=source.name, url=url, status="failed")
        pages: dict[int, str] = {}
        found: dict[int, str] = {1: url}
        while True:
            todo = sorted(n for n in found if n not in pages)
            if not todo:
                break
            n = todo[0]
            if len(pages) >= source.max_pages_per_document:
                result.error = f"more than max_pages_per_document={source.max_pages_per_document} pages"
                return self._failed(result)
            html, error = self.fetch_html(source, found[n])
            if html is None:
                result.error = f"page {n} ({found[n]}): {error}" if n > 1 else error
                return self._failed(result)
            pages[n] = html
            for link in continuation_pages(html, found[n]):
                found.setdefault(page_number(link), link)
        missing = [n for n in range(1, max(pages) + 1) if n not in pages]
        if missing:   # pages 1 and 3 linked, page 2 never: do not ingest a transcript with a hole
            result.error = f"pages {missing} are not linked from the others"
            return self._failed(result)
        texts = [page_text(pages[n], source) for n in sorted(pages)]
        text = stitch(texts[0][0], [body for _title, body in texts])
        result.pages = len(pages)
        if len(text.strip()) < 20:
            result.error = "no text in the page's content area (check content_selector)"
            return self._failed(result)
        return self._register(result, text)

    def _register(self, result: DocumentResult, text: str) -> DocumentResult:
        data = text.encode("utf-8")
        result.sha256 = digest = self.store.put(data)
        key = self.store.key_for_source(result.url)
        previous = self.store.lookup(key) if key else None
        if previous is not None and previous.sha256 == digest and digest in self.known_hashes:
            result.status, result.key = "unchanged", key
            return result
        if previous is None and digest in self.known_hashes:
            result.status = "duplicate"   # byte-identical to a document already ingested elsewhere
            return result
        result.key = key or briefing_key(result.url, text)
        result.status = "revised" if previous is not None and previous.sha256 != digest else "new"
        self.store.register(Arrival(key=result.key, source=result.url, sha256=digest))
        self.known_hashes.add(digest)   # a reprint later in this same poll is a duplicate
        self.log.info("%s %s (%d pages) -> %s", result.status, result.url, result.pages, result.key)
        return result

    def _failed(self, result: DocumentResult) -> DocumentResult:
        self.log.warning("failed %s: %s", result.url, result.error)
        return result

    def fetch_html(self, source: Source, url: str) -> tuple[str | None, str | None]:
        """(decoded page, None) or (None, why not). Conditional when we hold the last body."""
        previous = self.state.get(url)
        if previous is not None and not (self.store.blobs / previous.sha256).exists():
            previous = None
        response = self.fetcher.get(url, source.allowed_hosts,
                                    etag=previous.etag if previous else None,
                                    last_modified=previous.last_modified if previous else None)
        record = _record(source, response)
        self.report.fetches.append(record)
        if response.not_modified and previous is not None:
            body = self.store.get(previous.sha256)
            record.sha256, record.bytes = previous.sha256, len(body)
            record.etag = response.etag or previous.etag
            record.last_modified = response.last_modified or previous.last_modified
            record.content_type = response.content_type or previous.content_type
        elif response.ok:
            body = response.body
            record.sha256, record.bytes = self.store.put(body), len(body)
        else:
            record.error = response.error or f"HTTP {response.status} without a stored copy"
            return None, record.error
        charset = charset_of(record.content_type)
        html, record.encoding = decode_html(body, charset, source.encoding)
        self.state[url] = _State(record.etag, record.last_modified, record.sha256, record.content_type)
        return html, None


def _record(source: Source, response: Response) -> FetchRecord:
    return FetchRecord(source_name=source.name, url=response.url, final_url=response.final_url,
                       fetched_at=response.fetched_at, http_status=response.status,
                       etag=response.etag, last_modified=response.last_modified,
                       content_type=response.content_type, error=response.error)


def _read_state(warehouse: Warehouse) -> tuple[dict[str, _State], set[str]]:
    """Validators per URL and the content hashes already ingested, from the published snapshot."""
    if not warehouse.published.exists():
        return {}, set()
    with warehouse.reader() as con:
        try:
            rows = run_sql(con, "write/web_fetch_state.sql")
            hashes = {h for (h,) in run_sql(con, "write/web_known_hashes.sql")}
        except duckdb.CatalogException:   # a snapshot published before web_fetches existed
            return {}, set()
    return {url: _State(etag, lm, sha, ctype) for url, etag, lm, sha, ctype in rows}, hashes


_FETCH_SCHEMA = {
    "source_name": pl.String, "url": pl.String, "final_url": pl.String, "fetched_at": pl.Datetime("us"),
    "http_status": pl.Int32, "sha256": pl.String, "bytes": pl.Int64, "etag": pl.String,
    "last_modified": pl.String, "content_type": pl.String, "encoding": pl.String, "error": pl.String,
}


def record_fetches(warehouse: Warehouse, fetches: list[FetchRecord]) -> None:
    """Append the poll's requests to `web_fetches` in one transaction."""
    if not fetches:
        return
    frame = pl.DataFrame([{k: getattr(f, k) for k in _FETCH_SCHEMA} for f in fetches], schema=_FETCH_SCHEMA)
    with warehouse.writer() as con:
        con.register("web_fetch_rows", frame)
        try:
            con.execute("BEGIN")
            run_sql(con, "write/insert_web_fetches.sql")
            con.execute("COMMIT")
        finally:
            con.unregister("web_fetch_rows")
