"""`python -m dagster_project poll`: one poll of the web sources, run through Dagster so the run,
its partitions and materializations show in the UI like a scheduled poll."""
from __future__ import annotations

import sys


def poll_all(sources_file: str = "", out=sys.stdout) -> int:
    from dagster_project.run import QUIET, ensure_dagster_home
    ensure_dagster_home()
    import dagster as dg

    from dagster_project.definitions import defs
    from dagster_project.web.sources import ConfigError, load_config

    try:
        load_config(sources_file or None)   # a clear message instead of a failed run's stack trace
    except ConfigError as exc:
        print(f"poll: {exc}", file=sys.stderr)
        return 2
    job = defs.resolve_job_def("poll_web_sources")
    run_config = {**QUIET, "ops": {"poll_web": {"config": {"sources_file": sources_file}}}}
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
    if not result.success:
        for event in result.get_step_failure_events():
            print(f"poll failed: {event.event_specific_data.error.message.strip()}", file=sys.stderr)
        return 1
    for event in result.all_node_events:
        if event.event_type_value == "STEP_OUTPUT":
            meta = {k: v.value for k, v in event.event_specific_data.metadata.items()}
            print(meta.pop("documents"), file=out)
            print(", ".join(f"{k}: {v}" for k, v in meta.items()), file=out)
    return 0
