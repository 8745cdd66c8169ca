"""The reliability suite: the same scenarios `python -m dagster_project reliability-report` prints.

Each scenario runs the real pipeline against a throw-away warehouse (concurrent writer processes,
SIGKILLed runs, a folder of bad input, hostile names) and returns what it found; these tests assert
on it, so a regression shows here with the scenario's own explanation.
"""
from __future__ import annotations

import pytest

from dagster_project import reliability


def _explain(result: reliability.ScenarioResult) -> str:
    return "\n".join([result.scenario, *result.problems, str(result.details)])


def test_burst_of_20_with_readers_attached_loses_nothing_and_locks_nobody_out(tmp_path):
    result = reliability.burst(tmp_path, n=20, writers=4)
    assert result.problems == [], _explain(result)
    assert result.documents == 20 and result.expected_documents == 20
    assert result.rows_lost == 0 and result.rows_expected > 20   # documents plus their mentions/observations
    assert result.details["lock_errors"] == 0
    # the analyst's connection stayed open throughout and kept seeing the one document it opened with
    assert result.details["held_reads"] > 0 and result.details["held_documents"] == 1
    # the reconnecting reader saw the warehouse grow, and every snapshot it saw was whole
    assert result.details["reconnecting_reads"] > 0
    assert max(result.details["snapshots_seen"]) == 21


@pytest.mark.parametrize("point", ["transaction", "publish"])
def test_sigkill_mid_write_leaves_the_warehouse_as_it_was_and_the_rerun_completes(tmp_path, point):
    result = reliability.sigkill(tmp_path, point)
    assert result.problems == [], _explain(result)
    assert result.documents == 3 and result.rows_lost == 0
    if point == "transaction":
        # document 1 committed before the kill, document 2 was rolled back with the process
        assert result.details["committed_before_kill"] == 1
        assert result.details["rerun"] == ["unchanged", "inserted", "inserted"]
    else:
        # all three committed, the copy was made but never renamed over the snapshot
        assert result.details["committed_before_kill"] == 3
        assert result.details["stale_copy_after_kill"] == 1
        assert result.details["rerun"] == ["unchanged"] * 3


@pytest.fixture(scope="module")
def bad_input_run(tmp_path_factory):
    return reliability.bad_inputs(tmp_path_factory.mktemp("bad-input"))


def test_every_bad_input_gets_its_outcome_and_nothing_else_is_lost(bad_input_run):
    result, cases = bad_input_run
    assert result.problems == [], _explain(result)
    assert result.documents == result.expected_documents and result.rows_lost == 0


EXPECTED = {
    "empty file": ("rejected", None),
    "whitespace only": ("rejected", None),
    "PDF bytes": ("rejected", None),
    "PNG bytes": ("rejected", None),
    "ZIP bytes (docx)": ("rejected", None),
    "50 MB file": ("rejected", None),
    "invalid UTF-8": ("rejected", None),
    "GBK text": ("ingested", None),
    "GB18030 text (4-byte characters)": ("ingested", None),
    "UTF-16 with BOM": ("ingested", None),
    "HTML saved as .txt": ("ingested", None),
    "no recognisable date": ("ingested", None),
    "date in the future": ("rejected", None),
    "duplicate content, first name": ("ingested", None),
    "duplicate content, second name": ("duplicate", None),
    "file changed after ingestion": ("ingested", "ingested version 2"),
    "name with spaces": ("ingested", None),
    "unicode name": ("ingested", None),
    "name with commas": ("ingested", None),
    "name with '..'": ("ingested", None),
    "symlink pointing outside the inbox": ("skipped", None),
    "unreadable file": ("scan error", "ingested"),
    "deleted between listing and reading": ("scan error", "skipped"),
    "truncated transcript (cut mid-character)": ("ingested", None),
    "rejected file fixed later": ("rejected", "ingested"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_case(bad_input_run, name):
    """One row of the report's bad-input table: the outcome, its reason, and what happens next."""
    _, cases = bad_input_run
    case = next(c for c in cases if c.name == name)
    expect, then = EXPECTED[name]
    assert (case.actual, case.later or None) == (expect, then), case.detail
    assert case.ok, vars(case)


def test_hostile_names_and_contents_leave_the_schema_intact(tmp_path):
    result = reliability.sql_safety(tmp_path)
    assert result.problems == [], _explain(result)
    assert result.documents == 3 and result.rows_lost == 0


def test_report_prints_one_row_per_scenario():
    ok = reliability.ScenarioResult("burst: x", 20, 20, 20, 100, 0, details={"seconds": 1.0})
    broken = reliability.ScenarioResult("SIGKILL: y", 3, 2, 3, 30, 10, problems=["the published snapshot changed"])
    case = reliability.Case("empty file", "empty.txt", "rejected", actual="rejected", detail="empty")
    text = reliability.format_report([ok, broken], [case])
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["scenario", "inputs"]
    assert any(line.startswith("burst: x") and line.rstrip().endswith("ok") for line in lines)
    assert any(line.startswith("SIGKILL: y") and "FAILED: the published snapshot changed" in line for line in lines)
    assert "10 of 30" in text and "2/3" in text
