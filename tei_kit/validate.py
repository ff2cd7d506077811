"""The validation stage: TEI in, a report of issues out (data, never an exception).

A document is checked against a RELAX NG grammar (tei-kit's ``schemas/tei-kit.rng``, or
the user's own), a Schematron schema (``schemas/tei-kit.sch``, or the user's own), and, if
asked, TEI's ``tei_all.rng``. Every finding is an :class:`Issue`; a :class:`FileReport`
holds one document's issues, a :class:`Report` those of many. Severities:

- ``fatal``: the input cannot be validated at all (unreadable, not XML, not TEI); rule
  ``input``, or ``wellformed`` for an in-memory tree that does not survive serialisation;
- ``error``: the document is invalid (rules ``rng``, ``tei-all``, or a Schematron id);
- ``warning`` and ``info``: Schematron findings that do not make the document invalid.

Documents are always validated as bytes re-parsed with line numbers, never as a tree built
in memory: libxml2 checks xml:id uniqueness and reports lines only for parsed documents.
Compiled grammars and Schematron validators are cached for the process (tei_all.rng
takes seconds to compile).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import SchemaError, XMLInputError
from .resources import schema_path
from .schematron import compile_schematron
from .tei import TEI_NS, parse_xml, require_tei, to_bytes

SEVERITIES = ("fatal", "error", "warning", "info")

#: Schematron @role values -> severity; a role not listed is an error.
_ROLE_SEVERITY = {
    "fatal": "error", "error": "error", "critical": "error",
    "warning": "warning", "warn": "warning", "caution": "warning",
    "info": "info", "information": "info", "informational": "info", "hint": "info",
}


@dataclass(frozen=True)
class Issue:
    """One finding. ``line``/``column`` are 1-based; 0 when unknown. ``rule`` is the
    Schematron assertion (or rule) id, ``rng``, ``tei-all``, ``input`` or ``wellformed``."""

    file: str
    line: int
    column: int
    severity: str
    rule: str
    message: str


@dataclass(frozen=True)
class FileReport:
    """The issues of one document, in line order."""

    path: str
    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        """No ``error`` or ``fatal`` issue."""
        return not any(i.severity in ("error", "fatal") for i in self.issues)

    @property
    def fatal(self) -> bool:
        """The document could not be validated at all."""
        return any(i.severity == "fatal" for i in self.issues)

    def count(self, severity: str) -> int:
        return sum(1 for i in self.issues if i.severity == severity)


@dataclass(frozen=True)
class Report:
    """The file reports of one validation run, in the order the files were given."""

    files: tuple[FileReport, ...] = ()

    @property
    def valid(self) -> bool:
        return all(f.valid for f in self.files)

    @property
    def fatal(self) -> bool:
        return any(f.fatal for f in self.files)

    @property
    def issues(self) -> tuple[Issue, ...]:
        return tuple(i for f in self.files for i in f.issues)

    def count(self, severity: str) -> int:
        return sum(f.count(severity) for f in self.files)

    @property
    def counts(self) -> dict[str, int]:
        """Issues per severity, and files valid/invalid."""
        out = {s: self.count(s) for s in SEVERITIES}
        out["files"] = len(self.files)
        out["valid_files"] = sum(1 for f in self.files if f.valid)
        out["invalid_files"] = out["files"] - out["valid_files"]
        return out


# ------------------------------------------------------------------ entry points


def validate_tree(tree: etree._ElementTree | etree._Element, name: str, *, tei_all: Path | str | None = None,
                  schema: Path | str | None = None, schematron: Path | str | None = None,
                  phase: str | None = None) -> FileReport:
    """Validate an in-memory TEI tree, as the bytes it serialises to (line numbers refer
    to those bytes). ``schema``/``schematron``: the user's own files, used instead of
    tei-kit's; ``tei_all``: path of ``tei_all.rng`` to validate against as well;
    ``phase``: the Schematron phase. Raises :class:`SchemaError` for an unusable schema."""
    return _validate_data(to_bytes(tree), name, "wellformed", tei_all=tei_all, schema=schema,
                          schematron=schematron, phase=phase)


def validate_bytes(data: bytes, name: str, *, tei_all: Path | str | None = None,
                   schema: Path | str | None = None, schematron: Path | str | None = None,
                   phase: str | None = None) -> FileReport:
    """Validate a TEI document given as bytes (see :func:`validate_tree` for the options).
    Input that is not well-formed TEI gives a report with one ``fatal`` issue."""
    return _validate_data(data, name, "input", tei_all=tei_all, schema=schema,
                          schematron=schematron, phase=phase)


def validate_file(path: Path | str, **options) -> FileReport:
    """Validate the TEI file at ``path`` (see :func:`validate_tree` for the options).
    An unreadable file gives a report with one ``fatal`` issue."""
    name = str(path)
    try:
        data = _read(Path(path), name)
    except XMLInputError as exc:
        return _input_failure(name, exc)
    return validate_bytes(data, name, **options)


def validate_files(paths, **options) -> Report:
    """Validate every file of ``paths`` (see :func:`validate_tree` for the options). Schemas
    are compiled once, before the first file; an unusable schema raises :class:`SchemaError`."""
    paths = list(paths)
    if paths:
        _prepare(**options)
    return Report(tuple(validate_file(p, **options) for p in paths))


# ------------------------------------------------------------------ the checks


def _validate_data(data: bytes, name: str, parse_rule: str, **options) -> FileReport:
    """Parse ``data`` (a failure is a fatal issue of rule ``parse_rule``), then validate."""
    try:
        tree = _parse(data, name)
    except XMLInputError as exc:
        return _input_failure(name, exc, parse_rule)
    try:
        require_tei(tree, name)
    except XMLInputError as exc:
        return _input_failure(name, exc, "input")
    return _validate(tree, name, **options)


def _validate(tree, name, *, tei_all, schema, schematron, phase) -> FileReport:
    issues: list[Issue] = []
    issues += _rng_issues(tree, name, Path(schema) if schema else schema_path("tei-kit.rng"), "rng")
    if tei_all:
        issues += _rng_issues(tree, name, Path(tei_all), "tei-all")
    issues += _schematron_issues(tree, name, Path(schematron) if schematron else schema_path("tei-kit.sch"),
                                 phase)
    issues.sort(key=lambda i: (i.line, i.column))
    return FileReport(name, tuple(issues))


def _prepare(*, tei_all=None, schema=None, schematron=None, phase=None) -> None:
    _relaxng(Path(schema) if schema else schema_path("tei-kit.rng"))
    if tei_all:
        _relaxng(Path(tei_all))
    compile_schematron(Path(schematron) if schematron else schema_path("tei-kit.sch"), phase=phase)


def _rng_issues(tree, name: str, path: Path, rule: str) -> list[Issue]:
    validator = _relaxng(path)
    if validator.validate(tree):
        return []
    seen: set[tuple[int, str]] = set()
    issues = []
    for entry in validator.error_log:
        line, message = _rng_finding(tree, entry)
        if (line, message) not in seen:
            seen.add((line, message))
            issues.append(Issue(name, line, max(entry.column, 0), "error", rule, message))
    return issues


_ELEMENT_IN_MESSAGE = re.compile(r"^(?:Element|Did not expect element|Expecting element) (\S+)")


def _rng_finding(tree, entry) -> tuple[int, str]:
    """Line and message of a libxml2 RELAX NG error, made clearer: a line libxml2 leaves
    out (attribute errors) is taken from the only element of the name it reports, and an
    element in a foreign namespace says so."""
    line, message = max(entry.line, 0), entry.message
    element = None
    if entry.path:
        try:
            found = tree.xpath(entry.path)
        except etree.XPathError:  # a prefixed path from a prefixed document
            found = []
        element = found[0] if found and isinstance(found[0], etree._Element) else None
    named = _ELEMENT_IN_MESSAGE.match(message)
    if named and element is not None and etree.QName(element).localname != named.group(1):
        element = next((c for c in element if isinstance(c.tag, str)
                        and etree.QName(c).localname == named.group(1) and c.sourceline == line), None)
    if line == 0 and named:
        candidates = [e for e in tree.iter(f"{{*}}{named.group(1)}")]
        if len(candidates) == 1:
            element, line = candidates[0], candidates[0].sourceline or 0
    if element is not None and etree.QName(element).namespace != TEI_NS:
        namespace = etree.QName(element).namespace
        message += f" (<{etree.QName(element).localname}> is in " + (
            f"namespace {namespace}" if namespace else "no namespace") + ", not TEI's)"
    return line, message


def _schematron_issues(tree, name: str, path: Path, phase: str | None) -> list[Issue]:
    issues = []
    for result in compile_schematron(path, phase=phase).validate(tree):
        message = result.message
        message = " ".join([message, *result.diagnostics])
        severity = _ROLE_SEVERITY.get((result.role or "error").strip().lower(), "error")
        rule = result.id or result.rule_id or "schematron"
        issues.append(Issue(name, result.line or 0, 0, severity, rule, message))
    return issues


_lock = threading.Lock()
_grammars: dict[tuple[str, int, int], etree.RelaxNG] = {}


def _relaxng(path: Path) -> etree.RelaxNG:
    """The compiled RELAX NG grammar at ``path``, once per process per file version."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise SchemaError(f"RELAX NG schema {path}: cannot read ({exc.strerror})") from exc
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key not in _grammars:
            try:
                doc = parse_xml(path)
            except XMLInputError as exc:
                raise SchemaError(f"RELAX NG schema {exc}", hint=exc.hint) from exc
            doc.docinfo.URL = path.resolve().as_uri()  # so that <include href> resolves
            try:
                _grammars[key] = etree.RelaxNG(doc)
            except etree.RelaxNGParseError as exc:
                message = " ".join(str(exc).split())
                raise SchemaError(f"RELAX NG schema {path} does not compile: {message}",
                                  hint="is it RELAX NG in XML syntax (.rng, not .rnc)?") from exc
        return _grammars[key]


