"""The web source in Dagster: an on-demand job `poll_web_sources` and its daily schedule.

One run polls every source in sources.toml, adds a `briefings` partition per new briefing,
ingests the new and revised ones (under the warehouse writer lock, one transaction per document)
and records a materialization of documents/mentions/observations for each of those partitions,
so web briefings show in the UI's partition view exactly like inbox ones. Doing it in one run
(rather than launching one ingest run per briefing) keeps a poll atomic in the UI: one run, one
report of what was new, unchanged and failed.
"""
import warnings

import dagster as dg
from pydantic import Field

from dagster_project.defs.partitions import briefings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.pipeline import ingest_briefing
from dagster_project.views import markdown_table
from dagster_project.web.poll import poll_sources
from dagster_project.web.sources import DEFAULT_CRON, DEFAULT_TIMEZONE, ConfigError, load_config


class PollConfig(dg.Config):
    sources_file: str = Field(default="", description="Sources TOML; empty: $BRIEFINGS_SOURCES or sources.toml")


@dg.op(description="Poll the configured listing pages, fetch new or revised briefings, ingest them.")
def poll_web(context: dg.OpExecutionContext, config: PollConfig, warehouse: WarehouseResource):
    """Failures of single pages are reported, not raised; only a poll that reached nothing fails."""
    try:
        sources = load_config(config.sources_file or None)
    except ConfigError as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from None
    store = warehouse.get()
    report = poll_sources(sources, store, log=context.log)
    keys = report.keys_to_ingest()
    if keys:
        known = set(context.instance.get_dynamic_partitions(briefings.name))
        new = [k for k in keys if k not in known]
        if new:
            context.instance.add_dynamic_partitions(briefings.name, new)
        for outcome in ingest_briefing(store, keys, log=context.log):
            metadata = {"source": outcome.source, "status": outcome.status,
                        "document_id": outcome.document_id or "", "title": outcome.title or "",
                        "event_date": str(outcome.event_date or ""), "observations": outcome.observations,
                        "mentions": outcome.mentions, "reason": outcome.reason or ""}
            for asset in ("documents", "mentions", "observations"):
                yield dg.AssetMaterialization(asset_key=asset, partition=outcome.key, metadata=metadata)
    for failure in report.failures():
        context.log.warning(failure)
    rows = [(d.source_name, d.url, d.status, d.pages, d.key or "", d.error or "") for d in report.documents]
    metadata = {**report.counts(), "config": str(sources.path),
                "documents": dg.MetadataValue.md(markdown_table(
                    ["source", "url", "status", "pages", "partition", "error"], rows))}
    reached = [f for f in report.fetches if f.http_status is not None]
    if report.fetches and not reached:
        raise dg.Failure(description="no configured site answered: " + "; ".join(report.failures()[:5]),
                         metadata=metadata)
    yield dg.Output(None, metadata=metadata)


@dg.job(name="poll_web_sources", executor_def=dg.in_process_executor,
        description="Poll the web sources in sources.toml and ingest new or revised briefings.")
def poll_job():
    poll_web()


def _schedule_settings() -> tuple[str, str]:
    """The cron from sources.toml; a broken file must not take the inbox sensor down with it."""
    try:
        config = load_config()
    except ConfigError as exc:
        warnings.warn(f"web poll schedule uses the default cron: {exc}", stacklevel=2)
        return DEFAULT_CRON, DEFAULT_TIMEZONE
    return config.cron, config.timezone


_cron, _timezone = _schedule_settings()

web_poll_schedule = dg.ScheduleDefinition(
    name="web_poll_schedule",
    job=poll_job,
    cron_schedule=_cron,
    execution_timezone=_timezone,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Poll the web sources (cron and sources in sources.toml; daily by default).",
)
