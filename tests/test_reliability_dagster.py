"""Reliability in the Dagster wiring: one writer at a time, the quarantine shown by an asset check,
and a sensor that no input can stop."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from dagster_project.defs.assets import WRITER_POOL, briefing
from dagster_project.defs.partitions import briefings
from dagster_project.defs.reliability_checks import no_open_rejections
from dagster_project.defs.sensors import inbox_sensor
from dagster_project.reliability import HOSTILE_NAMES, excerpt

from conftest import ROOT, drop


def _tick(instance, cursor=None):
    return inbox_sensor(dg.build_sensor_context(instance=instance, cursor=cursor))


def test_one_writer_at_a_time_is_configured():
    """The writing asset is in a pool that the instance (validated as Dagster loads it) limits to one slot."""
    from dagster._core.instance.config import dagster_instance_config
    assert briefing.op.pool == WRITER_POOL
    config, _ = dagster_instance_config(str(ROOT / ".dagster_home"))
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_rejections_show_as_a_warning_check_after_each_ingest_run_and_clear_when_fixed(env):
    from dagster_project.definitions import defs
    job = defs.resolve_job_def("ingest_briefings")
    drop(env["inbox"], "scan of the briefing.txt", b"%PDF-1.7\n...")
    with dg.instance_for_test() as instance:
        first = _tick(instance)
        (request,) = first.run_requests
        instance.add_dynamic_partitions(briefings.name, [request.partition_key])
        result = job.execute_in_process(instance=instance, partition_key=request.partition_key,
                                        tags=request.tags, raise_on_error=False)
        assert result.success   # a rejected input does not fail the run
        (check,) = result.get_asset_check_evaluations()
        assert (check.check_name, check.passed, check.severity) == (
            "no_open_rejections", False, dg.AssetCheckSeverity.WARN)
        table = check.metadata["rows"].value
        assert "scan of the briefing.txt" in table and "binary content (PDF)" in table

        # the file is replaced by a real briefing: same partition, new run key, the check passes
        drop(env["inbox"], "scan of the briefing.txt", excerpt(), age_s=30)
        second = _tick(instance, first.cursor)
        (retry,) = second.run_requests
        assert retry.partition_key == request.partition_key and retry.run_key != request.run_key
        result = job.execute_in_process(instance=instance, partition_key=retry.partition_key,
                                        tags=retry.tags, raise_on_error=False)
        (check,) = result.get_asset_check_evaluations()
        assert check.passed and check.metadata["rejected"].value == 0


def test_the_check_passes_on_an_empty_warehouse(tmp_path):
    from dagster_project.defs.resources import WarehouseResource
    result = no_open_rejections(warehouse=WarehouseResource(directory=str(tmp_path)))
    assert result.passed


def test_the_sensor_plans_valid_runs_whatever_is_in_the_inbox(env, monkeypatch):
    """Hostile names, a symlink out of the inbox, a FIFO, binary and empty files, and a decoder
    that crashes on one file: one tick, valid run requests for every real file, nothing stuck."""
    import dagster_project.ingest as ingest
    real = ingest.decode_briefing

    def crash_on_marker(data):
        if b"DECODER-CRASH" in data:
            raise RuntimeError("decoder bug")
        return real(data)

    monkeypatch.setattr(ingest, "decode_briefing", crash_on_marker)
    inbox = env["inbox"]
    for i, name in enumerate(HOSTILE_NAMES):
        drop(inbox, name, excerpt() + f"\nhostile {i}\n".encode())
    drop(inbox, "empty.txt", b"")
    drop(inbox, "photo.png", b"\x89PNG\r\n\x1a\n")
    drop(inbox, "crash.txt", excerpt() + b"DECODER-CRASH")
    (env["warehouse"].parent / "outside").mkdir()
    outside = drop(env["warehouse"].parent / "outside", "secret.txt", b"secret")
    (inbox / "link.txt").symlink_to(outside)
    os.mkfifo(inbox / "pipe.txt")
    with dg.instance_for_test() as instance:
        tick = _tick(instance)
    sources = sorted(Path(r.tags["briefing/source"]).name for r in tick.run_requests)
    assert sources == sorted([*HOSTILE_NAMES, "empty.txt", "photo.png", "crash.txt"])
    keys = tick.dynamic_partitions_requests[0].partition_keys
    assert len(set(keys)) == len(sources)
    assert all(all(c.isascii() and (c.isalnum() or c == "-") for c in k) for k in keys)
    assert {r.partition_key for r in tick.run_requests} == set(keys)
