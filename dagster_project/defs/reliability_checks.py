"""The quarantine in the UI: inputs the pipeline rejected (empty, binary, undecodable, future-dated...)."""
from __future__ import annotations

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.pipeline import open_rejections
from dagster_project.views import markdown_table


@dg.asset_check(asset="documents", name="no_open_rejections",
                description="Every input in the watched folders was ingested. Rejected files are listed "
                            "with the reason (rejected_documents); fixing a file retries it and clears its row.")
def no_open_rejections(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """A warning, not an error: a bad file is quarantined and never stops the other documents."""
    columns, rows = open_rejections(warehouse.get())
    return dg.AssetCheckResult(
        passed=not rows,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{len(rows)} rejected input(s) waiting for a fix" if rows else "nothing rejected",
        metadata={"rejected": dg.MetadataValue.int(len(rows)),
                  "rows": dg.MetadataValue.md(markdown_table(columns, rows[:100]) if rows else "(none)")},
    )
