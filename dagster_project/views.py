"""Read-side helpers for the derived views and the data-quality checks. Plain Python, no Dagster.

Everything here reads the published snapshot (or a connection the caller holds), so the UI
metadata, the checks, the report and the export all see the same consistent state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from dagster_project.paths import SQL_DIR
from dagster_project.storage import Warehouse, sql_file


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str | None = None


@dataclass
class ViewDescription:
    name: str
    description: str | None
    row_count: int
    columns: list[Column]
    preview: str                          # markdown table of the first rows


@dataclass
class CheckRows:
    """The rows a check query returned: each one is a problem (an empty result passes)."""
    name: str
    columns: list[str]
    rows: list[tuple] = field(default_factory=list)

    def markdown(self, limit: int = 50) -> str:
        table = markdown_table(self.columns, self.rows[:limit])
        more = len(self.rows) - limit
        return table + (f"\n\n... and {more} more rows" if more > 0 else "")


def ensure_published(warehouse: Warehouse) -> None:
    """A fresh checkout has no snapshot yet: publish an empty one with every table and view."""
    if not warehouse.published.exists():
        with warehouse.writer():
            pass


def relations(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Tables and views of the warehouse (main schema) -> 'table' or 'view'."""
    rows = con.execute(
        "SELECT table_name, table_type FROM information_schema.tables "
        "WHERE table_schema = 'main' ORDER BY table_name").fetchall()
    return {name: ("view" if kind == "VIEW" else "table") for name, kind in rows}


def quoted(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The identifier of an existing table or view, quoted; anything else is refused."""
    known = relations(con)
    if name not in known:
        raise ValueError(f"no table or view named {name!r}; known: {', '.join(known)}")
    return '"' + name + '"'


def describe_view(warehouse: Warehouse, name: str, preview_rows: int = 20) -> ViewDescription:
    """Row count, column schema (with COMMENT ON COLUMN texts) and a markdown preview of a view."""
    ensure_published(warehouse)
    with warehouse.reader() as con:
        ident = quoted(con, name)
        count = con.execute(f"SELECT count(*) FROM {ident}").fetchone()[0]
        cursor = con.execute(f"SELECT * FROM {ident} LIMIT ?", [int(preview_rows)])
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        info = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index", [name]).fetchall()
        comment = con.execute(
            "SELECT comment FROM duckdb_views() WHERE schema_name = 'main' AND view_name = ? "
            "UNION ALL SELECT comment FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?",
            [name, name]).fetchone()
    return ViewDescription(
        name=name,
        description=comment[0] if comment else None,
        row_count=count,
        columns=[Column(n, t, c) for n, t, c in info],
        preview=markdown_table(names, rows),
    )


# Tables kept at write time from a view's logic count as that view in the lineage: series_current holds
# the newest vintage of each key of series_vintages (sql/write/refresh_series_keys.sql).
MAINTAINED_FROM = {"series_current": "series_vintages"}


def view_dependencies() -> dict[str, set[str]]:
    """View name -> the views and base tables its SQL reads, from the statements in sql/views/.

    Lineage for the UI; word matches on names are enough because our SQL names things plainly.
    """
    statements = [s for path in sorted((SQL_DIR / "views").glob("*.sql"))
                  for s in sql_file(f"views/{path.name}")]
    creates, macros = {}, {}
    for statement in statements:
        m = re.match(r"CREATE OR REPLACE VIEW (\w+) AS(.*)", statement, re.S)
        if m:
            creates[m.group(1)] = m.group(2)
        m = re.match(r"CREATE OR REPLACE MACRO (\w+)\s*\([^)]*\)\s*AS TABLE(.*)", statement, re.S)
        if m:
            macros[m.group(1)] = m.group(2)

    def expanded(body: str, seen: frozenset = frozenset()) -> str:
        """The body with the bodies of the table macros it calls (a view reads what its macros read)."""
        for macro, macro_body in macros.items():
            if macro not in seen and re.search(rf"\b{macro}\b", body):
                body += "\n" + expanded(macro_body, seen | {macro})
        return body

    candidates = set(creates) | {"observations", "documents", "mentions", "indicators"}
    deps = {}
    for name, body in creates.items():
        body = expanded(body)
        deps[name] = {c for c in candidates if c != name and re.search(rf"\b{c}\b", body)}
        deps[name] |= {view for table, view in MAINTAINED_FROM.items() if re.search(rf"\b{table}\b", body)}
    return deps


def check_names() -> list[str]:
    """The data-quality checks: one query per file in sql/checks/, returning the offending rows."""
    return sorted(p.stem for p in (SQL_DIR / "checks").glob("*.sql"))


def run_check(con: duckdb.DuckDBPyConnection, name: str) -> CheckRows:
    """Run sql/checks/<name>.sql; every row it returns is a problem."""
    if name not in check_names():
        raise ValueError(f"no check named {name!r} in {SQL_DIR / 'checks'}")
    statements = sql_file(f"checks/{name}.sql")
    if len(statements) != 1:
        raise ValueError(f"sql/checks/{name}.sql must hold exactly one query")
    cursor = con.execute(statements[0])
    return CheckRows(name=name, columns=[d[0] for d in cursor.description], rows=cursor.fetchall())


def format_value(v) -> str:
    """One cell for humans: integral floats without '.0', dates as ISO, lists comma-separated."""
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{int(v):d}" if v.is_integer() and abs(v) < 1e18 else str(round(v, 6))
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return ", ".join(format_value(x) for x in v)
    return str(v)


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    def cell(v) -> str:
        return format_value(v).replace("|", "\\|").replace("\n", " ")[:120]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
