"""Reliability scenarios: bursts of briefings with readers attached, SIGKILLed runs, bad input, hostile
names. Plain functions that build a throw-away warehouse in a directory, run the real pipeline
(scan_folders + ingest_briefing, in real concurrent processes where concurrency is the point) and
return rows; `python -m dagster_project reliability-report` prints them and tests/test_reliability*.py
asserts on the same rows, so the report and the suite cannot disagree.

Rows are counted per document (its documents row, its mentions and its observations) against what a
solo decode + extract of the same bytes yields: a document is whole exactly when the two agree.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator
from unittest import mock

import duckdb

from dagster_project import arrivals
from dagster_project.arrivals import RawStore, scan_folders
from dagster_project.extraction import extract
from dagster_project.ingest import MAX_BYTES, inspect_briefing
from dagster_project.paths import SEEDS_DIR
from dagster_project.pipeline import Outcome, ingest_briefing
from dagster_project.storage import Warehouse, load_catalogue

Q1_SEED = SEEDS_DIR / "briefings" / "003_38f0b353de2d6666.txt"
YEAR_SEED = SEEDS_DIR / "briefings" / "000_0d768c662c6b9264.txt"
ZH_TEXT = ("国务院新闻办公室于2025年4月18日举行新闻发布会，工业和信息化部介绍2025年一季度工业和信息化发展情况。\n"
           "一季度，全国规模以上工业增加值同比增长6.5%。截至3月底，5G基站总数达到439.5万个。\n")

# The consistency probe. Constant SQL, no parameters: it reads whole tables.
_DOC_ROWS = """
SELECT d.document_id, length(d.text),
       (SELECT count(*) FROM mentions m WHERE m.document_id = d.document_id),
       (SELECT count(*) FROM observations o WHERE o.document_id = d.document_id)
FROM documents d"""
_ORPHANS = """
SELECT (SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT document_id FROM documents))
     + (SELECT count(*) FROM observations WHERE document_id NOT IN (SELECT document_id FROM documents))"""
_TABLES = "SELECT table_name, table_type FROM information_schema.tables ORDER BY 1"

# Scenario runs log to nowhere: their outcomes are the report.
_QUIET = logging.getLogger("dagster_project.reliability.scenario")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False


@dataclass
class ScenarioResult:
    scenario: str
    inputs: int
    documents: int                # documents of this scenario in the published warehouse at the end
    expected_documents: int
    rows_expected: int            # documents + mentions + observations rows a solo ingest yields
    rows_lost: int
    errors: list[str] = field(default_factory=list)      # what users were shown (rejections, scan errors)
    problems: list[str] = field(default_factory=list)    # broken expectations: empty when the scenario passed
    details: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------------------------------- helpers

@dataclass(frozen=True)
class Expected:
    document_id: str
    text_length: int
    mentions: int
    observations: int

    @property
    def rows(self) -> int:
        return 1 + self.mentions + self.observations


def expected_for(data: bytes) -> Expected:
    """What a solo ingest of these bytes writes (the pipeline decodes and extracts the same way)."""
    extraction = extract(inspect_briefing(data).text)
    return Expected(hashlib.sha256(data).hexdigest()[:16], len(extraction.text),
                    len(extraction.mentions), len(extraction.observations))


def excerpt(seed: Path = Q1_SEED, chars: int = 8000) -> bytes:
    """The seed's first paragraphs (~8 KB: title, dateline, ~20 numbers): a real briefing that
    extracts ~6x faster than the whole transcript, so scenarios stay quick."""
    text = seed.read_text(encoding="utf-8")
    return text[:text.index("\n\n", chars)].encode() + b"\n"


def distinct_briefings(n: int) -> list[bytes]:
    """n different briefings: the excerpt with one distinct sentence appended."""
    base = excerpt()
    return [base + f"\nReliability probe {i}: this copy was dropped in a burst.\n".encode() for i in range(n)]


def drop(folder: Path, name: str, data: bytes, age_s: float = 60) -> Path:
    """Write a file with a settled mtime (the sensor reads files whose mtime is 2 s old)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    past = time.time() - age_s
    os.utime(path, (past, past))
    return path


def snapshot_problems(con: duckdb.DuckDBPyConnection, expected: dict[str, Expected]) -> list[str]:
    """Every document in this snapshot is whole (text, mentions, observations), no orphan rows."""
    problems = []
    for doc_id, text_len, n_mentions, n_obs in con.execute(_DOC_ROWS).fetchall():
        want = expected.get(doc_id)
        if want is None:
            problems.append(f"unexpected document {doc_id}")
        elif (text_len, n_mentions, n_obs) != (want.text_length, want.mentions, want.observations):
            problems.append(f"partial document {doc_id}: text/mentions/observations "
                            f"{text_len}/{n_mentions}/{n_obs}, expected "
                            f"{want.text_length}/{want.mentions}/{want.observations}")
    orphans = con.execute(_ORPHANS).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} mention/observation rows without their document")
    return problems


