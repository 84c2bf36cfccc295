"""Shared fixtures: the seed article and a CLI runner with stdout and stderr apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c74147841ab369b7.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture()
def seed_path() -> Path:
    return SEED


@pytest.fixture()
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def shared_data() -> Path:
    """``../shared/data`` beside the repository; the test is skipped when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not present at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output",
    )
