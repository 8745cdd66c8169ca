"""Schedules."""
import dagster as dg

from dagster_project.defs.jobs import views_job

views_schedule = dg.ScheduleDefinition(
    name="daily_views_refresh",
    job=views_job,
    cron_schedule="30 6 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Refresh view metadata and run the data-quality checks every morning.",
)
