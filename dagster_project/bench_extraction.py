"""Extraction throughput benchmark: `python -m dagster_project.bench_extraction [files...]`.

Not a test (timings depend on the machine); the target is >= 100 seed-sized (~60 KB)
briefings per second in one process.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path


def extraction_throughput(paths, seconds: float = 3.0) -> dict:
    """Run `extract` over the files repeatedly for about `seconds`; report the rates."""
    from dagster_project.extraction import extract
    from dagster_project.ingest import decode_briefing

    texts = [decode_briefing(Path(p).read_bytes()) for p in paths]
    if not texts:
        raise ValueError("no input files")
    extract(texts[0])  # warm-up: compile the regexes, load the catalogue
    n_docs = n_chars = n_obs = 0
    n_bytes = 0
    sizes = [len(t.encode("utf-8")) for t in texts]
    start = time.perf_counter()
    cpu_start = time.process_time()
    deadline = start + seconds
    while True:
        for text, size in zip(texts, sizes):
            n_obs += len(extract(text).observations)
            n_docs += 1
            n_chars += len(text)
            n_bytes += size
        if time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {
        "files": len(texts),
        "briefings": n_docs,
        "seconds": elapsed,
        "briefings_per_s": n_docs / elapsed,
        "mb_per_s": n_bytes / elapsed / 1e6,
        "ms_per_briefing": 1000 * elapsed / n_docs,
        "cpu_ms_per_briefing": 1000 * cpu / n_docs,   # excludes time lost to other processes
        "avg_kb": sum(sizes) / len(sizes) / 1e3,
        "observations_per_briefing": n_obs / n_docs,
    }


def main(argv: list[str] | None = None) -> int:
    from dagster_project.paths import SEEDS_DIR

    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or sorted((SEEDS_DIR / "briefings").glob("*.txt"))
    r = extraction_throughput(paths)
    print(f"{'files':>24} {r['files']}")
    print(f"{'avg size (KB)':>24} {r['avg_kb']:.1f}")
    print(f"{'briefings extracted':>24} {r['briefings']} in {r['seconds']:.2f} s")
    print(f"{'briefings/s':>24} {r['briefings_per_s']:.1f}")
    print(f"{'MB/s':>24} {r['mb_per_s']:.2f}")
    print(f"{'ms/briefing':>24} {r['ms_per_briefing']:.2f}")
    print(f"{'CPU ms/briefing':>24} {r['cpu_ms_per_briefing']:.2f}")
    print(f"{'observations/briefing':>24} {r['observations_per_briefing']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
