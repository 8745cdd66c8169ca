"""Command line: `python -m dagster_project COMMAND ...` (see README)."""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one CSV row per observation (the spec's columns) for each file."""
    from dagster_project.extraction import OBSERVATION_CSV_COLUMNS, extract, observation_row
    from dagster_project.ingest import decode_briefing

    writer = csv.DictWriter(sys.stdout, fieldnames=OBSERVATION_CSV_COLUMNS, lineterminator="\n")
    if args.csv:
        writer.writeheader()
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            text = decode_briefing(path.read_bytes())
        except (OSError, ValueError) as exc:
            print(f"{path}: skipped: {exc}", file=sys.stderr)
            failed += 1
            continue
        result = extract(text)
        for obs in result.observations:
            row = observation_row(path.name, obs)
            if args.csv:
                writer.writerow(row)
            else:
                print(f"{row['indicator_id']:40} {row['measure']:8} {row['period_start']}..{row['period_end']} "
                      f"{row['qualifier']:6} {row['value']:>16} {row['unit']}")
    return 1 if failed and failed == len(args.files) else 0


def cmd_run(args: argparse.Namespace) -> int:
    from dagster_project.run import run_all
    return run_all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dagster_project")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract observations from briefing files")
    p.add_argument("files", nargs="+")
    p.add_argument("--csv", action="store_true", help="CSV with the spec's columns on stdout")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("run", help="ingest every briefing in seeds/briefings and inbox/ through Dagster")
    p.set_defaults(func=cmd_run)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
