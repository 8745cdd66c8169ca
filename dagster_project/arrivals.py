"""How briefings arrive: folders are scanned, new or changed files are copied into a
content-addressed raw store, and each gets a stable partition key. No Dagster here: the sensor,
`make run` and the web poller all call these functions.

Raw store layout (under the warehouse directory):
    raw/blobs/<sha256>        the exact bytes as received (never modified, never deleted)
    raw/keys/<key>.json       the partition key's source and its newest content hash
    raw/cursors/<sha256>.json the inbox sensor's view of the folders, when too big for its cursor
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dagster_project.paths import PROJECT_ROOT

# Files being written under these names are skipped; write then rename (see README).
_TEMP_NAME = re.compile(r"(^\.|^~|\.(tmp|part|partial|crdownload|swp)$)", re.I)
SETTLE_SECONDS = 2.0   # a file whose mtime is younger than this may still be being written
_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (\d{1,2}), (\d{4})\b")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
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
        zh = _ZH_DATE.search(head)   # a Chinese briefing: "2025年4月18日"
        return f"{int(zh.group(1)):04d}-{int(zh.group(2)):02d}-{int(zh.group(3)):02d}" if zh else None
    m = sorted(candidates)[0][2]
    month = _MONTHS[m.group(1)[:3].lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


def dateline_date(text: str) -> date | None:
    """The date in the briefing's first 3000 characters (the one its partition key carries), if any."""
    found = _first_date(text[:3000])
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:   # "February 30, 2025"
        return None


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
        self.cursors = Path(warehouse_dir) / "raw" / "cursors"
        self._key_names: dict[str, list[str]] | None = None   # source-hash suffix -> key file names

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
        if self._key_names is not None:
            names = self._key_names.setdefault(arrival.key.rsplit("-", 1)[-1], [])
            if f"{arrival.key}.json" not in names:
                names.append(f"{arrival.key}.json")

    def lookup(self, key: str) -> Arrival:
        entry = json.loads((self.keys / f"{key}.json").read_text())
        return Arrival(key=key, source=entry["source"], sha256=entry["sha256"], rejected=entry.get("rejected"))

    def key_for_source(self, source: str) -> str | None:
        """The partition key a source was registered under, if any.

        A revision must keep its source's partition even when its new text changes the date the
        key is built from. Keys end in a hash of the source, so only a few files are read.
        """
        suffix = hashlib.sha1(source.encode()).hexdigest()[:8]
        if self._key_names is None:
            # One listing per RawStore (a sensor tick, a `make run`, a poll), not one per file:
            # globbing a folder of 10,000 keys for each of 200 new files made a tick take minutes.
            self._key_names = {}
            names = os.listdir(self.keys) if self.keys.is_dir() else []
            for name in names:
                if name.endswith(".json") and not name.startswith("."):
                    self._key_names.setdefault(name[:-len(".json")].rsplit("-", 1)[-1], []).append(name)
        for name in sorted(self._key_names.get(suffix, [])):
            if json.loads((self.keys / name).read_text()).get("source") == source:
                return name[:-len(".json")]
        return None


INLINE_CURSOR_BYTES = 2048   # a handful of files: the cursor stays readable JSON in the UI
CURSOR_SNAPSHOTS_KEPT = 20


def encode_cursor(files: dict[str, str], store: RawStore) -> str:
    """The inbox sensor's cursor for `files` (source -> "size:mtime_ns:sha256").

    Dagster stores the cursor with every tick and keeps skipped ticks for 7 days, so 10,000 files
    inline (~1.4 MB) every 5 s would be ~170 GB a week. Past a few files the map is written once
    to raw/cursors/<sha256>.json and the cursor is `snapshot:<sha256>` (73 bytes).
    """
    data = json.dumps(files, sort_keys=True)
    if len(data) <= INLINE_CURSOR_BYTES:
        return data
    digest = sha256(data.encode())
    path = store.cursors / f"{digest}.json"
    if not path.exists():
        store.cursors.mkdir(parents=True, exist_ok=True)
        _atomic_write(path, data.encode())
        _prune_snapshots(store.cursors, keep=path)
    return f"snapshot:{digest}"


def decode_cursor(cursor: str | None, store: RawStore) -> dict[str, str]:
    """What encode_cursor encoded. A snapshot that is gone (warehouse deleted) means nothing was seen:
    files are read again, and the run keys (source hash + content hash) stop duplicate runs."""
    if not cursor:
        return {}
    if cursor.startswith("snapshot:"):
        try:
            return json.loads((store.cursors / f"{cursor[len('snapshot:'):]}.json").read_text())
        except FileNotFoundError:
            return {}
    return json.loads(cursor)


def _prune_snapshots(folder: Path, keep: Path, min_age_s: float = 86400.0) -> None:
    """Keep the newest snapshots and any younger than a day (a tick whose cursor was not saved
    falls back to the previous one, which must still exist)."""
    now = time.time()
    snapshots = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in snapshots[CURSOR_SNAPSHOTS_KEPT:]:
        if old != keep and now - old.stat().st_mtime > min_age_s:
            old.unlink(missing_ok=True)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def list_briefing_files(folders: list[Path]) -> dict[str, tuple[Path, os.stat_result]]:
    """Regular files in or below the folders, by source label. Symlinks are not followed.

    Runs on every sensor tick over every file, so it uses os.scandir (one lstat per file, string
    labels) rather than pathlib: 10,000 files take ~0.1 s instead of ~1 s.
    """
    found: dict[str, tuple[Path, os.stat_result]] = {}
    inside = str(PROJECT_ROOT) + os.sep
    for folder in folders:
        if not folder.is_dir():
            continue
        pending = [os.path.abspath(folder)]
        while pending:
            try:
                entries = list(os.scandir(pending.pop()))
            except OSError:
                continue   # removed or unreadable since it was listed
            for entry in entries:
                if _TEMP_NAME.search(entry.name):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                        continue
                    if not entry.is_file(follow_symlinks=False):
                        continue   # a symlink, FIFO, socket or device
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue   # deleted between listing and stat
                label = entry.path[len(inside):] if entry.path.startswith(inside) else entry.path
                found[label.replace(os.sep, "/")] = (Path(entry.path), st)
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
    from dagster_project.ingest import MAX_BYTES, decode_briefing

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
                data = read_input(path)
                if len(data) > MAX_BYTES:   # grew since listing
                    digest, rejected = sha256(data), f"too large: {len(data)} bytes (limit {MAX_BYTES})"
                else:
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
            except Exception:   # RejectedInput, or a decoder bug: the run records why; the sensor goes on
                pass
        key = store.key_for_source(source) or briefing_key(source, text)
        arrival = Arrival(key=key, source=source, sha256=digest, rejected=rejected)
        store.register(arrival)
        scan.arrivals.append(arrival)
    return scan


def _open_regular(path: Path):
    """A file object on a regular file, never through a symlink and never a FIFO/device.

    The listing skips symlinks, but a file can be swapped for one (or for a FIFO, which would
    block the sensor forever) between listing and reading: O_NOFOLLOW and the fstat close that gap.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input(path: Path) -> bytes:
    """The bytes of a regular file in a watched folder (see _open_regular)."""
    with _open_regular(path) as f:
        return f.read()


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with _open_regular(path) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
