"""How briefings arrive: folders are scanned, new or changed files are copied into a
content-addressed raw store, and each gets a stable partition key. No Dagster here: the sensor,
`make run` and the web poller all call these functions.

Raw store layout (under the warehouse directory):
    raw/blobs/<sha256>        the exact bytes as received (never modified, never deleted)
    raw/keys/<key>.json       the partition key's source and its newest content hash
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from dagster_project.paths import PROJECT_ROOT

# Files being written under these names are skipped; write then rename (see README).
_TEMP_NAME = re.compile(r"(^\.|^~|\.(tmp|part|partial|crdownload|swp)$)", re.I)
SETTLE_SECONDS = 2.0   # a file whose mtime is younger than this may still be being written
_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (\d{1,2}), (\d{4})\b")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


@dataclass(frozen=True)
class Arrival:
    key: str                    # the Dagster partition key
    source: str                 # where it came from: path relative to the project, or URL
    sha256: str
    rejected: str | None = None  # set when the bytes could not even be stored (too large, unreadable)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_label(path: Path) -> str:
    """Path relative to the project when inside it (stable across clones), else absolute."""
    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def briefing_key(source: str, text: str | None) -> str:
    """`2025-04-18-scio-38f0b353`: event date, publisher, and a hash of the source.

    The hash is of the source, not the content, so a corrected transcript keeps its partition and
    shows up as a new run (a new version) of the same briefing.
    """
    head = (text or "")[:3000]
    return f"{_first_date(head) or 'undated'}-{_publisher(head)}-{hashlib.sha1(source.encode()).hexdigest()[:8]}"


def _first_date(head: str) -> str | None:
    # The dateline of the event ("On January 21, 2026", "April 18, 2025") beats a "Published:" line.
    published = re.search(r"Published:?\s*", head)
    candidates = []
    for m in _DATE.finditer(head):
        after_published = published is not None and 0 <= m.start() - published.end() <= 2
        candidates.append((after_published, m.start(), m))
    if not candidates:
        return None
    m = sorted(candidates)[0][2]
    month = _MONTHS[m.group(1)[:3].lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


def _publisher(head: str) -> str:
    if re.search(r"\bSCIO\b|State Council Information Office|国务院新闻办", head):
        return "scio"
    if re.search(r"\bMIIT\b|Ministry of Industry and Information Technology|工业和信息化部", head):
        return "miit"
    return "briefing"


class RawStore:
    def __init__(self, warehouse_dir: Path):
        self.blobs = Path(warehouse_dir) / "raw" / "blobs"
        self.keys = Path(warehouse_dir) / "raw" / "keys"

    def put(self, data: bytes) -> str:
        digest = sha256(data)
        path = self.blobs / digest
        if not path.exists():
            self.blobs.mkdir(parents=True, exist_ok=True)
            _atomic_write(path, data)
        return digest

    def get(self, digest: str) -> bytes:
        return (self.blobs / digest).read_bytes()

    def register(self, arrival: Arrival) -> None:
        self.keys.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.keys / f"{arrival.key}.json",
                      json.dumps({"source": arrival.source, "sha256": arrival.sha256,
                                  "rejected": arrival.rejected}).encode())

    def lookup(self, key: str) -> Arrival:
        entry = json.loads((self.keys / f"{key}.json").read_text())
        return Arrival(key=key, source=entry["source"], sha256=entry["sha256"], rejected=entry.get("rejected"))


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def list_briefing_files(folders: list[Path]) -> dict[str, tuple[Path, os.stat_result]]:
    """Regular files in or below the folders, by source label. Symlinks are not followed."""
    found: dict[str, tuple[Path, os.stat_result]] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, dirs, files in os.walk(folder, followlinks=False):
            dirs[:] = [d for d in dirs if not _TEMP_NAME.search(d)]
            for name in files:
                if _TEMP_NAME.search(name):
                    continue
                path = Path(root) / name
                try:
                    st = path.lstat()
                except OSError:
                    continue   # deleted between listing and stat
                if path.is_symlink() or not os.path.isfile(path):
                    continue
                found[source_label(path)] = (path, st)
    return found


def fingerprint(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}"


@dataclass
class Scan:
    arrivals: list[Arrival]      # new content to ingest, one run each
    files: dict[str, str]        # the new cursor: source -> "size:mtime_ns:sha256"
    waiting: int                 # files not read this time (still being written, or over the batch limit)
    errors: list[str]


def scan_folders(folders: list[Path], seen: dict[str, str], store: RawStore, now: float,
                 limit: int = 200, settle_seconds: float = SETTLE_SECONDS) -> Scan:
    """Compare the folders with what was seen before; store and key what is new.

    Only files whose size or mtime changed are read. A file is read once its mtime is
    `settle_seconds` old (it is not being written). Content already seen under any name is not
    ingested again. At most `limit` files are read per call; the rest wait for the next call.
    """
    from dagster_project.ingest import MAX_BYTES, RejectedInput, decode_briefing

    listing = list_briefing_files(folders)
    files = {s: v for s, v in seen.items() if s in listing}
    known = {v.rsplit(":", 1)[1] for v in seen.values()}
    scan = Scan(arrivals=[], files=files, waiting=0, errors=[])
    read = 0
    for source, (path, st) in sorted(listing.items()):
        fp = fingerprint(st)
        before = seen.get(source)
        if before is not None and before.rsplit(":", 1)[0] == fp:
            continue
        if now - st.st_mtime < settle_seconds or read >= limit:
            scan.waiting += 1
            continue
        read += 1
        rejected = None
        try:
            if st.st_size > MAX_BYTES:
                digest, rejected = _hash_file(path), f"too large: {st.st_size} bytes (limit {MAX_BYTES})"
            else:
                data = path.read_bytes()
                digest = store.put(data)
        except OSError as exc:   # deleted or unreadable since listing: try again next time
            scan.errors.append(f"{source}: {exc.strerror or exc}")
            continue
        files[source] = f"{fp}:{digest}"
        if (before is not None and before.rsplit(":", 1)[1] == digest) or digest in known:
            continue   # touched but unchanged, or an identical copy under another name
        known.add(digest)
        text = None
        if rejected is None:
            try:
                text = decode_briefing(data)
            except RejectedInput:
                pass
        arrival = Arrival(key=briefing_key(source, text), source=source, sha256=digest, rejected=rejected)
        store.register(arrival)
        scan.arrivals.append(arrival)
    return scan


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
