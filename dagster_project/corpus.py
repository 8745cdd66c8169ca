"""Synthetic briefings with their ground truth: a benchmark corpus of any size and an accuracy check.

`generate(n, seed)` returns n briefings shaped like the SCIO/MIIT seeds (title, dateline, speakers,
opening remarks, Q&A, ~60 KB of prose) that state ~25 catalogue indicators in the phrasings real
briefings use (qualifiers, "respectively" lists, periods in the sentence or the one before, as-of
dates, a rounded figure restated precisely), among distractor numbers that are not indicators
(shares of other things, additions, province figures, targets, years, percentage points).
The ground truth follows the spec's conventions (/work/shared/spec/README.md): a stock is an
instant at its as-of date (the reporting period's end when the sentence has none), a flow the
interval it accumulated over, values in catalogue units. `score()` applies the spec's score.py rule.

Plain Python, seeded `random.Random`, no Dagster: briefing i of `generate(n, seed)` is the same for
every n, so a small corpus is a prefix of a large one. Values are a function of (indicator, period)
only, so two briefings about the same quarter state the same figures, like reprints do.
"""
from __future__ import annotations

import calendar
import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable, NamedTuple

TRUTH_COLUMNS = ["document", "indicator_id", "measure", "period_start", "period_end",
                 "value", "unit", "qualifier", "evidence"]
