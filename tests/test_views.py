"""The series views on a hand-annotated multi-quarter corpus (tests/fixtures/corpus/), row for row.

The corpus is written straight into a warehouse from its annotations (no extractor involved), so
these tests pin the SQL in sql/views/: vintages, revisions, conflicts, 5G penetration per definition,
smart factories by tier, quarterly flows and the latest values.
"""
from __future__ import annotations

from datetime import date

import pytest

from dagster_project.storage import Warehouse
from dagster_project.views import describe_view, view_dependencies

from fixtures.corpus.corpus_loader import annotations, write_corpus

D = date.fromisoformat
Q1, H1, Q3, FY = "scio/2025-04-18-q1.txt", "scio/2025-07-17-h1.txt", "scio/2025-10-21-q3.txt", "scio/2026-01-21-fy.txt"
XINHUA = "xinhua/2025-10-21-q3-reprint.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Warehouse:
    warehouse = Warehouse(tmp_path_factory.mktemp("corpus"))
    write_corpus(warehouse)
    return warehouse


def rows(warehouse: Warehouse, sql: str, params=None) -> list[tuple]:
    with warehouse.reader() as con:
        return con.execute(sql, params or []).fetchall()


def test_series_vintages_keep_every_statement_in_vintage_order(corpus):
    assert rows(corpus, "SELECT count(*) FROM series_vintages") == [(len(annotations()),)]
    got = rows(corpus, """
        SELECT period_end, value, source, version, published_date, vintage, vintages, is_current
        FROM series_vintages WHERE indicator_id = 'five_g_base_stations' ORDER BY period_end, vintage""")
    assert got == [
        (D("2025-03-31"), 4395000, Q1, 1, D("2025-04-18"), 1, 1, True),
        (D("2025-06-30"), 4550000, H1, 1, D("2025-07-17"), 1, 2, False),
        (D("2025-06-30"), 4549000, H1, 2, D("2025-07-18"), 2, 2, True),   # the corrected version
        (D("2025-09-30"), 4702000, Q3, 1, D("2025-10-21"), 1, 2, False),
        (D("2025-09-30"), 4702000, XINHUA, 1, D("2025-10-21"), 2, 2, True),   # same day, ingested later
        (D("2025-12-31"), 4838000, FY, 1, D("2026-01-21"), 1, 1, True),
    ]


def test_series_is_the_newest_vintage_with_the_previous_one_and_revised_flag(corpus):
    assert rows(corpus, "SELECT count(*) FROM series") == [(46,)]
    got = rows(corpus, """
        SELECT period_end, value, source, version, published_date, vintages,
               previous_value, previous_source, previous_published_date, revised
        FROM series WHERE indicator_id = 'five_g_base_stations' ORDER BY period_end""")
    assert got == [
        (D("2025-03-31"), 4395000, Q1, 1, D("2025-04-18"), 1, None, None, None, False),
        (D("2025-06-30"), 4549000, H1, 2, D("2025-07-18"), 2, 4550000, H1, D("2025-07-17"), True),
        (D("2025-09-30"), 4702000, XINHUA, 1, D("2025-10-21"), 2, 4702000, Q3, D("2025-10-21"), False),
        (D("2025-12-31"), 4838000, FY, 1, D("2026-01-21"), 1, None, None, None, False),
    ]
    # a revision is the same source correcting itself; another source disagreeing is not one
    assert rows(corpus, "SELECT indicator_id, period_end FROM series WHERE revised") == [
        ("five_g_base_stations", D("2025-06-30"))]
    assert rows(corpus, """SELECT value, previous_value, revised FROM series
                           WHERE indicator_id = 'five_g_mobile_users' AND period_end = '2025-09-30'""") == [
        (1160000000, 1161000000, False)]


def test_conflicts_lists_sources_that_disagree_including_same_day(corpus):
    got = rows(corpus, """
        SELECT indicator_id, measure, period_start, period_end, sources_stating, distinct_values,
               min_value, max_value, stated_values, sources, published_dates, same_day,
               current_value, current_source
        FROM conflicts ORDER BY ALL""")
    assert got == [(
        "five_g_mobile_users", "level", D("2025-09-30"), D("2025-09-30"), 2, 2,
        1160000000, 1161000000, [1161000000, 1160000000], [Q3, XINHUA],
        [D("2025-10-21"), D("2025-10-21")], True, 1160000000, XINHUA)]
    # the H1 correction (two versions of one source) is a revision, not a conflict; the Q3 base
    # stations are stated by both sources with the same value: no conflict either
    assert rows(corpus, "SELECT count(*) FROM conflicts WHERE indicator_id = 'five_g_base_stations'") == [(0,)]


