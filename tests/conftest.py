"""Shared fixtures: paths to the test data and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "corpus" / "sources" / "puzanov-1957-10-07.txt"
TEI_ALL = ROOT / ".cache" / "tei_all.rng"


@pytest.fixture(scope="session")
def seed_conversion():
    """The seed converted once for the whole session."""
    from tei_kit.pipeline import convert

    return convert(SEED)
