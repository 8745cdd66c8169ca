"""The benchmark at tiny sizes (what CI runs): it completes and prints every row with a number.

No timing is asserted: the numbers depend on the machine and its load. The full-size run is
`make bench` (README, "Performance").
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from dagster_project.bench import ROW_KEYS, VIEWS

from conftest import ROOT


def test_smoke_benchmark_prints_every_row_with_a_number(tmp_path):
    out_json = tmp_path / "rows.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFINGS_", "DAGSTER_HOME"))}
    proc = subprocess.run([sys.executable, "-m", "dagster_project", "bench", "--smoke", "--json", str(out_json)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]

    rows = json.loads(out_json.read_text())
    assert [r["key"] for r in rows] == ROW_KEYS
    defined_views = {v for v in VIEWS if any(f"VIEW {v} " in p.read_text() for p in (ROOT / "sql" / "views").glob("*.sql"))}
    for r in rows:
        if r["key"].startswith("view_") and r["key"][len("view_"):] not in defined_views:
            assert r["value"] is None and "skipped" in r["note"]
        else:
            assert isinstance(r["value"], (int, float)) and r["value"] >= 0, r
        assert r["ok"] is None, r   # smoke sizes are never judged against the targets

    table = [line for line in proc.stdout.splitlines() if line.startswith("| ") and not line.startswith("| #")]
    assert len(table) == len(ROW_KEYS)
    for line, row in zip(table, rows):
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert cells[1] == row["name"].strip()
        if row["value"] is not None:
            float(cells[2].replace(",", ""))

    # everything ran in a temporary folder outside the project (not the user's warehouse or
    # Dagster home), and the folder is gone afterwards
    workdir = Path(re.search(r"working in (\S+)", proc.stderr).group(1))
    assert ROOT not in workdir.parents and not workdir.exists()
