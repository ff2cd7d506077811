"""Writing files without losing anything: atomic replacement, no silent overwrite, backups."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from .errors import OutputError, OutputExistsError

_CHANGE_DATE = re.compile(rb'(<change when=")\d{4}-\d{2}-\d{2}(")')


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: a reader (or a
    process killed mid-write) sees the old file or the new one, never half of one."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist", hint="create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write in {folder} ({exc.strerror})",
                          hint="choose a folder you can write to") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:  # also KeyboardInterrupt: never leave the temporary file
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})",
                              hint="is the disk full? any old file there is unchanged") from exc
        raise


def comparable(data: bytes) -> bytes:
    """Generated TEI with its run date blanked, to tell real changes from a new run."""
    return _CHANGE_DATE.sub(rb"\1\2", data)


def backup_path(path: Path) -> Path:
    """``out.xml`` -> ``out.xml.20261127T101500.bak`` (never an existing file)."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    candidate = path.with_name(f"{path.name}.{stamp}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stamp}-{n}.bak")
        n += 1
    return candidate


def write_output(path: Path, data: bytes, *, force: bool = False) -> str:
    """Write generated TEI to ``path``; return ``"written"``, ``"unchanged"`` or ``"replaced"``.

    An existing file with other content (hand edits!) is kept unless ``force``; with
    ``force`` it is first copied to a backup beside it.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder", hint="give a file name, e.g. -o out.xml")
    if path.exists():
        try:
            old = path.read_bytes()
        except OSError as exc:
            raise OutputError(f"{path}: cannot read the existing file ({exc.strerror})") from exc
        if comparable(old) == comparable(data):
            return "unchanged"
        if not force:
            raise OutputExistsError(
                f"{path} exists and differs from the new output (edited by hand?); not overwritten",
                hint="use --force to replace it (the old file is kept as a .bak)",
            )
        atomic_write(backup_path(path), old)
        atomic_write(path, data)
        return "replaced"
    atomic_write(path, data)
    return "written"
