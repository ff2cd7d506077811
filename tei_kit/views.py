"""The views stage: TEI -> a reading page or citations, by XSLT 3.0 (saxonche).

Each view is one entry stylesheet in ``tei_kit/xslt/`` (``reading.xsl``, ``citation.xsl``)
built on shared templates in ``tei_kit/xslt/common/``; their parameters are documented in
``common/params.xsl``. All of them are compiled (:func:`preload`) before the first
transformation, because the first transformation forbids Saxon every URI access
(see :mod:`tei_kit.saxon`). When another stage got there first (validation runs Saxon too),
Saxon can no longer resolve ``xsl:include``; the view is then compiled from one
self-contained text, its included modules inlined by Python.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from typing import Union

from lxml import etree

from . import saxon, tei
from .errors import TeiKitError
from .resources import xslt_path

#: The views, each an entry stylesheet ``xslt/{view}.xsl``.
VIEWS = ("reading", "citation")

#: Styles of :func:`cite` (the ``citation-style`` parameter of ``citation.xsl``).
CITATION_STYLES = ("chicago", "mla", "bibtex", "ris", "csl-json")

#: A TEI document: a path to a file (``str`` is always a path, never XML text), or a parsed
#: lxml tree (or its root element).
Source = Union[str, "os.PathLike[str]", etree._ElementTree, etree._Element]

_CITATION_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_:.-]*")
_XSL = "http://www.w3.org/1999/XSL/Transform"
#: Module-level settings of an included stylesheet that its declarations must keep.
_STANDARD_ATTRIBUTES = ("default-collation", "default-mode", "default-validation",
                        "exclude-result-prefixes", "expand-text", "extension-element-prefixes",
                        "xpath-default-namespace")
_executables: dict[str, object] = {}


class ViewError(TeiKitError):
    """A view, citation style or view parameter that tei-kit does not know."""


def stylesheets() -> tuple[Path, ...]:
    """The entry stylesheets of all views (their includes are compiled with them)."""
    return tuple(xslt_path(f"{view}.xsl") for view in VIEWS)


def preload() -> None:
    """Compile every view stylesheet now, best while Saxon may still read files.

    Called by :func:`render` and :func:`cite`. Calling it before any other Saxon
    transformation of the process compiles from the files (clearer error locations).
    """
    if len(_executables) == len(VIEWS):
        return
    try:
        saxon.preload(stylesheets())
        for view in VIEWS:
            _executables[view] = saxon.stylesheet(xslt_path(f"{view}.xsl"))
    except TeiKitError:  # URI access is locked: Saxon cannot read the included modules
        for view in VIEWS:
            if view not in _executables:
                path = xslt_path(f"{view}.xsl")
                _executables[view] = saxon.compile_text(f"tei-kit:views:{path.name}",
                                                        _self_contained(path))


def render(
    source: Source,
    view: str,
    *,
    css: str | None = None,
    access_date: str | None = None,
    index: bool = True,
) -> str:
    """Render a TEI document as ``view`` (one of :data:`VIEWS`) and return the HTML page.

    ``css`` is extra CSS appended to the page's own ``<style>``; ``access_date``
    (``YYYY-MM-DD``) adds "Accessed ..." to the citations shown; ``index=False`` leaves the
    index of names and dates out of the reading view.
    """
    if view not in VIEWS:
        raise ViewError(
            f"unknown view {view!r}; known views: {', '.join(VIEWS)}",
            hint=f"choose one of {', '.join(VIEWS)}",
        )
    params = {
        "css": css or "",
        "access-date": _access_date(access_date),
        "show-index": "yes" if index else "no",
    }
    return _run(view, source, params)


def cite(
    source: Source,
    style: str,
    *,
    access_date: str | None = None,
    key: str | None = None,
) -> str:
    """Return the citation of a TEI document in ``style`` (one of :data:`CITATION_STYLES`).

    Plain text ending in one newline. ``access_date`` (``YYYY-MM-DD``) adds the day the
    source was consulted; ``key`` replaces the computed BibTeX key / CSL-JSON id.
    """
    if style not in CITATION_STYLES:
        raise ViewError(
            f"unknown citation style {style!r}; known styles: {', '.join(CITATION_STYLES)}",
            hint=f"choose one of {', '.join(CITATION_STYLES)}",
        )
    if key is not None and not _CITATION_KEY.fullmatch(key):
        raise ViewError(
            f"citation key {key!r} is not usable in BibTeX",
            hint="use letters, digits and _ : . - only, starting with a letter or digit",
        )
    params = {
        "citation-style": style,
        "access-date": _access_date(access_date),
        "citation-key": key or "",
    }
    return _run("citation", source, params)


def _self_contained(path: Path) -> str:
    """The stylesheet at ``path`` as one text, every ``xsl:include`` replaced by the
    declarations of the module it names (recursively), so Saxon needs no file access."""
    root = tei.parse_xml(path).getroot()
    nsmap: dict[str | None, str] = {}
    body = _declarations(Path(path), nsmap, top=True)
    merged = etree.Element(root.tag, dict(root.attrib), nsmap=nsmap)
    merged.extend(body)
    return etree.tostring(merged, encoding="unicode")


def _declarations(path: Path, nsmap: dict, *, top: bool = False) -> list[etree._Element]:
    root = tei.parse_xml(path).getroot()
    for prefix, uri in root.nsmap.items():
        if nsmap.setdefault(prefix, uri) != uri:
            raise TeiKitError(f"cannot inline {path.name}: prefix {prefix!r} has two namespaces")
    settings = {} if top else {a: root.get(a) for a in _STANDARD_ATTRIBUTES if root.get(a) is not None}
    out: list[etree._Element] = []
    for child in root:
        if child.tag == f"{{{_XSL}}}include":
            out.extend(_declarations(path.parent / child.get("href"), nsmap))
        elif isinstance(child.tag, str):  # elements only: comments are dropped
            if child.tag.startswith(f"{{{_XSL}}}"):
                for name, value in settings.items():
                    if child.get(name) is None:
                        child.set(name, value)
            out.append(child)
    return out


def _access_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ViewError(
            f"access date {value!r} is not a date", hint="write it as YYYY-MM-DD"
        ) from None


def _run(view: str, source: Source, params: dict[str, str]) -> str:
    xml_text, name = _tei_text(source)
    preload()
    try:
        return saxon.transform(_executables[view], xml_text, params)
    except TeiKitError as exc:  # well-formed TEI the stylesheets cannot make sense of
        reason = str(exc).removeprefix("XSLT transformation failed: ")
        raise ViewError(f"{name}: cannot make the {view} view: {reason}",
                        hint=f"is it valid TEI? try 'tei-kit validate {name}'") from exc


def _tei_text(source: Source) -> tuple[str, str]:
    """The TEI document as XML text, and its name: paths are parsed safely, trees are serialised."""
    if isinstance(source, etree._ElementTree):
        tree, name = source, "<tree>"
    elif isinstance(source, etree._Element):
        tree, name = etree.ElementTree(source), "<tree>"
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        tree = tei.parse_xml(Path(name))
    else:
        raise TypeError(f"source must be a path or an lxml tree, not {type(source).__name__}")
    tei.require_tei(tree, name)
    return etree.tostring(tree.getroot(), encoding="unicode"), name
