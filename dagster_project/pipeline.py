"""Raw bytes in the store -> a document version in the warehouse. The assets call this; so can tests.

One writer lock for the whole batch and one publish at its end; one transaction per document, so
a batch killed half-way keeps the documents it finished and none half-written.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from dagster_project.arrivals import RawStore
from dagster_project.extraction import EXTRACTOR_VERSION, extract
from dagster_project.ingest import RejectedInput, decode_briefing
from dagster_project.storage import Warehouse, record_rejection, refresh_catalogue, write_document


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


def ingest_briefing(warehouse: Warehouse, keys: list[str], sha256: str | None = None,
                    log: logging.Logger | None = None) -> list[Outcome]:
    log = log or logging.getLogger(__name__)
    store = RawStore(warehouse.dir)
    outcomes = []
    with warehouse.writer() as con:
        refresh_catalogue(con)
        for key in keys:
            arrival = store.lookup(key)
            digest = sha256 or arrival.sha256
            outcome = Outcome(key=key, source=arrival.source, status="rejected")
            try:
                if arrival.rejected:
                    raise RejectedInput(arrival.rejected)
                text = decode_briefing(store.get(digest))
            except (RejectedInput, OSError) as exc:
                outcome.reason = str(exc)
                record_rejection(con, source=arrival.source, content_hash=digest, reason=outcome.reason)
                log.warning("rejected %s (%s): %s", key, arrival.source, outcome.reason)
                outcomes.append(outcome)
                continue
            extraction = extract(text)
            outcome.document_id = digest[:16]
            outcome.status = write_document(
                con, document_id=outcome.document_id, briefing_key=key, source=arrival.source,
                content_hash=digest, extraction=extraction, extractor_version=EXTRACTOR_VERSION)
            outcome.title = extraction.document.title
            outcome.event_date = extraction.document.event_date
            outcome.observations = len(extraction.observations)
            outcome.mentions = len(extraction.mentions)
            log.info("%s %s: %d observations, %d mentions", outcome.status, key,
                     outcome.observations, outcome.mentions)
            outcomes.append(outcome)
    return outcomes
