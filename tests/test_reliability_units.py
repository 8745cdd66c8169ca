"""Unit-level reliability: decoding, the date policy, scanning hazards, quarantine of crashes,
transactions, the writer waiting for a foreign lock, and no SQL built from values."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from dagster_project import arrivals, pipeline
from dagster_project.arrivals import RawStore, read_input, scan_folders
from dagster_project.ingest import RejectedInput, decode_briefing, inspect_briefing
from dagster_project.pipeline import date_policy, ingest_briefing
from dagster_project.reliability import _QUIET, drop, excerpt
from dagster_project.storage import Warehouse, WarehouseLockTimeout, transaction

from conftest import ROOT

ZH = "国务院新闻办公室于2025年4月18日举行新闻发布会。一季度，规模以上工业增加值同比增长6.5%。\n" * 5


# ------------------------------------------------------------------------------------ decoding

@pytest.mark.parametrize("data, reason", [
    (b"", "empty or whitespace-only"),
    (b" \t\r\n  \n", "empty or whitespace-only"),
    ("\u3000\u3000\n".encode(), "no text left"),
    (b"\xef\xbb\xbf", "no text left"),
    (b"%PDF-1.4\n", "binary content (PDF)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary content (PNG"),
    (b"PK\x03\x04\x14\x00", "binary content (ZIP"),
    (b"abc\x00\x01\x02def\x00\x00\x00\x07" * 10, "binary content (NUL bytes)"),
    (ZH.encode()[:90] + b"\xff\xfe" + ZH.encode()[90:], "invalid UTF-8"),
    (bytes(range(1, 32)) * 40, "binary content (control characters)"),
    (bytes(range(128, 256)) * 40, "invalid text encoding"),
])
def test_unreadable_bytes_are_rejected_with_a_reason(data, reason):
    with pytest.raises(RejectedInput, match=None) as exc:
        decode_briefing(data)
    assert reason in str(exc.value)


def test_too_large_is_rejected_before_decoding():
    with pytest.raises(RejectedInput, match="too large"):
        decode_briefing(b"a" * (20 * 1024 * 1024 + 1))


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig", "utf-16-le", "utf-16-be"])
def test_chinese_encodings_decode_to_the_same_text(encoding):
    text = ZH + ("罕见字：𠀀\n" if encoding not in ("gbk",) else "")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data   # with a BOM; -le is tested without one
    decoded = inspect_briefing(data)
    assert decoded.text == text
    assert decoded.warnings == ()


def test_utf8_cut_inside_the_last_character_keeps_the_text_with_a_warning():
    decoded = inspect_briefing(ZH.encode()[:-2])   # "。\n" -> the newline and 1 of 3 bytes of "。" gone
    assert decoded.text == ZH[:-2]
    assert any(w.startswith("truncated") for w in decoded.warnings)


def test_utf8_damaged_in_the_middle_is_not_decoded_as_gb18030_mojibake():
    with pytest.raises(RejectedInput, match="invalid UTF-8"):
        decode_briefing(ZH.encode()[:30] + b"\x80" + ZH.encode()[30:])


def test_html_saved_as_text_is_cleaned_in_any_encoding():
    html = ("<html><head><script>var secret = 1;</script></head><body><nav>Menu</nav>"
            "<p>工业增加值同比增长6.5%</p><p>5G &amp; more</p></body></html>")
    for data in (html.encode(), html.encode("utf-16"), html.encode("gb18030")):
        decoded = inspect_briefing(data)
        assert "增长6.5%" in decoded.text and "5G & more" in decoded.text
        assert "<" not in decoded.text and "secret" not in decoded.text
        assert decoded.warnings == ("HTML saved as text: markup removed",)


def test_a_guessed_legacy_encoding_is_flagged():
    decoded = inspect_briefing("Caf\u00e9 r\u00e9sum\u00e9: industry grew 6.5 percent.\n".encode("cp1252") * 5)
    assert "résumé" in decoded.text
    assert any("encoding guessed" in w for w in decoded.warnings)


# ------------------------------------------------------------------------------------ date policy

TODAY = date(2026, 3, 10)


def test_no_date_at_all_is_ingested_with_a_warning():
    assert date_policy(None, None, "No date in this text.", TODAY) == (
        None, ["no recognisable date: stocks without their own as-of date are not emitted"])


def test_a_dateline_in_the_text_counts_when_extraction_found_no_date():
    assert date_policy(None, None, "Beijing | March 9, 2026", TODAY) == (None, [])
    reason, warnings = date_policy(None, None, "北京 2031年5月8日", TODAY)
    assert reason.startswith("dateline date 2031-05-08 is in the future") and warnings == []


def test_future_dates_are_rejected_beyond_one_day_of_clock_skew():
    assert date_policy(date(2026, 3, 11), None, "", TODAY) == (None, [])        # Beijing is ahead
    reason, _ = date_policy(date(2026, 3, 12), None, "", TODAY)
    assert reason.startswith("event date 2026-03-12 is in the future")
    reason, _ = date_policy(date(2026, 3, 1), date(2027, 3, 1), "", TODAY)
    assert reason.startswith("published date 2027-03-01 is in the future")


STOCK_SENTENCE = "The spokesperson said the number of 5G base stations reached 4.395 million.\n"


def test_an_undated_briefing_is_ingested_with_a_warning_and_no_undated_stock(tmp_path):
    """The premise of ingesting undated documents: extraction puts no stock on a made-up date.
    The same sentence in a dated briefing does yield the stock, so the check is not vacuous."""
    undated = b"Briefing on industry and information technology\n\n" + STOCK_SENTENCE.encode()
    dated = b"SCIO briefing, first quarter of 2025\n\nBeijing | April 18, 2025\n\n" + STOCK_SENTENCE.encode()
    warehouse, keys = _arrive(tmp_path, {"undated.txt": undated, "dated.txt": dated})
    outcomes = {Path(o.source).name: o for o in ingest_briefing(warehouse, keys, log=_QUIET)}
    assert outcomes["undated.txt"].status == outcomes["dated.txt"].status == "inserted"
    with warehouse.reader() as con:
        rows = con.execute(
            "SELECT d.source, d.warnings, count(o.indicator_id) FILTER (WHERE i.kind IN ('stock', 'ratio')) "
            "FROM documents d LEFT JOIN observations o USING (document_id) "
            "LEFT JOIN indicators i USING (indicator_id) GROUP BY ALL").fetchall()
    by_name = {Path(source).name: (warnings, stocks) for source, warnings, stocks in rows}
    assert any(w.startswith("no recognisable date") for w in by_name["undated.txt"][0])
    assert by_name["undated.txt"][1] == 0
    assert by_name["dated.txt"][1] >= 1
    assert not any(w.startswith("no recognisable date") for w in by_name["dated.txt"][0])


# ------------------------------------------------------------------------------------ scanning

def test_symlinks_and_fifos_are_never_read(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    secret = drop(outside, "secret.txt", b"outside the inbox")
    drop(inbox, "real.txt", excerpt())
    (inbox / "link.txt").symlink_to(secret)
    (inbox / "linked-dir").symlink_to(outside, target_is_directory=True)
    os.mkfifo(inbox / "pipe.txt")
    store = RawStore(tmp_path / "warehouse")
    scan = scan_folders([inbox], {}, store, now=time.time())
    assert [Path(a.source).name for a in scan.arrivals] == ["real.txt"]
    assert scan.errors == []
    assert arrivals.sha256(secret.read_bytes()) not in {p.name for p in store.blobs.iterdir()}
    # a file swapped for a symlink or a FIFO after listing is refused at open time, without blocking
    with pytest.raises(OSError):
        read_input(inbox / "link.txt")
    with pytest.raises(OSError, match="not a regular file"):
        read_input(inbox / "pipe.txt")


def test_partition_keys_are_slugs_whatever_the_name(tmp_path):
    inbox = tmp_path / "inbox"
    names = ["with spaces.txt", "简报 二〇二五.txt", "a,b;c'd\"e.txt", "x..y.txt", "$1 ?%s{}[]*.txt"]
    for i, name in enumerate(names):
        drop(inbox, name, excerpt() + f"\nname {i}\n".encode())
    scan = scan_folders([inbox], {}, RawStore(tmp_path / "warehouse"), now=time.time())
    assert len(scan.arrivals) == len(names)
    for a in scan.arrivals:
        assert all(c.isascii() and (c.isalnum() or c == "-") for c in a.key), a.key
        assert a.key.startswith("2025-04-18-scio-")
    assert len({a.key for a in scan.arrivals}) == len(names)


def test_a_decoder_crash_does_not_stop_the_scan(tmp_path, monkeypatch):
    import dagster_project.ingest as ingest

    real = ingest.decode_briefing

    def crash_on_marker(data):
        if b"CRASH" in data:
            raise RuntimeError("decoder bug")
        return real(data)

    monkeypatch.setattr(ingest, "decode_briefing", crash_on_marker)
    inbox = tmp_path / "inbox"
    drop(inbox, "a.txt", excerpt() + b"CRASH")
    drop(inbox, "b.txt", excerpt())
    scan = scan_folders([inbox], {}, RawStore(tmp_path / "warehouse"), now=time.time())
    assert sorted(Path(a.source).name for a in scan.arrivals) == ["a.txt", "b.txt"]


# ------------------------------------------------------------------------------------ quarantine

def _arrive(tmp_path, files: dict[str, bytes]) -> tuple[Warehouse, list[str]]:
    inbox = tmp_path / "inbox"
    for name, data in files.items():
        drop(inbox, name, data)
    warehouse = Warehouse(tmp_path / "warehouse")
    scan = scan_folders([inbox], {}, RawStore(warehouse.dir), now=time.time())
    return warehouse, sorted(a.key for a in scan.arrivals)


def test_an_extractor_crash_quarantines_one_document_not_the_batch(tmp_path, monkeypatch):
    real = pipeline.extract

    def crash_on_marker(text):
        if "CRASH" in text:
            raise ValueError("extractor bug")
        return real(text)

    monkeypatch.setattr(pipeline, "extract", crash_on_marker)
    warehouse, keys = _arrive(tmp_path, {"a.txt": excerpt() + b"CRASH\n", "b.txt": excerpt(),
                                         "c.txt": b"\x89PNG\r\n\x1a\n"})
    outcomes = ingest_briefing(warehouse, keys, log=_QUIET)
    by_name = {Path(o.source).name: o for o in outcomes}
    assert by_name["a.txt"].status == "rejected"
    assert by_name["a.txt"].reason == "extraction failed: ValueError: extractor bug"
    assert by_name["b.txt"].status == "inserted"
    assert by_name["c.txt"].status == "rejected"
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        reasons = dict(con.execute("SELECT source, reason FROM rejected_documents").fetchall())
    assert {Path(s).name for s in reasons} == {"a.txt", "c.txt"}


def test_rows_the_warehouse_refuses_are_rolled_back_and_quarantined(tmp_path, monkeypatch):
    real = pipeline.extract

    def duplicate_observation(text):
        result = real(text)
        if "DUP" in text and result.observations:
            result.observations.append(result.observations[0])   # breaks the primary key
        return result

    monkeypatch.setattr(pipeline, "extract", duplicate_observation)
    warehouse, keys = _arrive(tmp_path, {"a.txt": excerpt() + b"DUP\n", "b.txt": excerpt()})
    outcomes = ingest_briefing(warehouse, keys, log=_QUIET)
    statuses = {Path(o.source).name: (o.status, o.reason or "") for o in outcomes}
    assert statuses["b.txt"] == ("inserted", "")
    assert statuses["a.txt"][0] == "rejected" and statuses["a.txt"][1].startswith("could not be stored")
    with warehouse.reader() as con:
        docs = con.execute("SELECT source FROM documents").fetchall()
        orphans = con.execute("SELECT count(*) FROM mentions WHERE document_id NOT IN "
                              "(SELECT document_id FROM documents)").fetchone()[0]
    assert [Path(s).name for (s,) in docs] == ["b.txt"] and orphans == 0


def test_the_rejection_of_a_fixed_file_closes(tmp_path):
    from dagster_project.pipeline import open_rejections
    inbox = tmp_path / "inbox"
    warehouse = Warehouse(tmp_path / "warehouse")
    store = RawStore(warehouse.dir)
    drop(inbox, "later.txt", b"   \n")
    first = scan_folders([inbox], {}, store, now=time.time())
    ingest_briefing(warehouse, [a.key for a in first.arrivals], log=_QUIET)
    columns, rows = open_rejections(warehouse)
    assert [Path(r[columns.index("source")]).name for r in rows] == ["later.txt"]
    drop(inbox, "later.txt", excerpt(), age_s=30)
    second = scan_folders([inbox], first.files, store, now=time.time())
    assert [a.key for a in second.arrivals] == [a.key for a in first.arrivals]   # same partition, retried
    assert [o.status for o in ingest_briefing(warehouse, [a.key for a in second.arrivals], log=_QUIET)] == ["inserted"]
    assert open_rejections(warehouse)[1] == []


# ------------------------------------------------------------------------------------ storage

def test_a_failed_transaction_leaves_the_session_usable(tmp_path):
    warehouse = Warehouse(tmp_path)
    with warehouse.writer() as con:
        with pytest.raises(duckdb.Error):
            with transaction(con):
                con.execute("INSERT INTO rejected_documents VALUES ('s', 'h', 'r', now(), now())")
                con.execute("INSERT INTO rejected_documents VALUES ('s', 'h', 'r', now(), now())")
        with transaction(con):   # would fail with "already in a transaction" without the rollback
            con.execute("INSERT INTO rejected_documents VALUES ('t', 'h', 'r', now(), now())")
    with warehouse.reader() as con:
        assert con.execute("SELECT source FROM rejected_documents").fetchall() == [("t",)]


def test_the_writer_waits_for_a_process_that_opened_the_working_file(tmp_path):
    """An analyst who opens warehouse/work/ instead of the snapshot delays runs; it does not fail them."""
    warehouse = Warehouse(tmp_path)
    with warehouse.writer():
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
                               "time.sleep(float(sys.argv[2]))", str(warehouse.work), "1.5"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(WarehouseLockTimeout, match="read_only=True"):
        with warehouse.writer(timeout_s=0.3):
            pass
    with warehouse.writer(timeout_s=60) as con:   # waits for the holder to go away
        con.execute("SELECT 1")
    assert holder.wait(timeout=30) == 0


# ------------------------------------------------------------------------------------ SQL safety

# The only interpolations allowed in SQL text, by file: each is an identifier validated against
# the warehouse's catalog or a fixed list, or an int. Anything else must be a bound parameter.
VETTED = {
    "dagster_project/views.py": {"ident"},
    "dagster_project/export.py": {"quoted(con, name)"},
    "dagster_project/bench.py": {"view"},
}
_SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|ATTACH|COPY|PRAGMA|FROM|WHERE|VALUES)\b")
_EXECUTE = {"execute", "executemany", "sql", "query"}


def _sql_interpolations(path: Path) -> list[tuple[int, str]]:
    """(line, interpolated expression) for SQL text built with f-strings, %, + or .format():
    any such string with an upper-case SQL keyword, and anything built inline in an execute() call."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    executed = {id(n.args[0]) for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args
                and isinstance(n.func, ast.Attribute) and n.func.attr in _EXECUTE}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if _SQL_WORDS.search(literal) or id(node) in executed:
                found += [(node.lineno, ast.unparse(v.value)) for v in node.values
                          if isinstance(v, ast.FormattedValue)]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
            parts = [x for x in (node.left, node.right) if isinstance(x, ast.Constant) and isinstance(x.value, str)]
            if id(node) in executed or any(_SQL_WORDS.search(x.value) for x in parts):
                found.append((node.lineno, ast.unparse(node)))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
              and (_SQL_WORDS.search(node.func.value.value) or id(node) in executed)):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_no_document_value_is_ever_formatted_into_sql():
    offenders = {}
    for path in sorted((ROOT / "dagster_project").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        bad = [(line, expr) for line, expr in _sql_interpolations(path) if expr not in VETTED.get(rel, ())]
        if bad:
            offenders[rel] = bad
    assert offenders == {}, "SQL built from values: put it in sql/ and bind parameters ($name or ?)"


def test_the_static_check_catches_formatted_sql(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'def f(con, name, n):\n'
        '    con.execute(f"SELECT * FROM t WHERE source = \'{name}\'")\n'
        '    sql = "DELETE FROM t WHERE id = %s" % name\n'
        '    con.execute("INSERT INTO t VALUES ({})".format(name))\n'
        '    con.execute("SELECT * FROM t WHERE id = ?", [name])\n'
        '    print(f"loaded {n} documents")\n')
    assert sorted(line for line, _ in _sql_interpolations(bad)) == [2, 3, 4]
