"""Briefing text -> document metadata, mentions and catalogue observations.

Plain Python, no Dagster: the assets, the CLI and the tests call `extract` directly.
"""
from dagster_project.extraction.model import (  # noqa: F401
    EXTRACTOR_VERSION, DocumentMeta, Extraction, Mention, Observation,
    OBSERVATION_CSV_COLUMNS, observation_row,
)


def extract(text: str) -> Extraction:
    """Placeholder until the rule-based extractor lands: metadata unknown, no numbers."""
    from dagster_project.extraction.model import DocumentMeta
    return Extraction(document=DocumentMeta(None, None, None, None, None, "en"), text=text)
