"""One asset per derived view in sql/views/. The SQL file's COMMENT ON VIEW is the asset's description."""

import re

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.paths import SQL_DIR
from dagster_project.views import describe_view


def _views() -> dict[str, str]:
    """View name -> its COMMENT ON VIEW text, for every view defined in sql/views/."""
    found = {}
    for path in sorted((SQL_DIR / "views").glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        for name in re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql):
            comment = re.search(rf"COMMENT ON VIEW {name} IS '((?:[^']|'')*)'", sql)
            found[name] = comment.group(1).replace("''", "'") if comment else name
    return found


def _view_asset(name: str, description: str) -> dg.AssetsDefinition:
    @dg.asset(name=name, deps=["observations"], group_name="series", kinds={"duckdb", "sql"},
              description=description)
    def _asset(warehouse: WarehouseResource) -> dg.MaterializeResult:
        return dg.MaterializeResult(metadata=describe_view(warehouse.get(), name))
    return _asset


view_assets = [_view_asset(name, description) for name, description in _views().items()]
