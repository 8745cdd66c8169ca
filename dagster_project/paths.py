"""Where things live. Every path can be moved with an environment variable."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"
CATALOGUE_CSV = SEEDS_DIR / "indicators.csv"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def warehouse_dir() -> Path:
    return _env_path("BRIEFINGS_WAREHOUSE_DIR", PROJECT_ROOT / "warehouse")


def briefing_dirs() -> list[Path]:
    """Folders the inbox sensor watches: the seed briefings and the inbox."""
    seeds = _env_path("BRIEFINGS_SEEDS_DIR", SEEDS_DIR / "briefings")
    inbox = _env_path("BRIEFINGS_INBOX_DIR", PROJECT_ROOT / "inbox")
    return [seeds, inbox]
