"""The one Saxon (SaxonC-HE) processor of this process, and a cache of compiled stylesheets.

Creating many ``PySaxonProcessor`` objects is a known crash source, so every XSLT run in
tei-kit goes through :func:`stylesheet`. Documents are always handed to Saxon as text that
lxml has already parsed safely (see :mod:`tei_kit.tei`), and while a stylesheet runs, Saxon
may open no URI at all: ``document()``, ``unparsed-text()``, ``collection()`` and friends
named in a document fail instead of reading local files or the network.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from .errors import TeiKitError

_ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
_lock = threading.RLock()
_processor = None
_compiled: dict[str, object] = {}
_locked = False


def processor():
    """Return the process-wide ``PySaxonProcessor``, creating it on first use."""
    global _processor
    with _lock:
        if _processor is None:
            from saxonche import PySaxonProcessor

            _processor = PySaxonProcessor(license=False)
        return _processor


def _lock_uri_access() -> None:
    """Forbid every URI scheme from now on. Saxon cannot undo this, so all stylesheet
    files must be compiled before the first transformation (see :func:`preload`)."""
    global _locked
    if not _locked:
        processor().set_configuration_property(_ALLOWED_PROTOCOLS, "")
        _locked = True


def preload(paths) -> None:
    """Compile every stylesheet in ``paths`` while their files may still be read."""
    for path in paths:
        stylesheet(path)


def stylesheet(path: Path):
    """Compile the XSLT file at ``path`` once and return the cached executable."""
    key = str(Path(path).resolve())
    with _lock:
        if key not in _compiled:
            compiler = processor().new_xslt30_processor()
            try:
                if _locked:  # no file access any more: only self-contained stylesheets
                    text = Path(key).read_text(encoding="utf-8")
                    _compiled[key] = compiler.compile_stylesheet(stylesheet_text=text)
                else:
                    _compiled[key] = compiler.compile_stylesheet(stylesheet_file=key)
            except Exception as exc:  # saxonche raises PySaxonApiError
                message = " ".join(str(exc).split())
                raise TeiKitError(f"cannot compile stylesheet {Path(path).name}: {message}") from exc
        return _compiled[key]


def compile_text(key: str, xslt_text: str):
    """Compile a self-contained stylesheet given as text (cached under ``key``)."""
    with _lock:
        if key not in _compiled:
            compiler = processor().new_xslt30_processor()
            try:
                _compiled[key] = compiler.compile_stylesheet(stylesheet_text=xslt_text)
            except Exception as exc:
                message = " ".join(str(exc).split())
                raise TeiKitError(f"cannot compile stylesheet {key}: {message}") from exc
        return _compiled[key]


def transform(xslt, xml_text: str, params: dict[str, str] | None = None) -> str:
    """Run a stylesheet over an XML string and return the serialised result.

    ``xslt`` is a path (compiled and cached) or an executable from :func:`compile_text`;
    ``params`` are passed as ``xs:string`` stylesheet parameters. No URI may be opened
    while it runs.
    """
    with _lock:
        proc = processor()
        executable = stylesheet(xslt) if isinstance(xslt, (str, Path)) else xslt
        _lock_uri_access()
        executable.clear_parameters()
        for name, value in (params or {}).items():
            executable.set_parameter(name, proc.make_string_value(value))
        try:
            with _diagnostics_held():
                node = proc.parse_xml(xml_text=xml_text)
                return executable.transform_to_string(xdm_node=node)
        except Exception as exc:
            message = " ".join(str(exc).split())
            raise TeiKitError(f"XSLT transformation failed: {message}") from exc


@contextmanager
def _diagnostics_held():
    """Saxon prints its diagnostics (many lines) straight to file descriptor 2. Hold them
    while a transformation runs: passed on when it succeeds; dropped when it fails, since
    the error raised says what matters in one line."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):  # no stderr to speak of
        yield
        return
    held = tempfile.TemporaryFile()
    os.dup2(held.fileno(), 2)
    failed = False
    try:
        yield
    except BaseException:
        failed = True
        raise
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        if not failed and held.seek(0, os.SEEK_END):
            held.seek(0)
            os.write(2, held.read())
        held.close()
