"""A small, bounded HTTP client for polling government sites. Standard library only, no Dagster.

Why not `requests`/`urllib`: we need every hop of a redirect checked against the source's host
allowlist *before* connecting, a byte limit enforced while reading (not after), one deadline
for the whole response (a server dripping a byte a second defeats a per-read timeout), no
environment proxies, and a polite per-host delay. `http.client` gives that control in ~150 lines.

Nothing here raises for network or HTTP trouble: `Fetcher.get` always returns a `Response`
whose `error` says what went wrong, so one bad page never stops a poll.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import Message
from typing import Callable, Collection
from urllib.parse import urljoin, urlsplit

REDIRECT_STATUSES = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Limits:
    """Bounds on every request; `sources.toml` [fetch] sets them."""
    timeout_s: float = 20.0          # connect + whole response, per hop
    max_bytes: int = 5_000_000       # body size after decompression; a transcript page is ~100 KB
    delay_s: float = 2.0             # pause between two requests to the same host
    max_redirects: int = 5
    user_agent: str = "briefing-warehouse/0.1 (press briefing archive; polite, daily)"


@dataclass
class Response:
    url: str                          # as requested
    final_url: str                    # after redirects
    fetched_at: datetime              # UTC, naive (as stored in DuckDB)
    status: int | None = None         # HTTP status of the last hop; None when no response arrived
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)   # lower-cased names
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def charset(self) -> str | None:
        return charset_of(self.content_type)


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    msg = Message()
    msg["content-type"] = content_type
    charset = msg.get_param("charset")
    return charset if isinstance(charset, str) else None


class _Refused(Exception):
    """A request we will not make or finish; the message is the user-facing reason."""


def host_allowed(url: str, allowed_hosts: Collection[str]) -> bool:
    """`allowed_hosts` entries are host names (any port) or `host:port` (that port only)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host:
        return False
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    allowed = {h.lower() for h in allowed_hosts}
    return host in allowed or f"{host}:{port}" in allowed


class Fetcher:
    """GET with conditional headers, an allowlist checked on every hop, and bounded reads.

    `sleep` and `clock` are injectable so tests can check the polite delay without waiting.
    """

    def __init__(self, limits: Limits = Limits(), *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}   # host -> clock() when its last request ended
        self._ssl = ssl.create_default_context()

    def get(self, url: str, allowed_hosts: Collection[str], *, etag: str | None = None,
            last_modified: str | None = None) -> Response:
        response = Response(url=url, final_url=url, fetched_at=_utcnow())
        headers = {"User-Agent": self.limits.user_agent, "Accept": "text/html,*/*;q=0.5",
                   "Accept-Encoding": "gzip, deflate", "Connection": "close"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        try:
            for hop in range(self.limits.max_redirects + 1):
                self._check(current, allowed_hosts, first=hop == 0)
                status, hdrs, body = self._request(current, headers)
                response.final_url, response.status, response.headers = current, status, hdrs
                if status in REDIRECT_STATUSES and hdrs.get("location"):
                    current = urljoin(current, hdrs["location"].strip())
                    continue
                response.body = body
                if status not in (200, 304):
                    response.error = f"HTTP {status}"
                return response
            raise _Refused(f"more than {self.limits.max_redirects} redirects")
        except _Refused as exc:
            response.error = str(exc)
        except (socket.timeout, TimeoutError):
            response.error = f"timed out after {self.limits.timeout_s:g} s"
        except (OSError, http.client.HTTPException) as exc:
            response.error = f"{type(exc).__name__}: {exc}"
        response.body = b""
        return response

    def _check(self, url: str, allowed_hosts: Collection[str], first: bool) -> None:
        scheme = urlsplit(url).scheme.lower()
        what = "URL" if first else "redirect"
        if scheme not in ("http", "https"):
            raise _Refused(f"{what} to {url!r}: only http and https are fetched")
        if not host_allowed(url, allowed_hosts):
            raise _Refused(f"{what} to host {urlsplit(url).netloc!r} refused: not in the source's "
                           f"allowed_hosts {sorted(allowed_hosts)}")

    def _polite_wait(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None and self.limits.delay_s > 0:
            wait = last + self.limits.delay_s - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        self._polite_wait(host)
        deadline = self._clock() + self.limits.timeout_s
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(host, parts.port, timeout=self.limits.timeout_s,
                                               context=self._ssl)
        else:
            conn = http.client.HTTPConnection(host, parts.port, timeout=self.limits.timeout_s)
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            hdrs = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status in REDIRECT_STATUSES or resp.status == 304 or resp.status >= 400:
                return resp.status, hdrs, b""   # the body of these is never used: do not read it
            return resp.status, hdrs, self._read_body(conn, resp, hdrs, deadline)
        finally:
            conn.close()
            self._last_request[host] = self._clock()

    def _read_body(self, conn, resp, hdrs: dict[str, str], deadline: float) -> bytes:
        limit = self.limits.max_bytes
        declared = hdrs.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:   # compressed, it would only grow
            raise _Refused(f"response too large: Content-Length {declared} > max_bytes {limit}")
        decoder = _Decoder(hdrs.get("content-encoding", ""))
        size, chunks = 0, []
        while True:
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise TimeoutError()
            if conn.sock is not None:
                conn.sock.settimeout(remaining)
            raw = resp.read1(65536)
            data = decoder.feed(raw, limit - size + 1) if raw else decoder.flush(limit - size + 1)
            size += len(data)
            if size > limit:
                raise _Refused(f"response too large: more than max_bytes {limit}")
            chunks.append(data)
            if not raw:
                return b"".join(chunks)


class _Decoder:
    """gzip/deflate Content-Encoding, decompressed with an output bound (no zip bombs)."""

    def __init__(self, encoding: str):
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise _Refused(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes, max_out: int) -> bytes:
        if self._z is None:
            return data
        try:
            out = self._z.decompress(data, max_out)
        except zlib.error as exc:
            raise _Refused(f"corrupt compressed body: {exc}") from exc
        if self._z.unconsumed_tail:
            return out + b"\0" * max_out   # over the limit; the caller reports it
        return out

    def flush(self, max_out: int) -> bytes:
        return b"" if self._z is None else self._z.flush()[:max_out]


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
