"""Data-quality checks shown in the UI, on the `series` asset (warehouse-wide: they read every row).

Each check is one query in sql/checks/<name>.sql that returns the offending rows; the check passes
when it returns none and attaches the rows (as a markdown table) when it does not. `series` is in
the refresh_views job, so the checks run after every `make run` and every morning.
"""
from __future__ import annotations

from dataclasses import dataclass

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.views import CheckRows, ensure_published, format_value, run_check

ERROR, WARN = dg.AssetCheckSeverity.ERROR, dg.AssetCheckSeverity.WARN


@dataclass(frozen=True)
class CheckSpec:
    name: str                        # sql/checks/<name>.sql
    severity: dg.AssetCheckSeverity
    description: str
    blocking: bool = False
    label: tuple[str, ...] = ()      # columns that name an offending row in the summary


CHECKS = [
    CheckSpec("duplicate_observation_keys", ERROR, blocking=True,
              description="No two observations share document, indicator, measure and period, and "
                          "series has one current value per key. Blocks the views built on series.",
              label=("relation", "indicator_id", "measure", "period_end")),
    CheckSpec("units_match_catalogue", ERROR,
              description="Every observation is of a catalogue indicator, in the catalogue unit "
                          "(levels) or in percent (year-on-year changes).",
              label=("source", "indicator_id", "unit")),
    CheckSpec("percentages_in_range", ERROR,
              description="Percentage levels (rates and shares) lie between 0 and 100.",
              label=("source", "indicator_id", "value")),
    CheckSpec("stock_falls", WARN,
              description="A stock (cumulative count) does not fall between consecutive as-of dates.",
              label=("indicator_id", "previous_as_of", "as_of")),
    CheckSpec("briefings_without_observations", WARN,
              description="Every briefing yields at least one catalogue observation.",
              label=("source",)),
    CheckSpec("open_conflicts", WARN,
              description="No key on which different sources state different values (see the "
                          "conflicts view).",
              label=("indicator_id", "period_end")),
]


def check_result(spec: CheckSpec, found: CheckRows) -> dg.AssetCheckResult:
    """Pass when the query found nothing; otherwise say how many, name the first few, attach rows."""
    n = len(found.rows)
    summary = "none found"
    if n:
        positions = [found.columns.index(c) for c in spec.label if c in found.columns]
        names = ["/".join(format_value(row[i]) for i in positions) for row in found.rows[:5]]
        summary = f"{n} found: " + "; ".join(names) + (" ..." if n > 5 else "")
    return dg.AssetCheckResult(
        passed=n == 0,
        severity=spec.severity,
        description=summary,
        metadata={"count": dg.MetadataValue.int(n),
                  "rows": dg.MetadataValue.md(found.markdown() if n else "(none)")},
    )


def _build(spec: CheckSpec) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset="series", name=spec.name, blocking=spec.blocking,
                    description=spec.description)
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        store = warehouse.get()
        ensure_published(store)
        with store.reader() as con:
            return check_result(spec, run_check(con, spec.name))
    return _check


asset_checks = [_build(spec) for spec in CHECKS]
