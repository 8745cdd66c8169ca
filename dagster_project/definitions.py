"""The code location: everything under dagster_project/defs, bound to the warehouse resource."""
import dagster as dg

from dagster_project.defs.assets import briefing
from dagster_project.defs.checks import no_duplicate_observation_keys
from dagster_project.defs.jobs import ingest_job, views_job
from dagster_project.defs.resources import WarehouseResource
from dagster_project.defs.schedules import views_schedule
from dagster_project.defs.sensors import inbox_sensor
from dagster_project.defs.views import view_assets

defs = dg.Definitions(
    assets=[briefing, *view_assets],
    asset_checks=[no_duplicate_observation_keys],
    jobs=[ingest_job, views_job],
    sensors=[inbox_sensor],
    schedules=[views_schedule],
    resources={"warehouse": WarehouseResource()},
)
