"""series_current: the current value per key, maintained at write time for the keys a document touches.

After any sequence of writes (inserts, revisions, conflicts, re-extractions that drop keys, failed
writes, rows written around write_document) the table must equal a full recompute, and `series` must
equal what the view computed on the fly before the table existed (its SQL is kept below, test-only).
"""
from __future__ import annotations

import json
import random
from datetime import date

import duckdb

from dagster_project.extraction.model import DocumentMeta, Extraction, Mention, Observation
from dagster_project.storage import (Warehouse, apply_schema, flush_series, refresh_catalogue, run_sql,
                                      write_document)

from fixtures.corpus.corpus_loader import write_corpus

D = date.fromisoformat

# The `series` view as it was before series_current: every window over all observations.
SERIES_RECOMPUTED = """
WITH v AS (
    SELECT
        *,
        lag(value) OVER by_vintage          AS previous_value,
        lag(qualifier) OVER by_vintage      AS previous_qualifier,
        lag(source) OVER by_vintage         AS previous_source,
        lag(document_id) OVER by_vintage    AS previous_document_id,
        lag(published_date) OVER by_vintage AS previous_published_date,
        lag(value) OVER by_source_version   AS previous_version_value
    FROM series_vintages
    WINDOW by_vintage AS (PARTITION BY indicator_id, measure, period_start, period_end ORDER BY vintage),
           by_source_version AS (
               PARTITION BY indicator_id, measure, period_start, period_end, source ORDER BY vintage)
)
SELECT
    v.indicator_id, i.name AS indicator_name, v.measure, v.period_start, v.period_end, v.value, v.unit,
    v.qualifier, v.document_id, v.source, v.version, v.published_date, v.evidence, v.vintages,
    v.previous_value, v.previous_qualifier, v.previous_source, v.previous_document_id,
    v.previous_published_date, coalesce(v.previous_version_value <> v.value, false) AS revised
FROM v
LEFT JOIN indicators i USING (indicator_id)
WHERE v.is_current
"""
VIEWS_ON_SERIES = ["latest_indicators", "five_g_penetration_qoq", "smart_factory_counts", "quarterly_flows",
                   "conflicts"]


