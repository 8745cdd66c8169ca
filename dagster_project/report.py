"""Charts of chosen series as PNGs plus an index.html, drawn from the published snapshot.

Plain Python (matplotlib, Agg backend): `python -m dagster_project report` and the `report` asset
call `render_report`. Every point is the current value of its period (the `series` view, newest
vintage) and carries a label; a value that is a bound or an estimate is prefixed with its
qualifier (">" more than, "<" nearly/under, "~" about) and drawn with a hollow marker, so a chart
never presents "more than 30,000" as exactly 30,000.
"""
from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")   # no display: render to files only
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from dagster_project.storage import Warehouse, run_sql  # noqa: E402
from dagster_project.views import ensure_published  # noqa: E402

QUALIFIER_PREFIX = {"eq": "", "gt": ">", "lt": "<", "approx": "~"}
QUALIFIER_WORDS = {"gt": "more than", "lt": "nearly / under", "approx": "about"}
SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e4, None), (1, None)]
UNIT_WORDS = {"count": "", "yuan": "yuan", "percent": "%", "eflops": "EFLOPS", "gb": "GB",
              "tonnes": "tonnes"}


@dataclass(frozen=True)
class Line:
    indicator_id: str
    label: str
    measure: str = "level"
    year_to_date: bool = False     # only periods from January 1 (growth rates "in the first N months")


@dataclass(frozen=True)
class Chart:
    name: str                      # file stem
    title: str
    y_label: str                   # says the unit
    lines: tuple[Line, ...]
    scale: float = 1.0             # values are divided by this before plotting
    log: bool = False
    note: str = ""


DEFAULT_CHARTS: tuple[Chart, ...] = (
    Chart("five_g_base_stations", "5G base stations in operation (cumulative, as of date)",
          "base stations (million)", (Line("five_g_base_stations", "5G base stations"),), scale=1e6),
    Chart("five_g_users", "5G mobile phone users (as of date)", "users (million)",
          (Line("five_g_mobile_users", "5G mobile phone users"),), scale=1e6),
    Chart("five_g_penetration", "5G penetration: two definitions, never mixed", "percent (%)",
          (Line("five_g_penetration_rate", "users per 100 population (five_g_penetration_rate)"),
           Line("five_g_share_of_mobile_users",
                "share of all mobile phone users (five_g_share_of_mobile_users)")),
          note="Separate series: a change of definition is not a change of penetration."),
    Chart("gigabit_broadband_users", "Gigabit broadband users (as of date)", "users (million)",
          (Line("gigabit_broadband_users", "gigabit broadband users"),), scale=1e6),
    Chart("smart_factories", "Smart factories by tier (cumulative, as of date)",
          "factories (count, log scale)",
          (Line("smart_factories_basic", "basic level"),
           Line("smart_factories_advanced", "advanced level"),
           Line("smart_factories_excellence", "excellence level"),
           Line("smart_factories_leading", "leading level")), log=True),
    Chart("industrial_value_added_growth",
          "Industrial value added above designated size: growth, year to date",
          "% year on year (year to date)",
          (Line("industrial_value_added", "value added, year to date", measure="yoy_pct",
                year_to_date=True),),
          note="Official growth rates, as stated (comparable basis); never recomputed from levels."),
)


@dataclass(frozen=True)
class Point:
    period_start: date
    period_end: date
    value: float
    unit: str
    qualifier: str
    source: str
    published_date: date | None


@dataclass
class RenderedChart:
    chart: Chart
    png: Path
    points: dict[str, list[Point]] = field(default_factory=dict)   # line label -> points

    @property
    def n_points(self) -> int:
        return sum(len(p) for p in self.points.values())


@dataclass
class Report:
    directory: Path
    index: Path
    charts: list[RenderedChart]


def parse_series(spec: str) -> tuple[str, str]:
    """'indicator_id' or 'indicator_id:measure' (the CLI's --series) -> (indicator_id, measure)."""
    indicator, _, measure = spec.partition(":")
    return indicator, measure or "level"


