"""The inbox sensor: new or changed files in seeds/briefings/ and inbox/ become partitions and runs."""

import json
import time

import dagster as dg

from dagster_project.arrivals import RawStore, scan_folders
from dagster_project.defs.jobs import ingest_job
from dagster_project.defs.partitions import briefings
from dagster_project.paths import briefing_dirs, warehouse_dir

MAX_FILES_PER_TICK = 200


@dg.sensor(job=ingest_job, minimum_interval_seconds=5, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    """Watches the briefing folders; the cursor is what was observed per file (size, mtime, hash)."""
    seen = json.loads(context.cursor) if context.cursor else {}
    scan = scan_folders(briefing_dirs(), seen, RawStore(warehouse_dir()), now=time.time(),
                        limit=MAX_FILES_PER_TICK)
    for error in scan.errors:
        context.log.warning(error)
    new_keys = sorted({a.key for a in scan.arrivals} - set(context.instance.get_dynamic_partitions(briefings.name)))
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(partition_key=a.key, run_key=f"{a.key}:{a.sha256}",
                          tags={"briefing/source": a.source[-200:], "briefing/sha256": a.sha256})
            for a in scan.arrivals
        ],
        dynamic_partitions_requests=[briefings.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(scan.files, sort_keys=True),
        skip_reason=None if scan.arrivals else
        f"no new briefings ({len(scan.files)} known, {scan.waiting} waiting)",
    )
