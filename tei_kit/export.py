"""Export stage: validated TEI -> a BagIt bag (RFC 8493) for a partner archive.

Every file is validated first: if one is invalid, nothing is written. The bag (built by
the Library of Congress's ``bagit`` library) holds the TEI and, optionally, its reading
and citation views, with SHA-256 and SHA-512 manifests; it is assembled in a temporary
folder beside the target and moved into place at the end, as a folder or a ``.zip``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import InputError, OutputError, OutputExistsError, TeiKitError
from .fileio import backup_path


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int  # TEI documents
    payload_files: int


def export(files: list[Path], output: Path, *, with_views: bool = True, force: bool = False,
           progress=None) -> ExportResult:
    """Validate ``files`` and package them as a bag at ``output`` (folder or ``.zip``)."""
    import bagit

    from .validate import validate_files

    output = Path(output)
    files = [Path(f) for f in files]
    if not files:
        raise TeiKitError("nothing to export: no TEI files given")
    names = [f.name for f in files]
    if len(set(names)) != len(names):
        raise TeiKitError("two files to export have the same name; a bag needs unique names")
    report = validate_files(files)
    bad = [f for f in report.files if not f.valid]
    if bad:
        unreadable = [f for f in bad if f.fatal]  # not XML, hostile, not TEI, missing: exit 2
        shown = unreadable[0] if unreadable else bad[0]
        first = next(i for i in shown.issues if i.severity in ("error", "fatal"))
        error = InputError if unreadable else TeiKitError
        raise error(f"{len(bad)} of {len(files)} file(s) not valid, nothing exported; "
                    f"first: {first.file}:{first.line}: {first.message}",
                    hint="run 'tei-kit validate' on them")
    if output.exists() and not force:
        raise OutputExistsError(f"{output} exists; not overwritten", hint="use --force (the old one is kept as .bak)")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{output}: folder {parent} does not exist")
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=parent))
    except OSError as exc:
        raise OutputError(f"{output}: cannot write in {parent} ({exc.strerror})",
                          hint="choose a folder you can write to") from exc
    tmp_zip = work.with_name(work.name + ".zip.tmp")
    try:
        payload = 0
        for f in files:
            shutil.copyfile(f, work / f.name)
            payload += 1
            if with_views:
                from .views import render

                (work / f"{f.stem}.html").write_text(render(f, "reading"), encoding="utf-8")
                (work / f"{f.stem}.citation.html").write_text(render(f, "citation"), encoding="utf-8")
                payload += 2
            if progress:
                progress(f"packaging {f.name}")
        bag = bagit.make_bag(str(work), {
            "Source-Organization": "tei-kit export",
            "External-Description": f"{len(files)} TEI P5 document(s), validated by tei-kit {__version__}",
            "Bagging-Date": dt.date.today().isoformat(),
            "Bag-Software-Agent": f"tei-kit {__version__} with bagit-python",
        }, checksums=["sha256", "sha512"])
        bag.validate()
        if output.suffix.lower() == ".zip":  # the whole zip first: the old one stays until it is done
            with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sorted(work.rglob("*")):
                    zf.write(path, Path(output.stem) / path.relative_to(work))
            if output.exists():
                os.replace(output, backup_path(output))
            os.replace(tmp_zip, output)
        else:
            if output.exists():
                os.replace(output, backup_path(output))
            os.replace(work, output)
        return ExportResult(output, len(files), payload)
    except (OSError, bagit.BagError) as exc:
        raise OutputError(f"{output}: export failed ({exc})") from exc
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
        tmp_zip.unlink(missing_ok=True)
