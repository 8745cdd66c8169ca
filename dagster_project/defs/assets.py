"""Assets: a briefing's documents/mentions/observations (partitioned), and the derived views."""

import dagster as dg

from dagster_project.defs.partitions import briefings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.pipeline import ingest_briefing

WRITER_POOL = "warehouse_writer"   # limit 1 in .dagster_home/dagster.yaml: one writer at a time


@dg.multi_asset(
    specs=[
        dg.AssetSpec("documents", kinds={"duckdb"}, group_name="briefings",
                     description="One row per briefing version: source, content hash, title, dates, "
                                 "reporting period and the normalised text."),
        dg.AssetSpec("mentions", deps=["documents"], kinds={"duckdb"}, group_name="briefings",
                     description="Every number the briefing states, with unit, qualifier, sentence "
                                 "and character span, whether or not it is a catalogue indicator."),
        dg.AssetSpec("observations", deps=["mentions"], kinds={"duckdb"}, group_name="briefings",
                     description="Catalogue indicators stated in the briefing, normalised to the "
                                 "catalogue unit, with qualifier, period and evidence sentence."),
    ],
    partitions_def=briefings,
    backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=100),
    pool=WRITER_POOL,
)
def briefing(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Extract one briefing (or a batch in a backfill) and write it in one transaction per document."""
    store = warehouse.get()
    sha = context.run.tags.get("briefing/sha256") if len(context.partition_keys) == 1 else None
    outcomes = ingest_briefing(store, context.partition_keys, sha256=sha, log=context.log)
    meta = {
        "partitions": len(outcomes),
        "inserted": sum(o.status == "inserted" for o in outcomes),
        "unchanged": sum(o.status == "unchanged" for o in outcomes),
        "rejected": sum(o.status == "rejected" for o in outcomes),
        "observations": sum(o.observations for o in outcomes),
        "mentions": sum(o.mentions for o in outcomes),
    }
    if len(outcomes) == 1:
        o = outcomes[0]
        meta.update({"source": o.source, "document_id": o.document_id or "", "status": o.status,
                     "title": o.title or "", "event_date": str(o.event_date or ""),
                     "reason": o.reason or ""})
    for key in ("documents", "mentions", "observations"):
        yield dg.MaterializeResult(asset_key=key, metadata=meta)
