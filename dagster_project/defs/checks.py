"""Data-quality checks shown in the UI."""

import dagster as dg

from dagster_project.defs.resources import WarehouseResource


@dg.asset_check(asset="latest_indicators", blocking=True,
                description="No two observations share document, indicator, measure and period.")
def no_duplicate_observation_keys(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().reader() as con:
        dupes = con.execute(
            "SELECT document_id, indicator_id, measure, period_start, period_end, count(*) AS n "
            "FROM observations GROUP BY ALL HAVING count(*) > 1").fetchall()
    return dg.AssetCheckResult(passed=not dupes, severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"duplicate_keys": len(dupes)})