def test_five_g_penetration_qoq_keeps_definitions_apart(corpus):
    got = rows(corpus, """
        SELECT definition, indicator_id, quarter_end, value, previous_quarter_end, previous_value,
               change_pp, reason, source
        FROM five_g_penetration_qoq ORDER BY definition, quarter_end""")
    assert got == [
        ("per_population", "five_g_penetration_rate", D("2025-03-31"), 75.9, D("2024-12-31"), None, None,
         "no value for previous quarter 2024-12-31", Q1),
        ("per_population", "five_g_penetration_rate", D("2025-06-30"), 79.4, D("2025-03-31"), 75.9, 3.5,
         None, H1),
        ("per_population", "five_g_penetration_rate", D("2025-09-30"), 82.5, D("2025-06-30"), 79.4, 3.1,
         None, Q3),
        # the year end is stated only as a share of mobile users: never compared with 82.5 per 100 people
        ("share_of_mobile_users", "five_g_share_of_mobile_users", D("2025-12-31"), 65.9, D("2025-09-30"),
         None, None, "no value for previous quarter 2025-09-30 "
                     "(that quarter states only five_g_penetration_rate, a different definition)", FY),
    ]


def test_smart_factory_counts_per_as_of_date_with_changes(corpus):
    got = rows(corpus, "SELECT * FROM smart_factory_counts ORDER BY as_of")
    assert got == [
        (D("2025-03-31"), 30000, "gt", 1200, "gt", 230, "gt", None, None,
         None, None, None, None, None, None),
        (D("2025-06-30"), 31000, "gt", 1500, "gt", 260, "gt", None, None,
         D("2025-03-31"), 1000, 300, 30, None, False),
        (D("2025-12-31"), 35000, "gt", 8200, "gt", 500, "gt", 15, "eq",
         D("2025-06-30"), 4000, 6700, 240, None, False),
    ]


def test_quarterly_flows_derived_from_cumulative_levels_only_when_exact(corpus):
    got = rows(corpus, """
        SELECT indicator_id, quarter, period_start, period_end, value, derived, qualifier, reason,
               cumulative_value, previous_cumulative_value
        FROM quarterly_flows ORDER BY indicator_id, period_end, derived""")
    assert got == [
        # computer output: no H1 figure, so Q3 cannot be derived (not computed across the gap)
        ("computer_output", "2025-Q1", D("2025-01-01"), D("2025-03-31"), 85322000, False, "eq", None, None, None),
        ("computer_output", "2025-Q3", D("2025-07-01"), D("2025-09-30"), None, True, None,
         "no cumulative value for 2025-01-01..2025-06-30", 258000000, None),
        ("nev_production", "2025-Q1", D("2025-01-01"), D("2025-03-31"), 3182000, False, "eq", None, None, None),
        ("nev_sales", "2025-Q1", D("2025-01-01"), D("2025-03-31"), 3075000, False, "eq", None, None, None),
        ("nev_sales", "2025-Q2", D("2025-04-01"), D("2025-06-30"), 3862000, True, "eq", None, 6937000, 3075000),
        # Q3 stated directly and derived: both kept, flagged apart
        ("nev_sales", "2025-Q3", D("2025-07-01"), D("2025-09-30"), 4291000, False, "eq", None, None, None),
        ("nev_sales", "2025-Q3", D("2025-07-01"), D("2025-09-30"), 4291000, True, "eq", None, 11228000, 6937000),
        ("nev_sales", "2025-Q4", D("2025-10-01"), D("2025-12-31"), 5262000, True, "eq", None, 16490000, 11228000),
        ("telecom_business_revenue", "2025-Q1", D("2025-01-01"), D("2025-03-31"), 446900000000, False, "eq",
         None, None, None),
        ("telecom_business_revenue", "2025-Q2", D("2025-04-01"), D("2025-06-30"), 456600000000, True, "eq",
         None, 903500000000, 446900000000),
        ("telecom_business_revenue", "2025-Q3", D("2025-07-01"), D("2025-09-30"), 447700000000, True, "eq",
         None, 1351200000000, 903500000000),
        # "approximately 1.75 trillion" cannot give an exact Q4
        ("telecom_business_revenue", "2025-Q4", D("2025-10-01"), D("2025-12-31"), None, True, None,
         "cumulative value for 2025-01-01..2025-12-31 is not exact (approx)", 1750000000000, 1351200000000),
    ]
    # growth rates are never turned into quarterly values
    assert rows(corpus, "SELECT count(*) FROM quarterly_flows WHERE indicator_id = 'industrial_value_added'") == [(0,)]


