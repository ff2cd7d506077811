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


def cache_dir() -> Path:
    """tei-kit's cache folder (compiled schemas): ``$TEI_KIT_CACHE``, else
    ``$XDG_CACHE_HOME/tei-kit``, else ``~/.cache/tei-kit``. It may not exist yet; every
    entry in it is keyed by a hash of what it was made from, so it can be deleted at will."""
    import os

    if os.environ.get("TEI_KIT_CACHE"):
        return Path(os.environ["TEI_KIT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tei-kit"


def write_cache(file: Path, data: bytes) -> bool:
    """Store ``data`` as the cache file ``file``, atomically (written beside it, then moved
    into place). A cache that cannot be written is skipped: returns False."""
    import os
    import tempfile

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, file)
        except OSError:
            os.unlink(tmp)
            raise
        return True
    except OSError:
        return False


def read_pickled_cache(file: Path | None):
    """The object pickled in the cache file ``file`` (see :func:`write_cache`), or None when
    there is none or it cannot be read: a damaged or foreign cache file is made again."""
    import pickle

    if file is None or not file.is_file():
        return None
    try:
        return pickle.loads(file.read_bytes())
    except Exception:  # unpickling a damaged file can raise almost anything
        return None


def tei_all_path(path: str | Path | None = None) -> Path:
    """Where TEI's ``tei_all.rng`` is: ``path`` if given, else ``$TEI_KIT_TEI_ALL``, else
    the copy ``make`` fetches into ``.cache/`` of a checkout, else ``~/.cache/tei-kit/``."""
    import os

    from .errors import InputError

    if path:
        candidates = [Path(path)]
    else:
        candidates = [Path(p) for p in [os.environ.get("TEI_KIT_TEI_ALL")] if p]
        candidates += [PACKAGE_DIR.parent / ".cache" / "tei_all.rng", Path.cwd() / ".cache" / "tei_all.rng",
                       Path.home() / ".cache" / "tei-kit" / "tei_all.rng"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise InputError(
        f"tei_all.rng not found{' at ' + str(path) if path else ''}",
        hint="run 'make tei-all' in a tei-kit checkout, set TEI_KIT_TEI_ALL, or give --tei-all-rng PATH",
    )
