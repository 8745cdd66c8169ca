"""Raw bytes in the store -> a document version in the warehouse. The assets call this; so can tests.

Decoding and extraction happen before the writer lock is taken (they are the slow part); then one
writer session writes them, one transaction per document, and publishes once at its end (a batch
of more than PREPARE_BATCH keys does this per slice, to bound memory). A batch killed half-way keeps
the documents it committed and none half-written; a bad input is recorded in `rejected_documents`
and never stops the others.
"""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date, timedelta

import duckdb

from dagster_project.arrivals import RawStore, dateline_date
from dagster_project.extraction import EXTRACTOR_VERSION, extract
from dagster_project.ingest import RejectedInput, inspect_briefing
from dagster_project.paths import PROJECT_ROOT
from dagster_project.storage import (Warehouse, record_rejection, refresh_catalogue, sql_file,
                                      write_document)

# Beijing's date runs up to a day ahead of a machine clock in UTC or Europe.
FUTURE_TOLERANCE = timedelta(days=1)
PREPARE_BATCH = 100   # extractions held in memory before a writer session writes them
# In a Dagster run every log line is an event stored in the instance (10-30 ms each), so a
# backfill logs one summary line per batch instead of one line per briefing (warnings still each).
LOG_EACH_UP_TO = 20


@dataclass
class Outcome:
    key: str
    source: str
    status: str                  # inserted | replaced | unchanged | rejected
    document_id: str | None = None
    title: str | None = None
    event_date: date | None = None
    observations: int = 0
    mentions: int = 0
    reason: str | None = None
    warnings: tuple[str, ...] = ()


def ingest_briefing(warehouse: Warehouse, keys: list[str], sha256: str | None = None,
                    log: logging.Logger | None = None, today: date | None = None) -> list[Outcome]:
    """Ingest the partitions `keys`; every key gets an Outcome, rejected ones a `rejected_documents` row."""
    log = log or logging.getLogger(__name__)
    store = RawStore(warehouse.dir)
    today = today or date.today()
    outcomes: list[Outcome] = []
    log_each = len(keys) <= LOG_EACH_UP_TO
    for i in range(0, len(keys), PREPARE_BATCH):
        prepared = [_prepare(store, key, sha256, today, log) for key in keys[i:i + PREPARE_BATCH]]
        with warehouse.writer() as con:
            refresh_catalogue(con)
            for outcome, digest, extraction in prepared:
                if extraction is not None:
                    try:
                        outcome.status = write_document(
                            con, document_id=outcome.document_id, briefing_key=outcome.key,
                            source=outcome.source, content_hash=digest, extraction=extraction,
                            extractor_version=EXTRACTOR_VERSION)
                        if log_each or outcome.warnings:
                            log.info("%s %s: %d observations, %d mentions%s", outcome.status, outcome.key,
                                     outcome.observations, outcome.mentions,
                                     "".join(f"; warning: {w}" for w in outcome.warnings))
                    except (duckdb.ConstraintException, duckdb.ConversionException) as exc:
                        # rolled back by write_document; the rows the extractor produced cannot be stored
                        outcome.status, outcome.reason = "rejected", f"could not be stored: {exc}"
                        outcome.observations = outcome.mentions = 0
                if outcome.status == "rejected":
                    record_rejection(con, source=outcome.source, content_hash=digest, reason=outcome.reason)
                    log.warning("rejected %s (%s): %s", outcome.key, outcome.source, outcome.reason)
                outcomes.append(outcome)
        if not log_each:
            batch = outcomes[i:]
            statuses = {s: sum(o.status == s for o in batch) for s in ("inserted", "replaced", "unchanged", "rejected")}
            log.info("briefings %d-%d of %d: %s; %d observations, %d mentions", i + 1, i + len(batch), len(keys),
                     ", ".join(f"{n} {s}" for s, n in statuses.items() if n), sum(o.observations for o in batch),
                     sum(o.mentions for o in batch))
    return outcomes


def _prepare(store: RawStore, key: str, sha256: str | None, today: date, log: logging.Logger):
    """(outcome, content hash, extraction or None when rejected). Never raises for a bad input."""
    arrival = store.lookup(key)
    digest = sha256 or arrival.sha256
    outcome = Outcome(key=key, source=arrival.source, status="rejected")
    try:
        if arrival.rejected:
            raise RejectedInput(arrival.rejected)
        decoded = inspect_briefing(store.get(digest))
    except (RejectedInput, OSError) as exc:
        outcome.reason = str(exc)
        return outcome, digest, None
    except Exception as exc:   # a decoder bug must not stop the batch; it shows as a rejection
        log.exception("decoding %s failed", key)
        outcome.reason = f"decoding failed: {type(exc).__name__}: {exc}"
        return outcome, digest, None
    try:
        extraction = extract(decoded.text)
    except Exception as exc:
        log.exception("extracting %s failed", key)
        outcome.reason = f"extraction failed: {type(exc).__name__}: {exc}"
        return outcome, digest, None
    meta = extraction.document
    rejection, date_warnings = date_policy(meta.event_date, meta.published_date, decoded.text, today)
    if rejection:
        outcome.reason = rejection
        return outcome, digest, None
    warnings = tuple(dict.fromkeys([*meta.warnings, *decoded.warnings, *date_warnings]))
    extraction = dataclasses.replace(extraction, document=dataclasses.replace(meta, warnings=warnings))
    outcome.document_id = digest[:16]
    outcome.title, outcome.event_date, outcome.warnings = meta.title, meta.event_date, warnings
    outcome.observations, outcome.mentions = len(extraction.observations), len(extraction.mentions)
    return outcome, digest, extraction


def date_policy(event_date: date | None, published_date: date | None, text: str,
                today: date) -> tuple[str | None, list[str]]:
    """(rejection reason or None, warnings) for a document's dates.

    No date at all: ingested with a warning (extraction emits no stock without an as-of date, so
    nothing is put on a wrong date; flows stating their own period are still right). A date in the
    future: rejected, because every period is anchored on it and a mistyped year would put values
    at the top of every latest-value view; fixing the file retries it.
    """
    dates = [("event date", event_date), ("published date", published_date)]
    if event_date is None and published_date is None:
        dates = [("dateline date", dateline_date(text))]
        if dates[0][1] is None:
            return None, ["no recognisable date: stocks without their own as-of date are not emitted"]
    for label, value in dates:
        if value is not None and value > today + FUTURE_TOLERANCE:
            return (f"{label} {value.isoformat()} is in the future (today {today.isoformat()}): "
                    "fix the date in the file and it is retried"), []
    return None, []


def open_rejections(warehouse: Warehouse) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of rejected inputs not fixed since (sql/reliability/open_rejections.sql).

    A rejected file that has since been deleted is no longer waiting for anyone: it is left out.
    """
    if not warehouse.published.exists():
        return [], []
    with warehouse.reader() as con:
        cursor = con.execute(sql_file("reliability/open_rejections.sql")[0])
        columns, rows = [d[0] for d in cursor.description], cursor.fetchall()
    return columns, [row for row in rows if _still_there(row[0])]


def _still_there(source: str) -> bool:
    if "://" in source:
        return True
    return (PROJECT_ROOT / source).exists()   # relative sources are under the project; absolute ones stay absolute
