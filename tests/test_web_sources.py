"""sources.toml parsing, listing pages, multi-page transcripts and HTML -> text (no network)."""
from __future__ import annotations

import re

import pytest

from dagster_project.paths import PROJECT_ROOT
from dagster_project.web.html import html_to_text
from dagster_project.web.sources import (ConfigError, continuation_pages, first_page, load_config,
                                         page_number, page_text, parse_listing, stitch)

from fixtures.web.site import MIIT, ROOT as FIXTURES, SCIO

BASE = "http://127.0.0.1:8000"
GOOD = """
[[sources]]
name = "scio"
listing_urls = ["http://127.0.0.1:8000/m/pressroom/index.htm"]
allowed_hosts = ["127.0.0.1"]
link_pattern = '/pressroom/\\d{4}-\\d{2}/\\d{2}/content_\\d+(_\\d+)?\\.htm$'
link_text_pattern = 'industr|information technology|MIIT|telecom|manufactur'
content_selector = ".content"
drop_selector = "#autopage"

[[sources]]
name = "miit"
listing_urls = ["http://127.0.0.1:8000/xwdt/gxdt/sjdt/index.html"]
allowed_hosts = ["127.0.0.1"]
link_pattern = '/art/\\d{4}/art_[0-9a-f]+\\.html$'
"""


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(GOOD)
    return load_config(path)


def test_the_committed_sources_file_is_valid():
    config = load_config(PROJECT_ROOT / "sources.toml")
    assert config.sources and config.cron and config.limits.timeout_s > 0
    for source in config.sources:
        assert source.allowed_hosts and all(u.startswith(("http://", "https://")) for u in source.listing_urls)


def test_config_is_read_from_BRIEFINGS_SOURCES(tmp_path, monkeypatch):
    path = tmp_path / "elsewhere.toml"
    path.write_text('[schedule]\ncron = "*/10 * * * *"\n')
    monkeypatch.setenv("BRIEFINGS_SOURCES", str(path))
    config = load_config()
    assert (config.path, config.cron, config.sources) == (path, "*/10 * * * *", ())


@pytest.mark.parametrize("change, message", [
    (('name = "miit"', 'name = "scio"'), "two sources are named"),
    (('allowed_hosts = ["127.0.0.1"]\nlink_pattern = \'/art', 'allowed_hosts = ["www.miit.gov.cn"]\nlink_pattern = \'/art'),
     "is not on an allowed host"),
    (("http://127.0.0.1:8000/xwdt", "file:///xwdt"), "is not http(s)"),
    (("content_selector", "content_selectr"), "unknown keys ['content_selectr']"),
    (("[0-9a-f]+", "[0-9a-f+"), "bad regular expression"),
    (('name = "miit"\n', ''), "`name` is required"),
])
def test_config_errors_name_the_problem(tmp_path, change, message):
    path = tmp_path / "sources.toml"
    path.write_text(GOOD.replace(*change, 1))
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path)


