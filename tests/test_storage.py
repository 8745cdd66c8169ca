"""The warehouse file: schema idempotence, transactions, publishing, readability by the DuckDB CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project.extraction import extract
from dagster_project.storage import Warehouse, apply_schema, write_document

from conftest import Q1_SEED


def _tables(con) -> list[tuple]:
    return con.execute(
        "SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall()


def test_schema_applies_twice_without_error(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    first = _tables(con)
    apply_schema(con)
    assert _tables(con) == first
    names = {name for name, _ in first}
    assert {"documents", "mentions", "observations", "indicators", "rejected_documents",
            "latest_indicators"} <= names


def _write(warehouse: Warehouse, document_id: str, version_tag: str = "v1"):
    extraction = extract(Q1_SEED.read_text(encoding="utf-8"))
    with warehouse.writer() as con:
        return write_document(con, document_id=document_id, briefing_key="k", source="inbox/a.txt",
                              content_hash=document_id * 4, extraction=extraction,
                              extractor_version=version_tag)


def test_same_document_twice_is_a_noop_and_new_content_is_a_new_version(tmp_path):
    warehouse = Warehouse(tmp_path)
    assert _write(warehouse, "a" * 16) == "inserted"
    with warehouse.reader() as con:
        before = con.execute("SELECT * FROM documents").fetchall()
    assert _write(warehouse, "a" * 16) == "unchanged"
    with warehouse.reader() as con:
        assert con.execute("SELECT * FROM documents").fetchall() == before
    assert _write(warehouse, "b" * 16) == "inserted"
    with warehouse.reader() as con:
        versions = con.execute("SELECT document_id, version FROM documents ORDER BY version").fetchall()
    assert versions == [("a" * 16, 1), ("b" * 16, 2)]


def test_failed_write_leaves_no_half_document(tmp_path):
    warehouse = Warehouse(tmp_path)
    _write(warehouse, "a" * 16)

    class Broken:
        document = extract("x").document
        text = "x"
        mentions = [object()]   # not a Mention: building the frame fails after the document row
        observations = []

    with pytest.raises(Exception):
        with warehouse.writer() as con:
            write_document(con, document_id="c" * 16, briefing_key="k", source="inbox/c.txt",
                           content_hash="c" * 64, extraction=Broken, extractor_version="v1")
    with warehouse.reader() as con:
        ids = [r[0] for r in con.execute("SELECT document_id FROM documents").fetchall()]
    assert ids == ["a" * 16]


def test_published_file_opens_read_only_in_duckdb_cli(tmp_path):
    warehouse = Warehouse(tmp_path)
    _write(warehouse, "a" * 16)
    cli = Path(sys.executable).with_name("duckdb")
    out = subprocess.run([str(cli), "-readonly", "-csv", str(warehouse.published),
                          "-c", "SELECT count(*) AS n FROM observations"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    with warehouse.reader() as con:
        expected = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    assert out.stdout.split() == ["n", str(expected)]


def test_reader_held_open_does_not_block_a_writer(tmp_path):
    warehouse = Warehouse(tmp_path)
    _write(warehouse, "a" * 16)
    with warehouse.reader() as held:
        assert _write(warehouse, "b" * 16) == "inserted"
        # the held connection keeps the snapshot it opened: all of it, consistently
        assert held.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    with warehouse.reader() as fresh:
        assert fresh.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
