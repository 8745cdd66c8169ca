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


def cmd_report(args: argparse.Namespace) -> int:
    """Render charts (PNG) and index.html from the published snapshot."""
    from dagster_project.report import render_report
    from dagster_project.storage import Warehouse

    try:
        report = render_report(Warehouse(), args.out, series=args.series)
    except ValueError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    for chart in report.charts:
        print(f"{chart.png}  ({chart.n_points} points)")
    print(f"Report: {report.index}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write one table or view of the published snapshot to CSV or Parquet."""
    from dagster_project.export import export
    from dagster_project.storage import Warehouse

    try:
        rows = export(Warehouse(), args.table, args.format, args.out)
    except ValueError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    print(f"{rows} rows of {args.table} -> {args.out}")
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    """Poll the web sources once (sources.toml) and ingest what is new, through Dagster."""
    from dagster_project.web.cli import poll_all
    return poll_all(str(args.sources or ""))


def cmd_reliability_report(args: argparse.Namespace) -> int:
    """Run the reliability scenarios in a temporary directory and print the table (exit 1 on a failure)."""
    from dagster_project.reliability import report
    return report(keep=args.keep)


def cmd_bench(args: argparse.Namespace) -> int:
    from dagster_project.bench import main as bench_main
    return bench_main(args.bench_args)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:   # the benchmark parses its own options (see `bench --help`)
        return cmd_bench(argparse.Namespace(bench_args=argv[1:]))
    parser = argparse.ArgumentParser(prog="python -m dagster_project")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract observations from briefing files")
    p.add_argument("files", nargs="+")
    p.add_argument("--csv", action="store_true", help="CSV with the spec's columns on stdout")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("run", help="ingest every briefing in seeds/briefings and inbox/ through Dagster")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("report", help="render PNG charts and index.html into warehouse/report/")
    p.add_argument("--series", action="append", metavar="INDICATOR[:MEASURE]",
                   help="chart this indicator instead of the default set (repeatable)")
    p.add_argument("--out", type=Path, help="output folder (default warehouse/report/)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="write a table or view to CSV or Parquet")
    p.add_argument("--table", required=True, help="any table or view, e.g. series")
    p.add_argument("--format", choices=["csv", "parquet"], default="csv")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("poll", help="poll the web sources in sources.toml once and ingest new briefings")
    p.add_argument("--sources", type=Path, help="sources file (default $BRIEFINGS_SOURCES or sources.toml)")
    p.set_defaults(func=cmd_poll)

    sub.add_parser("bench", help="benchmark: extraction, backfill, incremental cost, views, sensor "
                   "(--smoke for tiny sizes; see bench --help)")

    p = sub.add_parser("reliability-report", help="burst, SIGKILL, bad-input and SQL-safety scenarios: "
                       "documents ingested, rows lost, errors surfaced")
    p.add_argument("--keep", type=Path, help="run in this folder and keep the warehouses (default: a temp dir)")
    p.set_defaults(func=cmd_reliability_report)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:   # `... extract --csv | head`: the reader left; not an error
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
