"""`make run` / `python -m dagster_project run`: ingest every briefing in the watched folders through
Dagster (so the runs and partitions show in the UI), refresh the views, print a summary.

Everything new goes in one run (a partition range), not one run per file: Dagster's per-run
overhead would dominate a backfill of thousands of briefings.
"""
from __future__ import annotations

import os
import sys
import time

from dagster_project.paths import PROJECT_ROOT


# The runs' full logs are in the Dagster UI; the terminal gets warnings and the summary.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def ensure_dagster_home() -> str:
    home = os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / ".dagster_home"))
    os.makedirs(home, exist_ok=True)
    return home


def run_all(out=sys.stdout) -> int:
    ensure_dagster_home()
    import dagster as dg

    from dagster_project.arrivals import RawStore, scan_folders
    from dagster_project.definitions import defs
    from dagster_project.defs.partitions import briefings
    from dagster_project.paths import briefing_dirs
    from dagster_project.storage import Warehouse

    warehouse = Warehouse()
    started = time.monotonic()
    scan = scan_folders(briefing_dirs(), {}, RawStore(warehouse.dir), now=time.time(),
                        limit=10**9, settle_seconds=0)
    for error in scan.errors:
        print(f"warning: {error}", file=sys.stderr)
    keys = sorted({a.key for a in scan.arrivals})
    with dg.DagsterInstance.get() as instance:
        known = set(instance.get_dynamic_partitions(briefings.name))
        missing = [k for k in keys if k not in known]
        if missing:
            instance.add_dynamic_partitions(briefings.name, missing)
        if keys:
            ordered = [k for k in instance.get_dynamic_partitions(briefings.name) if k in set(keys)]
            result = ingest_range(defs, instance, ordered)
            if not result.success:
                print("ingest run failed; see the Dagster UI (make ui) for the run's logs", file=sys.stderr)
                return 1
        views = defs.resolve_job_def("refresh_views").execute_in_process(
            instance=instance, raise_on_error=False, run_config=QUIET)
    # The briefings are in the warehouse whatever the views run says: show them, then the failure.
    print_summary(warehouse, time.monotonic() - started, out)
    if not views.success:
        print("views run failed (a blocking check, or a view error); see the Dagster UI (make ui)",
              file=sys.stderr)
        return 1
    return 0


def ingest_range(defs, instance, keys: list[str]):
    """One in-process run over the partition range covering `keys` (all unchanged ones are no-ops)."""
    job = defs.resolve_job_def("ingest_briefings")
    tags = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
    return job.execute_in_process(instance=instance, tags=tags, raise_on_error=False, run_config=QUIET)


def print_summary(warehouse, seconds: float, out) -> None:
    with warehouse.reader() as con:
        docs = con.execute(
            "SELECT document_id, event_date, published_date, period_start, period_end, source "
            "FROM documents ORDER BY event_date NULLS LAST, source").fetchall()
        per_indicator = con.execute(
            "SELECT indicator_id, count(*) FROM observations GROUP BY 1 ORDER BY 1").fetchall()
        n_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        rejected = con.execute("SELECT source, reason FROM rejected_documents ORDER BY source").fetchall()
    n_obs = sum(n for _, n in per_indicator)
    print(f"Loaded {len(docs)} documents, {n_mentions} mentions, {n_obs} observations "
          f"in {seconds:.1f} s.", file=out)
    for doc_id, event, published, start, end, source in docs:
        print(f"  {source}: event {event}, published {published}, period {start}..{end}", file=out)
    if rejected:
        print(f"Rejected {len(rejected)} inputs:", file=out)
        for source, reason in rejected:
            print(f"  {source}: {reason}", file=out)
    print("Observations per indicator:", file=out)
    for indicator, n in per_indicator:
        print(f"  {indicator:40} {n}", file=out)
    print(f"Warehouse: {warehouse.published} (open read-only: duckdb -readonly {warehouse.published})",
          file=out)
    # the refresh_views job renders it (the `report` asset); absent only if that asset failed
    report = warehouse.dir / "report" / "index.html"
    print(f"Report: {report}" if report.exists() else "Report: not rendered (see the Dagster UI)", file=out)
