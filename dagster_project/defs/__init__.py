"""Dagster wiring: assets, checks, sensors and schedules over the plain modules in dagster_project."""
