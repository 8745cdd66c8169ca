"""Export any table or view of the published snapshot to CSV or Parquet.

The name is checked against the warehouse's own catalog (information_schema) before it is used as
an identifier, and the output path never goes into SQL: polars writes the file. The file is written
next to its target and renamed into place, so a reader never sees half an export.
"""
from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from dagster_project.storage import Warehouse
from dagster_project.views import ensure_published, quoted

FORMATS = ("csv", "parquet")


def read_relation(warehouse: Warehouse, name: str) -> pl.DataFrame:
    """All rows of one table or view; ValueError naming the known ones if there is no such name."""
    ensure_published(warehouse)
    with warehouse.reader() as con:
        return con.execute(f"SELECT * FROM {quoted(con, name)}").pl()


def for_csv(frame: pl.DataFrame) -> pl.DataFrame:
    """CSV has no lists: a list cell becomes its items joined by '; ' (Parquet keeps real lists)."""
    lists = [c for c, t in frame.schema.items() if isinstance(t, pl.List)]
    return frame.with_columns(
        pl.col(c).list.eval(pl.element().cast(pl.String)).list.join("; ") for c in lists)


def export(warehouse: Warehouse, name: str, fmt: str, out: Path | str) -> int:
    """Write table/view `name` to `out` as csv or parquet; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    frame = read_relation(warehouse, name)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        if fmt == "csv":
            for_csv(frame).write_csv(tmp)
        else:
            frame.write_parquet(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return frame.height
