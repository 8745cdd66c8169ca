"""The chart report and the indicator catalogue as assets, so the UI shows both next to the views."""
from __future__ import annotations

import base64

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.report import render_report
from dagster_project.storage import load_catalogue
from dagster_project.views import markdown_table

CATALOGUE_COLUMNS = ["indicator_id", "name", "unit", "kind", "definition", "en_phrases", "zh_phrases"]


@dg.asset(group_name="series", kinds={"csv"})
def indicator_catalogue() -> dg.MaterializeResult:
    """The indicator catalogue (seeds/indicators.csv): every indicator id with its unit, kind
    (stock, ratio, flow), definition and the phrases that name it. Loaded into the `indicators`
    table on every ingest; the views use its units and kinds."""
    frame = load_catalogue().select(CATALOGUE_COLUMNS)
    rows = frame.rows()
    schema = dg.TableSchema(columns=[dg.TableColumn(c, "string") for c in CATALOGUE_COLUMNS])
    kinds = frame.group_by("kind").len().sort("kind").rows()
    return dg.MaterializeResult(metadata={
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "dagster/column_schema": dg.MetadataValue.table_schema(schema),
        "indicators by kind": dg.MetadataValue.md(markdown_table(["kind", "indicators"], kinds)),
        "catalogue": dg.MetadataValue.table(
            records=[dg.TableRecord(dict(zip(CATALOGUE_COLUMNS, (v or "" for v in row)))) for row in rows],
            schema=schema),
        "catalogue (markdown)": dg.MetadataValue.md(
            markdown_table(CATALOGUE_COLUMNS[:5], [row[:5] for row in rows])),
    })


@dg.asset(group_name="series", deps=["series"], kinds={"matplotlib", "html"})
def report(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """PNG charts of the headline series (5G base stations and users, both 5G penetration
    definitions, gigabit users, smart factories by tier, industrial value-added growth) and an
    index.html in warehouse/report/. Points not stated exactly carry their qualifier (>, <, ~)."""
    result = render_report(warehouse.get())
    gallery = []
    for chart in result.charts:
        encoded = base64.b64encode(chart.png.read_bytes()).decode("ascii")
        gallery.append(f"### {chart.chart.title}\n\n![{chart.chart.name}](data:image/png;base64,{encoded})")
    return dg.MaterializeResult(metadata={
        "index": dg.MetadataValue.path(str(result.index)),
        "charts": dg.MetadataValue.int(len(result.charts)),
        "points": dg.MetadataValue.int(sum(c.n_points for c in result.charts)),
        "gallery": dg.MetadataValue.md("\n\n".join(gallery)),
    })
