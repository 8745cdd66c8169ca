"""Many candidate statements -> one observation per (indicator, measure, period).

Briefings repeat figures (summary + full text, speech + Q&A) and round them differently
("nearly 1.9 trillion" vs "1.8965 trillion"). The most precise statement wins. Statements
that disagree beyond rounding or their qualifiers ("more than 100,000" is consistent with
140,000; 4.395 million and 4.838 million for one date are not) make the key ambiguous, and an
ambiguous key emits nothing.
"""
from __future__ import annotations

from dagster_project.extraction.model import Observation
from dagster_project.extraction.rules import Candidate

_QUAL_RANK = {"gt": 2, "lt": 2, "approx": 1, "eq": 0}


def _consistent(best: Candidate, other: Candidate) -> bool:
    a, b = best.value, other.value
    if a == b:
        return True
    q = other.qualifier
    if q == "gt" and a > b:
        return True
    if q == "lt" and a < b:
        return True
    # rounding: `other` written with fewer significant digits
    sig = max(1, other.num.sig)
    scale = abs(b) if b else 1.0
    tolerance = 0.5 * scale / (10 ** (sig - 1)) if sig <= 2 else 0.5 * scale / (10 ** (sig - 1)) * 1.01
    if q in ("approx", "lt", "gt"):
        tolerance = max(tolerance, 0.05 * scale)
    return abs(a - b) <= tolerance


def _one_month(p) -> bool:
    return (p.start.year, p.start.month) == (p.end.year, p.end.month)


def consolidate(cands: list[Candidate], headline_end: int = 0) -> list[tuple[Candidate, list[Candidate]]]:
    """(winner, all statements) per key, in text order of the winners; ambiguous keys dropped.
    A headline (text before `headline_end`) rounds freely ("NEV output up 90%" over a body's
    96.9%) and compresses its dates ("2022 steel output falls 2.1%, factory growth slows in
    Dec"): only the body's statements count."""
    groups: dict[tuple, list[Candidate]] = {}
    # "Growth in NEV sales eased to 20%" in a bullet, "NEV sales climbed 20% in October" in the
    # body: a figure undated in one statement and dated in another is the dated one, restated
    # in the year's last month ("... in October"), not the year to date
    months = {(c.indicator, c.measure, c.value, c.period.end) for c in cands
              if not c.defaulted and not c.period.instant and _one_month(c.period)}
    cands = [c for c in cands if not (c.defaulted and not _one_month(c.period)
                                      and (c.indicator, c.measure, c.value, c.period.end) in months)]
    # ("· 算力总规模达230EFLOPS" in a summary, "截至2023年底，…算力总规模达到230EFLOPS" in the body: a stock
    # undated in one statement and dated in another is the dated one, said again)
    dated_stocks = {(c.indicator, c.measure, c.value, c.period) for c in cands
                    if not c.defaulted and c.period.instant and c.num.start >= headline_end}

    def said_again(c: Candidate) -> bool:
        return any(k[:3] == (c.indicator, c.measure, c.value) and k[3] != c.period for k in dated_stocks)
    cands = [c for c in cands if not (c.defaulted and c.period.instant and said_again(c))]
    for c in cands:
        key = (c.indicator, c.measure, c.period.start, c.period.end)
        groups.setdefault(key, []).append(c)
    out = []
    for key, cs in groups.items():
        cs = [c for c in cs if c.num.start >= headline_end]
        if not cs:
            continue
        best = max(cs, key=lambda c: (c.num.sig, _QUAL_RANK.get(c.qualifier, 0), -c.order))
        if not all(_consistent(best, c) for c in cs):
            # "NEV sales, however, fell to 72,000 units [a month, dated by the briefing's Jan-Apr].
            # In the first four months, NEV sales slumped to 205,000": the statement that names its
            # period wins over ones dated by the briefing's period for want of their own
            dated = [c for c in cs if not c.defaulted]
            if not dated or len(dated) == len(cs):
                continue
            best = max(dated, key=lambda c: (c.num.sig, _QUAL_RANK.get(c.qualifier, 0), -c.order))
            if not all(_consistent(best, c) for c in dated):
                continue
            cs = dated
        out.append((best, cs))
    out.sort(key=lambda x: x[0].order)
    return _without_impossible_parts(out)


def _without_impossible_parts(out):
    """A flow over part of a period cannot exceed the whole ("June sales were 2.27mn" read as NEV
    sales after "NEV … sales 412k" for the half): the part's statement is wrong, and so is its rate."""
    levels = [c for c, _ in out if c.measure == "level" and not c.period.instant and c.qualifier != "lt"
              and c.unit in ("count", "tonnes", "yuan")]   # (sums, not a DOU's monthly average)
    bad = set()
    for c in levels:
        for d in levels:
            if d.indicator == c.indicator and d.qualifier != "gt" and d.period.start <= c.period.start \
                    and c.period.end <= d.period.end and d.period != c.period and c.value > 1.01 * d.value:
                bad.add((c.indicator, c.period, c.evidence))
    return [(c, cs) for c, cs in out if (c.indicator, c.period, c.evidence) not in bad]


def to_observations(winners) -> list[Observation]:
    return [Observation(indicator_id=c.indicator, measure=c.measure, period_start=c.period.start,
                        period_end=c.period.end, value=c.value, unit=c.unit, qualifier=c.qualifier,
                        evidence=c.evidence, mention_id=c.num.mention_id) for c, _ in winners]
