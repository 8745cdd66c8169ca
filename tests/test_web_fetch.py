"""The bounded HTTP client and charset detection, against a local server on 127.0.0.1."""
from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dagster_project.web.fetch import Fetcher, Limits, host_allowed
from dagster_project.web.html import decode_html

from fixtures.web.site import SCIO, FixtureSite

PAGE = f"{SCIO}/2024-07/19/content_1001.htm"


@pytest.fixture(scope="module")
def site():
    with FixtureSite(slow_s=2.0) as s:
        yield s


def test_conditional_request_gets_304_and_keeps_validators(site):
    fetcher = Fetcher(Limits(delay_s=0))
    first = fetcher.get(site.url(PAGE), ["127.0.0.1"])
    assert first.ok and first.etag and first.last_modified
    assert b"Shan Zhongde" in first.body
    again = fetcher.get(site.url(PAGE), ["127.0.0.1"], etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b"" and again.error is None
    sent = [h for _host, p, h in site.requests if p == PAGE][-1]
    assert sent["If-None-Match"] == first.etag and sent["If-Modified-Since"] == first.last_modified
    stale = fetcher.get(site.url(PAGE), ["127.0.0.1"], etag='"something-else"')
    assert stale.ok and stale.body == first.body


def test_errors_are_reported_not_raised(site):
    # only the slow page meets the short timeout: a throttled machine can take longer than 0.5 s to
    # stream the big page, which must fail on its size
    fetcher = Fetcher(Limits(timeout_s=10, max_bytes=100_000, delay_s=0))
    missing = fetcher.get(site.url(f"{SCIO}/2024-08/01/content_1003.htm"), ["127.0.0.1"])
    assert (missing.status, missing.error, missing.ok) == (404, "HTTP 404", False)
    slow = Fetcher(Limits(timeout_s=0.5, delay_s=0)).get(site.url(f"{SCIO}/2024-08/02/content_1004.htm"), ["127.0.0.1"])
    assert slow.status is None and "timed out" in slow.error
    big = fetcher.get(site.url(f"{SCIO}/2024-08/05/content_1005.htm"), ["127.0.0.1"])
    assert "too large" in big.error and big.body == b""
    declared = Fetcher(Limits(max_bytes=1000, delay_s=0)).get(site.url(PAGE), ["127.0.0.1"])
    assert "Content-Length" in declared.error       # refused before reading the body
    closed = Fetcher(Limits(delay_s=0)).get("http://127.0.0.1:9/", ["127.0.0.1"])
    assert closed.status is None and closed.error


def test_only_http_and_only_allowed_hosts_even_after_redirects(site):
    fetcher = Fetcher(Limits(delay_s=0))
    before = len(site.requests)
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", site.url(PAGE, host="localhost")):
        response = fetcher.get(url, ["127.0.0.1"])
        assert response.error and response.status is None
    assert len(site.requests) == before   # refused before connecting
    offsite = fetcher.get(site.url(f"{SCIO}/2024-08/06/content_1006.htm"), ["127.0.0.1"])
    assert offsite.status == 302 and "redirect to host 'localhost:" in offsite.error
    assert [p for _h, p, _hd in site.requests[before:]] == [f"{SCIO}/2024-08/06/content_1006.htm"]
    # the same redirect is followed when the target host is allowed
    followed = fetcher.get(site.url(f"{SCIO}/2024-08/06/content_1006.htm"), ["127.0.0.1", "localhost"])
    assert followed.ok and followed.final_url.endswith("content_1001.htm") and "localhost" in followed.final_url


def test_host_allowlist_entries_with_and_without_port():
    assert host_allowed("http://Example.org:8080/a", ["example.org"])
    assert host_allowed("https://example.org/a", ["example.org:443"])
    assert not host_allowed("http://example.org/a", ["example.org:8080"])
    assert not host_allowed("http://example.org.evil.test/a", ["example.org"])
    assert not host_allowed("http://evil.test/@example.org", ["example.org"])


class _Clock:
    def __init__(self):
        self.now, self.sleeps = 100.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def test_polite_delay_between_requests_to_the_same_host(site):
    clock = _Clock()
    fetcher = Fetcher(Limits(delay_s=2.0), sleep=clock.sleep, clock=clock)
    fetcher.get(site.url(PAGE), ["127.0.0.1"])
    assert clock.sleeps == []
    fetcher.get(site.url(PAGE), ["127.0.0.1"])
    assert clock.sleeps == [2.0]
    clock.now += 5   # long enough ago: no wait
    fetcher.get(site.url(PAGE), ["127.0.0.1"])
    assert clock.sleeps == [2.0]


class _Gzip(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    payloads = {"/small": gzip.compress(b"<p>gzip body</p>"), "/bomb": gzip.compress(b"\0" * 5_000_000)}

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = self.payloads[self.path]
        self.send_response(200)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_gzip_is_decoded_and_bounded_after_decompression():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gzip)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        fetcher = Fetcher(Limits(max_bytes=1_000_000, delay_s=0))
        assert fetcher.get(f"{base}/small", ["127.0.0.1"]).body == b"<p>gzip body</p>"
        bomb = fetcher.get(f"{base}/bomb", ["127.0.0.1"])
        assert "too large" in bomb.error   # 5 KB on the wire, 5 MB decompressed
    finally:
        server.shutdown()
        server.server_close()


ZH = "截至6月末，5G基站总数达391.7万个，占移动基站总数的33.2%。"


@pytest.mark.parametrize("body, header, hint, expected, how", [
    (f"<p>{ZH}</p>".encode("gbk"), None, None, ZH, "gb18030 (detected)"),
    (f'<meta charset="gb2312"><p>{ZH}</p>'.encode("gbk"), None, None, ZH, "meta charset"),
    (f'<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>{ZH}</p>'.encode("gbk"),
     None, None, ZH, "meta charset"),
    (f"<p>{ZH}</p>".encode("gb18030"), "gb18030", None, ZH, "HTTP header"),
    # the header says UTF-8 but the bytes are GBK (a common misconfiguration): the <meta> wins
    (f'<meta charset="gbk"><p>{ZH}</p>'.encode("gbk"), "utf-8", None, ZH, "meta charset"),
    (f"<p>{ZH}</p>".encode("utf-8"), "gbk", None, ZH, "valid UTF-8"),
    ("<p>Gigabit users: 190 million ¥</p>".encode("cp1252"), None, "windows-1252", "¥", "source hint"),
])
def test_charset_detection(body, header, hint, expected, how):
    text, used = decode_html(body, header, hint)
    assert expected in text
    assert how in used
