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


@pytest.fixture(scope="session")
def tei_all() -> Path:
    """TEI P5 4.3.0's tei_all.rng, fetched by the Makefile; compiled once per session (then
    read from the cache)."""
    if not TEI_ALL.is_file():
        pytest.fail(f"{TEI_ALL} is missing: run `make test` (the Makefile fetches TEI P5 4.3.0's"
                    " tei_all.rng into .cache/) before running the tests")
    grammar(TEI_ALL)
    return TEI_ALL


@pytest.fixture
def run(tmp_path, monkeypatch):
    """``run(*args)``: tei-kit in-process through click's CliRunner, in a fresh folder;
    exceptions are not caught, so a traceback fails the test."""
    from click.testing import CliRunner

    from tei_kit.cli import cli

    monkeypatch.chdir(tmp_path)

    def invoke(*args, **kwargs):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke


def grammar(path):
    """The compiled RELAX NG grammar of ``path``, once per process, through tei-kit's cache folder."""
    from tei_kit.relaxng import load_grammar
    from tei_kit.resources import cache_dir

    return load_grammar(path, cache_dir())
