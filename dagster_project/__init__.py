"""Briefing-to-time-series warehouse: SCIO/MIIT briefings -> DuckDB indicator series."""
