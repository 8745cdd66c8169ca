"""`python -m dagster_project export`: any table or view to CSV or Parquet, names checked against
the warehouse's catalog, lists flattened for CSV, files replaced atomically."""
from __future__ import annotations

import csv
from datetime import date

import polars as pl
import pytest

from dagster_project.__main__ import main
from dagster_project.export import export
from dagster_project.storage import Warehouse

from fixtures.corpus.corpus_loader import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Warehouse:
    warehouse = Warehouse(tmp_path_factory.mktemp("corpus"))
    write_corpus(warehouse, files=["scio-2025-10-21-q3.txt", "xinhua-2025-10-21-q3-reprint.txt"])
    return warehouse


def test_parquet_round_trips_types_and_lists(corpus, tmp_path):
    out = tmp_path / "conflicts.parquet"
    assert export(corpus, "conflicts", "parquet", out) == 1
    frame = pl.read_parquet(out)
    assert frame["period_end"].to_list() == [date(2025, 9, 30)]
    assert frame["stated_values"].to_list() == [[1161000000.0, 1160000000.0]]
    assert frame["same_day"].to_list() == [True]


def test_csv_flattens_lists_and_matches_the_view(corpus, tmp_path):
    out = tmp_path / "nested" / "conflicts.csv"    # missing folders are created
    export(corpus, "conflicts", "csv", out)
    with open(out, newline="", encoding="utf-8") as f:
        [row] = list(csv.DictReader(f))
    assert row["sources"] == "scio/2025-10-21-q3.txt; xinhua/2025-10-21-q3-reprint.txt"
    assert row["published_dates"] == "2025-10-21; 2025-10-21"
    with corpus.reader() as con:
        n = con.execute("SELECT count(*) FROM series").fetchone()[0]
    assert export(corpus, "series", "csv", tmp_path / "series.csv") == n
    assert len((tmp_path / "series.csv").read_text(encoding="utf-8").splitlines()) == n + 1


def test_unknown_names_and_formats_are_refused_before_any_file_is_written(corpus, tmp_path):
    out = tmp_path / "x.csv"
    with pytest.raises(ValueError, match="no table or view named 'series; DROP TABLE documents'"):
        export(corpus, "series; DROP TABLE documents", "csv", out)
    with pytest.raises(ValueError, match="format must be one of csv, parquet"):
        export(corpus, "series", "xlsx", out)
    assert list(tmp_path.iterdir()) == []


def test_cli_export(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BRIEFINGS_WAREHOUSE_DIR", str(corpus.dir))
    out = tmp_path / "documents.parquet"
    assert main(["export", "--table", "documents", "--format", "parquet", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"2 rows of documents -> {out}"
    assert pl.read_parquet(out).height == 2
    assert main(["export", "--table", "nope", "--out", str(tmp_path / "n.csv")]) == 2
    assert "no table or view named 'nope'" in capsys.readouterr().err
