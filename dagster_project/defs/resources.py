"""The warehouse as a Dagster resource: a thin handle on dagster_project.storage.Warehouse."""
from __future__ import annotations

import dagster as dg

from dagster_project.storage import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """Directory holding the published snapshot, the working file and the raw store."""

    directory: str = ""   # empty: $BRIEFINGS_WAREHOUSE_DIR or ./warehouse

    def get(self) -> Warehouse:
        return Warehouse(self.directory or None)