def test_fetch_limits_and_schedule_are_checked(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("[fetch]\nmax_byte = 10\n")
    with pytest.raises(ConfigError, match="unknown keys"):
        load_config(path)
    path.write_text("[fetch]\ntimeout_s = 0\n")
    with pytest.raises(ConfigError, match="positive"):
        load_config(path)
    path.write_text('[schedule]\ncron = "daily"\n')
    with pytest.raises(ConfigError, match="5 fields"):
        load_config(path)


def _fixture(path: str, encoding: str = "utf-8") -> str:
    site = "scio" if path.startswith("/m/") else "miit"
    return (FIXTURES / site / path.lstrip("/")).read_bytes().decode(encoding)


def test_listing_links_text_filter_and_script_pagination(config):
    scio = config.sources[0]
    first = parse_listing(_fixture(f"{SCIO}/index.htm"), f"{BASE}{SCIO}/index.htm", scio)
    assert [u.rsplit("/", 1)[1] for u in first.documents] == [
        "content_1006.htm", "content_1005.htm", "content_1004.htm", "content_1003.htm",
        "content_1002.htm", "content_1001.htm"]          # newest first; rural revitalisation filtered out
    assert first.next_pages == [f"{BASE}{SCIO}/index_1.htm"]   # from createPageHTML(2, 0, ...)
    second = parse_listing(_fixture(f"{SCIO}/index_1.htm"), f"{BASE}{SCIO}/index_1.htm", scio)
    assert second.documents == [f"{BASE}{SCIO}/2024-07/30/content_1008.htm",
                                f"{BASE}{SCIO}/2024-07/19/content_1001.htm"]   # page 2 link -> page 1
    assert second.next_pages == []                     # the last page


def test_listing_next_page_link(config):
    miit = config.sources[1]
    listing = parse_listing(_fixture(f"{MIIT}/index.html", "gbk"), f"{BASE}{MIIT}/index.html", miit)
    assert listing.documents == [f"{BASE}{MIIT}/art/2024/art_3f2a9c1e7b5d4e0a.html"]
    assert listing.next_pages == [f"{BASE}{MIIT}/index_1.html"]    # the "下一页" link


def test_page_numbers_and_canonical_urls():
    assert page_number(f"{BASE}/p/content_117836123_3.htm") == 3
    assert page_number(f"{BASE}/p/content_117836123.htm") == 1
    assert page_number(f"{BASE}/art/2024/art_123.html") == 1         # an id, not a page number
    assert first_page(f"{BASE}/p/content_117836123_12.htm?from=list#top") == f"{BASE}/p/content_117836123.htm"
    assert first_page("HTTP://English.SCIO.gov.cn/p/content_1.htm") == "http://english.scio.gov.cn/p/content_1.htm"


def test_continuation_pages_are_found_in_page_order():
    url = f"{BASE}{SCIO}/2024-07/19/content_1001.htm"
    pages = continuation_pages(_fixture(f"{SCIO}/2024-07/19/content_1001.htm"), url)
    assert [p.rsplit("/", 1)[1] for p in pages] == ["content_1001_2.htm", "content_1001_3.htm"]
    # a page that only links "Previous"/"1" (the last one) adds nothing new beyond pages 2
    last = continuation_pages(_fixture(f"{SCIO}/2024-07/19/content_1001_3.htm"), url.replace(".htm", "_3.htm"))
    assert [p.rsplit("/", 1)[1] for p in last] == ["content_1001_2.htm"]


def test_page_text_keeps_paragraphs_and_drops_navigation(config):
    title, body = page_text(_fixture(f"{SCIO}/2024-07/19/content_1001_2.htm"), config.sources[0])
    assert title == "SCIO press conference on industry and information technology development in H1 2024"
    assert body.startswith("The information and communications industry kept a good momentum.")
    assert "Gigabit broadband users numbered 190 million.\n\nWe will accelerate" in body
    for noise in ("Home", "Previous", "Next", "Share", "Copyright"):
        assert noise not in body


def test_html_to_text_without_a_selector_drops_nav_scripts_and_keeps_breaks():
    html = ("<html><head><title>t</title><style>p{}</style></head><body><nav><a>Home</a></nav>"
            "<header>Site</header><h1>Title</h1><p>First   paragraph.</p><script>var x=1;</script>"
            "<p>Second<br>line</p><footer>Copyright</footer></body></html>")
    assert html_to_text(html) == "Title\n\nFirst paragraph.\n\nSecond\nline\n"


def test_stitch_orders_pages_and_leads_with_the_title_once():
    assert stitch("T", ["one", "two", "three"]) == "T\n\none\n\ntwo\n\nthree\n"
    assert stitch("T", ["T\n\none", "two"]) == "T\n\none\n\ntwo\n"
    assert stitch(None, ["one", "", "two"]) == "one\n\ntwo\n"
