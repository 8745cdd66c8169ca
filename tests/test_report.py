"""The chart report: PNGs with titles, labelled axes, units, dates and qualifier-marked points,
an index.html, the `report` asset embedding the charts, and `python -m dagster_project report`."""
from __future__ import annotations

import struct
from datetime import date

import dagster as dg
import matplotlib.pyplot as plt
import pytest

from dagster_project.__main__ import main
from dagster_project.defs.report import indicator_catalogue, report
from dagster_project.defs.resources import WarehouseResource
from dagster_project.report import DEFAULT_CHARTS, chart_points, figure, label, render_report
from dagster_project.storage import Warehouse

from fixtures.corpus.corpus_loader import write_corpus

CHARTS = {c.name: c for c in DEFAULT_CHARTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Warehouse:
    warehouse = Warehouse(tmp_path_factory.mktemp("corpus"))
    write_corpus(warehouse)
    return warehouse


@pytest.fixture(scope="module")
def materialized(corpus) -> dict:
    """The report and catalogue assets, materialised once: asset key -> metadata."""
    with dg.instance_for_test() as instance:
        result = dg.materialize([report, indicator_catalogue], instance=instance,
                                resources={"warehouse": WarehouseResource(directory=str(corpus.dir))})
    assert result.success
    return {m.asset_key.to_user_string(): m.materialization.metadata
            for m in result.get_asset_materialization_events()}


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_labels_carry_the_qualifier_only_when_not_exact():
    assert [label(30000, "gt"), label(1.2, "lt"), label(1750, "approx"), label(4.838, "eq"),
            label(1351.2, "eq"), label(75.9, "eq")] == [">30,000", "<1.2", "~1,750", "4.838", "1,351.2", "75.9"]


def test_report_asset_writes_pngs_and_index_and_embeds_the_charts(materialized, corpus):
    folder = corpus.dir / "report"
    meta = materialized["report"]
    assert meta["index"].value == str(folder / "index.html")
    assert (meta["charts"].value, meta["points"].value) == (len(DEFAULT_CHARTS), 4 + 4 + 4 + 4 + 10 + 4)
    for chart in DEFAULT_CHARTS:
        assert png_size(folder / f"{chart.name}.png") == (800, 460)
    assert meta["gallery"].value.count("](data:image/png;base64,iVBORw0KGgo") == len(DEFAULT_CHARTS)
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert [line for line in index.splitlines() if line.startswith("<img")] == [
        f'<img src="{c.name}.png" alt="{c.title}">' for c in DEFAULT_CHARTS]
    # each point is listed with its source and vintage; the H1 value is the corrected one
    assert ("<tr><td>5G base stations</td><td>2025-06-30</td><td>4,549,000</td><td>count</td>"
            "<td>eq</td><td>scio/2025-07-17-h1.txt</td><td>2025-07-18</td></tr>") in index


def test_catalogue_asset_is_a_browsable_table(materialized):
    catalogue = materialized["indicator_catalogue"]
    records = catalogue["catalogue"].value.records
    assert catalogue["dagster/row_count"].value == len(records) > 50
    by_id = {r.data["indicator_id"]: r.data for r in records}
    assert (by_id["five_g_penetration_rate"]["unit"], by_id["five_g_penetration_rate"]["kind"]) == (
        "percent", "ratio")
    assert "| flow |" in catalogue["indicators by kind"].value


def test_smart_factory_chart_has_title_axes_units_dates_and_marked_bounds(corpus):
    chart = CHARTS["smart_factories"]
    with corpus.reader() as con:
        points = chart_points(con, chart)
    fig = figure(chart, points)
    try:
        ax = fig.axes[0]
        assert ax.get_title() == "Smart factories by tier (cumulative, as of date)"
        assert ax.get_ylabel() == "factories (count, log scale)"
        assert ax.get_xlabel() == "as of / period end (date)"
        fig.canvas.draw()
        assert [t.get_text() for t in ax.get_xticklabels()] == ["2025-03-31", "2025-06-30", "2025-12-31"]
        assert sorted(t.get_text() for t in ax.texts) == sorted(
            [">30,000", ">31,000", ">35,000", ">1,200", ">1,500", ">8,200", ">230", ">260", ">500", "15"])
        assert "Hollow markers are not exact: > more than." in fig.texts[0].get_text()
    finally:
        plt.close(fig)


def test_penetration_chart_draws_the_two_definitions_as_separate_lines(corpus):
    with corpus.reader() as con:
        points = chart_points(con, CHARTS["five_g_penetration"])
    assert {name: [(p.period_end, p.value) for p in pts] for name, pts in points.items()} == {
        "users per 100 population (five_g_penetration_rate)": [
            (date(2025, 3, 31), 75.9), (date(2025, 6, 30), 79.4), (date(2025, 9, 30), 82.5)],
        "share of all mobile phone users (five_g_share_of_mobile_users)": [(date(2025, 12, 31), 65.9)],
    }


def test_growth_chart_keeps_year_to_date_rates_only(corpus):
    with corpus.reader() as con:
        points = chart_points(con, CHARTS["industrial_value_added_growth"])
    assert [(p.period_start, p.period_end, p.value) for p in points["value added, year to date"]] == [
        (date(2025, 1, 1), date(2025, 3, 31), 6.5), (date(2025, 1, 1), date(2025, 6, 30), 6.4),
        (date(2025, 1, 1), date(2025, 9, 30), 6.2), (date(2025, 1, 1), date(2025, 12, 31), 5.9)]


def test_rendering_again_gives_identical_files(corpus, tmp_path):
    chart = [CHARTS["five_g_users"]]
    first = render_report(corpus, tmp_path, charts=chart)
    png, index = first.charts[0].png.read_bytes(), first.index.read_bytes()
    again = render_report(corpus, tmp_path, charts=chart)
    assert (again.charts[0].png.read_bytes(), again.index.read_bytes()) == (png, index)


def test_empty_warehouse_still_renders(tmp_path):
    result = render_report(Warehouse(tmp_path), charts=[CHARTS["five_g_base_stations"]])
    assert result.charts[0].n_points == 0
    assert png_size(result.charts[0].png) == (800, 460)
    assert "No observations yet." in result.index.read_text(encoding="utf-8")


def test_cli_report_for_chosen_series(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BRIEFINGS_WAREHOUSE_DIR", str(corpus.dir))
    out = tmp_path / "chosen"
    assert main(["report", "--series", "telecom_business_revenue", "--series",
                 "industrial_value_added:yoy_pct", "--out", str(out)]) == 0
    assert f"Report: {out / 'index.html'}" in capsys.readouterr().out
    assert sorted(p.name for p in out.glob("*.png")) == [
        "industrial_value_added__yoy_pct.png", "telecom_business_revenue__level.png"]
    assert main(["report", "--series", "no_such_indicator", "--out", str(out)]) == 2
    assert "unknown indicator 'no_such_indicator'" in capsys.readouterr().err
