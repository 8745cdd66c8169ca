"""Statistical tables in briefings: the "附：2016年工业通信业主要指标完成情况" at the foot of a
ministry release, the NBS "主要产品产量" block, a broker's "Figure 1: China telecom KPIs". After
normalisation a table is a header line of column names, then lines of a label followed only by
figures. This module finds them and says what each column is (a period, a growth rate, a level with
no period of its own); which indicator a row is, and its unit, is the rules' business.

Anything not clearly a table (a header cell we cannot name, a row with more or fewer figures than
the header has columns) is left alone: the prose around a table usually states the same figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MON3 = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}

# one header cell; the groups say what it is ("E"/"F" after a period: an estimate or forecast)
_HEADER_CELL = re.compile(
    r"(?P<growth>(?:比上年|比去年|比上年同期|比去年同期|同比)?(?:增长|增速|增减|增长率)\s*\(%\)|同比增长(?:率|幅度|\(%\))?|比上年增长|同比(?![\u4e00-\u9fff])|年增率|年增幅|"
    r"%\s*(?:y/y|yoy|y-o-y|oya|ch(?:an)?ge?)|(?:y/y|yoy|y-o-y)(?:\s*(?:\(%\)|,?\s*%))?|%\s*change|change\s*\(%\)|growth\s+rate\s*\(%\))"
    # a forecast's column ("Cons. (Mar)", "2H24E (GS)", "2H24E (UBS-e)", "DB 2024F", "JEFe YoY", "Nomura H2 2024F", "consensus")
    r"|(?P<est>(?:[A-Z][A-Za-z]{1,8}\s+)?(?:[12]H\d\d|H[12]\s?\d{2,4}|(?:19|20)\d\d|Q[1-4]\s?\d{2,4}|[1-4]Q\d\d)[EF](?:\s*\([A-Za-z][A-Za-z-]{0,10}\))?"
    r"|[A-Z][A-Za-z]{1,8}\s+FY\d\d(?:\d\d)?[EF]|[A-Z][A-Za-z]{1,8}e\s+(?:YoY|y/y)|[A-Z]{2,8}-e(?![\w-])|(?:consensus|cons\.|forecast|f'cast)(?:\s+(?:YoY|y/y))?(?:\s*\([A-Z][a-z]{2}\))?)"   # (also "UBS-e", "ICBCI FY23E")
    r"|(?P<chg>(?:chg|change|diff|(?:\d\s?-?(?:yr|year)\s+)?(?:avg|average))\b|变化|变动)"   # (also "2yr avg", a two-year average)   # ("FY22* | 1Q23 | chg": a difference between columns, read by no one)
    r"|(?P<unit>单位|unit(?!s))"
    r"|(?P<level>产量|绝对数|绝对量|本期|本月|累计|数量|数值|value|level|output|units(?=\s?\())"   # ("Units (mn)")
    r"|(?P<h_n>[12])H(?P<h_y>\d\d)|H(?P<h_n2>[12])\s?(?P<h_y2>\d{4}|\d{2})"   # ("1H24", "H1 2024")
    r"|1-(?P<qr_n>[234])Q(?P<qr_y>\d\d)"   # ("1-3Q23": the first three quarters)
    r"|(?P<nm_n>1[01]|[2-9])M(?P<nm_y>\d\d)(?![EF])"   # ("9M22": the first nine months)
    r"|(?P<fy>FY|CY)(?P<fy_y>\d{4}|\d{2})(?P<fy_e>[EF])?"
    # (also the NBS English table's "January-October  Growth Rate (%)")
    r"|(?P<mr_m1>Jan)(?:uary)?\.?-(?P<mr_m2>[A-Z][a-z]{2})(?:[a-z]{1,6}(?![a-z]))?\.?(?:[\s-](?P<mr_y>\d{4}|\d{2})(?P<mr_e>[EF])?)?"   # (also "Jan-Aug % yoy": the table's year; "Jan-Feb-19")
    r"|(?:end|year-end)[-\s](?P<ye_y>(?:19|20)\d\d)"   # ("End-2023": a stock's year-end)
    r"|end[-\s](?P<em_m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]{1,6}(?=[\s-]))?[-\s']?(?P<em_y>(?:19|20)\d\d|\d\d)(?![\w.])"   # ("End-Jun 24")
    r"|(?P<mo_m>[A-Z][a-z]{2})-(?P<mo_y>\d{2})(?P<mo_e>[EF])?"
    r"|(?:Q(?P<q_n>[1-4])[-\s]?(?P<q_y>\d{4}|\d{2})|(?P<q_n2>[1-4])Q(?P<q_y2>\d{4}|\d{2}))(?P<q_e>[EF])?"
    r"|(?P<zm_y>(?:19|20)\d\d年)?(?P<zm_m1>1)[-—~至](?P<zm_m2>1[0-2]|[2-9])月(?:份)?(?:产量)?"   # (also "1-2月产量")
    r"|(?P<zo_y>(?:19|20)\d\d年)?(?P<zo_m>1[0-2]|[1-9])月(?:份)?(?:产量)?"
    # a month alone ("Jun  Jul  Aug"): the year is the title's or the briefing's
    r"|(?P<mb_m>January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![\w-])"
    r"|(?P<y>(?:19|20)\d\d)(?:年(?:产量|全年)?)?(?P<y_e>[EF])?",   # (also "2017年产量")
    re.I)
# "1H23 (m units)": a period's column with the unit of its figures
_HEADER_UNIT = re.compile(r"\s?\((?P<u>(?:m|mn|bn|k|'000|thousand|million|billion)\s+(?:units|vehicles|tonnes|tons|t|sets|users|yuan)|"
                          r"(?:RMB|Rmb|CNY)\s?(?:bn|tn|mn)|mn|bn|'000)\)")
# the last column after a forecast's, named only by the house that made it ("… Consensus  Nomura")
_HOUSE_CELL = re.compile(r"[A-Z][A-Za-z&]{1,12}(?:\s+(?:est\.?|forecast|f'cast))?\s*")
# the label column's own header ("指标名称", "产品名称", "Indicator")
_LABEL_HEADER = re.compile(r"(?:指 ?标 ?名 ?称|产 ?品 ?名 ?称|产 ?品|指 ?标|项 ?目|名 ?称|indicators?|items?|metric|products?|month)(?:\s*\([^()]{1,12}\))?\s*", re.I)   # ("指标（前三季度）")
# a value cell: a figure, or a placeholder for none
_CELL = re.compile(r"(?:[+-]|净增|净减)?\d[\d,]*(?:\.\d+)?(?:%|倍)?|--?|[—–]|\.\.\.|…|n\.?[am]\.?|N/[AM]|/", re.I)
_CELL_SCALE_SUFFIX = re.compile(r"(?<=\d)(?:mn|m|bn|k|mt)$")   # ("6.4m", "1.1bn", "928.3mt")
_CELL_ZH_UNIT = re.compile(r"(?<=\d)(?:万亿|亿|万|千)?(?:元|辆|台|套|个|户|部|吨|块|片|件|只|条|架|艘|千瓦)$")
_CELL_SCALE_WORDS = frozenset(("million", "billion", "trillion", "mn", "bn", "tn"))
_CELL_UNIT_WORDS = _CELL_SCALE_WORDS | frozenset(("eflops", "gb", "t", "tonnes", "tons", "units", "sets", "vehicles"))
_PLACEHOLDER = re.compile(r"--?|[—–]|\.\.\.|…|n\.?[am]\.?|N/[AM]|/", re.I)
_LABEL_UNIT = re.compile(r"\s*\((?P<unit>[^()]{1,24}(?:\([^()]{1,6}\))?[^()]{0,6})\)\s*$")
_GROWTH_LABEL = re.compile(r"(?:^|,\s*|\s)(?:%\s*y/y|y/y|yoy|%\s*yoy|%\s*y-o-y|y-o-y|同比(?:增长)?(?:\(%\))?|增长\(%\)|增速\(%\)|growth(?:\s*\(%\))?)$", re.I)
_UNIT_SCALE_WORDS = frozenset(("mn", "m", "mln", "bn", "tn", "k", "'000", "000", "thousand", "million", "billion", "trillion",
                               "rmb", "cny", "us$", "usd", "10,000", "10000", "100"))   # (an NBS table's "10,000 tons", "100 million pieces")
# the first name on the header of a table whose rows are periods ("Month | NEV production | YoY")
_PERIOD_ROWS_HEADER = re.compile(r"(?:month|period|year|quarter|date|time|月份|时间|年份|年度|季度|日期|时期|期间)(?=\s)", re.I)
# a growth column's name, a column of its own on a header without rules ("5G shipments (mn) YoY 5G share")
_GROWTH_NAME = re.compile(r"(?:%\s*)?(?:y/y|yoy|y-o-y)(?:\s*\(%\)|\s*%)?|同比(?:增长|增速)?(?:\(%\))?|growth(?:\s*\(%\))?", re.I)
_STOP_LINE = re.compile(r"(?:source|sources|note|notes|来源|资料来源|数据来源|注|附注|说明)\s*[:：]?", re.I)


@dataclass(frozen=True)
class Column:
    kind: str                 # "period", "growth", "level" (no period of its own), "unit" or "change"
    start: int
    end: int
    year: int | None = None   # a period column's year (None: the table's or the briefing's)
    months: tuple[int, int] | None = None   # (first, last) month; None for a whole year (or a growth column's own period)
    estimate: bool = False    # "FY22E", "2025F": not a statistic
    unit: str | None = None   # "1H23 (m units)": the unit of the column's figures, named in the header


@dataclass(frozen=True)
class Row:
    label_start: int
    label_end: int            # the label without its bracketed unit or "其中："
    unit: str | None          # "万吨", "mt", "Rmb bn", "k, year-end" (from brackets or a unit column)
    cells: tuple[tuple[int, int] | None, ...]   # one per value column; None for "-", "n.a."
    growth: bool              # "YoY" under a row, "Crude steel output, % y/y": growth rates
    section: str              # the sub-heading above the row ("主要产品产量"), or ""
    # each cell's own unit when the cells differ ("| 718,000 | 4.55 million |", "| 6.4m | 226 million |"); else None
    cell_units: tuple[str | None, ...] | None = None


@dataclass(frozen=True)
class Table:
    title: str                # the line before the header ("附：2016年主要工业产品产量")
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


def _year(s: str | None) -> int | None:
    if not s:
        return None
    d = int(re.sub(r"\D", "", s))
    return d + 2000 if d < 100 else d


def _column(m: re.Match, offset: int) -> Column:
    g = m.groupdict()
    s, e = offset + m.start(), offset + m.end()
    if g["growth"]:
        return Column("growth", s, e)
    if g["chg"]:
        return Column("change", s, e)
    if g["est"]:
        return Column("period", s, e, None, None, True)
    if g["h_n"] or g["h_n2"]:
        h = int(g["h_n"] or g["h_n2"])
        return Column("period", s, e, _year(g["h_y"] or g["h_y2"]), (6 * h - 5, 6 * h))
    if g["qr_n"]:
        return Column("period", s, e, _year(g["qr_y"]), (1, 3 * int(g["qr_n"])))
    if g["nm_n"]:
        return Column("period", s, e, _year(g["nm_y"]), (1, int(g["nm_n"])))
    if g["unit"]:
        return Column("unit", s, e)
    if g["level"]:
        return Column("level", s, e)
    if g["fy"]:
        return Column("period", s, e, _year(g["fy_y"]), None, bool(g["fy_e"]))
    if g["mr_m1"]:
        m2 = _MON3.get(g["mr_m2"].lower())
        return Column("period", s, e, _year(g["mr_y"]), (1, m2), bool(g["mr_e"])) if m2 else Column("bad", s, e)
    if g["mo_m"]:
        mo = _MON3.get(g["mo_m"].lower())
        return Column("period", s, e, _year(g["mo_y"]), (mo, mo), bool(g["mo_e"])) if mo else Column("bad", s, e)
    if g["q_n"] or g["q_n2"]:
        q = int(g["q_n"] or g["q_n2"])
        return Column("period", s, e, _year(g["q_y"] or g["q_y2"]), (3 * q - 2, 3 * q), bool(g["q_e"]))
    if g["zm_m1"]:
        return Column("period", s, e, _year(g["zm_y"]), (1, int(g["zm_m2"])))
    if g["zo_m"]:
        return Column("period", s, e, _year(g["zo_y"]), (int(g["zo_m"]), int(g["zo_m"])))
    if g["mb_m"]:
        mo = _MON3[g["mb_m"][:3].lower()]
        return Column("period", s, e, None, (mo, mo))
    if g["em_m"]:
        mo = _MON3[g["em_m"].lower()]
        return Column("period", s, e, _year(g["em_y"]), (mo, mo))
    if g["ye_y"]:
        return Column("period", s, e, _year(g["ye_y"]))
    return Column("period", s, e, _year(g["y"]), None, bool(g["y_e"]))


def _header(text: str, a: int, b: int) -> tuple[Column, ...] | None:
    """The columns named on a header line, or None when some part of it is not a column name."""
    while a < b and text[a] == " ":
        a += 1   # (a pipe table's first rule)
    lm = _LABEL_HEADER.match(text, a, b)
    pos = lm.end() if lm else a
    cols = []
    while pos < b:
        while pos < b and text[pos] == " ":
            pos += 1
        if pos >= b:
            break
        m = _HEADER_CELL.match(text, pos, b)
        if m is None and cols and cols[-1].estimate and (hm := _HOUSE_CELL.fullmatch(text, pos, b)):
            cols.append(Column("period", hm.start(), hm.end(), None, None, True))   # ("Consensus  Nomura": the house's own forecast)
            break
        end = m.end() if m else pos
        while end < b and text[end] in "*†":
            end += 1   # a footnote's mark ("FY22*")
        hu = _HEADER_UNIT.match(text, end, b) if m is not None else None
        if hu:
            end = hu.end()
        if m is None or (end < b and text[end] != " "):
            return None
        c = _column(m, 0)
        cols.append(Column(c.kind, c.start, end, c.year, c.months, c.estimate, hu.group("u")) if hu and c.kind in ("period", "level") else c)
        pos = end
    if not cols or any(c.kind == "bad" for c in cols) or all(c.kind in ("unit", "change") for c in cols):
        return None
    return _month_year_merged(tuple(cols))


def _month_year_merged(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """"Nov 2018 level  Nov YoY (%)": a month and the year right after it are one period."""
    out: list[Column] = []
    for c in cols:
        p = out[-1] if out else None
        if p is not None and p.kind == "period" and p.year is None and p.months and p.months[0] == p.months[1] \
                and c.kind == "period" and c.months is None and c.year is not None and not c.estimate and c.start - p.end == 1:
            out[-1] = Column("period", p.start, c.end, c.year, p.months)
            continue
        out.append(c)
    return tuple(out)


def _row(text: str, a: int, b: int, columns: tuple[Column, ...], section: str) -> Row | None:
    """A line of a label and exactly one value per value column (the unit column, when the header
    has one, is the word before the values)."""
    n_values = sum(c.kind != "unit" for c in columns)
    has_unit_col = any(c.kind == "unit" for c in columns)
    cells: list[tuple[int, int] | None] = []
    units: list[str | None] = []
    cell_unit = None   # the unit word after the cell being read
    pos = b
    while len(cells) < n_values:
        while pos > a and text[pos - 1] == " ":
            pos -= 1
        sp = text.rfind(" ", a, pos)
        if sp < a:
            return None
        tok = text[sp + 1:pos]
        if tok.lower() in _CELL_UNIT_WORDS and (sp2 := text.rfind(" ", a, sp)) >= a and text[sp2 + 1:sp].lower() in _CELL_SCALE_WORDS \
                and (sp3 := text.rfind(" ", a, sp2)) >= a and _CELL.fullmatch(text, sp3 + 1, sp2):
            # "Crude steel   530.57 mn t": a magnitude and a base word after the figure
            cell_unit = text[sp2 + 1:pos]
            pos = sp2
            continue
        if tok.lower() in _CELL_UNIT_WORDS and (sp2 := text.rfind(" ", a, sp)) >= a and _CELL.fullmatch(text, sp2 + 1, sp):
            # "5G base stations   3.377 million", "Total computing power   230 EFLOPS", "Industrial robots   283,000 sets":
            # the cell's own unit word
            cell_unit = tok
            pos = sp
            continue
        zu = _CELL_ZH_UNIT.search(tok) or _CELL_SCALE_SUFFIX.search(tok)   # "| 软件业务收入 | 100563亿元 | 10.8% |": the unit in the cell
        if zu and cell_unit is None:
            cell_unit = zu.group()
            tok = tok[:zu.start()]
        if not _CELL.fullmatch(tok):
            return None
        cells.insert(0, None if _PLACEHOLDER.fullmatch(tok) else (sp + 1, sp + 1 + len(tok)))
        units.insert(0, cell_unit)
        cell_unit = None
        pos = sp
    label_end = pos
    while label_end > a and text[label_end - 1] == " ":
        label_end -= 1   # (a pipe table's rule before the first value)
    unit = None
    if has_unit_col:
        sp = text.rfind(" ", a, label_end)
        if sp < a:
            return None
        while (sp2 := text.rfind(" ", a, sp)) >= a and text[sp2 + 1:sp].lower() in _UNIT_SCALE_WORDS:
            sp = sp2   # the unit's magnitude word too ("mn units", "'000 sets", "Rmb bn")
        unit = text[sp + 1:label_end]
        label_end = sp
        while label_end > a and text[label_end - 1] == " ":
            label_end -= 1   # ("粗钢 | 万吨 | …": the rule before the unit)
    while label_end > a and text[label_end - 1] in "*†":
        label_end -= 1   # a footnote's mark ("Auto sales (mn units)*")
    label = text[a:label_end]
    um = _LABEL_UNIT.search(label)
    if um:
        unit = unit or um.group("unit").strip()
        label_end = a + um.start()
    start = a
    while start < label_end and text[start] == " ":
        start += 1
    for lead in ("其中:", "其中", "#"):   # (normalised text has ASCII colons)
        if text.startswith(lead, start):
            start += len(lead)
            break
    if label_end - start < 2 or any(ch.isdigit() for ch in text[start:label_end][-1:]):
        return None
    return _made_row(text, start, label_end, unit, tuple(cells), tuple(units), section)


def _made_row(text: str, start: int, label_end: int, unit: str | None, cells: tuple[tuple[int, int] | None, ...],
              units: tuple[str | None, ...], section: str) -> Row:
    """A row with its unit: the label's, else the one its cells share; each cell's own when they differ."""
    growth = bool(_GROWTH_LABEL.search(text[start:label_end]))
    read = {u for c, u in zip(cells, units) if c is not None and text[c[1] - 1] != "%"}   # (a rate's cell has its own unit)
    if len(read) > 1:
        return Row(start, label_end, unit, cells, growth, section, units)
    return Row(start, label_end, unit or next(iter(read), None), cells, growth, section)


def _period_growth_merged(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns with each later "period, growth" pair read as one growth column of that period (or
    a last "growth period" naming a period of a column before: "Dec-15 Nov-15 2015 2014 Y/Y 2015")."""
    def growth_of_next(j: int) -> bool:   # the growth column at j belongs to the period after it
        return j + 2 == len(cols) and cols[j + 1].kind == "period" \
            and any(c.kind == "period" and (c.year, c.months) == (cols[j + 1].year, cols[j + 1].months) for c in cols[:j])
    out: list[Column] = []
    k = 0
    while k < len(cols):
        c = cols[k]
        if c.kind == "growth" and growth_of_next(k):
            p = cols[k + 1]
            out.append(Column("growth", c.start, p.end, p.year, p.months or (1, 12), p.estimate))
            k += 2
            continue
        if any(o.kind != "unit" for o in out) and c.kind == "period" and k + 1 < len(cols) and cols[k + 1].kind == "growth" \
                and not growth_of_next(k + 1):
            out.append(Column("growth", c.start, cols[k + 1].end, c.year, c.months or (1, 12), c.estimate))
            k += 2
            continue
        out.append(c)
        k += 1
    return tuple(out)


