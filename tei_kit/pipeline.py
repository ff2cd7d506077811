"""The stages composed: source text -> model -> tags -> TEI -> validated bytes; corpus builds."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .encode import encode
from .errors import InputError, InvalidTEIError, OutputError, TeiKitError
from .fileio import atomic_write, write_output
from .ingest import read_source
from .model import Document
from .tei import to_bytes

MANIFEST = ".tei-kit-manifest.json"
#: Held (``flock``) while a build reads and rewrites a corpus folder and its manifest.
LOCK = ".tei-kit-manifest.lock"


@dataclass
class Conversion:
    """The result of converting one source: the model, the TEI and its validation."""

    source: Path
    document: Document
    tree: etree._ElementTree
    data: bytes
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def tagger(authority_dir: str | None = None):
    """A :class:`~tei_kit.tagging.Tagger` over the authority files in ``authority_dir``
    (None: the packaged files), built once per process."""
    from .authority import load_authority
    from .tagging import Tagger

    return Tagger(load_authority(Path(authority_dir) if authority_dir else None))


def convert(source: Path, *, encoding: str | None = None, authority_dir: Path | None = None,
            date: str | None = None, validate: bool = True) -> Conversion:
    """Convert a source text file to TEI. Raises :class:`InvalidTEIError` if the TEI made
    would not be valid (tei-kit never hands out invalid TEI)."""
    document = read_source(Path(source), encoding=encoding)
    if date:
        try:
            dt.date.fromisoformat(date)
        except ValueError as exc:
            raise InputError(f"--date {date!r} is not a date in YYYY-MM-DD form",
                             hint="e.g. --date 1957-10-07") from exc
        document.metadata.date = date
        document.metadata.date_text = date
    tagger(str(authority_dir) if authority_dir else None).tag(document)
    if not document.metadata.date:
        raise InputError(
            f"{Path(source).name}: no document date found (no archive page date, no dateline)",
            hint="give one with --date YYYY-MM-DD",
        )
    tree = encode(document)
    data = to_bytes(tree)
    if validate:
        from .validate import validate_bytes

        report = validate_bytes(data, Path(source).name)
        if not report.valid:
            first = next(i for i in report.issues if i.severity in ("error", "fatal"))
            raise InvalidTEIError(
                f"{Path(source).name}: the TEI made is not valid ({len(report.issues)} issue(s)); "
                f"first: line {first.line}: {first.message}",
                report=report,
                hint="please report this with the source text",
            )
    return Conversion(Path(source), document, tree, data, list(document.warnings))


# ------------------------------------------------------------------ corpus builds


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    hand_edited: list[Path] = field(default_factory=list)  # left alone
    failed: list[tuple[Path, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _digest(data: bytes) -> str:
    from .fileio import comparable

    return hashlib.sha256(comparable(data)).hexdigest()


def build_corpus(sources: list[Path], out_dir: Path, *, authority_dir: Path | None = None,
                 force: bool = False, progress=None) -> BuildResult:
    """Convert every source into ``out_dir/<stem>.xml``. A TEI file whose content is not
    what tei-kit last wrote there (an encoder edited it) is left alone and listed,
    unless ``force`` (then it is replaced and kept as a ``.bak``). ``progress(path)`` is
    called after each source. Every file is written atomically, and a build holds a lock on
    the folder, so two builds of one corpus run one after the other instead of mixing."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the folder ({exc.strerror})",
                          hint="choose a folder you can write to") from exc
    manifest_path = out_dir / MANIFEST
    result = BuildResult()
    with _folder_lock(out_dir):
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
            if not isinstance(manifest, dict):
                raise ValueError("not an object")
        except (OSError, ValueError):
            manifest = {}
            result.warnings.append(f"{manifest_path}: unreadable; every existing TEI file there is treated as "
                                   "edited by hand")
        for source in sources:
            target = out_dir / f"{Path(source).stem}.xml"
            try:
                edited = target.exists() and manifest.get(target.name) != _digest(target.read_bytes())
                if edited and not force:
                    result.hand_edited.append(target)
                    continue
                conv = convert(source, authority_dir=authority_dir)
                result.warnings += conv.warnings
                if edited:  # --force over hand edits: the old file is kept as a .bak
                    status = write_output(target, conv.data, force=True)
                elif target.exists() and _digest(target.read_bytes()) == _digest(conv.data):
                    status = "unchanged"
                else:  # new, or what tei-kit wrote last time: nothing to keep
                    atomic_write(target, conv.data)
                    status = "written"
                (result.unchanged if status == "unchanged" else result.written).append(target)
                manifest[target.name] = _digest(conv.data)
            except TeiKitError as exc:
                result.failed.append((Path(source), str(exc)))
            except OSError as exc:
                result.failed.append((Path(source), f"{target}: cannot read ({exc.strerror})"))
            finally:
                if progress:
                    progress(source)
        atomic_write(manifest_path, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    return result


@contextmanager
def _folder_lock(folder: Path):
    """Hold an exclusive lock on ``folder``'s lock file (released when the process ends,
    however it ends). Without ``fcntl`` (Windows) there is no lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover
        yield
        return
    try:
        fh = open(folder / LOCK, "a+b")
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the lock file {LOCK} ({exc.strerror})",
                          hint="choose a folder you can write to") from exc
    with fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
