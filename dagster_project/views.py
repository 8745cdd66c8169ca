"""Read-side helpers for the derived views: row counts, schemas and markdown previews for the UI."""
from __future__ import annotations

from dagster_project.storage import Warehouse


def describe_view(warehouse: Warehouse, name: str, preview_rows: int = 20) -> dict:
    """Metadata for a view: row count, column schema and a markdown preview of the first rows."""
    if not warehouse.published.exists():
        with warehouse.writer():
            pass   # creates an empty, published warehouse with every table and view
    with warehouse.reader() as con:
        count = con.execute(f'SELECT count(*) FROM "{_ident(name)}"').fetchone()[0]
        cursor = con.execute(f'SELECT * FROM "{_ident(name)}" LIMIT {int(preview_rows)}')
        columns = [d[0] for d in cursor.description]
        types = [str(d[1]) for d in cursor.description]
        rows = cursor.fetchall()
    return {
        "row_count": count,
        "columns": dict(zip(columns, types)),
        "preview": markdown_table(columns, rows),
    }


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    def cell(v) -> str:
        s = "" if v is None else str(v)
        return s.replace("|", "\\|").replace("\n", " ")[:120]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a view name: {name!r}")
    return name
