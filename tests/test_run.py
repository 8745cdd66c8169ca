"""`make run` (dagster_project.run.run_all): ingest through Dagster, refresh the views, summarise."""
from __future__ import annotations

import io
import shutil

import pytest

from conftest import Q1_SEED


@pytest.fixture
def run_env(env, tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    (tmp_path / "dagster_home").mkdir()
    shutil.copyfile(Q1_SEED, env["seeds"] / Q1_SEED.name)
    return env


def test_run_all_ingests_and_prints_the_summary(run_env):
    from dagster_project.run import run_all
    out = io.StringIO()
    assert run_all(out) == 0
    text = out.getvalue()
    assert "Loaded 1 documents" in text
    assert "event 2025-04-18, published 2025-04-18, period 2025-01-01..2025-03-31" in text
    assert "Report: " in text


def test_a_failed_views_run_still_shows_what_was_loaded_and_exits_1(run_env, monkeypatch, capsys):
    import dagster_project.definitions as definitions
    from dagster_project.run import run_all

    real = definitions.defs

    class FailedViews:
        def execute_in_process(self, **kwargs):
            return type("Result", (), {"success": False})()

    class Defs:
        def resolve_job_def(self, name):
            return FailedViews() if name == "refresh_views" else real.resolve_job_def(name)

    monkeypatch.setattr(definitions, "defs", Defs())
    out = io.StringIO()
    assert run_all(out) == 1
    assert "Loaded 1 documents" in out.getvalue()
    assert "views run failed" in capsys.readouterr().err