def found_rows(con: duckdb.DuckDBPyConnection, expected: dict[str, Expected]) -> tuple[int, int]:
    """(documents found, rows found) among the expected documents; a partial document counts what it has."""
    docs = rows = 0
    for doc_id, _, n_mentions, n_obs in con.execute(_DOC_ROWS).fetchall():
        want = expected.get(doc_id)
        if want is not None:
            docs += 1
            rows += 1 + min(n_mentions, want.mentions) + min(n_obs, want.observations)
    return docs, rows


def read_published(warehouse: Warehouse, fn: Callable[[duckdb.DuckDBPyConnection], object]):
    """Open, use and close a fresh read-only connection, as an analyst would."""
    con = duckdb.connect(str(warehouse.published), read_only=True)
    try:
        return fn(con)
    finally:
        con.close()


def lock_is_free(warehouse: Warehouse) -> bool:
    with open(warehouse.lock_path, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(f, fcntl.LOCK_UN)
        return True


def _file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _arrive(warehouse: Warehouse, inbox: Path, files: dict[str, bytes]) -> list[str]:
    """Drop files and scan once, as one sensor tick would; the new partition keys in name order."""
    for name, data in files.items():
        drop(inbox, name, data)
    scan = scan_folders([inbox], {}, RawStore(warehouse.dir), now=time.time(), limit=10**6)
    by_source = {a.source: a.key for a in scan.arrivals}
    return [by_source[arrivals.source_label(inbox / name)] for name in files]


def _spawn(workdir: Path, name: str, *args: str) -> subprocess.Popen:
    """`python -m dagster_project.reliability ARGS` with stdout piped (a short JSON answer) and stderr
    to a file: a chatty child (Dagster logs every event) must never block on a full pipe while it
    holds the writer lock."""
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    with open(Path(workdir) / f"{name}.stderr", "w") as err:
        return subprocess.Popen([sys.executable, "-m", "dagster_project.reliability", *args],
                                stdout=subprocess.PIPE, stderr=err, text=True, env=env)


def _tail(workdir: Path, name: str) -> str:
    lines = (Path(workdir) / f"{name}.stderr").read_text(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


# ---------------------------------------------------------------------------------------- scenarios

def burst(workdir: Path, n: int = 20, writers: int = 4) -> ScenarioResult:
    """n briefings at once, ingested by `writers` concurrent processes (one writer session per
    briefing, as one Dagster run per file would), while an analyst's read-only connection stays
    open the whole time and a second reader reconnects in a loop."""
    workdir = Path(workdir)
    warehouse, inbox = Warehouse(workdir / "warehouse"), workdir / "inbox"
    prime_keys = _arrive(warehouse, workdir / "seeds", {YEAR_SEED.name: YEAR_SEED.read_bytes()})
    ingest_briefing(warehouse, log=_QUIET, keys=prime_keys)   # the warehouse the analyst opens
    contents = distinct_briefings(n)
    keys = _arrive(warehouse, inbox, {f"burst-{i:02d}.txt": data for i, data in enumerate(contents)})
    burst_expected = {e.document_id: e for e in map(expected_for, contents)}
    expected = {**burst_expected, **{e.document_id: e for e in [expected_for(YEAR_SEED.read_bytes())]}}
    expected_file = workdir / "expected.json"
    expected_file.write_text(json.dumps({k: vars(v) for k, v in expected.items()}))
    stop_file = workdir / "stop-reader"

    result = ScenarioResult(f"burst: {n} briefings at once, {writers} writer processes, readers attached",
                            inputs=n, documents=0, expected_documents=n,
                            rows_expected=sum(e.rows for e in burst_expected.values()), rows_lost=0)
    held = duckdb.connect(str(warehouse.published), read_only=True)   # the analyst's notebook
    held_docs_at_start = held.execute("SELECT count(*) FROM documents").fetchone()[0]
    reader = _spawn(workdir, "reader", "_read", str(warehouse.published), str(expected_file), str(stop_file))
    started = time.monotonic()
    procs = [_spawn(workdir, f"writer-{i}", "_write", str(warehouse.dir), *keys[i::writers])
             for i in range(writers)]
    held_reads, held_problems = 0, []
    while any(p.poll() is None for p in procs):
        held_problems += snapshot_problems(held, expected)
        if held.execute("SELECT count(*) FROM documents").fetchone()[0] != held_docs_at_start:
            held_problems.append("the held connection's snapshot changed under it")
        held_reads += 1
        time.sleep(0.1)
    seconds = time.monotonic() - started
    outcomes: list[dict] = []
    for i, p in enumerate(procs):
        out, _ = p.communicate()
        if p.returncode != 0:
            result.errors.append(f"writer exited {p.returncode}: {_tail(workdir, f'writer-{i}')}")
        else:
            outcomes += json.loads(out)
    stop_file.touch()
    r_out, _ = reader.communicate(timeout=120)
    reads = json.loads(r_out) if reader.returncode == 0 else {"reads": 0, "problems": [_tail(workdir, "reader")]}
    held_problems += snapshot_problems(held, expected)
    held.close()

    docs, rows = read_published(warehouse, lambda con: found_rows(con, burst_expected))
    final_problems = read_published(warehouse, lambda con: snapshot_problems(con, expected))
    lock_errors = [e for e in result.errors if "lock" in e.lower()]
    result.documents, result.rows_lost = docs, result.rows_expected - rows
    result.problems += [f"held reader: {p}" for p in dict.fromkeys(held_problems)]
    result.problems += [f"reconnecting reader: {p}" for p in dict.fromkeys(reads["problems"])]
    result.problems += final_problems + result.errors
    if docs != n:
        result.problems.append(f"{docs} of {n} documents in the published warehouse")
    if result.rows_lost:
        result.problems.append(f"{result.rows_lost} rows lost")
    if sorted(o["status"] for o in outcomes) != ["inserted"] * n:
        result.problems.append(f"outcomes: {sorted(o['status'] for o in outcomes)}")
    result.details = {"seconds": round(seconds, 2), "lock_errors": len(lock_errors),
                      "held_reads": held_reads, "held_documents": held_docs_at_start,
                      "reconnecting_reads": reads["reads"], "snapshots_seen": reads.get("snapshots", [])}
    return result


def dagster_burst(workdir: Path, n: int = 8, processes: int = 4) -> ScenarioResult:
    """n briefings materialised as Dagster runs (`dg.materialize`, one run per partition) from
    `processes` processes at once, each with its own instance: no shared pool, so only the writer
    lock keeps them apart, as with a CLI run next to the daemon."""
    workdir = Path(workdir)
    warehouse = Warehouse(workdir / "warehouse")
    contents = distinct_briefings(n)
    keys = _arrive(warehouse, workdir / "inbox", {f"run-{i:02d}.txt": d for i, d in enumerate(contents)})
    expected = {e.document_id: e for e in map(expected_for, contents)}
    result = ScenarioResult(f"Dagster runs: {n} partitions from {processes} processes at once", inputs=n,
                            documents=0, expected_documents=n,
                            rows_expected=sum(e.rows for e in expected.values()), rows_lost=0)
    started = time.monotonic()
    procs = [_spawn(workdir, f"dagster-{i}", "_materialize", str(warehouse.dir), *keys[i::processes])
             for i in range(processes)]
    runs = []
    for i, p in enumerate(procs):
        out, _ = p.communicate()
        if p.returncode != 0:
            result.errors.append(f"process exited {p.returncode}: {_tail(workdir, f'dagster-{i}')}")
        else:
            runs += json.loads(out.strip().splitlines()[-1])
    failed = [r for r in runs if not r["success"]]
    result.errors += [f"run for {r['key']} failed" for r in failed]
    docs, rows = read_published(warehouse, lambda con: found_rows(con, expected))
    result.problems += read_published(warehouse, lambda con: snapshot_problems(con, expected))
    result.problems += result.errors
    result.documents, result.rows_lost = docs, result.rows_expected - rows
    if docs != n or result.rows_lost or len(runs) != n:
        result.problems.append(f"{len(runs)} runs, {docs}/{n} documents, {result.rows_lost} rows lost")
    result.details = {"seconds": round(time.monotonic() - started, 2), "runs": len(runs),
                      "failed_runs": len(failed)}
    return result


def sigkill(workdir: Path, point: str = "transaction") -> ScenarioResult:
    """A run ingesting 3 briefings in one writer session is killed with SIGKILL, either inside the
    second document's transaction or while publishing; then the same run is started again."""
    workdir = Path(workdir)
    warehouse = Warehouse(workdir / "warehouse")
    prime = _arrive(warehouse, workdir / "seeds", {YEAR_SEED.name: YEAR_SEED.read_bytes()})
    ingest_briefing(warehouse, log=_QUIET, keys=prime)
    contents = distinct_briefings(3)
    keys = _arrive(warehouse, workdir / "inbox", {f"batch-{i}.txt": d for i, d in enumerate(contents)})
    batch = [expected_for(d) for d in contents]
    expected = {e.document_id: e for e in [expected_for(YEAR_SEED.read_bytes()), *batch]}
    where = "inside document 2's transaction" if point == "transaction" else "while publishing"
    result = ScenarioResult(f"SIGKILL {where}, then rerun", inputs=3, documents=0, expected_documents=3,
                            rows_expected=sum(e.rows for e in batch), rows_lost=0)
    published_before = _file_sha(warehouse.published)

    hold = "transaction:2" if point == "transaction" else "publish"
    child = _spawn(workdir, "killed", "_write", "--batch", "--hold", hold, str(warehouse.dir), *keys)
    line = _readline(child, timeout=120)
    if not line.startswith("HOLDING"):
        child.kill()
        child.communicate()
        result.problems.append(f"the writer never reached the kill point: {line!r} {_tail(workdir, 'killed')}")
        return result
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    result.errors.append(f"run killed with SIGKILL {where} (exit {child.returncode})")

    # The warehouse as it was: the published snapshot is byte-for-byte the one before the run.
    if _file_sha(warehouse.published) != published_before:
        result.problems.append("the published snapshot changed")
    if not lock_is_free(warehouse):
        result.problems.append("the writer lock is still held")
    work = duckdb.connect(str(warehouse.work), read_only=True)
    try:
        result.problems += [f"working file: {p}" for p in snapshot_problems(work, expected)]
        in_work = {r[0] for r in work.execute("SELECT document_id FROM documents").fetchall()}
    finally:
        work.close()
    if point == "transaction" and batch[1].document_id in in_work:
        result.problems.append("the killed document is in the working file")
    stale = list(warehouse.dir.glob(".briefings.duckdb.*.tmp"))

    rerun = ingest_briefing(warehouse, log=_QUIET, keys=keys)
    docs, rows = read_published(warehouse, lambda con: found_rows(con, {e.document_id: e for e in batch}))
    result.problems += read_published(warehouse, lambda con: snapshot_problems(con, expected))
    result.documents, result.rows_lost = docs, result.rows_expected - rows
    if docs != 3 or result.rows_lost:
        result.problems.append(f"after the rerun: {docs}/3 documents, {result.rows_lost} rows lost")
    if list(warehouse.dir.glob(".briefings.duckdb.*.tmp")):
        result.problems.append("a half-published copy was left behind")
    result.details = {"committed_before_kill": len(in_work) - 1, "stale_copy_after_kill": len(stale),
                      "rerun": [o.status for o in rerun]}
    return result


def _readline(proc: subprocess.Popen, timeout: float) -> str:
    """First stdout line of a child, or '' when it exits or the timeout passes first."""
    import selectors
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sel.select(timeout=0.5):
            return proc.stdout.readline().strip()
        if proc.poll() is not None:
            return ""
    return ""


# ---------------------------------------------------------------------------------------- bad input

@dataclass
class Case:
    name: str
    file: str
    expect: str                   # ingested | rejected | duplicate | skipped | scan error
    match: str = ""               # must appear in the reason / warnings / error
    then: str | None = None       # outcome expected after the second scan (content fixed, fault gone)
    contains: str = ""            # the stored text must contain this (decoding really worked)
    same_as: str = ""             # the stored text must be what extraction makes of exactly this text
    absent: str = ""              # ... and must not contain this (markup, script)
    actual: str = ""              # filled in by the scenario: first outcome, its reason, later outcome
    detail: str = ""
    later: str = ""
    text_ok: bool = True

    @property
    def ok(self) -> bool:
        first = self.actual == self.expect and self.match.lower() in self.detail.lower()
        return first and (self.then is None or self.later == self.then) and self.text_ok


def _briefing(marker: str) -> bytes:
    return excerpt() + f"\nCase: {marker}.\n".encode()


def _zh(marker: str) -> str:
    return ZH_TEXT + f"本文件用于测试：{marker}。\n"


def bad_inputs(workdir: Path, today: date | None = None) -> tuple[ScenarioResult, list[Case]]:
    """Every kind of bad input dropped into one inbox, scanned once and ingested in one batch;
    then the inbox changes (files fixed, faults cleared) and it is scanned and ingested again."""
    workdir = Path(workdir)
    today = today or date.today()
    warehouse, inbox, outside = Warehouse(workdir / "warehouse"), workdir / "inbox", workdir / "outside"
    html = (b"<!DOCTYPE html><html><head><title>SCIO</title><script>var tracking = 'x';</script></head>"
            b"<body><nav>Home | News</nav><div class='article'><p>SCIO press conference, April 18, 2025"
            b"</p><p>Industrial value added rose 6.5% &amp; 5G base stations reached 4.395 million.</p>"
            b"</div><footer>Copyright</footer></body></html>")
    future = (f"SCIO briefing\n\nBeijing | 10 a.m. May 8, {today.year + 5}\n\nThe State Council "
              "Information Office held a press conference on industry.\n").encode()
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"  \r\n\t \n   \n",
        "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        "slides.docx": b"PK\x03\x04\x14\x00\x06\x00" + bytes(64),
        "broken-utf8.txt": (_zh("broken") * 3).encode()[:150] + b"\xff\xfe\xfd" + (_zh("broken") * 3).encode()[150:],
        "gbk.txt": _zh("gbk").encode("gbk"),
        "gb18030.txt": (_zh("gb18030") + "罕见字：𠀀𪚥\n").encode("gb18030"),
        "utf16-bom.txt": _zh("utf-16").encode("utf-16"),
        "page-saved-as.txt": html,
        "undated.txt": b"Briefing on industry and information technology\n\nThe spokesperson said the "
                       b"number of 5G base stations reached 4.395 million, up from last year.\n",
        "future.txt": future,
        "dup-a.txt": _briefing("duplicate"),
        "dup-b.txt": _briefing("duplicate"),
        "changing.txt": _briefing("first version"),
        "with spaces in name.txt": _briefing("spaces"),
        "简报 二〇二五年.txt": _briefing("unicode name"),
        "a,b,c.txt": _briefing("commas"),
        "report..final.txt": _briefing("dots"),
        "truncated.txt": (_zh("truncated") * 5).encode()[:-2],
        "locked.txt": _briefing("unreadable at first"),
        "vanishing.txt": _briefing("deleted before reading"),
        "fixed-later.txt": b"\n\n   \n",
    }
    cases = [
        Case("empty file", "empty.txt", "rejected", "empty or whitespace-only"),
        Case("whitespace only", "blank.txt", "rejected", "empty or whitespace-only"),
        Case("PDF bytes", "scan.pdf", "rejected", "binary content (PDF)"),
        Case("PNG bytes", "photo.png", "rejected", "binary content (PNG"),
        Case("ZIP bytes (docx)", "slides.docx", "rejected", "binary content (ZIP"),
        Case("50 MB file", "huge.txt", "rejected", "too large"),
        Case("invalid UTF-8", "broken-utf8.txt", "rejected", "invalid UTF-8"),
        Case("GBK text", "gbk.txt", "ingested", same_as=_zh("gbk")),
        Case("GB18030 text (4-byte characters)", "gb18030.txt", "ingested",
             same_as=_zh("gb18030") + "罕见字：𠀀𪚥\n"),
        Case("UTF-16 with BOM", "utf16-bom.txt", "ingested", same_as=_zh("utf-16")),
        Case("HTML saved as .txt", "page-saved-as.txt", "ingested", "markup removed",
             contains="5G base stations reached 4.395 million", absent="tracking"),
        Case("no recognisable date", "undated.txt", "ingested", "no recognisable date"),
        Case("date in the future", "future.txt", "rejected", "in the future"),
        Case("duplicate content, first name", "dup-a.txt", "ingested"),
        Case("duplicate content, second name", "dup-b.txt", "duplicate"),
        Case("file changed after ingestion", "changing.txt", "ingested", then="ingested version 2"),
        Case("name with spaces", "with spaces in name.txt", "ingested"),
        Case("unicode name", "简报 二〇二五年.txt", "ingested"),
        Case("name with commas", "a,b,c.txt", "ingested"),
        Case("name with '..'", "report..final.txt", "ingested"),
        Case("symlink pointing outside the inbox", "outside-link.txt", "skipped"),
        Case("unreadable file", "locked.txt", "scan error", "permission denied", then="ingested"),
        Case("deleted between listing and reading", "vanishing.txt", "scan error", "no such file",
             then="skipped"),
        Case("truncated transcript (cut mid-character)", "truncated.txt", "ingested", "truncated",
             same_as=(_zh("truncated") * 5)[:-2]),
        Case("rejected file fixed later", "fixed-later.txt", "rejected", "empty or whitespace-only",
             then="ingested"),
    ]
    for name, data in files.items():
        drop(inbox, name, data)
    huge = inbox / "huge.txt"
    with open(huge, "wb") as f:   # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    os.utime(huge, (time.time() - 60, time.time() - 60))
    drop(outside, "secret.txt", _briefing("outside the inbox"))
    (inbox / "outside-link.txt").symlink_to(outside / "secret.txt")

    store = RawStore(warehouse.dir)
    labels = {c.file: arrivals.source_label(inbox / c.file) for c in cases}
    with _faults(unreadable=inbox / "locked.txt", vanishing=inbox / "vanishing.txt"):
        first_scan = scan_folders([inbox], {}, store, now=time.time())
    first = ingest_briefing(warehouse, log=_QUIET, keys=[a.key for a in first_scan.arrivals], today=today)
    _classify(cases, first_scan, first, labels, attr="actual")

    # The inbox changes: a corrected file, a fixed rejected file, the unreadable one readable again.
    drop(inbox, "changing.txt", _briefing("second version"), age_s=30)
    drop(inbox, "fixed-later.txt", _briefing("fixed"), age_s=30)
    second_scan = scan_folders([inbox], first_scan.files, store, now=time.time())
    second = ingest_briefing(warehouse, log=_QUIET, keys=[a.key for a in second_scan.arrivals], today=today)
    _classify(cases, second_scan, second, labels, attr="later")
    with warehouse.reader() as con:
        versions = dict(con.execute("SELECT source, max(version) FROM documents GROUP BY 1").fetchall())
        texts = {s: t for s, v, t in con.execute("SELECT source, version, text FROM documents").fetchall()
                 if v == versions[s]}
    for case in cases:
        text = texts.get(labels[case.file], "")
        if case.contains and case.contains not in text:
            case.text_ok, case.detail = False, f"{case.detail}; stored text lacks {case.contains[:30]!r}"
        if case.same_as and text != extract(case.same_as).text:
            case.text_ok, case.detail = False, f"{case.detail}; stored text differs from the original"
        if case.absent and (case.absent in text or "<" in text):
            case.text_ok, case.detail = False, f"{case.detail}; stored text still has markup"
    for case in cases:
        if case.later == "ingested" and versions.get(labels[case.file], 0) > 1:
            case.later = f"ingested version {versions[labels[case.file]]}"
        elif case.then is None:
            case.later = ""

    # Global invariants: every stored document whole; nothing read through the symlink or stored oversize.
    good = {n: d for n, d in files.items() if n not in ("vanishing.txt",)}
    expected = {}
    for data in [*good.values(), _briefing("second version"), _briefing("fixed")]:
        try:
            e = expected_for(data)
            expected[e.document_id] = e
        except ValueError:
            pass
    result = ScenarioResult(f"bad input: {len(cases)} kinds in one inbox, one batch", inputs=len(cases),
                            documents=0, expected_documents=0, rows_expected=0, rows_lost=0)
    with warehouse.reader() as con:
        result.problems += snapshot_problems(con, expected)
        stored = {r[0] for r in con.execute("SELECT document_id FROM documents").fetchall()}
        rejected_rows = con.execute("SELECT source, reason FROM rejected_documents").fetchall()
    should_store = {expected_for(files[c.file]).document_id for c in cases if c.expect == "ingested"}
    should_store |= {expected_for(_briefing("second version")).document_id,
                     expected_for(_briefing("fixed")).document_id, expected_for(files["locked.txt"]).document_id}
    result.expected_documents = len(should_store)
    result.documents = len(stored & should_store)
    result.rows_expected = sum(expected[d].rows for d in should_store)
    with warehouse.reader() as con:
        result.rows_lost = result.rows_expected - found_rows(con, {d: expected[d] for d in should_store})[1]
    blobs = {p.name for p in store.blobs.iterdir()}
    if hashlib.sha256((outside / "secret.txt").read_bytes()).hexdigest() in blobs:
        result.problems.append("the symlink's target was read into the raw store")
    if any((store.blobs / b).stat().st_size > MAX_BYTES for b in blobs):
        result.problems.append("an oversize file was copied into the raw store")
    rejected_sources = {s for s, _ in rejected_rows}
    for case in cases:
        if case.expect == "rejected" and labels[case.file] not in rejected_sources:
            result.problems.append(f"{case.name}: no rejected_documents row")
        if not case.ok:
            result.problems.append(f"{case.name}: expected {case.expect} ({case.match}) then {case.then}, "
                                   f"got {case.actual} ({case.detail}) then {case.later}")
    result.errors = [f"{len(rejected_rows)} rejected_documents rows",
                     f"{len(first_scan.errors) + len(second_scan.errors)} scan errors (retried)"]
    result.details = {"cases": [vars(c) for c in cases]}
    return result, cases


def _classify(cases: list[Case], scan, outcomes: list[Outcome], labels: dict[str, str], attr: str) -> None:
    by_source = {o.source: o for o in outcomes}
    arrived = {a.source for a in scan.arrivals}
    for case in cases:
        label = labels[case.file]
        error = next((e for e in scan.errors if e.startswith(f"{label}:")), None)
        outcome = by_source.get(label)
        if outcome is not None:
            status = "rejected" if outcome.status == "rejected" else "ingested"
            detail = outcome.reason or "; ".join(outcome.warnings)
        elif error is not None:
            status, detail = "scan error", f"{case.file}{error[len(label):]}"   # the file name, not the temp path
        elif label in scan.files and label not in arrived:
            status, detail = ("duplicate", "identical content already seen") if attr == "actual" else ("unchanged", "")
        else:
            status, detail = "skipped", "not listed"
        setattr(case, attr, status)
        if attr == "actual":
            case.detail = detail


@contextmanager
def _faults(unreadable: Path, vanishing: Path) -> Iterator[None]:
    """An unreadable file (chmod 000; as root, which reads anyway, the read raises EACCES) and a
    file deleted after the folder was listed but before it was read."""
    listing = arrivals.list_briefing_files

    def list_then_delete(folders):
        found = listing(folders)
        vanishing.unlink()
        return found

    read = arrivals.read_input

    def refuse(path):
        if Path(path) == unreadable:
            raise PermissionError(13, "Permission denied", str(path))
        return read(path)

    patches = [mock.patch.object(arrivals, "list_briefing_files", list_then_delete)]
    if os.geteuid() == 0:
        patches.append(mock.patch.object(arrivals, "read_input", refuse))
    else:
        unreadable.chmod(0)
    try:
        for p in patches:
            p.start()
        yield
    finally:
        for p in patches:
            p.stop()
        unreadable.chmod(0o644)


# ---------------------------------------------------------------------------------------- SQL safety

HOSTILE_NAMES = [
    "x'); DROP TABLE documents; --.txt",
    'say "hi"; DELETE FROM observations WHERE 1=1; --.txt',
    "semi;colon; $1 ? %s {text} \\ back.txt",
]
HOSTILE_REJECTED = "'; DROP TABLE indicators; --.txt"
HOSTILE_TEXT = ("\nHe said: '); DROP TABLE mentions; -- and \"); DROP TABLE observations; --\n"
                "Parameters $document_id ? %s {text} :name should stay text; \\' \\\" ;;\n")


def sql_safety(workdir: Path) -> ScenarioResult:
    """Names and contents full of quotes, semicolons, placeholders and DROP TABLE go through the
    scan and the pipeline; the schema must be intact and the strings stored verbatim."""
    workdir = Path(workdir)
    warehouse, inbox = Warehouse(workdir / "warehouse"), workdir / "inbox"
    with warehouse.writer():
        pass
    tables_before = read_published(warehouse, lambda con: con.execute(_TABLES).fetchall())
    indicators_before = load_catalogue().height
    files = {name: _briefing(f"hostile {i}") + HOSTILE_TEXT.encode() for i, name in enumerate(HOSTILE_NAMES)}
    files[HOSTILE_REJECTED] = b""
    keys = _arrive(warehouse, inbox, files)
    outcomes = ingest_briefing(warehouse, log=_QUIET, keys=keys)
    expected = {e.document_id: e for e in (expected_for(d) for d in files.values() if d)}
    result = ScenarioResult("SQL safety: hostile names and contents", inputs=len(files), documents=0,
                            expected_documents=len(HOSTILE_NAMES),
                            rows_expected=sum(e.rows for e in expected.values()), rows_lost=0)
    with warehouse.reader() as con:
        if con.execute(_TABLES).fetchall() != tables_before:
            result.problems.append("the set of tables and views changed")
        if con.execute("SELECT count(*) FROM indicators").fetchone()[0] != indicators_before:
            result.problems.append("the indicators table changed")
        stored = dict(con.execute("SELECT source, text FROM documents").fetchall())
        rejected = {r[0] for r in con.execute("SELECT source FROM rejected_documents").fetchall()}
        result.problems += snapshot_problems(con, expected)
        result.documents, rows = found_rows(con, expected)
    result.rows_lost = result.rows_expected - rows
    for name in HOSTILE_NAMES:
        text = stored.get(arrivals.source_label(inbox / name))
        if text is None:
            result.problems.append(f"{name!r} not stored under its exact name")
        elif text != extract(inspect_briefing(files[name]).text).text or "DROP TABLE mentions; --" not in text:
            result.problems.append(f"{name!r}: text not stored verbatim")
    if arrivals.source_label(inbox / HOSTILE_REJECTED) not in rejected:
        result.problems.append("the hostile rejected name has no rejected_documents row")
    bad_keys = [k for k in keys if not all(c.isascii() and (c.isalnum() or c == "-") for c in k)]
    if bad_keys:
        result.problems.append(f"partition keys that are not slugs: {bad_keys}")
    result.errors = [f"{sum(o.status == 'rejected' for o in outcomes)} rejected (the empty one)"]
    return result


# ---------------------------------------------------------------------------------------- the report

def run_scenarios(workdir: Path, burst_size: int = 20, writers: int = 4) -> tuple[list[ScenarioResult], list[Case]]:
    workdir = Path(workdir)
    results = [burst(workdir / "burst", n=burst_size, writers=writers),
               dagster_burst(workdir / "dagster"),
               sigkill(workdir / "kill-transaction", "transaction"),
               sigkill(workdir / "kill-publish", "publish")]
    bad, cases = bad_inputs(workdir / "bad-input")
    results += [bad, sql_safety(workdir / "sql")]
    return results, cases


def format_report(results: list[ScenarioResult], cases: list[Case]) -> str:
    header = ["scenario", "inputs", "documents ingested", "rows lost", "errors surfaced", "result"]
    rows = [[r.scenario, str(r.inputs), f"{r.documents}/{r.expected_documents}",
             f"{r.rows_lost} of {r.rows_expected}", "; ".join(r.errors) or "none",
             "ok" if r.ok else "FAILED: " + "; ".join(r.problems[:3])] for r in results]
    lines = [_table(header, rows)]
    burst_result = next((r for r in results if r.scenario.startswith("burst")), None)
    if burst_result is not None:
        d = burst_result.details
        lines.append(f"\nburst: {d.get('seconds')} s, {d.get('lock_errors')} lock errors; the held read-only "
                     f"connection read {d.get('held_reads')} times (always {d.get('held_documents')} whole "
                     f"document(s)); the reconnecting reader took {d.get('reconnecting_reads')} snapshots "
                     f"with document counts {d.get('snapshots_seen')}, none partial.")
    lines.append("\nbad input, one row per kind:")
    lines.append(_table(["input", "expected", "outcome", "reason / warnings / error", "then", "ok"],
                        [[c.name, c.expect, c.actual, c.detail[:90], c.later or "-", "ok" if c.ok else "FAILED"]
                         for c in cases]))
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    fmt = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()   # noqa: E731
    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, rows)])