def assert_in_step(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """series_current == a full recompute, series == the old view; returns the series rows."""
    table = con.execute("SELECT * FROM series_current ORDER BY ALL").fetchall()
    assert table == con.execute("SELECT * FROM series_rows_of(true) ORDER BY ALL").fetchall()
    series = con.execute("SELECT * FROM series ORDER BY ALL").fetchall()
    assert series == con.execute(f"SELECT * FROM ({SERIES_RECOMPUTED}) ORDER BY ALL").fetchall()
    assert con.execute("SELECT count(*) FROM series_refresh_keys").fetchone() == (0,)
    return series


def extraction(keys: list[tuple], published: date, text: str = "x") -> Extraction:
    """keys: (indicator_id, measure, period_start, period_end, value, unit, qualifier)."""
    mentions, observations = [], []
    for n, (indicator, measure, start, end, value, unit, qualifier) in enumerate(keys):
        mentions.append(Mention(mention_id=n, value=value, unit=unit, magnitude=None, qualifier=qualifier,
                                surface=str(value), start=0, end=1, sentence="s", sentence_start=0))
        observations.append(Observation(indicator_id=indicator, measure=measure, period_start=start,
                                        period_end=end, value=value, unit=unit, qualifier=qualifier,
                                        evidence=f"{indicator} {value}", mention_id=n))
    meta = DocumentMeta(title="t", event_date=published, published_date=published, period_start=None,
                        period_end=None, language="en")
    return Extraction(document=meta, text=text, mentions=mentions, observations=observations)


def write(con, document_id: str, source: str, keys: list[tuple], published: date, extractor: str = "v1") -> str:
    """write_document, then the per-session refresh a writer session does before it publishes."""
    status = write_document(con, document_id=document_id, briefing_key=source, source=source,
                            content_hash=document_id * 4, extraction=extraction(keys, published),
                            extractor_version=extractor)
    flush_series(con)
    return status


BS = ("five_g_base_stations", "level", D("2025-06-30"), D("2025-06-30"))
USERS = ("five_g_mobile_users", "level", D("2025-06-30"), D("2025-06-30"))
RACKS = ("data_center_racks", "level", D("2025-06-30"), D("2025-06-30"))


def key(k: tuple, value: float, qualifier: str = "eq") -> tuple:
    unit = "count"
    return (*k, value, unit, qualifier)


def current(con, k: tuple) -> tuple | None:
    return con.execute("SELECT value, source, version, vintages, previous_value, revised FROM series "
                       "WHERE indicator_id = ? AND measure = ? AND period_start = ? AND period_end = ?",
                       list(k)).fetchone()


def test_inserts_revision_conflict_and_replace_keep_the_table_in_step(tmp_path):
    warehouse = Warehouse(tmp_path)
    with warehouse.writer() as con:
        refresh_catalogue(con)
        assert write(con, "a1", "scio/h1.txt", [key(BS, 4550000), key(USERS, 1.0e9), key(RACKS, 9e6, "gt")],
                     D("2025-07-17")) == "inserted"
        assert current(con, BS) == (4550000, "scio/h1.txt", 1, 1, None, False)
        assert_in_step(con)

        # a revision: the same source, version 2, another value
        write(con, "a2", "scio/h1.txt", [key(BS, 4549000), key(USERS, 1.0e9)], D("2025-07-18"))
        assert current(con, BS) == (4549000, "scio/h1.txt", 2, 2, 4550000, True)
        assert_in_step(con)

        # a conflict: another source, a day later, another value
        write(con, "b1", "xinhua/h1.txt", [key(USERS, 1.1e9)], D("2025-07-19"))
        assert current(con, USERS) == (1.1e9, "xinhua/h1.txt", 1, 3, 1.0e9, False)
        assert con.execute("SELECT indicator_id, stated_values, current_value FROM conflicts").fetchall() == [
            ("five_g_mobile_users", [1.0e9, 1.1e9], 1.1e9)]
        assert_in_step(con)

        # the same content re-extracted by a newer extractor: RACKS disappears, USERS changes
        assert write(con, "a1", "scio/h1.txt", [key(BS, 4550000), key(USERS, 1.1e9)], D("2025-07-17"),
                     extractor="v2") == "replaced"
        assert current(con, RACKS) is None
        assert_in_step(con)
        # the xinhua one drops its only key: USERS falls back to the corrected scio text
        assert write(con, "b1", "xinhua/h1.txt", [], D("2025-07-19"), extractor="v2") == "replaced"
        assert current(con, USERS) == (1.0e9, "scio/h1.txt", 2, 2, 1.1e9, True)   # v2 of the source corrected v1
        assert con.execute("SELECT count(*) FROM conflicts").fetchone() == (0,)
        assert_in_step(con)
        # unchanged: nothing written, nothing recomputed
        assert write(con, "b1", "xinhua/h1.txt", [], D("2025-07-19"), extractor="v2") == "unchanged"
    with warehouse.reader() as con:   # the published snapshot holds the same rows
        assert_in_step(con)


def test_a_failed_write_leaves_the_series_as_it_was(tmp_path):
    warehouse = Warehouse(tmp_path)
    with warehouse.writer() as con:
        refresh_catalogue(con)
        write(con, "a1", "scio/q.txt", [key(BS, 1.0)], D("2025-07-17"))
        before = assert_in_step(con)
        try:   # two observations with the same key: the primary key refuses the document
            write(con, "a2", "scio/q.txt", [key(BS, 2.0), key(BS, 3.0)], D("2025-07-18"))
        except duckdb.ConstraintException:
            pass
        else:
            raise AssertionError("the duplicate key was accepted")
        assert assert_in_step(con) == before


def test_random_sequences_of_writes_match_a_full_recompute(tmp_path):
    rng = random.Random(7)
    indicators = ["five_g_base_stations", "five_g_mobile_users", "smart_factories_basic"]
    periods = [D("2025-03-31"), D("2025-06-30"), D("2025-09-30")]
    days = [D("2025-10-01"), D("2025-10-02"), D("2025-10-03")]
    sources = ["scio/a.txt", "scio/b.txt", "xinhua/c.txt"]
    written: list[tuple[str, str]] = []
    warehouse = Warehouse(tmp_path)
    with warehouse.writer() as con:
        refresh_catalogue(con)
        for step in range(60):
            keys = [key((i, "level", p, p), rng.choice([1.0, 2.0, 3.0]), rng.choice(["eq", "eq", "gt"]))
                    for i in indicators for p in periods if rng.random() < 0.4]
            if written and rng.random() < 0.35:   # re-extract an existing document with other keys
                document_id, source = rng.choice(written)
                write(con, document_id, source, keys, rng.choice(days), extractor=f"v{step}")
            else:
                document_id, source = f"doc{step:04d}", rng.choice(sources)
                write(con, document_id, source, keys, rng.choice(days))
                written.append((document_id, source))
            assert_in_step(con)
        assert con.execute("SELECT count(*) FROM conflicts").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM series WHERE revised").fetchone()[0] > 0


def test_the_corpus_series_equals_the_old_view_and_views_read_the_table(tmp_path):
    warehouse = Warehouse(tmp_path)
    write_corpus(warehouse)
    with warehouse.reader() as con:
        assert len(assert_in_step(con)) == 46
        for view in VIEWS_ON_SERIES:
            assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0


def test_rows_written_around_write_document_and_old_warehouses_are_rebuilt(tmp_path):
    warehouse = Warehouse(tmp_path)
    write_corpus(warehouse, files=["scio-2025-04-18-q1.txt", "scio-2026-01-21-fy.txt"])
    with warehouse.writer() as con:   # a bulk load straight into observations: rebuilt at the session's end
        fy = con.execute("SELECT document_id FROM documents WHERE source LIKE '%fy%'").fetchone()[0]
        con.execute("INSERT INTO observations VALUES (?, 'five_g_base_stations', 'level', DATE '2025-06-30', "
                    "DATE '2025-06-30', 4200000, 'count', 'eq', 'x', NULL, 0, 'test')", [fy])
    with warehouse.reader() as con:
        assert con.execute("SELECT value FROM series WHERE period_end = DATE '2025-06-30' "
                           "AND indicator_id = 'five_g_base_stations'").fetchall() == [(4200000,)]
        assert_in_step(con)
    with warehouse.writer() as con:   # a warehouse from before the table: empty, filled on opening
        con.execute("DELETE FROM series_current")
        apply_schema(con)
        assert con.execute("SELECT count(*) FROM series_current").fetchone()[0] > 0
        assert_in_step(con)
        assert run_sql(con, "write/refresh_series_stale.sql") == [(False,)]


def _scans(node: dict, table: str) -> bool:
    return table in node.get("extra_info", {}).get("Table", "") or any(_scans(c, table) for c in node["children"])


def _key_semi_join_below(node: dict) -> bool:
    """A semi-join (either build side) with series_refresh_keys in this subtree."""
    if node.get("extra_info", {}).get("Join Type") in ("SEMI", "RIGHT_SEMI") and _scans(node, "series_refresh_keys"):
        return True
    return any(_key_semi_join_below(child) for child in node["children"])


def _windows(node: dict) -> list[dict]:
    found = [node] if node["name"] == "WINDOW" else []
    return found + [w for child in node["children"] for w in _windows(child)]


def test_a_write_windows_only_the_observations_of_its_keys(tmp_path):
    """The key restriction is a semi-join under every window, not a filter on top of them."""
    warehouse = Warehouse(tmp_path)
    write_corpus(warehouse)
    with warehouse.writer() as con:
        plan = json.loads(con.execute("EXPLAIN (FORMAT json) SELECT * FROM series_rows_of(false)").fetchall()[0][1])
    windows = [w for root in plan for w in _windows(root)]
    assert windows and all(_key_semi_join_below(w) for w in windows)


def test_a_session_refreshes_its_documents_keys_once_before_publishing(tmp_path):
    warehouse = Warehouse(tmp_path)
    with warehouse.writer() as con:
        refresh_catalogue(con)
        for n in range(3):   # write_document only queues the keys
            write_document(con, document_id=f"d{n}", briefing_key="k", source=f"s{n}.txt",
                           content_hash=f"d{n}" * 8, extraction=extraction([key(BS, 100.0 + n)], D("2025-07-17")),
                           extractor_version="v1")
        assert con.execute("SELECT count(*) FROM series_current").fetchone() == (0,)
        assert con.execute("SELECT count(DISTINCT (indicator_id, period_end)) FROM series_refresh_keys").fetchone() == (1,)
    with warehouse.reader() as con:   # flushed before the publish
        assert current(con, BS)[:2] == (102.0, "s2.txt")
        assert_in_step(con)


def test_keys_queued_by_a_session_that_died_are_refreshed_by_the_next(tmp_path):
    warehouse = Warehouse(tmp_path)
    try:
        with warehouse.writer() as con:
            refresh_catalogue(con)
            write_document(con, document_id="d1", briefing_key="k", source="s1.txt", content_hash="d1" * 8,
                           extraction=extraction([key(BS, 7.0)], D("2025-07-17")), extractor_version="v1")
            raise KeyboardInterrupt   # the run dies after the document's commit, before the flush
    except KeyboardInterrupt:
        pass
    with warehouse.writer() as con:   # opening the next session catches up
        assert current(con, BS)[:2] == (7.0, "s1.txt")
        assert_in_step(con)