def test_latest_indicators_takes_the_newest_period_and_vintage(corpus):
    got = rows(corpus, """
        SELECT indicator_id, measure, period_start, period_end, value, qualifier, source_document
        FROM latest_indicators ORDER BY indicator_id, measure""")
    assert got == [
        ("computer_output", "level", D("2025-01-01"), D("2025-09-30"), 258000000, "eq", Q3),
        ("data_center_racks", "level", D("2025-09-30"), D("2025-09-30"), 8800000, "eq", Q3),
        ("five_g_base_stations", "level", D("2025-12-31"), D("2025-12-31"), 4838000, "eq", FY),
        ("five_g_industrial_internet_projects", "level", D("2025-12-31"), D("2025-12-31"), 23000, "gt", FY),
        ("five_g_mobile_users", "level", D("2025-12-31"), D("2025-12-31"), 1200000000, "gt", FY),
        ("five_g_penetration_rate", "level", D("2025-09-30"), D("2025-09-30"), 82.5, "eq", Q3),
        ("five_g_share_of_mobile_users", "level", D("2025-12-31"), D("2025-12-31"), 65.9, "eq", FY),
        ("gigabit_broadband_users", "level", D("2025-12-31"), D("2025-12-31"), 240000000, "eq", FY),
        ("industrial_value_added", "yoy_pct", D("2025-01-01"), D("2025-12-31"), 5.9, "eq", FY),
        ("nev_production", "level", D("2025-01-01"), D("2025-03-31"), 3182000, "eq", Q1),
        # the year to date; the third-quarter-alone figure ends earlier
        ("nev_sales", "level", D("2025-01-01"), D("2025-12-31"), 16490000, "eq", FY),
        ("smart_factories_advanced", "level", D("2025-12-31"), D("2025-12-31"), 8200, "gt", FY),
        ("smart_factories_basic", "level", D("2025-12-31"), D("2025-12-31"), 35000, "gt", FY),
        ("smart_factories_excellence", "level", D("2025-12-31"), D("2025-12-31"), 500, "gt", FY),
        ("smart_factories_leading", "level", D("2025-12-31"), D("2025-12-31"), 15, "eq", FY),
        ("telecom_business_revenue", "level", D("2025-01-01"), D("2025-12-31"), 1750000000000, "approx", FY),
    ]
    # the evidence sentence and published date travel with the value
    assert rows(corpus, """SELECT evidence, published_date FROM latest_indicators
                           WHERE indicator_id = 'five_g_base_stations'""") == [
        ("4.838 million 5G base stations have been constructed", D("2026-01-21"))]


def test_a_newer_version_restating_an_old_period_becomes_current(tmp_path):
    """Write the corrected H1 text first, then the original: vintage order is by published date,
    not by arrival, so the correction (published a day later) stays current."""
    warehouse = Warehouse(tmp_path)
    write_corpus(warehouse, files=["scio-2025-07-17-h1.corrected.txt"])
    write_corpus(warehouse, files=["scio-2025-07-17-h1.txt"])
    assert rows(warehouse, """SELECT value, published_date FROM series
                              WHERE indicator_id = 'five_g_base_stations'""") == [(4549000, D("2025-07-18"))]


def test_rewriting_the_corpus_changes_no_view(corpus):
    views = ["series_vintages", "series", "conflicts", "five_g_penetration_qoq", "smart_factory_counts",
             "quarterly_flows", "latest_indicators"]
    before = {v: rows(corpus, f"SELECT * FROM {v} ORDER BY ALL") for v in views}
    write_corpus(corpus)   # every document is already there: write_document says "unchanged"
    assert {v: rows(corpus, f"SELECT * FROM {v} ORDER BY ALL") for v in views} == before


def test_view_lineage_and_ui_description(corpus):
    deps = view_dependencies()
    assert deps["series_vintages"] == {"observations", "documents"}
    assert deps["series"] == {"series_vintages", "indicators"}
    assert deps["five_g_penetration_qoq"] == {"series"}
    assert deps["quarterly_flows"] == {"series", "indicators"}
    view = describe_view(corpus, "smart_factory_counts", preview_rows=1)
    assert view.row_count == 3
    assert view.description.startswith("Smart factories by tier")
    columns = {c.name: c for c in view.columns}
    assert columns["as_of"].type == "DATE"
    assert "previous as-of date" in columns["previous_as_of"].description
    assert view.preview.splitlines()[2].startswith("| 2025-03-31 | 30000 | gt | 1200 |")
    with pytest.raises(ValueError, match="no table or view"):
        describe_view(corpus, "series; DROP TABLE documents")