def report(out=sys.stdout, keep: Path | None = None) -> int:
    """Run every scenario in a temporary directory and print the table; exit status 1 if any failed."""
    import tempfile
    if keep is not None and keep.exists() and any(keep.iterdir()):
        raise SystemExit(f"{keep} is not empty: the scenarios need a fresh folder")
    with tempfile.TemporaryDirectory(prefix="reliability-") as tmp:
        results, cases = run_scenarios(Path(keep or tmp))
    print(format_report(results, cases), file=out)
    return 0 if all(r.ok for r in results) else 1


# ---------------------------------------------------------------------------------------- child processes

def _child_write(args: argparse.Namespace) -> int:
    """A writer process: one writer session per key (like one run per file) or one for the batch."""
    from dagster_project import storage
    if args.hold:
        _install_hold(storage, args.hold)
    warehouse = Warehouse(args.warehouse)
    batches = [args.keys] if args.batch else [[k] for k in args.keys]
    outcomes = [o for keys in batches for o in ingest_briefing(warehouse, log=_QUIET, keys=keys)]
    print(json.dumps([{"key": o.key, "status": o.status, "reason": o.reason} for o in outcomes]))
    return 0


def _install_hold(storage, hold: str) -> None:
    """Stop forever at a point inside the write so the parent can SIGKILL us there."""
    def stop(what: str):
        print(f"HOLDING {what}", flush=True)
        time.sleep(3600)

    if hold.startswith("transaction:"):
        nth, seen, run_sql = int(hold.split(":")[1]), [0], storage.run_sql

        def run_sql_then_hold(con, relative, **params):
            rows = run_sql(con, relative, **params)
            if relative == "write/insert_document.sql":
                seen[0] += 1
                if seen[0] == nth:
                    stop(f"inside the transaction of document {nth}")
            return rows
        storage.run_sql = run_sql_then_hold
    elif hold == "publish":
        replace = os.replace

        def replace_then_hold(src, dst, *a, **kw):
            if Path(dst).name == storage.PUBLISHED_NAME:
                stop("after copying, before renaming over the published snapshot")
            return replace(src, dst, *a, **kw)
        storage.os.replace = replace_then_hold
    else:
        raise SystemExit(f"unknown hold point {hold!r}")