def _period_pairs(cols: tuple[Column, ...]) -> tuple[Column, ...] | None:
    """"8月 绝对量  8月 同比增长(%)  1-8月 绝对量  1-8月 同比增长(%)": each period named before its level or
    growth column, one column per pair; None unless every value column is such a pair."""
    out = [c for c in cols if c.kind == "unit"]
    rest = [c for c in cols if c.kind != "unit"]
    if not rest or len(rest) % 2:
        return None
    for p, c in zip(rest[::2], rest[1::2]):
        if p.kind != "period" or c.kind not in ("level", "growth"):
            return None
        out.append(p if c.kind == "level" else Column("growth", p.start, c.end, p.year, p.months or (1, 12), p.estimate))
    return tuple(out)


def _period_levels(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """"2018 level  yoy": a period named before its level column is that one column."""
    return tuple(c for k, c in enumerate(cols) if not (c.kind == "level" and k and cols[k - 1].kind == "period"))


def _stacked(top: tuple[Column, ...], below: tuple[Column, ...]) -> tuple[Column, ...] | None:
    """A header on two lines, one name above the other ("Mar-19  % y/y  % y/y" over "level  Mar-19
    Jan-Feb-19"): each pair is one column, a period's level or its growth; None if a pair is not."""
    out = []
    for c, d in zip(top, below):
        kinds = {c.kind, d.kind}
        p = c if c.kind == "period" else d
        if kinds == {"period", "level"}:
            out.append(p)
        elif kinds == {"period", "growth"}:
            out.append(Column("growth", c.start, c.end, p.year, p.months or (1, 12), p.estimate))
        else:
            return None
    return tuple(out)


def _title(text: str, lines: list[tuple[int, int]], top: int) -> str:
    """The table's title: the last non-blank line of the two above its header."""
    for j in range(top - 1, max(-1, top - 3), -1):
        if lines[j][1] > lines[j][0]:
            return text[lines[j][0]:lines[j][1]]
    return ""


def _stripped(text: str, x: int, y: int) -> tuple[int, int]:
    while x < y and text[x] == " ":
        x += 1
    while y > x and text[y - 1] == " ":
        y -= 1
    return x, y


def _cells(text: str, a: int, b: int, sep_text: str, sep: str) -> list[tuple[int, int]]:
    """The spans of a line's cells, split where `sep_text` has `sep` (a pipe table's rules, or spaces)."""
    cuts = [a - 1] + [k for k in range(a, b) if sep_text[k] == sep] + [b]
    spans = [_stripped(text, p + 1, q) for p, q in zip(cuts, cuts[1:])]
    return [(x, y) for x, y in spans if y > x]


def _unruled_names(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Column names on a header without rules ("5G shipments (mn) YoY 5G share of total"): a name ends
    at its bracketed unit, and a growth column's name is a column of its own."""
    out = []
    s = a
    for m in _GROWTH_NAME.finditer(text, a, b):
        if (m.start() == a or text[m.start() - 1] == " ") and (m.end() == b or text[m.end()] == " "):
            out.append((s, m.start()))
            out.append((m.start(), m.end()))
            s = m.end()
    out.append((s, b))
    names = []
    for x, y in out:   # (each part cut again after a bracket: "5G shipments (mn) 5G share")
        cuts = [x] + [k + 1 for k in range(x, y - 1) if text[k] == ")" and text[k + 1] == " "] + [y]
        names += [_stripped(text, p, q) for p, q in zip(cuts, cuts[1:])]
    return [(x, y) for x, y in names if y > x]


def _period_cell(text: str, a: int, b: int) -> Column | None:
    """A row's period ("Dec 2021", "Apr-22", "2016年6月", "H1 2022"): the name of one period column."""
    cols = None if _LABEL_HEADER.match(text, a, b) else _header(text, a, b)
    return cols[0] if cols is not None and len(cols) == 1 and cols[0].kind == "period" else None


def _value_cell(text: str, a: int, b: int) -> tuple[tuple[int, int] | None, str | None] | None:
    """A cell's figure (None for a placeholder) and the unit written with it ("4.55 million", "6.4m"),
    or None when the cell is not a figure."""
    tok = text[a:b]
    unit = None
    sp = tok.find(" ")
    if sp > 0 and all(w.lower() in _CELL_UNIT_WORDS for w in tok[sp + 1:].split()):
        unit, tok = tok[sp + 1:], tok[:sp]
    elif zu := _CELL_ZH_UNIT.search(tok) or _CELL_SCALE_SUFFIX.search(tok):
        unit, tok = zu.group(), tok[:zu.start()]
    if not _CELL.fullmatch(tok):
        return None
    return (None if _PLACEHOLDER.fullmatch(tok) else (a, a + len(tok))), unit


def _period_rows(text: str, ruled_text: str, lines: list[tuple[int, int]], i: int) -> tuple[tuple[Column, ...], tuple[Row, ...], int] | None:
    """A table on its side, periods down and indicators across ("Month | NEV production | YoY | NEV
    sales | YoY" over "Dec 2021 | 516,000 | +119% | 531,000 | +114%"): read as the same table turned
    the usual way, one row per column and one column per period, with the line after its last row."""
    a, b = lines[i]
    while a < b and text[a] == " ":
        a += 1
    hm = _PERIOD_ROWS_HEADER.match(text, a, b)
    if hm is None:
        return None
    ruled = "|" in ruled_text[a:b]
    names = _cells(text, hm.end(), b, ruled_text, "|") if ruled else _unruled_names(text, hm.end(), b)
    if not names or any(not re.search(r"[^\W\d_]", text[x:y]) for x, y in names):
        return None
    periods: list[Column] = []
    values: list[list[tuple[tuple[int, int] | None, str | None]]] = []
    k = i + 1
    while k < len(lines):
        a2, b2 = lines[k]
        cells = _cells(text, a2, b2, ruled_text, "|" if ruled else " ")
        n_label = len(cells) - len(names)
        if n_label < 1 or ruled and n_label != 1:
            break
        col = _period_cell(text, cells[0][0], cells[n_label - 1][1])
        row = [_value_cell(text, x, y) for x, y in cells[n_label:]]
        if col is None or any(v is None for v in row):
            break
        periods.append(col)
        values.append(row)
        k += 1
    if not periods:
        return None
    rows = []
    for j, (x, y) in enumerate(names):
        um = _LABEL_UNIT.search(text, x, y)
        label_end = um.start() if um else y
        unit = um.group("unit").strip() if um else None
        if unit == "%" and _GROWTH_NAME.fullmatch(text, x, label_end):
            unit = None   # ("同比增长(%)": a growth column's own)
        rows.append(_made_row(text, x, label_end, unit, tuple(v[j][0] for v in values),
                              tuple(v[j][1] for v in values), ""))
    return tuple(periods), tuple(rows), k


def find_tables(text: str) -> list[Table]:
    """Tables in normalised text: a header line of column names, then rows until a blank line or a
    source line."""
    ruled_text = text
    if "|" in text:
        text = text.replace("|", " ")   # a pipe table's rules (same length: spans stay the text's)
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        cols = _header(text, a, b) if b - a < 120 else None
        if cols is None:
            side = _period_rows(text, ruled_text, lines, i) if b - a < 120 else None
            if side is not None:
                out.append(Table(_title(text, lines, i), side[0], side[1]))
            i = side[2] if side is not None else i + 1
            continue
        top = i
        sub = _header(text, *lines[i + 1]) if i + 1 < len(lines) else None
        periods = [c for c in cols if c.kind == "period"]
        if sub is not None and len(periods) == len(cols) and len(sub) % len(cols) == 0 \
                and not any(c.kind == "period" for c in sub):
            # "指标 12月 1-12月" over "绝对量 同比增长(%) 绝对量 同比增长(%)": each period spans its
            # share of the columns below it, in order
            k = len(sub) // len(cols)
            cols = tuple(Column("period", c.start, c.end, periods[j // k].year, periods[j // k].months, periods[j // k].estimate)
                         if c.kind == "level" else c for j, c in enumerate(sub))
            i += 1
        elif sub is not None and len(sub) == len(cols) and (stacked := _stacked(cols, sub)) is not None:
            cols = stacked
            i += 1
        rows_at = i + 1
        if rows_at < len(lines) and _row(text, *lines[rows_at], cols, "") is None:
            # "1H23 y/y Jun-23 y/y" over rows of three figures: a later period's growth column names its period
            merged = _period_growth_merged(cols)
            if merged != cols and _row(text, *lines[rows_at], merged, "") is not None:
                cols = merged
            elif (paired := _period_pairs(cols)) is not None and _row(text, *lines[rows_at], paired, "") is not None:
                cols = paired
            elif (named := _period_levels(cols)) != cols and _row(text, *lines[rows_at], named, "") is not None:
                cols = named
        title = _title(text, lines, top)
        rows = []
        section = ""
        k = i + 1
        while k < len(lines):
            a2, b2 = lines[k]
            line = text[a2:b2].strip()
            if not line or _STOP_LINE.match(line):
                break
            r = _row(text, a2, b2, cols, section)
            if r is not None:
                unit = next((c.unit for c in cols if c.unit), None)
                rows.append(r if r.unit or not unit else Row(r.label_start, r.label_end, unit, r.cells, r.growth, r.section, r.cell_units))
            elif not any(ch.isdigit() for ch in line) and len(line) <= 20:
                section = line   # a sub-heading ("分地区", "主要产品产量")
            else:
                break
            k += 1
        if rows:
            out.append(Table(title, cols, tuple(rows)))
        i = k if rows else i + 1
    return out
