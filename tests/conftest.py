"""Shared fixtures: every test gets its own warehouse directory and watched folders."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds" / "briefings").glob("*.txt"))
Q1_SEED = ROOT / "seeds" / "briefings" / "003_38f0b353de2d6666.txt"
YEAR_SEED = ROOT / "seeds" / "briefings" / "000_0d768c662c6b9264.txt"


@pytest.fixture
def env(tmp_path, monkeypatch):
    """Isolated warehouse, seeds folder and inbox (all empty), wired through the environment."""
    paths = {name: tmp_path / name for name in ("warehouse", "seeds", "inbox")}
    for p in paths.values():
        p.mkdir()
    monkeypatch.setenv("BRIEFINGS_WAREHOUSE_DIR", str(paths["warehouse"]))
    monkeypatch.setenv("BRIEFINGS_SEEDS_DIR", str(paths["seeds"]))
    monkeypatch.setenv("BRIEFINGS_INBOX_DIR", str(paths["inbox"]))
    return paths


def drop(folder: Path, name: str, data: bytes | Path, age_s: float = 60) -> Path:
    """Put a file in a watched folder with an mtime `age_s` in the past (settled)."""
    target = folder / name
    if isinstance(data, Path):
        shutil.copyfile(data, target)
    else:
        target.write_bytes(data)
    past = time.time() - age_s
    os.utime(target, (past, past))
    return target
