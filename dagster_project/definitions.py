"""The code location: everything under dagster_project/defs, bound to the warehouse resource."""
import dagster as dg

from dagster_project.defs.assets import briefing
from dagster_project.defs.checks import asset_checks
from dagster_project.defs.jobs import ingest_job, views_job
from dagster_project.defs.reliability_checks import no_open_rejections
from dagster_project.defs.report import indicator_catalogue, report
from dagster_project.defs.resources import WarehouseResource
from dagster_project.defs.schedules import views_schedule
from dagster_project.defs.sensors import inbox_sensor
from dagster_project.defs.views import view_assets
from dagster_project.defs.web import poll_job, web_poll_schedule

defs = dg.Definitions(
    assets=[briefing, *view_assets, indicator_catalogue, report],
    asset_checks=[*asset_checks, no_open_rejections],
    jobs=[ingest_job, views_job, poll_job],
    sensors=[inbox_sensor],
    schedules=[views_schedule, web_poll_schedule],
    resources={"warehouse": WarehouseResource()},
)
