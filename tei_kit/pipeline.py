"""The stages composed: source text -> model -> tags -> TEI -> validated bytes; corpus builds."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .encode import encode
from .errors import InputError, InvalidTEIError, TeiKitError
from .fileio import atomic_write, write_output
from .ingest import read_source
from .model import Document
from .tei import to_bytes

MANIFEST = ".tei-kit-manifest.json"


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
            raise InputError(f"--date {date!r} is not a date in YYYY-MM-DD form") from exc
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
    unless ``force``. ``progress(path)`` is called after each source."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    except (OSError, ValueError):
        manifest = {}
    result = BuildResult()
    for source in sources:
        target = out_dir / f"{Path(source).stem}.xml"
        try:
            if target.exists() and not force:
                current = _digest(target.read_bytes())
                if manifest.get(target.name) != current:
                    result.hand_edited.append(target)
                    continue
            conv = convert(source, authority_dir=authority_dir)
            result.warnings += conv.warnings
            status = write_output(target, conv.data, force=True)
            (result.unchanged if status == "unchanged" else result.written).append(target)
            manifest[target.name] = _digest(conv.data)
        except TeiKitError as exc:
            result.failed.append((Path(source), str(exc)))
        finally:
            if progress:
                progress(source)
    atomic_write(manifest_path, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    return result