# ------------------------------------------------------------------ reading input


def _read(path: Path, name: str) -> bytes:
    if not path.exists():
        raise XMLInputError(f"{name}: no such file")
    if path.is_dir():
        raise XMLInputError(f"{name}: is a folder, not an XML file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise XMLInputError(f"{name}: cannot read ({exc.strerror})") from exc


def _parse(data: bytes, name: str) -> etree._ElementTree:
    """Parse with :func:`tei.parse_xml`. That parser reports a repeated xml:id as a parse
    error; here it is a validity error that the grammar and the Schematron report with
    their lines, so such a document is read again without ID checking."""
    try:
        return parse_xml(data, name=name)
    except XMLInputError as exc:
        cause = exc.__cause__
        if not (isinstance(cause, etree.XMLSyntaxError)
                and cause.code == etree.ErrorTypes.DTD_ID_REDEFINED):
            raise
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, collect_ids=False)
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as exc:
        raise XMLInputError(f"{name}:{exc.lineno or 0}: not well-formed XML: {exc.msg}") from exc
    # what parse_xml refuses after parsing, refused here too
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise XMLInputError(f"{name}: has a DOCTYPE declaration; TEI needs none and tei-kit refuses"
                            " DTDs and entities", hint="remove the <!DOCTYPE ...> line")
    for node in tree.iter(etree.Entity, "{http://www.w3.org/2001/XInclude}include"):
        raise XMLInputError(f"{name}:{node.sourceline}: entity reference or XInclude; refused")
    return tree


def _input_failure(name: str, exc: XMLInputError, rule: str = "input") -> FileReport:
    """A report with one fatal issue, its line taken from the message."""
    message, line, column = str(exc), 0, 0
    match = re.match(re.escape(name) + r":(?:(\d+):)? ", message)
    if match:
        message = message[match.end():]
        line = int(match.group(1) or 0)
    cause = exc.__cause__
    if isinstance(cause, etree.XMLSyntaxError) and line:
        column = max(cause.offset or 0, 0)
    if exc.hint:
        message += f" ({exc.hint})"
    return FileReport(name, (Issue(name, line, column, "fatal", rule, message),))
