"""Jobs the sensor and schedules start."""
import dagster as dg


ingest_job = dg.define_asset_job(
    "ingest_briefings",
    selection=dg.AssetSelection.assets("documents", "mentions", "observations"),
    description="Extract briefings into documents, mentions and observations.",
    # One multi-asset step: a subprocess per step would add seconds to every inbox arrival.
    executor_def=dg.in_process_executor,
)

views_job = dg.define_asset_job(
    "refresh_views",
    selection=dg.AssetSelection.groups("series"),
    description="Recompute the derived views' metadata and checks.",
)