def chart_for(con, indicator_id: str, measure: str = "level") -> Chart:
    """A chart for any catalogue indicator: title and unit from the catalogue, scale from the data."""
    found = run_sql(con, "report/indicator.sql", indicator_id=indicator_id)
    if not found:
        raise ValueError(f"unknown indicator {indicator_id!r}: not in the catalogue")
    name, unit, kind = found[0]
    # a flow line mixes period lengths (year to date, single quarter, month): keep year to date
    year_to_date = kind == "flow"
    values = [p.value for p in _points(con, Line(indicator_id, name, measure, year_to_date))]
    if measure == "yoy_pct":
        return Chart(f"{indicator_id}__{measure}", f"{name}: growth, year on year",
                     "% year on year", (Line(indicator_id, name, measure, year_to_date),))
    peak = max((abs(v) for v in values), default=0)
    scale, word = next(((s, w) for s, w in SCALES if peak >= s * 10 and w), (1.0, None))
    unit_word = UNIT_WORDS.get(unit, unit)
    y_label = " ".join(x for x in (word, unit_word) if x) or "count"
    as_of = "as of date" if kind in ("stock", "ratio") else "year to date"
    return Chart(f"{indicator_id}__{measure}", f"{name} ({as_of})", f"{measure} ({y_label})",
                 (Line(indicator_id, name, measure, year_to_date),), scale=scale)


def render_report(warehouse: Warehouse, out_dir: Path | None = None,
                  charts: tuple[Chart, ...] | list[Chart] | None = None,
                  series: list[str] | None = None) -> Report:
    """Draw `charts` (default DEFAULT_CHARTS; `series` specs chart chosen indicators instead)."""
    out = Path(out_dir) if out_dir else warehouse.dir / "report"
    out.mkdir(parents=True, exist_ok=True)
    ensure_published(warehouse)
    with warehouse.reader() as con:
        if series:
            charts = [chart_for(con, *parse_series(s)) for s in series]
        charts = list(charts or DEFAULT_CHARTS)
        snapshot = run_sql(con, "report/snapshot.sql")[0]
        rendered = []
        for chart in charts:
            points = chart_points(con, chart)
            png = out / f"{chart.name}.png"
            _draw(chart, points, png)
            rendered.append(RenderedChart(chart, png, points))
    index = out / "index.html"
    _write_atomic(index, _index_html(rendered, snapshot).encode("utf-8"))
    return Report(out, index, rendered)


def chart_points(con, chart: Chart) -> dict[str, list[Point]]:
    """Line label -> its points, oldest first."""
    return {line.label: _points(con, line) for line in chart.lines}


def _points(con, line: Line) -> list[Point]:
    rows = run_sql(con, "report/chart_points.sql", indicator_id=line.indicator_id,
                   measure=line.measure, year_to_date=line.year_to_date)
    return [Point(*row) for row in rows]


def label(value: float, qualifier: str) -> str:
    """'>30,000', '~1.75', '4.838': the value as plotted, prefixed with its qualifier if not exact."""
    text = f"{value:,.1f}".removesuffix(".0") if abs(value) >= 1000 else f"{value:.4g}"
    return QUALIFIER_PREFIX.get(qualifier, qualifier + " ") + text


def _draw(chart: Chart, points: dict[str, list[Point]], png: Path) -> None:
    fig = figure(chart, points)
    try:
        tmp = png.with_name(f".{png.name}.{os.getpid()}.tmp")
        fig.savefig(tmp, format="png", metadata={"Software": None})
        os.replace(tmp, png)
    finally:
        plt.close(fig)


