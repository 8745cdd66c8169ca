"""The data-quality checks (sql/checks/, wired on the `series` asset): what each one finds, and
that the duplicate-key check blocks the views built on `series`."""
from __future__ import annotations

from datetime import date

import dagster as dg
import duckdb
import pytest

from dagster_project.defs.checks import CHECKS, asset_checks, check_result
from dagster_project.defs.resources import WarehouseResource
from dagster_project.defs.views import view_assets
from dagster_project.storage import Warehouse, apply_schema
from dagster_project.views import check_names, run_check

from fixtures.corpus.corpus_loader import write_corpus

D = date.fromisoformat
SPECS = {spec.name: spec for spec in CHECKS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Warehouse:
    warehouse = Warehouse(tmp_path_factory.mktemp("corpus"))
    write_corpus(warehouse)
    return warehouse


def found(warehouse: Warehouse, name: str) -> list[tuple]:
    with warehouse.reader() as con:
        return run_check(con, name).rows


def test_every_check_file_is_wired_as_an_asset_check():
    assert sorted(SPECS) == check_names()
    assert sorted(c.check_key.name for c in asset_checks) == check_names()
    assert {c.check_key.asset_key.to_user_string() for c in asset_checks} == {"series"}
    blocking = {c.check_key.name for c in asset_checks if next(iter(c.check_specs)).blocking}
    assert blocking == {"duplicate_observation_keys"}


def test_checks_on_the_corpus(corpus):
    assert found(corpus, "duplicate_observation_keys") == []
    assert found(corpus, "units_match_catalogue") == []
    assert found(corpus, "percentages_in_range") == []
    assert found(corpus, "stock_falls") == [
        ("data_center_racks", D("2025-03-31"), 9000000, "gt", "scio/2025-04-18-q1.txt",
         D("2025-09-30"), 8800000, "eq", "scio/2025-10-21-q3.txt")]
    assert [(r[1], r[3]) for r in found(corpus, "briefings_without_observations")] == [
        ("miit/2025-11-05-forum.txt",
         "MIIT to host the World Manufacturing Convention forum on industrial internet")]
    assert [r[:4] for r in found(corpus, "open_conflicts")] == [
        ("five_g_mobile_users", "level", D("2025-09-30"), D("2025-09-30"))]


def test_check_results_name_the_offending_rows(corpus):
    with corpus.reader() as con:
        warn = check_result(SPECS["briefings_without_observations"],
                            run_check(con, "briefings_without_observations"))
        ok = check_result(SPECS["units_match_catalogue"], run_check(con, "units_match_catalogue"))
    assert (warn.passed, warn.severity) == (False, dg.AssetCheckSeverity.WARN)
    assert warn.description == "1 found: miit/2025-11-05-forum.txt"
    assert warn.metadata["count"].value == 1
    assert "miit/2025-11-05-forum.txt" in warn.metadata["rows"].value
    assert (ok.passed, ok.severity, ok.description) == (True, dg.AssetCheckSeverity.ERROR, "none found")


def _insert_observation(con, document_id, indicator_id, measure, value, unit, period_end="2025-03-31",
                        period_start=None):
    con.execute(
        "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, 'eq', 'test row', NULL, 0, 'test')",
        [document_id, indicator_id, measure, period_start or period_end, period_end, value, unit])


def test_units_and_percentage_ranges(tmp_path):
    warehouse = Warehouse(tmp_path)
    ids = write_corpus(warehouse, files=["scio-2025-04-18-q1.txt"])
    doc = ids["scio-2025-04-18-q1.txt"]
    with warehouse.writer() as con:
        _insert_observation(con, doc, "five_g_base_stations", "yoy_pct", 7.1, "count")     # yoy not in percent
        _insert_observation(con, doc, "gigabit_broadband_users", "level", 2.2e8, "yuan",
                            period_end="2025-02-28")                                         # wrong unit
        _insert_observation(con, doc, "five_g_towers", "level", 1, "count")               # not catalogued
        _insert_observation(con, doc, "five_g_admin_village_coverage", "level", 104, "percent")
        _insert_observation(con, doc, "five_g_sep_share", "level", -1, "percent")
        _insert_observation(con, doc, "nev_sales", "yoy_pct", 150.0, "percent",
                            period_start="2025-01-01")                                       # growth may exceed 100
    units = found(warehouse, "units_match_catalogue")
    assert [(r[2], r[3], r[6], r[7], r[8]) for r in units] == [
        ("five_g_base_stations", "yoy_pct", "count", "percent", "unit differs from the catalogue"),
        ("five_g_towers", "level", "count", None, "indicator not in the catalogue"),
        ("gigabit_broadband_users", "level", "yuan", "count", "unit differs from the catalogue"),
    ]
    assert [(r[2], r[5]) for r in found(warehouse, "percentages_in_range")] == [
        ("five_g_admin_village_coverage", 104), ("five_g_sep_share", -1)]


def test_stock_falls_ignores_bounds_that_cannot_show_a_fall(tmp_path):
    warehouse = Warehouse(tmp_path)
    ids = write_corpus(warehouse, files=["scio-2025-04-18-q1.txt", "scio-2026-01-21-fy.txt"])
    fy = ids["scio-2026-01-21-fy.txt"]
    with warehouse.writer() as con:
        # 9 million racks "more than" at Q1; "more than 8.5 million" at year end is not a fall ...
        con.execute("INSERT INTO observations VALUES (?, 'data_center_racks', 'level', DATE '2025-12-31', "
                    "DATE '2025-12-31', 8500000, 'count', 'gt', 'x', NULL, 0, 'test')", [fy])
        # ... but 4.2 million base stations after 4.395 million is
        _insert_observation(con, fy, "five_g_base_stations", "level", 4200000, "count", period_end="2025-06-30")
    assert [(r[0], r[1], r[5]) for r in found(warehouse, "stock_falls")] == [
        ("five_g_base_stations", D("2025-03-31"), D("2025-06-30"))]


def _published_with_duplicate(directory) -> Warehouse:
    """A published snapshot whose observations table lost its primary key and holds a duplicate:
    what the check guards against (a snapshot written by something other than storage.py)."""
    source = Warehouse(directory / "source")
    write_corpus(source, files=["scio-2025-04-18-q1.txt", "scio-2026-01-21-fy.txt"])
    with source.reader() as con:
        tables = {t: con.execute(f"SELECT * FROM {t}").arrow()
                  for t in ("documents", "indicators", "observations")}
    broken = Warehouse(directory / "broken")
    broken.dir.mkdir()
    con = duckdb.connect(str(broken.published))
    try:
        for name, table in tables.items():
            con.register("rows", table)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM rows")   # no primary key
            con.unregister("rows")
        con.execute("INSERT INTO observations SELECT * FROM observations "
                    "WHERE indicator_id = 'five_g_base_stations' AND period_end = DATE '2025-12-31'")
        apply_schema(con)   # the other tables, and every view
    finally:
        con.close()
    return broken


def test_duplicate_keys_are_found_and_block_the_views_on_series(tmp_path):
    broken = _published_with_duplicate(tmp_path)
    rows = found(broken, "duplicate_observation_keys")
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        ("observations", "five_g_base_stations", D("2025-12-31"), 2)]

    by_name = {a.key.to_user_string(): a for a in view_assets}
    duplicate_check = next(c for c in asset_checks if c.check_key.name == "duplicate_observation_keys")
    selected = [by_name["series"], by_name["five_g_penetration_qoq"], duplicate_check]
    with dg.instance_for_test() as instance:
        result = dg.materialize(selected, instance=instance, raise_on_error=False,
                                resources={"warehouse": WarehouseResource(directory=str(broken.dir))})
    assert not result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert evaluations["duplicate_observation_keys"].passed is False
    assert evaluations["duplicate_observation_keys"].severity == dg.AssetCheckSeverity.ERROR
    materialized = {m.asset_key.to_user_string() for m in result.get_asset_materialization_events()}
    assert materialized == {"series"}   # five_g_penetration_qoq is downstream of the failed check