SCORED_MEASURES = {"level", "yoy_pct"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FIRST_YEAR = 2016            # briefing i reports on quarter i % 40 from here: 2016 to 2025, none in the future
TARGET_CHARS = (56_000, 64_000)  # the seeds are 60-62 KB


class Briefing(NamedTuple):
    name: str          # file name, e.g. "syn00042_1a2b3c4d5e6f.txt"
    text: str
    truth: list[dict]  # one dict per observation, keys TRUTH_COLUMNS (value as a decimal string)


# ---------------------------------------------------------------------------------------------
# Numbers: a surface string and its exact value in the catalogue unit


@dataclass(frozen=True)
class Num:
    surface: str      # "4.395 million", "30,000", "75.9"
    value: Decimal    # 4395000, 30000, 75.9

    def text(self) -> str:
        return plain(self.value)


def plain(d: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 4395000, 75.9, -3.1."""
    return str(int(d)) if d == d.to_integral() else format(d.normalize(), "f")


_SCALE = {"million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}


def _round(x: float, places: int) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(value: float, style: str, places: int = 0, step: int = 1) -> Num:
    """Format `value` (catalogue unit) as a briefing would: "4.395 million", "18,500", "75.9".

    style: "million"/"billion"/"trillion" (value shown in that magnitude with `places` decimals),
    "int" (rounded to a multiple of `step`, thousands separators), "plain" (`places` decimals).
    """
    smaller = {"trillion": "billion", "billion": "million"}
    while style in smaller and value < float(_SCALE[style]):   # "294 million", never "0.294 billion"
        style, places = smaller[style], max(0, places - 3)
    if style == "million" and value < 1e6:                       # "890,000", never "0.89 million"
        style, step = "int", 10 ** max(0, 6 - places)
    if style in _SCALE:
        shown = _round(value / float(_SCALE[style]), places)
        if shown == 0:
            shown = Decimal(1).scaleb(-places)
        return Num(f"{plain(shown)} {style}", shown * _SCALE[style])
    if style == "int":
        n = max(step, int(round(value / step)) * step)
        return Num(f"{n:,}", Decimal(n))
    shown = _round(value, places)
    return Num(plain(shown), shown)


def coarser(num: Num) -> tuple[Num, str] | None:
    """The same figure rounded for an opening summary ("nearly 1.9 trillion"), with its qualifier."""
    words = num.surface.split()
    digits = words[0].replace(",", "")
    if "." not in digits or len(digits.split(".")[1]) < 2:
        return None
    shown = Decimal(digits).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if shown == Decimal(digits):
        return None
    scale = _SCALE.get(words[1], Decimal(1)) if len(words) > 1 else Decimal(1)
    rough = Num(" ".join([plain(shown), *words[1:]]), shown * scale)
    return rough, ("lt" if rough.value > num.value else "gt")


# ---------------------------------------------------------------------------------------------
# Periods


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    year: int
    months: int     # 3 (Q1), 6 (H1), 9 (first three quarters), 12 (full year)

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return month_end(self.year, self.months)

    @property
    def t(self) -> float:
        """Years since the end of 2025 at the period end (negative before)."""
        return self.year + self.months / 12 - 2026


def flow_phrase(rng: random.Random, year: int, months: int, capital: bool = True) -> str:
    """How briefings name a year-to-date interval of `months` months."""
    y = year
    options = {
        2: ["in the first two months", "from January to February", "in the first two months of this year"],
        3: ["in the first quarter", f"in the first quarter of {y}", "from January to March"],
        5: ["in the first five months", "from January to May"],
        6: ["in the first half of the year", f"in the first half of {y}", "from January to June"],
        8: ["in the first eight months", "from January to August"],
        9: ["in the first three quarters", f"in the first three quarters of {y}", "from January to September"],
        11: ["in the first 11 months", "from January to November"],
        12: [f"in {y}", f"in the full year of {y}", f"for the whole of {y}"],
    }[months]
    phrase = rng.choice(options)
    return phrase[0].upper() + phrase[1:] if capital else phrase


def period_title(p: Period) -> str:
    return {3: f"in the first quarter of {p.year}", 6: f"in the first half of {p.year}",
            9: f"in the first three quarters of {p.year}", 12: f"in {p.year}"}[p.months]


# ---------------------------------------------------------------------------------------------
# Indicator values: a smooth path per indicator, so series look like series


@dataclass(frozen=True)
class Trend:
    base: float          # level at the end of 2025 (stock/ratio) or the 2025 annual total (flow)
    growth: float        # per year: multiplicative for counts and yuan, additive points for ratios
    style: str
    places: int = 0
    step: int = 1
    yoy: tuple[float, float] = (3.0, 12.0)   # range of the year-on-year change


PATHS: dict[str, Trend] = {
    "five_g_base_stations": Trend(4.55e6, 1.18, "million", 3),
    "five_g_mobile_users": Trend(1.15e9, 1.15, "billion", 3),
    "five_g_penetration_rate": Trend(80.0, 6.0, "plain", 1),
    "five_g_share_of_mobile_users": Trend(64.0, 5.0, "plain", 1),
    "gigabit_broadband_users": Trend(2.3e8, 1.25, "million", 0),
    "gigabit_share_of_broadband_users": Trend(33.0, 4.0, "plain", 1),
    "ten_g_pon_ports": Trend(3.1e7, 1.2, "million", 2),
    "five_g_a_cities": Trend(320, 1.5, "int"),
    "five_g_admin_village_coverage": Trend(92.0, 3.0, "plain", 0),
    "five_g_industrial_internet_projects": Trend(2.2e4, 1.2, "int", step=100),
    "five_g_economy_categories": Trend(86, 1.05, "int"),
    "five_g_sep_share": Trend(42.0, 0.5, "plain", 0),
    "computing_power_total": Trend(300, 1.2, "int"),
    "intelligent_computing_power": Trend(1500, 1.6, "int", step=10),
    "data_center_racks": Trend(9.4e6, 1.15, "million", 1),
    "mobile_dou": Trend(21.0, 1.1, "plain", 1),
    "telecom_business_revenue": Trend(1.78e12, 1.03, "billion", 1),
    "software_it_services_revenue": Trend(1.45e13, 1.1, "trillion", 4, yoy=(6.0, 14.0)),
    "software_industry_profit": Trend(1.75e12, 1.09, "billion", 1, yoy=(5.0, 15.0)),
    "digital_industry_revenue": Trend(3.8e13, 1.07, "trillion", 1),
    "digital_industry_profit": Trend(3.1e12, 1.08, "trillion", 2),
    "computer_output": Trend(3.4e8, 1.02, "million", 3, yoy=(-8.0, 12.0)),
    "five_g_phone_shipments": Trend(2.6e8, 1.03, "million", 3, yoy=(-10.0, 20.0)),
    "auto_production": Trend(3.2e7, 1.04, "million", 3, yoy=(-5.0, 15.0)),
    "auto_sales": Trend(3.15e7, 1.04, "million", 3, yoy=(-5.0, 15.0)),
    "nev_production": Trend(1.6e7, 1.3, "million", 3, yoy=(15.0, 55.0)),
    "nev_sales": Trend(1.58e7, 1.3, "million", 3, yoy=(15.0, 55.0)),
    "industrial_robot_output": Trend(7.2e5, 1.15, "int", step=1000, yoy=(5.0, 30.0)),
    "service_robot_output": Trend(1.1e7, 1.12, "million", 3, yoy=(5.0, 25.0)),
    "crude_steel_output": Trend(1.0e9, 0.99, "million", 0, yoy=(-6.0, 3.0)),
    "smart_factories_basic": Trend(3.5e4, 1.25, "int", step=1000),
    "smart_factories_advanced": Trend(8.0e3, 1.4, "int", step=100),
    "smart_factories_excellence": Trend(500, 1.5, "int", step=10),
    "smart_factories_leading": Trend(15, 1.6, "int"),
    "national_green_factories": Trend(8.0e3, 1.25, "int", step=100),
    "little_giant_enterprises": Trend(1.76e4, 1.15, "int", step=100),
    "specialized_smes": Trend(1.4e5, 1.15, "int", step=1000),
    "tech_smes": Trend(6.0e5, 1.2, "int", step=10000),
    "high_tech_enterprises": Trend(5.0e5, 1.08, "int", step=1000),
    "industrial_internet_platforms": Trend(350, 1.1, "int", step=10),
    "industrial_internet_connected_devices": Trend(1.0e8, 1.2, "million", 0),
    "humanoid_robot_products": Trend(330, 1.8, "int", step=10),
    "digital_rd_tool_penetration": Trend(84.0, 2.0, "plain", 1),
    "key_process_digitalization_rate": Trend(66.0, 2.5, "plain", 1),
    "openharmony_devices": Trend(1.15e9, 1.5, "billion", 1),
}
YOY_ONLY = {  # indicators briefings state as growth only
    "industrial_value_added": (4.0, 7.5), "equipment_manufacturing_value_added": (6.0, 11.0),
    "high_tech_manufacturing_value_added": (6.0, 12.0), "consumer_goods_value_added": (2.0, 6.0),
    "electronics_manufacturing_value_added": (8.0, 14.0), "industrial_sme_value_added": (4.0, 9.0),
    "telecom_business_volume": (5.0, 12.0),
}
CATALOGUE_UNITS = {
    "five_g_base_stations": "count", "five_g_mobile_users": "count", "five_g_penetration_rate": "percent",
    "five_g_share_of_mobile_users": "percent", "gigabit_broadband_users": "count",
    "gigabit_share_of_broadband_users": "percent", "ten_g_pon_ports": "count", "five_g_a_cities": "count",
    "five_g_admin_village_coverage": "percent", "five_g_industrial_internet_projects": "count",
    "five_g_economy_categories": "count", "five_g_sep_share": "percent", "computing_power_total": "eflops",
    "intelligent_computing_power": "eflops", "data_center_racks": "count", "mobile_dou": "gb",
    "telecom_business_revenue": "yuan", "software_it_services_revenue": "yuan",
    "software_industry_profit": "yuan", "digital_industry_revenue": "yuan", "digital_industry_profit": "yuan",
    "computer_output": "count", "five_g_phone_shipments": "count", "auto_production": "count",
    "auto_sales": "count", "nev_production": "count", "nev_sales": "count",
    "industrial_robot_output": "count", "service_robot_output": "count", "crude_steel_output": "tonnes",
    "smart_factories_basic": "count", "smart_factories_advanced": "count",
    "smart_factories_excellence": "count", "smart_factories_leading": "count",
    "national_green_factories": "count", "little_giant_enterprises": "count", "specialized_smes": "count",
    "tech_smes": "count", "high_tech_enterprises": "count", "industrial_internet_platforms": "count",
    "industrial_internet_connected_devices": "count", "humanoid_robot_products": "count",
    "digital_rd_tool_penetration": "percent", "key_process_digitalization_rate": "percent",
    "openharmony_devices": "count",
}


class Values:
    """Figures for one corpus seed: a function of (indicator, period), never of the document."""

    def __init__(self, seed: int):
        self.seed = seed

    def stock(self, indicator: str, as_of: date) -> Num:
        path = PATHS[indicator]
        t = as_of.year + as_of.month / 12 - 2026
        if path.style == "plain":   # a ratio: additive points, kept inside [1, 99]
            x = min(99.0, max(1.0, path.base + path.growth * t))
        else:
            x = path.base * path.growth ** t
        return number(x, path.style, path.places, path.step)

    def flow(self, indicator: str, year: int, months: int, first_month: int = 1) -> Num:
        path = PATHS[indicator]
        if indicator == "mobile_dou":   # a monthly average, not an accumulation
            return number(path.base * path.growth ** (year + months / 12 - 2026), "plain", 1)
        span = months - first_month + 1
        x = path.base * path.growth ** (year - 2025) * span / 12
        return number(x, path.style, path.places, path.step)

    def yoy(self, indicator: str, year: int, months: int) -> Num:
        lo, hi = YOY_ONLY.get(indicator) or PATHS[indicator].yoy
        rng = random.Random(f"{self.seed}|yoy|{indicator}|{year}|{months}")
        x = rng.uniform(lo, hi)
        if abs(x) < 1.0:   # never "0%" or "-0%"
            x = 1.2 if x >= 0 else -1.2
        return number(x, "plain", rng.choice([1, 1, 1, 0]))


# ---------------------------------------------------------------------------------------------
# Statements: a sentence (or two) and the observations it carries


@dataclass
class Doc:
    """What a statement needs to know about the briefing it is written into."""
    name: str
    period: Period
    values: Values
    rng: random.Random


@dataclass
class Statement:
    sentences: list[str]
    rows: list[dict]
    restatement: str | None = None   # a rounded or repeated form for the opening summary


def _row(doc: Doc, indicator: str, measure: str, start: date, end: date, num: Num, qualifier: str,
         evidence: str) -> dict:
    unit = "percent" if measure == "yoy_pct" else CATALOGUE_UNITS[indicator]
    return {"document": doc.name, "indicator_id": indicator, "measure": measure,
            "period_start": start.isoformat(), "period_end": end.isoformat(), "value": num.text(),
            "unit": unit, "qualifier": qualifier, "evidence": evidence}


_QUALIFIERS = [("", "eq")] * 6 + [("more than ", "gt"), ("over ", "gt"), ("nearly ", "lt"),
                                   ("almost ", "lt"), ("about ", "approx"), ("approximately ", "approx"),
                                   ("around ", "approx")]


def qualify(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_QUALIFIERS)


def change(rng: random.Random, pct: Num, style: str = "clause") -> tuple[str, Num]:
    """A year-on-year clause for a (signed) percentage; returns the clause and the signed value."""
    up = pct.value >= 0
    p = str(abs(pct.value))
    if style == "verb":
        words = (["increased by {p}% year on year", "grew {p}% year on year", "rose {p}% year on year",
                  "increased {p}% year on year", "grew by {p}% YoY", "increased by {p}% year-on-year"]
                 if up else ["decreased by {p}% year on year", "fell {p}% year on year",
                             "declined by {p}% year on year"])
    else:
        words = (["up {p}% year on year", "a year-on-year increase of {p}%", "up {p}% YoY",
                  "an increase of {p}% year on year"]
                 if up else ["down {p}% year on year", "a year-on-year decrease of {p}%",
                             "a decrease of {p}% year on year"])
    return rng.choice(words).format(p=p), pct


def as_of(doc: Doc) -> tuple[str, date]:
    """An as-of phrase for a stock ("" = none: the reporting period's end) and its date."""
    p, rng = doc.period, doc.rng
    roll = rng.random()
    if roll < 0.55:
        return "", p.end
    if roll < 0.85:
        month = p.months
    else:
        month = p.months - rng.choice([1, 2])
    end = month_end(p.year, month)
    if month == 12:
        phrase = rng.choice([f"By the end of {p.year}, ", f"As of the end of {p.year}, "])
    else:
        phrase = rng.choice([f"As of the end of {MONTHS[month - 1]}, ", f"By the end of {MONTHS[month - 1]}, "])
    return phrase, end


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


# Each statement builder takes the document and returns one Statement. They are the catalogue's
# phrasings as they appear in real briefings (seeds and the MIIT/SCIO transcripts they came from).

def qualifier_in(template: str) -> str:
    """The qualifier a template's own words give the value: "more than {v}", "has approached {v}"."""
    before = template.split("{v}")[0]
    if re.search(r"(more than|over|exceed\w*|surpass\w*)\s+$", before):
        return "gt"
    if re.search(r"(nearly|almost|approach\w*)\s+$", before):
        return "lt"
    if re.search(r"(about|around|approximately)\s+$", before):
        return "approx"
    return "eq"


def st_single_stock(indicator: str, templates: list[str]) -> Callable[[Doc], Statement]:
    """One stock in one sentence. Templates use {q} (a qualifier word is drawn) and {v}."""
    def build(doc: Doc) -> Statement:
        rng = doc.rng
        phrase, when = as_of(doc)
        num = doc.values.stock(indicator, when)
        template = rng.choice(templates)
        if "{q}" in template:
            q, qual = qualify(rng)
        else:
            q, qual = "", qualifier_in(template)
        body = template.format(q=q, v=num.surface) + "."
        if body[0].isdigit():   # briefings do not start a sentence with a figure
            body = "a total of " + body
        sentence = (phrase + body) if phrase else _cap(body)
        rows = [_row(doc, indicator, "level", when, when, num, qual, sentence)]
        rough = coarser(num)
        restatement = None
        if rough and not phrase and "{q}" in template and rng.random() < 0.5:
            word = "nearly " if rough[1] == "lt" else "more than "
            restatement = _cap(template.format(q=word, v=rough[0].surface)) + "."
        return Statement([sentence], rows, restatement)
    return build


def st_flow(indicator: str, subject_templates: list[str], lag: bool = False) -> Callable[[Doc], Statement]:
    """A flow level with its year-on-year change: "{period}, {subject} reached {v}, up {p}% ..."."""
    def build(doc: Doc) -> Statement:
        rng, p = doc.rng, doc.period
        months = p.months - 1 if lag and rng.random() < 0.6 else p.months
        num = doc.values.flow(indicator, p.year, months)
        pct = doc.values.yoy(indicator, p.year, months)
        clause, signed = change(rng, pct)
        q, qual = qualify(rng) if rng.random() < 0.3 else ("", "eq")
        template = rng.choice(subject_templates)
        body = template.format(q=q, v=num.surface)
        period = flow_phrase(rng, p.year, months)
        sentence = f"{period}, {body}, {clause}."
        end = month_end(p.year, months)
        rows = [_row(doc, indicator, "level", p.start, end, num, qual, body),
                _row(doc, indicator, "yoy_pct", p.start, end, signed, "eq", clause)]
        rough = coarser(num)
        restatement = None
        if rough and rng.random() < 0.5:
            word = "nearly " if rough[1] == "lt" else "more than "
            restatement = f"{period}, {template.format(q=word, v=rough[0].surface)}."
        return Statement([sentence], rows, restatement)
    return build


def st_growth(indicator: str, subjects: list[str], suffixes: tuple[str, ...] = ()) -> Callable[[Doc], Statement]:
    """A value-added style indicator stated only as growth, period before or after."""
    def build(doc: Doc) -> Statement:
        rng, p = doc.rng, doc.period
        pct = doc.values.yoy(indicator, p.year, p.months)
        clause, signed = change(rng, pct, "verb")
        subject = rng.choice(subjects)
        if rng.random() < 0.5:
            sentence = f"{flow_phrase(rng, p.year, p.months)}, {subject} {clause}"
        else:
            sentence = f"{_cap(subject)} {clause} {flow_phrase(rng, p.year, p.months, capital=False)}"
        if suffixes and rng.random() < 0.5:
            pp = number(rng.uniform(0.2, 3.5), "plain", 1)
            sentence += rng.choice(suffixes).format(pp=pp.surface)
        sentence += "."
        return Statement([sentence], [_row(doc, indicator, "yoy_pct", p.start, p.end, signed, "eq", sentence)],
                         restatement=sentence)
    return build


def st_pair_flows(a: str, b: str, lead: str, unit: str) -> Callable[[Doc], Statement]:
    """"The production and sales of X reached A and B units respectively, with increases of P% and Q%"."""
    def build(doc: Doc) -> Statement:
        rng, p = doc.rng, doc.period
        na, nb = doc.values.flow(a, p.year, p.months), doc.values.flow(b, p.year, p.months)
        pa, pb = doc.values.yoy(a, p.year, p.months), doc.values.yoy(b, p.year, p.months)
        if (pa.value >= 0) != (pb.value >= 0):
            pb = Num(str(abs(pb.value)), abs(pb.value)) if pa.value >= 0 else Num(str(-abs(pb.value)), -abs(pb.value))
        word = "increases" if pa.value >= 0 else "decreases"
        period = flow_phrase(rng, p.year, p.months)
        units = f" {unit}" if unit else ""
        if rng.random() < 0.5:
            sentence = (f"{period}, {lead} reached {na.surface}{units} and {nb.surface}{units} respectively, "
                        f"with {word} of {abs(pa.value)}% and {abs(pb.value)}% year on year.")
        else:
            sentence = (f"{period}, {lead} reached {na.surface}{units} and {nb.surface}{units}, "
                        f"{'up' if pa.value >= 0 else 'down'} {abs(pa.value)}% and {abs(pb.value)}% "
                        f"year on year, respectively.")
        rows = [_row(doc, a, "level", p.start, p.end, na, "eq", sentence),
                _row(doc, b, "level", p.start, p.end, nb, "eq", sentence),
                _row(doc, a, "yoy_pct", p.start, p.end, pa, "eq", sentence),
                _row(doc, b, "yoy_pct", p.start, p.end, pb, "eq", sentence)]
        return Statement([sentence], rows)
    return build


def st_autos(doc: Doc) -> Statement:
    """Vehicles, then "Among them," NEVs: the second sentence inherits the first one's period."""
    first = st_pair_flows("auto_production", "auto_sales", "the production and sales of automobiles",
                          "units")(doc)
    p, rng = doc.period, doc.rng
    na, nb = doc.values.flow("nev_production", p.year, p.months), doc.values.flow("nev_sales", p.year, p.months)
    pa, pb = doc.values.yoy("nev_production", p.year, p.months), doc.values.yoy("nev_sales", p.year, p.months)
    second = (f"Among them, the production and sales of new energy vehicles reached {na.surface} and "
              f"{nb.surface} units respectively, with increases of {pa.value}% and {pb.value}% year on year.")
    rows = first.rows + [_row(doc, "nev_production", "level", p.start, p.end, na, "eq", second),
                         _row(doc, "nev_sales", "level", p.start, p.end, nb, "eq", second),
                         _row(doc, "nev_production", "yoy_pct", p.start, p.end, pa, "eq", second),
                         _row(doc, "nev_sales", "yoy_pct", p.start, p.end, pb, "eq", second)]
    return Statement(first.sentences + [second], rows)


def st_software(doc: Doc) -> Statement:
    """Software revenue with its period, then profit in the next sentence without one (inherits)."""
    p, rng = doc.period, doc.rng
    months = p.months - 1 if rng.random() < 0.6 else p.months
    end = month_end(p.year, months)
    rev, rev_pct = doc.values.flow("software_it_services_revenue", p.year, months), \
        doc.values.yoy("software_it_services_revenue", p.year, months)
    pro, pro_pct = doc.values.flow("software_industry_profit", p.year, months), \
        doc.values.yoy("software_industry_profit", p.year, months)
    period = flow_phrase(rng, p.year, months)
    subject = rng.choice(["the software and information technology services industry achieved revenue of {v} yuan",
                          "the software and information technology services industry generated revenue of {v} yuan",
                          "business revenue of the software and information technology services industry reached {v} yuan"])
    c1, s1 = change(rng, rev_pct)
    first = f"{period}, {subject.format(v=rev.surface)}, {c1}."
    c2, s2 = change(rng, pro_pct)
    second = f"Total profit for the software industry reached {pro.surface} yuan, {c2}."
    rows = [_row(doc, "software_it_services_revenue", "level", p.start, end, rev, "eq", first),
            _row(doc, "software_it_services_revenue", "yoy_pct", p.start, end, s1, "eq", first),
            _row(doc, "software_industry_profit", "level", p.start, end, pro, "eq", second),
            _row(doc, "software_industry_profit", "yoy_pct", p.start, end, s2, "eq", second)]
    rough = coarser(rev)
    restatement = None
    if rough:
        word = "nearly" if rough[1] == "lt" else "more than"
        restatement = (f"{period}, the software and information technology service industry generated "
                       f"{word} {rough[0].surface} yuan in revenue.")
    return Statement([first, second], rows, restatement)


def st_digital(doc: Doc) -> Statement:
    """Digital industry revenue growth, or revenue and profits for a full year."""
    p, rng = doc.period, doc.rng
    if p.months == 12 and rng.random() < 0.6:
        rev, pro = doc.values.flow("digital_industry_revenue", p.year, 12), doc.values.flow("digital_industry_profit", p.year, 12)
        sentence = (f"Preliminary estimates indicate that in {p.year}, the revenue of China's digital industry "
                    f"reached {rev.surface} yuan, with profits of {pro.surface} yuan.")
        return Statement([sentence], [
            _row(doc, "digital_industry_revenue", "level", p.start, p.end, rev, "eq", sentence),
            _row(doc, "digital_industry_profit", "level", p.start, p.end, pro, "eq", sentence)])
    months = p.months - 1
    pct = doc.values.yoy("digital_industry_revenue", p.year, months)
    if pct.value < 0:
        pct = Num(str(-pct.value), -pct.value)
    sentence = (f"Digital technologies have developed rapidly, with the digital industry achieving year-on-year "
                f"business revenue growth of {pct.surface}% {flow_phrase(rng, p.year, months, capital=False)}.")
    return Statement([sentence], [_row(doc, "digital_industry_revenue", "yoy_pct", p.start,
                                       month_end(p.year, months), pct, "eq", sentence)])


def st_growth_pair(a: str, b: str, lead: str) -> Callable[[Doc], Statement]:
    def build(doc: Doc) -> Statement:
        p, rng = doc.period, doc.rng
        pa, pb = doc.values.yoy(a, p.year, p.months), doc.values.yoy(b, p.year, p.months)
        sentence = (f"{flow_phrase(rng, p.year, p.months)}, {lead} increased by {pa.surface}% and {pb.surface}% "
                    f"{rng.choice(['year on year', 'YoY'])}, respectively.")
        return Statement([sentence], [_row(doc, a, "yoy_pct", p.start, p.end, pa, "eq", sentence),
                                      _row(doc, b, "yoy_pct", p.start, p.end, pb, "eq", sentence)])
    return build


def st_telecom(doc: Doc) -> Statement:
    p, rng = doc.period, doc.rng
    vol = doc.values.yoy("telecom_business_volume", p.year, p.months)
    rev = doc.values.flow("telecom_business_revenue", p.year, p.months)
    rev_pct = doc.values.yoy("telecom_business_revenue", p.year, p.months)
    clause, signed = change(rng, vol, "verb")
    c2, s2 = change(rng, rev_pct)
    sentence = (f"{flow_phrase(rng, p.year, p.months)}, total telecommunications business volume {clause}, with "
                f"cumulative telecommunications business revenue reaching {rev.surface} yuan, {c2}.")
    return Statement([sentence], [
        _row(doc, "telecom_business_volume", "yoy_pct", p.start, p.end, signed, "eq", sentence),
        _row(doc, "telecom_business_revenue", "level", p.start, p.end, rev, "eq", sentence),
        _row(doc, "telecom_business_revenue", "yoy_pct", p.start, p.end, s2, "eq", sentence)])


def st_smart_factories(doc: Doc) -> Statement:
    """The tiered list: a leading "more than" applies to every tier in the list (the gold's reading)."""
    rng, when = doc.rng, doc.period.end
    b, a, e, lead = (doc.values.stock(i, when) for i in ("smart_factories_basic", "smart_factories_advanced",
                                                          "smart_factories_excellence", "smart_factories_leading"))
    tier = rng.choice(["excellence-level", "outstanding-level"])
    q, qual = rng.choice([("More than ", "gt"), ("Over ", "gt"), ("A total of ", "eq")])
    if rng.random() < 0.5:
        sentence = (f"{q}{b.surface} basic-level, {a.surface} advanced-level and {e.surface} {tier} smart "
                    f"factories have been established nationwide, covering over 80% of major manufacturing sectors.")
        rows = [(i, n, qual) for i, n in (("smart_factories_basic", b), ("smart_factories_advanced", a),
                                          ("smart_factories_excellence", e))]
    else:
        sentence = (f"The digital and intelligent transformation of manufacturing has advanced steadily, with a "
                    f"cumulative total of {q.lower()}{b.surface} basic-level, {a.surface} advanced-level, and "
                    f"{e.surface} {tier} smart factories established, and {lead.surface} leading-level smart "
                    f"factories nurtured.")
        rows = [(i, n, qual) for i, n in (("smart_factories_basic", b), ("smart_factories_advanced", a),
                                          ("smart_factories_excellence", e))]
        rows.append(("smart_factories_leading", lead, "eq"))
    return Statement([sentence], [_row(doc, i, "level", when, when, n, ql, sentence) for i, n, ql in rows])


def st_base_stations(doc: Doc) -> Statement:
    rng = doc.rng
    phrase, when = as_of(doc)
    bs = doc.values.stock("five_g_base_stations", when)
    pon = doc.values.stock("ten_g_pon_ports", when)
    vil = doc.values.stock("five_g_admin_village_coverage", when)
    if rng.random() < 0.5:
        body = (f"a total of {bs.surface} 5G base stations had been built and put into operation, while the "
                f"number of 10G passive optical network (PON) ports capable of providing gigabit network "
                f"services reached {pon.surface}.")
        ids = [("five_g_base_stations", bs), ("ten_g_pon_ports", pon)]
    else:
        body = (f"a total of {bs.surface} 5G base stations have been built, achieving 5G coverage for every "
                f"township, with 5G connectivity reaching {vil.surface}% of administrative villages.")
        ids = [("five_g_base_stations", bs), ("five_g_admin_village_coverage", vil)]
    sentence = phrase + body if phrase else _cap(body)
    return Statement([sentence], [_row(doc, i, "level", when, when, n, "eq", sentence) for i, n in ids],
                     restatement=sentence)


def st_users(doc: Doc) -> Statement:
    """5G users with their share, DOU for the last month, gigabit users with their share."""
    rng, p = doc.rng, doc.period
    when = p.end
    users, share = doc.values.stock("five_g_mobile_users", when), doc.values.stock("five_g_share_of_mobile_users", when)
    giga, gshare = doc.values.stock("gigabit_broadband_users", when), doc.values.stock("gigabit_share_of_broadband_users", when)
    dou = doc.values.flow("mobile_dou", p.year, p.months)
    month = MONTHS[p.months - 1]
    sentence = (f"At the individual user level, the number of 5G mobile phone users reached {users.surface}, "
                f"accounting for {share.surface}% of all mobile phone users, with an average usage of "
                f"{dou.surface}GB per user in {month} {p.year}; gigabit broadband users reached {giga.surface}, "
                f"accounting for {gshare.surface}% of all broadband users.")
    first = date(p.year, p.months, 1)
    return Statement([sentence], [
        _row(doc, "five_g_mobile_users", "level", when, when, users, "eq", sentence),
        _row(doc, "five_g_share_of_mobile_users", "level", when, when, share, "eq", sentence),
        _row(doc, "mobile_dou", "level", first, when, dou, "eq", sentence),
        _row(doc, "gigabit_broadband_users", "level", when, when, giga, "eq", sentence),
        _row(doc, "gigabit_share_of_broadband_users", "level", when, when, gshare, "eq", sentence)])


def st_penetration(doc: Doc) -> Statement:
    when = doc.period.end
    rate = doc.values.stock("five_g_penetration_rate", when)
    giga = doc.values.stock("gigabit_broadband_users", when)
    sentence = f"The 5G penetration rate reached {rate.surface}%, and gigabit broadband users totaled {giga.surface}."
    return Statement([sentence], [
        _row(doc, "five_g_penetration_rate", "level", when, when, rate, "eq", sentence),
        _row(doc, "gigabit_broadband_users", "level", when, when, giga, "eq", sentence)])


def st_racks(doc: Doc) -> Statement:
    rng = doc.rng
    phrase, when = as_of(doc)
    racks, total = doc.values.stock("data_center_racks", when), doc.values.stock("computing_power_total", when)
    body = (f"the total number of standard racks in use at data centers nationwide has exceeded {racks.surface}, "
            f"with a total computing power of {total.surface} EFLOPS.")
    sentence = phrase + body if phrase else _cap(body)
    return Statement([sentence], [_row(doc, "data_center_racks", "level", when, when, racks, "gt", sentence),
                                  _row(doc, "computing_power_total", "level", when, when, total, "eq", sentence)])


def st_digital_tools(doc: Doc) -> Statement:
    phrase, when = as_of(doc)
    a = doc.values.stock("digital_rd_tool_penetration", when)
    b = doc.values.stock("key_process_digitalization_rate", when)
    body = (f"the penetration rate of digital R&D and design tools among industrial enterprises reached "
            f"{a.surface}%, while the digitalization rate of key production processes stood at {b.surface}%.")
    sentence = phrase + body if phrase else _cap(body)
    return Statement([sentence], [_row(doc, "digital_rd_tool_penetration", "level", when, when, a, "eq", sentence),
                                  _row(doc, "key_process_digitalization_rate", "level", when, when, b, "eq", sentence)])


def st_platforms(doc: Doc) -> Statement:
    when = doc.period.end
    plat = doc.values.stock("industrial_internet_platforms", when)
    dev = doc.values.stock("industrial_internet_connected_devices", when)
    sentence = (f"There are now over {plat.surface} industrial internet platforms with a certain level of "
                f"influence, and the number of connected industrial devices on key platforms has exceeded "
                f"{dev.surface} units, serving enterprises in all major industrial categories.")
    return Statement([sentence], [
        _row(doc, "industrial_internet_platforms", "level", when, when, plat, "gt", sentence),
        _row(doc, "industrial_internet_connected_devices", "level", when, when, dev, "gt", sentence)])


def st_enterprises(doc: Doc) -> Statement:
    when = doc.period.end
    lg, sm, ts = (doc.values.stock(i, when) for i in ("little_giant_enterprises", "specialized_smes", "tech_smes"))
    sentence = (f"We have nurtured a total of {lg.surface} specialized, refined, distinctive, and innovative "
                f"\"little giant\" enterprises, with more than {sm.surface} provincial-level SMEs that use "
                f"specialized and sophisticated technologies to produce novel and unique products, and over "
                f"{ts.surface} high-tech and innovative SMEs.")
    return Statement([sentence], [_row(doc, "little_giant_enterprises", "level", when, when, lg, "eq", sentence),
                                  _row(doc, "specialized_smes", "level", when, when, sm, "gt", sentence),
                                  _row(doc, "tech_smes", "level", when, when, ts, "gt", sentence)])


def st_robots(doc: Doc) -> Statement:
    return st_pair_flows("industrial_robot_output", "service_robot_output",
                         "the production of industrial robots and service robots", "sets")(doc)


def st_dou_alone(doc: Doc) -> Statement:
    p = doc.period
    dou = doc.values.flow("mobile_dou", p.year, p.months)
    sentence = (f"In {MONTHS[p.months - 1]} {p.year}, the average mobile internet traffic per user (DOU) reached "
                f"{dou.surface} GB.")
    return Statement([sentence], [_row(doc, "mobile_dou", "level", date(p.year, p.months, 1), p.end, dou, "eq",
                                       sentence)])


STATEMENTS: dict[str, Callable[[Doc], Statement]] = {
    "iva": st_growth("industrial_value_added", [
        "the added value of industrial enterprises above designated size",
        "the value-added of industrial enterprises above the designated size",
        "the added value of industries above designated size"],
        (", {pp} percentage points faster than in the same period last year",
         ", {pp} percentage point higher than the growth rate for the whole of last year")),
    "equip_hitech": st_growth_pair("equipment_manufacturing_value_added", "high_tech_manufacturing_value_added",
                                   "the value-added of equipment manufacturing and high-tech manufacturing "
                                   "industries above the designated size"),
    "consumer": st_growth("consumer_goods_value_added", [
        "value-added output of consumer goods enterprises above designated size",
        "the value-added of consumer goods industries above the designated size"]),
    "electronics": st_growth("electronics_manufacturing_value_added", [
        "the value-added output of computer, communication, and other electronic equipment manufacturing "
        "enterprises above designated size"],
        (", {pp} percentage points higher than the overall industrial value-added growth rate",)),
    "sme": st_growth("industrial_sme_value_added", [
        "the value added of industrial SMEs above designated size",
        "the value-added of industrial SMEs above designated size"]),
    "telecom": st_telecom,
    "software": st_software,
    "digital": st_digital,
    "computers": st_flow("computer_output", ["computer production reached {q}{v} units"]),
    "phones": st_flow("five_g_phone_shipments", ["5G mobile phone shipments reached {q}{v} units",
                                                 "shipments of 5G mobile phones totaled {q}{v} units"], lag=True),
    "steel": st_flow("crude_steel_output", ["the output of crude steel reached {q}{v} tonnes",
                                            "crude steel output was {q}{v} metric tons"]),
    "autos": st_autos,
    "robots": st_robots,
    "smart_factories": st_smart_factories,
    "base_stations": st_base_stations,
    "users": st_users,
    "penetration": st_penetration,
    "racks": st_racks,
    "digital_tools": st_digital_tools,
    "platforms": st_platforms,
    "enterprises": st_enterprises,
    "dou": st_dou_alone,
    "green": st_single_stock("national_green_factories", [
        "more than {v} national green factories have been cultivated",
        "the number of national green factories exceeded {v}"]),
    "humanoid": st_single_stock("humanoid_robot_products", [
        "over {v} humanoid robot products have been released",
        "{q}{v} models of humanoid robots have been developed"]),
    "five_g_a": st_single_stock("five_g_a_cities", [
        "5G evolved networks (i.e. 5G-A) have covered more than {v} cities",
        "5G-A networks now cover {q}{v} cities"]),
    "projects": st_single_stock("five_g_industrial_internet_projects", [
        "China has launched more than {v} \"5G plus Industrial Internet\" construction projects nationwide",
        "over {v} \"5G+Industrial Internet\" projects have been launched"]),
    "categories": st_single_stock("five_g_economy_categories", [
        "5G applications have been integrated into {v} of the 97 major categories of the national economy",
        "5G applications now cover {v} out of 97 major categories of the national economy"]),
    "sep": st_single_stock("five_g_sep_share", [
        "China holds more than {v}% of 5G standard essential patent declarations worldwide",
        "China's share of 5G standard-essential patent declarations is {v}% globally"]),
    "intelligent": st_single_stock("intelligent_computing_power", [
        "intelligent computing power has reached {q}{v} EFLOPS",
        "the scale of intelligent computing power exceeded {v} EFLOPS"]),
    "high_tech_ent": st_single_stock("high_tech_enterprises", [
        "there are {q}{v} high-tech enterprises within their validity period"]),
    "openharmony": st_single_stock("openharmony_devices", [
        "the number of devices equipped with the OpenHarmony operating system has approached {v}",
        "the number of devices running OpenHarmony has reached {q}{v}"]),
}
OPENING = ["iva", "equip_hitech", "software", "digital", "smart_factories", "base_stations", "penetration",
           "green", "humanoid"]


# ---------------------------------------------------------------------------------------------
# Distractors: numbers that are not catalogue observations


def distractor(doc: Doc) -> str:
    rng, p = doc.rng, doc.period
    period = flow_phrase(rng, p.year, p.months)
    n = lambda lo, hi, step=1: f"{rng.randrange(lo, hi, step):,}"   # noqa: E731
    pct = lambda lo, hi: f"{rng.uniform(lo, hi):.1f}"               # noqa: E731
    options = [
        f"{period}, industry contributed {pct(25, 45)}% to overall economic growth, continuing to play its "
        f"role as a stabilizer.",
        f"{period}, China newly built {n(20000, 90000, 1000)} 5G base stations, further improving network coverage "
        f"in rural areas.",
        f"The industrial added value above designated size in {rng.randint(25, 31)} provinces recorded positive "
        f"growth, with major industrial provinces such as Zhejiang, Fujian, Jiangsu and Shandong seeing growth "
        f"rates above {rng.randint(5, 9)}%.",
        f"According to the action plan, by {p.year + 2} the number of gigabit cities will exceed "
        f"{n(100, 300, 10)}, and the core scale of the AI industry is expected to surpass "
        f"{rng.randint(11, 30) / 10} trillion yuan.",
        f"During the {rng.choice(['13th', '14th'])} Five-Year Plan period, more than {n(800, 1500, 100)} "
        f"energy-saving technologies and equipment were supported for promotion.",
        f"A total of {n(100000, 200000, 1000)} technology contracts were registered nationwide, with a transaction "
        f"volume of over {rng.randint(10, 19) / 10} trillion yuan, up {pct(5, 15)}% year on year.",
        f"The manufacturing scale has ranked first globally for {rng.randint(10, 16)} consecutive years.",
        f"The excellence-level factories have shortened the R&D cycle of products by {pct(20, 30)}% on average, "
        f"and increased production efficiency by an average of {pct(15, 30)}%.",
        f"Exports of industrial products remained resilient, rising by {pct(3, 9)}% year on year, with exports of "
        f"electromechanical products up {pct(4, 10)}%.",
        f"Domestic brand phones were particularly popular among consumers, accounting for {rng.randint(80, 92)}% "
        f"of shipments.",
        f"Since {rng.randint(2015, 2020)}, we have selected {n(300, 900, 100)} high-level 5G factories and "
        f"{rng.randint(30, 60)} national-level characteristic industrial clusters.",
        f"The national AI industry investment fund, with a capital scale of {rng.randint(40, 80)} billion yuan, "
        f"has been put into operation.",
        f"The \"one-click access to human customer service\" senior hotline has served over "
        f"{rng.randint(300, 700)} million people, and {n(2000, 4000)} websites and apps have completed "
        f"age-friendly renovations.",
        f"By {p.year + 2}, we aim to cultivate {n(1000, 3000, 100)} smart factories at the excellence level and "
        f"above in key industries.",
        f"In the {MONTHS[rng.randint(0, 11)]} {p.year - 1} survey, {pct(60, 90)}% of small and medium-sized "
        f"enterprises said they planned to increase investment in digital transformation.",
    ]
    return rng.choice(options)


# ---------------------------------------------------------------------------------------------
# Prose: numberless filler in the register of the transcripts


_WILL = ["We will", "Going forward, we will", "Next, we will", "The MIIT will", "At the same time, we will",
         "In addition, we will", "Moving forward, we will continue to", "This year, we will"]
_HAVE = ["We have", "In recent years, we have", "Since the beginning of this year, we have",
         "Together with relevant departments, we have", "The ministry has"]
_VERBS = [("promote", "promoted"), ("accelerate", "accelerated"), ("strengthen", "strengthened"),
          ("improve", "improved"), ("deepen", "deepened"), ("advance", "advanced"), ("support", "supported"),
          ("foster", "fostered"), ("expand", "expanded"), ("optimize", "optimized"), ("guide", "guided"),
          ("encourage", "encouraged"), ("consolidate", "consolidated"), ("enhance", "enhanced")]
_OBJECTS = [
    "the deep integration of technological innovation and industrial innovation",
    "the high-end, intelligent and green development of manufacturing",
    "the resilience and security of industrial and supply chains",
    "the tiered cultivation system for high-quality enterprises",
    "the construction of new types of information infrastructure",
    "the digital transformation of small and medium-sized enterprises",
    "the large-scale application of artificial intelligence in key industries",
    "the transformation and upgrading of traditional industries",
    "the coordinated layout of the national computing power network",
    "the standard system for emerging and future industries",
    "the integration of industry and finance",
    "international cooperation in the industrial and information technology sector",
    "the service system for specialized and sophisticated enterprises",
    "energy conservation and carbon reduction in key industries",
    "the application of industrial software and intelligent equipment",
    "the protection of networks and data security",
    "quality and brand building in the consumer goods industry",
    "the commercial application of 5G and gigabit optical networks",
    "the supply of high-quality equipment for major national projects",
    "the cultivation of advanced manufacturing clusters",
    "the development of the low-altitude economy and commercial aerospace",
    "the protection of the rights and interests of telecom users",
    "the opening-up of the telecommunications sector",
    "research on basic software and key components",
]
_TAILS = ["", ", so as to consolidate the momentum of recovery", ", laying a solid foundation for new industrialization",
          ", providing strong support for high-quality development", ", in accordance with the decisions of the CPC "
          "Central Committee and the State Council", ", working together with various regions and departments",
          ", with a focus on key industrial chains", ", and make solid progress in this regard",
          ", so that enterprises and the public can feel the benefits", ", in a targeted and effective manner"]
_SUBJECTS = ["The industrial economy", "The information and communications industry", "The equipment manufacturing "
             "industry", "Emerging industries", "The raw materials industry", "The consumer goods industry",
             "The software industry", "The industrial internet", "Small and medium-sized enterprises",
             "The new energy vehicle industry", "The electronic information manufacturing industry",
             "Business expectations", "Industrial investment"]
_STATES = ["maintained a stable and improving trend", "shown strong resilience and vitality",
           "continued to recover steadily", "become an important engine of growth",
           "made positive progress in transformation and upgrading", "achieved notable results",
           "played an important supporting role", "continued to improve in quality and efficiency",
           "kept up sound momentum of development", "faced both opportunities and challenges"]
_REMARKS = ["Overall, the fundamentals of long-term growth have not changed.",
            "These achievements did not come easily.",
            "We are confident that the industrial economy will continue to develop steadily.",
            "At the same time, we are also aware of the difficulties and challenges.",
            "The external environment has become increasingly complex, severe and uncertain.",
            "This reflects the strong resilience and great potential of China's economy.",
            "Enterprises have shown greater confidence and stronger expectations.",
            "We will listen carefully to the opinions and suggestions of enterprises."]


def filler_sentence(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        verb = rng.choice(_VERBS)[0]
        return f"{rng.choice(_WILL)} {verb} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}."
    if roll < 0.75:
        verb = rng.choice(_VERBS)[1]
        return f"{rng.choice(_HAVE)} {verb} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}."
    if roll < 0.92:
        return f"{rng.choice(_SUBJECTS)} has {rng.choice(_STATES)}{rng.choice(_TAILS)}."
    return rng.choice(_REMARKS)


def filler(rng: random.Random, sentences: int) -> str:
    return " ".join(filler_sentence(rng) for _ in range(sentences))


_OUTLETS = ["CMG", "Xinhua News Agency", "China Daily", "People's Daily", "China Electronics News",
            "Dazhong Daily", "Cover News", "China Securities Journal", "Xinhua Finance", "The Poster News APP",
            "Economic Daily", "China News Service", "Hong Kong Bauhinia Magazine", "21st Century Business Herald",
            "Science and Technology Daily", "China Youth Daily"]
_TOPICS = ["the performance of the industrial economy", "the development of the information and communications "
           "industry", "the cultivation of smart factories", "support for small and medium-sized enterprises",
           "the development of the industrial internet", "the application of artificial intelligence in "
           "manufacturing", "the new energy vehicle industry", "green and low-carbon transformation",
           "the construction of computing power infrastructure", "the development of the equipment industry",
           "the protection of telecom users' rights", "the development of humanoid robots"]
_FAMILY = ["Xie", "Tao", "Zhang", "Wang", "Li", "Zhao", "Chen", "Liu", "Huang", "Zhou", "Xu", "Sun", "Ma", "Zhu",
           "Hu", "Guo", "He", "Lin", "Luo", "Gao"]
_GIVEN = ["Shaofeng", "Qing", "Yunming", "Cun", "Jianshe", "Guowei", "Lijun", "Hong", "Wei", "Ping", "Min",
          "Xiaoming", "Jun", "Yan", "Bin", "Kejian", "Zhiqiang", "Ling", "Tao", "Haiyan"]
_ROLES = ["vice minister of the Ministry of Industry and Information Technology (MIIT)",
          "chief engineer of the Ministry of Industry and Information Technology (MIIT)",
          "spokesperson of the MIIT and director general of the Bureau of Operation Monitoring and Coordination",
          "director general of the Information and Communications Development Department of the MIIT",
          "director general of the Department of Equipment Industry of the MIIT",
          "director general of the Department of Small and Medium-sized Enterprises of the MIIT"]


def question(rng: random.Random) -> str:
    topic = rng.choice(_TOPICS)
    return rng.choice([
        f"What is your assessment of {topic}? What measures will be taken next? Thank you.",
        f"Could you give us more details on {topic}? What are the main highlights? Thank you.",
        f"We have noticed growing attention to {topic}. What progress has been made, and what are the plans "
        f"for the rest of the year? Thank you.",
    ])


# ---------------------------------------------------------------------------------------------
# A briefing


def _period_for(index: int) -> Period:
    quarter = index % 40
    return Period(FIRST_YEAR + quarter // 4, (quarter % 4 + 1) * 3)


def _event_date(rng: random.Random, p: Period) -> date:
    if p.months == 12:
        return date(p.year + 1, 1, rng.randint(15, 28))
    return date(p.year, p.months + 1, rng.randint(14, 28))


def _merge_truth(rows: list[dict]) -> list[dict]:
    """One observation per (indicator, measure, period); a repeated statement keeps its first row."""
    seen: dict[tuple, dict] = {}
    for row in rows:
        key = (row["indicator_id"], row["measure"], row["period_start"], row["period_end"])
        if key in seen and seen[key]["value"] != row["value"]:
            raise AssertionError(f"generator bug: two values for {key}: {seen[key]['value']} {row['value']}")
        seen.setdefault(key, row)
    return list(seen.values())


def briefing(index: int, seed: int = 0) -> Briefing:
    """Briefing number `index` of the corpus with this seed."""
    rng = random.Random(f"briefing-corpus|{seed}|{index}")
    period = _period_for(index)
    values = Values(seed)
    doc = Doc(name="", period=period, values=values, rng=rng)
    event = _event_date(rng, period)
    style = rng.choice(["scio", "scio", "miit", "reprint"])

    # Pick ~25 indicators' worth of statements; the groups never repeat within a briefing.
    keys = list(STATEMENTS)
    rng.shuffle(keys)
    chosen, indicators, statements = [], set(), {}
    for key in keys:
        st = STATEMENTS[key](doc)
        ids = {r["indicator_id"] for r in st.rows}
        if ids & indicators:
            continue
        chosen.append(key)
        statements[key] = st
        indicators |= ids
        if len(indicators) >= 25:
            break

    names: list[str] = []
    while len(names) < 4:
        name = f"{rng.choice(_FAMILY)} {rng.choice(_GIVEN)}"
        if name not in names:
            names.append(name)
    host = names[0]
    speakers = list(zip(names[1:], rng.sample(_ROLES, 3)))
    main = speakers[0][0]
    when = f"{MONTHS[event.month - 1]} {event.day}, {event.year}"
    topic = f"development of industry and information technology {period_title(period)}"

    lines: list[str] = []
    if style == "reprint":
        published = date.fromordinal(event.toordinal() + rng.randint(1, 14))
        lines += [f"[Industry News] State Council Information Office Holds Press Conference on the {_cap(topic)}", "",
                  f"Published: {MONTHS[published.month - 1][:3]} {published.day}, {published.year} "
                  f"{rng.randint(8, 18)}:{rng.randint(10, 59)}", "",
                  f"On {when}, the State Council Information Office held a press conference where "
                  f"{speakers[0][0]}, {speakers[0][1]}, introduced the {topic} and answered questions. "
                  f"The key points are as follows:", ""]
        summary = [k for k in chosen if statements[k].restatement][:4]
        for i, key in enumerate(summary):
            lines += [f"  {i + 1}. {statements[key].restatement}", ""]
        lines += ["Full Text:", ""]
    elif style == "miit":
        lines += [f"MIIT holds press conference on the {topic}", "", f"Beijing | {when}", "",
                  f"The Ministry of Industry and Information Technology (MIIT) held a press conference on "
                  f"{when} on the {topic}.", ""]
    else:
        lines += [f"SCIO briefing on {topic}", "", f"Beijing | {rng.choice(['10 a.m.', '3 p.m.', '9:30 a.m.'])} {when}",
                  "", f"China's State Council Information Office (SCIO) held a press conference in Beijing on "
                  f"{topic}.", ""]
    lines += ["Speakers", ""]
    for name, role in speakers:
        lines += [f"{name}, {role}", ""]
    lines += ["Chairperson", "", f"{host}, spokesperson of the State Council Information Office (SCIO)", "",
              "Date:", "", when, "", f"{host}:", "",
              f"Ladies and gentlemen, good morning. Welcome to this press conference. Today we have invited "
              f"{main} to brief you on the {topic} and take your questions.", "",
              f"{main}:", "", "Ladies and gentlemen, good morning. " + filler(rng, 3), ""]

    opening = [k for k in chosen if k in OPENING][:4]
    ordinals = ["First", "Second", "Third", "Fourth"]
    for i, key in enumerate(opening):
        st = statements[key]
        text = st.restatement if st.restatement and key not in {"iva", "equip_hitech"} and rng.random() < 0.5 \
            else " ".join(st.sentences)
        lead = filler_sentence(rng)
        lines += [f"{ordinals[i]}, {lead[0].lower()}{lead[1:]} {filler(rng, 2)} {text} {filler(rng, 2)}", ""]
    lines += [filler(rng, 4), "", "That concludes my introduction. Next, my colleagues and I will be happy to "
              "take your questions. Thank you.", "", f"{host}:", "",
              "The floor is now open for questions. Please identify the news outlet you represent before asking "
              "your question.", "", "_ueditor_page_break_tag_", ""]

    # Q&A: every chosen statement once in an answer (the opening only summarised some of them),
    # each in its own paragraph with a numberless lead, plus distractors.
    body_keys = list(chosen)
    rng.shuffle(body_keys)
    target = rng.randint(*TARGET_CHARS)
    distractors = [distractor(doc) for _ in range(rng.randint(5, 8))]
    paragraphs = [f"{filler_sentence(rng)} {' '.join(statements[k].sentences)} {filler(rng, rng.randint(1, 3))}"
                  for k in body_keys]
    paragraphs += [f"{filler_sentence(rng)} {d} {filler(rng, 2)}" for d in distractors]
    rng.shuffle(paragraphs)
    outlets = rng.sample(_OUTLETS, 8)
    qa: list[list[str]] = []
    per_answer = max(1, len(paragraphs) // len(outlets) + 1)
    for i, outlet in enumerate(outlets):
        chunk = paragraphs[i * per_answer:(i + 1) * per_answer]
        qa.append([outlet, question(rng), rng.choice(speakers)[0], *chunk])
    size = sum(len(x) + 2 for x in lines) + sum(sum(len(x) + 4 for x in block) for block in qa)
    i = 0
    while size < target:   # pad answers with prose until the briefing is the size of a real one
        para = filler(rng, rng.randint(4, 8))
        qa[i % len(qa)].append(para)
        size += len(para) + 2
        i += 1
    for outlet, q, speaker, *answer in qa:
        lines += [f"{outlet}:", "", q, "", f"{speaker}:", "", "Thank you for your question. " + answer[0]
                  if answer else "Thank you for your question.", ""]
        for para in answer[1:]:
            lines += [para, ""]
        lines += ["_ueditor_page_break_tag_", ""]
    lines += [f"{host}:", "", "Thanks to all the speakers, and thank you all. Today's press conference is "
              "hereby concluded.", ""]
    text = "\n".join(lines)

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    name = f"syn{index:05d}_{digest[:12]}.txt"
    rows = []
    for key in chosen:
        for row in statements[key].rows:
            rows.append({**row, "document": name})
    return Briefing(name=name, text=text, truth=_merge_truth(rows))


def generate(n: int, seed: int = 0) -> list[Briefing]:
    """n synthetic briefings with their ground truth (deterministic for a seed)."""
    return [briefing(i, seed) for i in range(n)]


def write(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n generated briefings into `folder` (UTF-8); returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for b in generate(n, seed):
        path = folder / b.name
        path.write_text(b.text, encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# Scoring: the spec's score.py rule, for tests and the benchmark (no dependency on /work/shared)


def _key(row: dict) -> tuple:
    return (Path(str(row["document"]).strip()).name, str(row["indicator_id"]).strip(), str(row["measure"]).strip(),
            str(row["period_start"]).strip(), str(row["period_end"]).strip())


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def score(truth: list[dict], predicted: list[dict], catalogue: set[str] | None = None) -> dict:
    """Precision, recall and F1 as score.py counts them, with the rows that were missed or extra.

    Only predictions for documents in `truth`, catalogue indicators and measures level/yoy_pct count;
    a key with a wrong value is one false positive and one false negative; duplicate keys are false positives.
    """
    catalogue = catalogue if catalogue is not None else set(CATALOGUE_UNITS) | set(YOY_ONLY)
    gold = {_key(r): r for r in truth}
    docs = {k[0] for k in gold}
    scored = [r for r in predicted if _key(r)[0] in docs and _key(r)[1] in catalogue
              and _key(r)[2] in SCORED_MEASURES]
    counts: dict[tuple, int] = {}
    for r in scored:
        counts[_key(r)] = counts.get(_key(r), 0) + 1
    tp, extra, wrong = [], [], []
    for r in scored:
        g = gold.get(_key(r))
        if g is None or counts[_key(r)] > 1:
            extra.append(r)
        elif _same_value(g["value"], r["value"]):
            tp.append(_key(r))
        else:
            wrong.append((g, r))
    found = set(tp)
    missed = [g for k, g in gold.items() if k not in found]
    n_tp, n_fp, n_fn = len(tp), len(extra) + len(wrong), len(missed)
    precision = n_tp / (n_tp + n_fp) if n_tp + n_fp else 0.0
    recall = n_tp / (n_tp + n_fn) if n_tp + n_fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": n_tp, "fp": n_fp, "fn": n_fn, "precision": precision, "recall": recall, "f1": f1,
            "missed": missed, "extra": extra, "wrong": wrong}
