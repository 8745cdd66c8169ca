"""What the benchmark found and fixed in the inbox sensor, kept fixed: a cursor that does not grow
with the inbox (Dagster stores it with every tick), and key lookups that do not glob per file."""
from __future__ import annotations

import json

from dagster_project.arrivals import Arrival, RawStore, briefing_key, decode_cursor, encode_cursor


def _files(n: int) -> dict[str, str]:
    return {f"inbox/{i // 1000:03d}/briefing-{i:05d}.txt": f"{1000 + i}:{1700000000000000000 + i}:{i:064x}"
            for i in range(n)}


def test_cursor_is_a_small_reference_for_many_files_and_round_trips(tmp_path):
    store = RawStore(tmp_path)
    many = _files(10_000)
    cursor = encode_cursor(many, store)
    assert len(cursor) < 100 and len(json.dumps(many)) > 1_000_000
    assert decode_cursor(cursor, store) == many
    assert encode_cursor(many, store) == cursor               # same files, same cursor, no new snapshot
    assert len(list(store.cursors.iterdir())) == 1

    few = _files(3)
    assert json.loads(encode_cursor(few, store)) == few       # a handful of files stay readable inline
    assert decode_cursor(None, store) == {}
    # a snapshot that is gone (warehouse deleted) means nothing seen: files are read again
    assert decode_cursor("snapshot:" + "0" * 64, store) == {}


def test_key_for_source_finds_registered_sources_among_many(tmp_path):
    store = RawStore(tmp_path)
    text = "SCIO briefing\n\nBeijing | 10 a.m. April 18, 2025\n"
    for i in range(300):
        source = f"inbox/b{i}.txt"
        store.register(Arrival(key=briefing_key(source, text), source=source, sha256=f"{i:064x}"))
    fresh = RawStore(tmp_path)                                # one listing for this store, then lookups
    assert fresh.key_for_source("inbox/b42.txt") == briefing_key("inbox/b42.txt", text)
    assert fresh.key_for_source("inbox/unknown.txt") is None
    # registered through the same store after its listing: found too
    fresh.register(Arrival(key=briefing_key("inbox/new.txt", text), source="inbox/new.txt", sha256="f" * 64))
    assert fresh.key_for_source("inbox/new.txt") == briefing_key("inbox/new.txt", text)
