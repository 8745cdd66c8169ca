"""The inbox sensor: new or changed files in seeds/briefings/ and inbox/ become partitions and runs."""

import time

import dagster as dg

from dagster_project.arrivals import RawStore, decode_cursor, encode_cursor, scan_folders
from dagster_project.defs.jobs import ingest_job
from dagster_project.defs.partitions import briefings
from dagster_project.paths import briefing_dirs, warehouse_dir

MAX_FILES_PER_TICK = 200
# The sensor daemon wakes every 5 s; a minimum interval of 5 s is measured from the previous
# tick's end, so it missed every other wake-up (a tick every 10 s). 2 s gives a tick per wake-up.
MIN_INTERVAL_S = 2


@dg.sensor(job=ingest_job, minimum_interval_seconds=MIN_INTERVAL_S, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    """Watches the briefing folders; the cursor is what was observed per file (size, mtime, hash),
    inline while small, else a snapshot in the raw store (arrivals.encode_cursor)."""
    store = RawStore(warehouse_dir())
    seen = decode_cursor(context.cursor, store)
    scan = scan_folders(briefing_dirs(), seen, store, now=time.time(), limit=MAX_FILES_PER_TICK)
    for error in scan.errors:
        context.log.warning(error)
    known = set(context.instance.get_dynamic_partitions(briefings.name)) if scan.arrivals else set()
    new_keys = sorted({a.key for a in scan.arrivals} - known)
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(partition_key=a.key, run_key=f"{a.key}:{a.sha256}",
                          tags={"briefing/source": a.source[-200:], "briefing/sha256": a.sha256})
            for a in scan.arrivals
        ],
        dynamic_partitions_requests=[briefings.build_add_request(new_keys)] if new_keys else [],
        cursor=encode_cursor(scan.files, store),
        skip_reason=None if scan.arrivals else
        f"no new briefings ({len(scan.files)} known, {scan.waiting} waiting)",
    )
