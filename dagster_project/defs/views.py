"""One asset per derived view in sql/views/. The SQL file's COMMENT ON VIEW is the asset's description.

A view is computed when queried, so materialising one records what it holds now: row count,
column schema (with the COMMENT ON COLUMN texts) and a markdown preview, shown in the UI.
Dependencies come from the SQL (a view on `series` depends on the `series` asset), so the UI's
lineage is the SQL's, and a blocking check on `series` stops everything built on it.
"""

import re

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.paths import SQL_DIR
from dagster_project.views import ViewDescription, describe_view, view_dependencies

# Base tables -> the asset that writes them: the `briefing` multi-asset, and the catalogue CSV.
TABLE_ASSETS = {"documents": "documents", "mentions": "mentions", "observations": "observations",
                "indicators": "indicator_catalogue"}


def _views() -> dict[str, str]:
    """View name -> its COMMENT ON VIEW text, for every view defined in sql/views/."""
    found = {}
    for path in sorted((SQL_DIR / "views").glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        for name in re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql):
            comment = re.search(rf"COMMENT ON VIEW {name} IS '((?:[^']|'')*)'", sql)
            found[name] = comment.group(1).replace("''", "'") if comment else name
    return found


def view_metadata(view: ViewDescription) -> dict:
    """The UI's standard keys (row count, column schema) plus a preview table."""
    schema = dg.TableSchema(columns=[
        dg.TableColumn(name=c.name, type=c.type, description=c.description) for c in view.columns])
    return {
        "dagster/row_count": dg.MetadataValue.int(view.row_count),
        "dagster/column_schema": dg.MetadataValue.table_schema(schema),
        "preview": dg.MetadataValue.md(view.preview),
    }


def _view_asset(name: str, description: str, deps: set[str]) -> dg.AssetsDefinition:
    @dg.asset(name=name, deps=sorted(deps) or ["observations"], group_name="series",
              kinds={"duckdb", "sql"}, description=description)
    def _asset(warehouse: WarehouseResource) -> dg.MaterializeResult:
        return dg.MaterializeResult(metadata=view_metadata(describe_view(warehouse.get(), name)))
    return _asset


def _asset_deps(name: str, dependencies: dict[str, set[str]]) -> set[str]:
    return {d if d in dependencies else TABLE_ASSETS[d]
            for d in dependencies[name] if d in dependencies or d in TABLE_ASSETS}


_DEPENDENCIES = view_dependencies()
view_assets = [_view_asset(name, description, _asset_deps(name, _DEPENDENCIES))
               for name, description in _views().items()]
