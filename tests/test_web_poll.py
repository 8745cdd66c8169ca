"""The web source end to end, against a local copy of the sites: the `poll_web_sources` job
discovers, fetches, stitches and ingests briefings, records revisions as new versions, and
reports failures without stopping the others."""
from __future__ import annotations

import os
import time

import dagster as dg
import pytest

from dagster_project.arrivals import RawStore, scan_folders
from dagster_project.defs.partitions import briefings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.defs.web import poll_job
from dagster_project.extraction import extract
from dagster_project.storage import Warehouse

from conftest import Q1_SEED, drop
from fixtures.web.site import MIIT, SCIO, FixtureSite, write_sources

TRANSCRIPT = f"{SCIO}/2024-07/19/content_1001.htm"
TELECOM = f"{SCIO}/2024-07/30/content_1002.htm"
REPRINT = f"{SCIO}/2024-07/30/content_1008.htm"
MIIT_TELECOM = f"{MIIT}/art/2024/art_3f2a9c1e7b5d4e0a.html"
MIIT_SOFTWARE = f"{MIIT}/art/2024/art_8c41d0b2e95f4a37.html"
FAILING = {f"{SCIO}/2024-08/01/content_1003.htm": "HTTP 404",
           f"{SCIO}/2024-08/02/content_1004.htm": "timed out",
           f"{SCIO}/2024-08/05/content_1005.htm": "too large",
           f"{SCIO}/2024-08/06/content_1006.htm": "refused"}


@pytest.fixture
def site():
    with FixtureSite(slow_s=5.0) as s:
        yield s


def _poll(instance, warehouse_dir, sources_file):
    result = poll_job.execute_in_process(
        instance=instance, resources={"warehouse": WarehouseResource(directory=str(warehouse_dir))},
        run_config={"ops": {"poll_web": {"config": {"sources_file": str(sources_file)}}}})
    assert result.success
    mats = result.asset_materializations_for_node("poll_web")
    return mats, {k: v.value for k, v in _output_metadata(result).items()}


def _output_metadata(result):
    for event in result.all_node_events:
        if event.event_type_value == "STEP_OUTPUT":
            return event.event_specific_data.metadata
    raise AssertionError("no output event")


def _documents(warehouse_dir):
    with Warehouse(warehouse_dir).reader() as con:
        return con.execute("SELECT source, version, document_id, briefing_key, text FROM documents "
                           "ORDER BY source, version").fetchall()


def test_poll_job_ingests_stitches_revises_and_reports_failures(env, tmp_path, site):
    sources = write_sources(site, tmp_path / "sources.toml", timeout_s=2.0, max_bytes=200_000)
    with dg.instance_for_test() as instance:
        # ---- first poll: four briefings in, four failures reported, nothing else requested
        mats, report = _poll(instance, env["warehouse"], sources)
        docs = _documents(env["warehouse"])
        by_source = {source.split(str(site.port), 1)[1]: row for source, *row in docs}
        assert set(by_source) == {TRANSCRIPT, TELECOM, MIIT_TELECOM, MIIT_SOFTWARE}   # the reprint is a duplicate
        assert all(version == 1 for version, *_ in by_source.values())
        assert (report["new"], report["failed"], report["duplicate"]) == (4, 4, 1)

        keys = {row[2] for row in by_source.values()}
        assert set(instance.get_dynamic_partitions(briefings.name)) == keys
        assert {(m.asset_key.path[-1], m.partition) for m in mats} == {
            (asset, key) for asset in ("documents", "mentions", "observations") for key in keys}
        for asset in ("documents", "observations"):   # what the UI's partition view shows
            assert instance.get_materialized_partitions(dg.AssetKey(asset)) == keys

        # the transcript is its three pages in order, without navigation or the pager
        text = by_source[TRANSCRIPT][3]
        marks = [text.index("industrial enterprises above designated size grew by 6%"),
                 text.index("a total of 3.917 million 5G base stations had been built"),
                 text.index("That concludes today's press conference")]
        assert marks == sorted(marks)
        assert text.startswith("SCIO press conference on industry and information technology development in H1 2024")
        for boilerplate in ("Press Room", "Copyright", "Next", "Previous", "Weibo", "Related"):
            assert boilerplate not in text
        assert text.count("Beijing | 3 p.m. July 19, 2024") == 1
        # GBK pages: one declared by <meta charset=gb2312>, one detected (punctuation may be normalised)
        assert "5G基站总数达391.7万个" in by_source[MIIT_TELECOM][3]
        assert "我国软件业务收入62350亿元" in by_source[MIIT_SOFTWARE][3]

        with Warehouse(env["warehouse"]).reader() as con:
            fetches = con.execute("SELECT url, http_status, error, sha256, etag FROM web_fetches").fetchall()
            obs = dict(con.execute("SELECT document_id, count(*) FROM observations GROUP BY 1").fetchall())
        errors = {url.split(str(site.port), 1)[1]: (status, error) for url, status, error, _s, _e in fetches if error}
        assert set(errors) == set(FAILING)
        for path, expected in FAILING.items():
            assert expected in errors[path][1]
        assert errors[f"{SCIO}/2024-08/01/content_1003.htm"][0] == 404
        requested = site.paths_requested()
        assert f"{SCIO}/2024-07/23/content_1007.htm" not in requested     # filtered out by link text
        assert all(host.startswith("127.0.0.1") for host, _p, _h in site.requests)   # never the redirect target
        assert requested.count(f"{SCIO}/2024-07/19/content_1001_2.htm") == 1           # listed twice, fetched once
        # every fetched page's bytes are archived under their hash
        store = RawStore(env["warehouse"])
        assert all(store.get(sha) for _u, status, _e, sha, _t in fetches if status == 200)
        # observations are whatever the extractor finds in the stitched text, for every document
        for _version, document_id, _key, doc_text in by_source.values():
            assert obs.get(document_id, 0) == len(extract(doc_text).observations)

        # ---- second poll: the telecom release was corrected; everything else answers 304
        site.revise(TELECOM, f"scio{SCIO}/2024-07/30/content_1002.revised.htm")
        before = len(site.requests)
        mats, report = _poll(instance, env["warehouse"], sources)
        conditional = [h for _host, p, h in site.requests[before:] if p == TRANSCRIPT]
        assert conditional and conditional[0].get("If-None-Match")
        assert (report["revised"], report["unchanged"], report["new"]) == (1, 3, 0)
        assert report["not_modified"] >= 8
        telecom_key = by_source[TELECOM][2]
        assert {m.partition for m in mats} == {telecom_key}
        assert set(instance.get_dynamic_partitions(briefings.name)) == keys   # same partition, new version

        docs = _documents(env["warehouse"])
        versions = [(v, doc_id, key, t) for source, v, doc_id, key, t in docs if source.endswith(TELECOM)]
        assert [v for v, *_ in versions] == [1, 2]
        assert {key for _v, _d, key, _t in versions} == {telecom_key}
        (_, old_id, _, old_text), (_, new_id, _, new_text) = versions
        assert "reached 190 million" in old_text and "reached 207 million" in new_text
        with Warehouse(env["warehouse"]).reader() as con:
            kept = dict(con.execute("SELECT document_id, count(*) FROM observations GROUP BY 1").fetchall())
            current = {d for (d,) in con.execute("SELECT document_id FROM latest_indicators").fetchall()}
        assert kept.get(old_id, 0) == len(extract(old_text).observations)    # the old vintage stays
        assert kept.get(new_id, 0) == len(extract(new_text).observations)
        old_keys = {(o.indicator_id, o.measure, o.period_start, o.period_end) for o in extract(old_text).observations}
        new_keys = {(o.indicator_id, o.measure, o.period_start, o.period_end) for o in extract(new_text).observations}
        if old_keys and old_keys <= new_keys:
            assert old_id not in current   # the correction supersedes every value of the old version

        # ---- third poll: nothing changed, nothing ingested, the warehouse's documents are the same
        mats, report = _poll(instance, env["warehouse"], sources)
        assert mats == []
        assert (report["new"], report["revised"], report["unchanged"]) == (0, 0, 4)
        assert _documents(env["warehouse"]) == docs