def _child_materialize(args: argparse.Namespace) -> int:
    """Dagster runs in this process, one per partition, on an instance of its own."""
    import dagster as dg

    from dagster_project.defs.assets import briefing
    from dagster_project.defs.partitions import briefings
    from dagster_project.defs.resources import WarehouseResource

    resources = {"warehouse": WarehouseResource(directory=args.warehouse)}
    runs = []
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(briefings.name, args.keys)
        for key in args.keys:
            result = dg.materialize([briefing], partition_key=key, instance=instance, resources=resources,
                                    raise_on_error=False)
            runs.append({"key": key, "success": result.success})
    print(json.dumps(runs))
    return 0


def _child_read(args: argparse.Namespace) -> int:
    """A reader that reconnects in a loop, checking every snapshot is whole, until told to stop."""
    expected = {k: Expected(**v) for k, v in json.loads(Path(args.expected).read_text()).items()}
    reads, problems, snapshots = 0, [], set()
    while True:
        stopping = Path(args.stop).exists()
        con = duckdb.connect(args.published, read_only=True)
        try:
            problems += snapshot_problems(con, expected)
            snapshots.add(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        except duckdb.Error as exc:
            problems.append(f"{type(exc).__name__}: {exc}")
        finally:
            con.close()
        reads += 1
        if stopping:
            break
        time.sleep(0.1)
    print(json.dumps({"reads": reads, "problems": problems, "snapshots": sorted(snapshots)}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dagster_project.reliability")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("_write")
    p.add_argument("--batch", action="store_true")
    p.add_argument("--hold", default="")
    p.add_argument("warehouse")
    p.add_argument("keys", nargs="+")
    p.set_defaults(func=_child_write)
    p = sub.add_parser("_materialize")
    p.add_argument("warehouse")
    p.add_argument("keys", nargs="+")
    p.set_defaults(func=_child_materialize)
    p = sub.add_parser("_read")
    p.add_argument("published")
    p.add_argument("expected")
    p.add_argument("stop")
    p.set_defaults(func=_child_read)
    p = sub.add_parser("report")
    p.set_defaults(func=lambda a: report())
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
