"""The records extraction produces. Plain dataclasses: storage and the CLI consume them as-is."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date

# Bump when extraction rules change: stored observations carry it, so a re-run with new rules
# re-extracts documents instead of skipping them.
EXTRACTOR_VERSION = "1.75.0"


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None
    event_date: date | None        # the day the briefing was held
    published_date: date | None    # the day this text was published (the vintage); event date if not stated
    period_start: date | None      # the reporting period the briefing covers
    period_end: date | None
    language: str                  # "en" or "zh"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One number stated in the text, whether or not it maps to a catalogue indicator."""
    mention_id: int                # 0-based, in text order, unique within the document
    value: float                   # normalised: magnitude applied, unit converted (PFLOPS -> EFLOPS, ...)
    unit: str | None               # count, yuan, percent, pp, eflops, gb, tonnes, ... or None
    magnitude: str | None          # the magnitude word as written ("million", "bn", ...) or None
    qualifier: str                 # eq, gt, lt, approx
    surface: str                   # the exact characters of the number in the normalised text
    start: int                     # character offsets into the normalised text
    end: int
    sentence: str                  # the sentence the number stands in
    sentence_start: int


@dataclass(frozen=True)
class Observation:
    """A catalogue indicator value. Points at the mention it came from."""
    indicator_id: str
    measure: str                   # level, yoy_pct (others allowed, not scored)
    period_start: date
    period_end: date
    value: float
    unit: str                      # the catalogue unit
    qualifier: str
    evidence: str                  # source text (the sentence, or the part of it that states the value)
    mention_id: int


@dataclass(frozen=True)
class Extraction:
    document: DocumentMeta
    text: str                      # the normalised text all offsets point into
    mentions: list[Mention] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)


OBSERVATION_CSV_COLUMNS = [
    "document", "indicator_id", "measure", "period_start", "period_end",
    "value", "unit", "qualifier", "evidence",
]


def observation_row(document: str, obs: Observation) -> dict:
    """The spec's CSV row for one observation (see seeds/README of the spec)."""
    d = asdict(obs)
    value = obs.value
    return {
        "document": document,
        "indicator_id": d["indicator_id"],
        "measure": d["measure"],
        "period_start": obs.period_start.isoformat(),
        "period_end": obs.period_end.isoformat(),
        "value": repr(int(value)) if float(value).is_integer() else repr(value),
        "unit": obs.unit,
        "qualifier": obs.qualifier,
        "evidence": obs.evidence,
    }