def test_broken_sources_file_fails_the_run_with_its_reason(env, tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[sources]]\nname = "x"\nlisting_urls = ["ftp://example.org/"]\n'
                   'allowed_hosts = ["example.org"]\nlink_pattern = "x"\n')
    with dg.instance_for_test() as instance:
        result = poll_job.execute_in_process(
            instance=instance, raise_on_error=False,
            resources={"warehouse": WarehouseResource(directory=str(env["warehouse"]))},
            run_config={"ops": {"poll_web": {"config": {"sources_file": str(bad)}}}})
    assert not result.success
    failure = result.get_step_failure_events()[0].event_specific_data.error
    assert "is not http(s)" in failure.message


def test_poll_fails_when_no_site_answers(env, tmp_path):
    with FixtureSite() as site:
        sources = write_sources(site, tmp_path / "sources.toml")
    # the server is gone: every listing request is refused
    with dg.instance_for_test() as instance:
        result = poll_job.execute_in_process(
            instance=instance, raise_on_error=False,
            resources={"warehouse": WarehouseResource(directory=str(env["warehouse"]))},
            run_config={"ops": {"poll_web": {"config": {"sources_file": str(sources)}}}})
    assert not result.success
    assert "no configured site answered" in result.get_step_failure_events()[0].event_specific_data.error.message


def test_a_revision_keeps_its_partition_when_its_date_changes(env):
    """The inbox too: a corrected file whose new text moves the date in the key stays one briefing."""
    store = RawStore(env["warehouse"])
    drop(env["inbox"], "briefing.txt", Q1_SEED)
    first = scan_folders([env["inbox"]], {}, store, now=time.time())
    corrected = Q1_SEED.read_bytes().replace(b"April 18, 2025", b"April 19, 2025")
    drop(env["inbox"], "briefing.txt", corrected, age_s=30)
    second = scan_folders([env["inbox"]], first.files, store, now=time.time())
    assert first.arrivals[0].key.startswith("2025-04-18-")
    assert [a.key for a in second.arrivals] == [first.arrivals[0].key]
    assert second.arrivals[0].sha256 != first.arrivals[0].sha256
    assert os.path.exists(store.keys / f"{first.arrivals[0].key}.json")


def test_cli_poll_reports_a_bad_sources_file_without_running(env, tmp_path, monkeypatch, capsys):
    from dagster_project.__main__ import main
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    assert main(["poll", "--sources", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml: no such sources file" in capsys.readouterr().err
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").iterdir())   # no run was made