def figure(chart: Chart, points: dict[str, list[Point]]) -> plt.Figure:
    """The chart as a matplotlib figure (the caller closes it): title, axis labels with units,
    the as-of dates as x ticks, every point labelled."""
    fig, ax = plt.subplots(figsize=(8, 4.6), dpi=100)
    try:
        any_points = False
        inexact = set()
        for i, (name, pts) in enumerate(points.items()):
            color = f"C{i}"
            if not pts:
                ax.plot([], [], color=color, marker="o", label=f"{name} (no data)")
                continue
            any_points = True
            xs = [p.period_end for p in pts]
            ys = [p.value / chart.scale for p in pts]
            ax.plot(xs, ys, color=color, linewidth=1.6, marker="o", markersize=7, label=name)
            for x, y, p in zip(xs, ys, pts):
                exact = p.qualifier == "eq"
                if not exact:
                    inexact.add(p.qualifier)
                ax.plot([x], [y], marker="o", markersize=7, color=color,
                        markerfacecolor=color if exact else "white", markeredgewidth=1.6)
                ax.annotate(label(y, p.qualifier), (x, y), textcoords="offset points", xytext=(0, 8),
                            ha="center", fontsize=8, color=color)
        if not any_points:
            ax.text(0.5, 0.5, "no observations yet", transform=ax.transAxes, ha="center",
                    va="center", fontsize=12, color="grey")
        if chart.log:
            ax.set_yscale("log")
        ax.set_title(chart.title, fontsize=11)
        ax.set_ylabel(chart.y_label)
        ax.set_xlabel("as of / period end (date)")
        ticks = sorted({p.period_end for pts in points.values() for p in pts})
        if 0 < len(ticks) <= 12:
            ax.set_xticks(ticks)   # the as-of dates themselves, not the first of each month
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.margins(x=0.12, y=0.18)
        ax.grid(True, alpha=0.3)
        for tick in ax.get_xticklabels():
            tick.set_rotation(30)
            tick.set_horizontalalignment("right")
        ax.legend(fontsize=8, loc="best")
        notes = [chart.note] if chart.note else []
        if inexact:
            notes.append("Hollow markers are not exact: " + ", ".join(
                f"{QUALIFIER_PREFIX[q]} {QUALIFIER_WORDS[q]}" for q in sorted(inexact)
                if q in QUALIFIER_WORDS) + ".")
        notes.append("Newest vintage of each value (series view).")
        fig.text(0.01, 0.01, " ".join(notes), fontsize=7, color="dimgrey")
        # fixed margins (tight_layout would draw every figure twice), room for rotated dates
        fig.subplots_adjust(left=0.1, right=0.98, top=0.92, bottom=0.24)
    except BaseException:
        plt.close(fig)
        raise
    return fig


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _index_html(charts: list[RenderedChart], snapshot: tuple) -> str:
    e = html.escape
    documents, newest, observations = snapshot
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Briefing warehouse: series report</title>",
        "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px}"
        "img{max-width:100%;border:1px solid #eee}</style></head><body>",
        "<h1>Series report</h1>",
        f"<p>From the published warehouse snapshot: {documents} documents, {observations} "
        f"observations, newest published {e(str(newest or 'n/a'))}. Each point is the newest "
        "vintage of its period. &gt; more than, &lt; nearly/under, ~ about.</p>",
    ]
    for rc in charts:
        parts.append(f'<h2 id="{e(rc.chart.name)}">{e(rc.chart.title)}</h2>')
        parts.append(f'<img src="{e(rc.png.name)}" alt="{e(rc.chart.title)}">')
        rows = [(name, p) for name, pts in rc.points.items() for p in pts]
        if not rows:
            parts.append("<p>No observations yet.</p>")
            continue
        parts.append("<table><tr><th>series</th><th>period</th><th>value</th><th>unit</th>"
                     "<th>qualifier</th><th>source</th><th>published</th></tr>")
        for name, p in rows:
            period = (p.period_end.isoformat() if p.period_start == p.period_end
                      else f"{p.period_start.isoformat()}..{p.period_end.isoformat()}")
            parts.append(
                f"<tr><td>{e(name)}</td><td>{e(period)}</td><td>{e(label(p.value, 'eq'))}</td>"
                f"<td>{e(p.unit)}</td><td>{e(p.qualifier)}</td><td>{e(p.source)}</td>"
                f"<td>{e(str(p.published_date or ''))}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
