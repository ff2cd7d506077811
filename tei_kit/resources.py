"""Where tei-kit's own data lives: schemas, XSLT, the default authority files.

In a wheel the top-level ``schemas/`` folder is installed as ``tei_kit/schemas``; in a
source checkout it is found beside the package.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
XSLT_DIR = PACKAGE_DIR / "xslt"
DATA_DIR = PACKAGE_DIR / "data"


def schemas_dir() -> Path:
    """The folder holding ``tei-kit.rng`` and ``tei-kit.sch``."""
    installed = PACKAGE_DIR / "schemas"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "schemas"


def schema_path(name: str) -> Path:
    """Path of a schema file shipped with tei-kit, e.g. ``schema_path("tei-kit.rng")``."""
    return schemas_dir() / name


def xslt_path(name: str) -> Path:
    """Path of a stylesheet shipped with tei-kit, e.g. ``xslt_path("reading.xsl")``."""
    return XSLT_DIR / name
