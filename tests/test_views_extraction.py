"""View assertions that DEPEND ON THE EXTRACTOR (dagster_project/extraction/, being rewritten).

Everything else about the views is pinned in test_views.py without extraction. These tests run
briefings through the real ingest path (folder scan -> raw store -> pipeline.ingest_briefing ->
extract -> write_document), as `make run` does, and check the views on the result. They fail
while `extract()` is a placeholder that returns no observations, and pass once it extracts what
the spec's gold (tests/fixtures/gold_seeds.csv) and the corpus annotations say.
"""
from __future__ import annotations

import time
from datetime import date

from dagster_project.arrivals import RawStore, scan_folders
from dagster_project.pipeline import ingest_briefing
from dagster_project.storage import Warehouse

from conftest import SEEDS, drop
from fixtures.corpus.corpus_loader import CORPUS, annotations, documents

D = date.fromisoformat


def ingest_folder(folder, warehouse: Warehouse) -> None:
    scan = scan_folders([folder], {}, RawStore(warehouse.dir), now=time.time(), limit=10**6,
                        settle_seconds=0)
    assert not scan.errors, scan.errors
    keys = sorted({a.key for a in scan.arrivals})
    outcomes = ingest_briefing(warehouse, keys)
    assert [o.reason for o in outcomes if o.status == "rejected"] == []


def test_seed_briefings_smart_factories_and_5g_penetration(env):
    """Acceptance on the two seed briefings (Q1 2025 and the 2025 full year)."""
    for seed in SEEDS:
        drop(env["seeds"], seed.name, seed)
    warehouse = Warehouse(env["warehouse"])
    ingest_folder(env["seeds"], warehouse)
    with warehouse.reader() as con:
        factories = con.execute("""
            SELECT as_of, basic_level, basic_level_qualifier, advanced_level, advanced_level_qualifier,
                   excellence_level, excellence_level_qualifier, leading_level, leading_level_qualifier,
                   previous_as_of, basic_level_change, advanced_level_change, excellence_level_change,
                   leading_level_change
            FROM smart_factory_counts ORDER BY as_of""").fetchall()
        penetration = con.execute("""
            SELECT definition, quarter_end, value, change_pp, reason
            FROM five_g_penetration_qoq ORDER BY quarter_end""").fetchall()
    assert factories == [
        (D("2025-03-31"), 30000, "gt", 1200, "gt", 230, "gt", None, None,
         None, None, None, None, None),
        (D("2025-12-31"), 35000, "gt", 8200, "gt", 500, "gt", 15, "eq",
         D("2025-03-31"), 5000, 7000, 270, None),
    ]
    assert penetration == [
        ("per_population", D("2025-03-31"), 75.9, None, "no value for previous quarter 2024-12-31"),
        ("share_of_mobile_users", D("2025-12-31"), 65.9, None, "no value for previous quarter 2025-09-30"),
    ]


def test_corpus_extracts_as_annotated(env):
    """The test corpus through the real extractor gives the hand annotations (observations.csv).

    Files go in one at a time in documents.csv order, so the corrected H1 text is version 2 of the
    same source as in the annotation-based tests."""
    warehouse = Warehouse(env["warehouse"])
    for doc in documents():
        name = doc["source"].replace("/", "__")
        drop(env["inbox"], name, CORPUS / doc["file"])
        ingest_folder(env["inbox"], warehouse)
        (env["inbox"] / name).unlink()
    expected = sorted((r["indicator_id"], r["measure"], r["period_start"], r["period_end"],
                       float(r["value"]), r["qualifier"]) for r in annotations())
    with warehouse.reader() as con:
        got = con.execute("""
            SELECT indicator_id, measure, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR),
                   value, qualifier FROM observations ORDER BY ALL""").fetchall()
    assert got == expected
