"""The Dagster wiring: the code location loads, the sensor plans the right runs, the asset writes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import dagster as dg

from dagster_project.defs.partitions import briefings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.defs.sensors import inbox_sensor
from dagster_project.storage import Warehouse

from conftest import Q1_SEED, ROOT, YEAR_SEED, drop


def test_definitions_validate():
    out = subprocess.run([os.path.join(os.path.dirname(sys.executable), "dagster"), "definitions",
                          "validate", "-m", "dagster_project.definitions"],
                         capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Validation successful" in out.stderr + out.stdout


def _tick(instance, cursor=None):
    context = dg.build_sensor_context(instance=instance, cursor=cursor)
    return inbox_sensor(context)


def test_sensor_new_unchanged_changed_and_copy(env):
    with dg.instance_for_test() as instance:
        drop(env["inbox"], "briefing one.txt", Q1_SEED)
        first = _tick(instance)
        assert len(first.run_requests) == 1
        request = first.run_requests[0]
        assert request.partition_key.startswith("2025-04-18-scio-")
        assert first.dynamic_partitions_requests[0].partition_keys == [request.partition_key]
        instance.add_dynamic_partitions(briefings.name, [request.partition_key])   # as the daemon would

        again = _tick(instance, first.cursor)
        assert again.run_requests == []

        # an identical copy under another name is the same document: no run
        drop(env["inbox"], "copy.txt", Q1_SEED)
        copy = _tick(instance, again.cursor)
        assert copy.run_requests == []

        # changed content at the same path: same partition, new run key
        drop(env["inbox"], "briefing one.txt", Q1_SEED.read_bytes() + b"\nCorrection appended.\n", age_s=30)
        changed = _tick(instance, copy.cursor)
        assert [r.partition_key for r in changed.run_requests] == [request.partition_key]
        assert changed.run_requests[0].run_key != request.run_key
        assert changed.dynamic_partitions_requests == []   # the partition exists already


def test_sensor_waits_for_a_file_being_written(env):
    with dg.instance_for_test() as instance:
        drop(env["inbox"], "fresh.txt", Q1_SEED, age_s=0)
        drop(env["inbox"], "upload.txt.part", Q1_SEED)
        tick = _tick(instance)
        assert tick.run_requests == []
        past = time.time() - 30
        os.utime(env["inbox"] / "fresh.txt", (past, past))
        later = _tick(instance, tick.cursor)
        assert [r.tags["briefing/source"] for r in later.run_requests] == [
            str((env["inbox"] / "fresh.txt").resolve())]
        assert len(json.loads(later.cursor)) == 1   # the .part file is never read


def test_sensor_handles_hundreds_of_files_in_bounded_batches(env):
    with dg.instance_for_test() as instance:
        base = Q1_SEED.read_bytes()
        for i in range(500):
            drop(env["inbox"], f"b{i:03}.txt", base + f"\nDistinct line {i}.\n".encode())
        cursor, keys, ticks = None, set(), 0
        while True:
            result = _tick(instance, cursor)
            ticks += 1
            if not result.run_requests:
                break
            assert len(result.run_requests) <= 200
            keys |= {r.partition_key for r in result.run_requests}
            cursor = result.cursor
        assert len(keys) == 500
        assert ticks == 4   # 200 + 200 + 100, then nothing new


def test_briefing_asset_materialises_in_process(env):
    drop(env["seeds"], YEAR_SEED.name, YEAR_SEED)
    with dg.instance_for_test() as instance:
        tick = _tick(instance)
        key = tick.run_requests[0].partition_key
        instance.add_dynamic_partitions(briefings.name, [key])
        from dagster_project.defs.assets import briefing
        result = dg.materialize([briefing], partition_key=key, instance=instance,
                                resources={"warehouse": WarehouseResource(directory=str(env["warehouse"]))})
        assert result.success
        mats = result.asset_materializations_for_node("briefing")
        assert {m.asset_key.path[-1] for m in mats} == {"documents", "mentions", "observations"}
    with Warehouse(env["warehouse"]).reader() as con:
        rows = con.execute("SELECT briefing_key, source, version FROM documents").fetchall()
    assert rows == [(key, str((env["seeds"] / YEAR_SEED.name).resolve()), 1)]
