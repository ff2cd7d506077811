"""ISO Schematron for tei-kit: compiled to an XSLT validator, run by libxslt or Saxon.

SchXslt cannot be installed here, so tei-kit carries its own small compiler, written in
XSLT (``xslt/schematron/compile-schematron.xsl``) because a Schematron schema *is* a
recipe for an XSLT stylesheet. The query binding chooses the engine:

- ``xslt`` (XPath 1.0; ISO's default when a schema names none): an XSLT 1.0 validator run
  by libxslt through lxml, on the tree tei-kit has already parsed: no second parse, no
  serialisation, a fraction of a millisecond per document. EXSLT works (``str:tokenize``,
  ``func:function`` at the top level of the schema, lxml's ``re:test``). A schema that says
  ``xslt`` (or nothing) but is written in XPath 2 (libxslt cannot compile or run it) is run
  by Saxon as XPath 3.1 instead, as many real schemas expect.
- ``xslt2``, ``xslt3``, ``xpath2``, ``xpath3``, ``xpath31``: an XSLT 3.0 validator run by
  the one Saxon processor (XPath 3.1).

Three steps:

1. :func:`compile_schematron` reads the ``.sch`` file with the safe parser, refuses what
   the compiler does not support (below) with a :class:`SchemaError`, and runs the compiler
   stylesheet over it for one phase. The validator is compiled from text once per process
   for each (schema content, phase); its text is also kept in tei-kit's cache folder, so
   a later process skips the compiler.
2. :meth:`CompiledSchematron.validate` runs the validator over a document (with values
   for the schema's top-level ``sch:let``, e.g. tei-kit.sch's ``authority-ids``) and reads
   its SVRL output: one :class:`SchematronResult` per ``svrl:failed-assert`` and
   ``svrl:successful-report``, carrying the assertion's @id, @role, the id of the rule that
   fired, the message (``sch:value-of`` and ``sch:name`` evaluated) and its diagnostics.
3. Each result's location, ``path()`` of the context node, is mapped back to the lxml
   element it names (:func:`locate`), whose ``sourceline`` gives the line number.

Supported: ``sch:ns``; ``sch:let`` at schema level (an overridable ``xsl:param``), in
phases and patterns (global variables) and in rules (local, in order; @value or element
content, optional @as); ``sch:pattern`` and ``sch:rule`` (the first matching rule of a
pattern wins); ``sch:assert`` and ``sch:report`` with @id, @role, @flag, @subject,
@diagnostics; ``sch:value-of``, ``sch:name`` (@path), the text of ``sch:emph``/``sch:dir``/
``sch:span``; ``sch:diagnostics``/``sch:diagnostic``; ``sch:phase``/``sch:active`` (the
requested phase, else @defaultPhase, else ``#ALL``); ``sch:title``; top-level ``xsl:key``
and ``xsl:function`` (XSLT 3.0) or EXSLT ``func:function`` (XSLT 1.0), copied into the
validator. Query bindings: xslt (XPath 1.0), xslt2, xslt3, xpath2, xpath3, xpath31.

Not supported, refused with a SchemaError: abstract patterns and rules (@abstract, @is-a,
``sch:param``, ``sch:extends``), ``sch:include``, ``pattern/@documents``,
``rule/@visit-each``, ``sch:properties``, other query bindings, other XSLT top-level
elements (``xsl:include``, ``xsl:import``, templates). ``sch:p`` is documentation and
ignored.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import saxon
from .errors import SchemaError, TeiKitError, XMLInputError
from .resources import write_cache, xslt_path
from .tei import parse_xml

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"

#: Query bindings tei-kit runs: ``xslt`` as XPath 1.0 (libxslt), the others as XPath 3.1 (Saxon).
QUERY_BINDINGS = ("xslt", "xslt2", "xslt3", "xpath2", "xpath3", "xpath31")
#: What libxslt may do while a validator runs: nothing outside the document.
_NO_ACCESS = etree.XSLTAccessControl.DENY_ALL
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

_COMPILER = "schematron/compile-schematron.xsl"
_XSL_COPIED = ("key", "function")
_UNSUPPORTED_ELEMENTS = {
    "include": "sch:include (inline the included file)",
    "extends": "sch:extends (abstract rules)",
    "param": "sch:param (abstract patterns)",
    "properties": "sch:properties",
}
_UNSUPPORTED_ATTRIBUTES = {
    ("pattern", "abstract"): "abstract patterns (pattern/@abstract)",
    ("pattern", "is-a"): "abstract patterns (pattern/@is-a)",
    ("pattern", "documents"): "pattern/@documents",
    ("rule", "abstract"): "abstract rules (rule/@abstract)",
    ("rule", "visit-each"): "rule/@visit-each",
}


@dataclass(frozen=True)
class SchematronResult:
    """One failed assertion or successful report of a Schematron run."""

    kind: str  # "failed-assert" or "successful-report"
    id: str | None  # the assertion's @id
    rule_id: str | None  # the @id of the rule that fired
    role: str | None  # the assertion's @role, else the rule's
    flag: str | None
    test: str
    location: str  # path() of the context node (or of @subject)
    message: str  # whitespace-normalised, value-of and name evaluated
    diagnostics: tuple[str, ...] = ()
    line: int | None = None  # of the element the location names, when known


class CompiledSchematron:
    """A Schematron schema compiled to a validator for one phase: ``engine`` is
    ``"libxslt"`` (XSLT 1.0, an :class:`lxml.etree.XSLT`) or ``"saxon"`` (XSLT 3.0)."""

    def __init__(self, name: str, phase: str, xslt_text: str, executable, engine: str = "saxon",
                 fallback=None):
        self.name = name
        self.phase = phase
        self.xslt_text = xslt_text
        self.engine = engine
        self._executable = executable
        self._fallback = fallback  # libxslt only: makes the Saxon validator if XPath 1.0 fails
        #: the parameters the validator declares (the schema's top-level sch:let)
        self.parameters = frozenset(re.findall(r'<xsl:param\s+name="([^"]+)"', xslt_text))
        self._specialised: dict[tuple, etree.XSLT] = {}

    def _svrl_root(self, tree: etree._ElementTree, params: dict[str, str] | None) -> etree._Element:
        """Run the validator over ``tree``: the root of its SVRL report."""
        params = {k: v for k, v in (params or {}).items() if k in self.parameters}
        if self.engine == "libxslt":
            executable = self._with_values(params)
            try:
                return executable(tree).getroot()
            except etree.XSLTApplyError as exc:
                if self._fallback is not None and _is_xpath2(executable.error_log):
                    self._become(self._fallback())
                    return self._svrl_root(tree, params)
                raise SchemaError(f"Schematron {self.name} failed while validating: "
                                  f"{_libxslt_message(executable.error_log, exc)}") from exc
        text = etree.tostring(tree, encoding="unicode")
        try:
            svrl = saxon.transform(self._executable, text, params)
        except TeiKitError as exc:  # a dynamic error in a test: the schema's fault
            raise SchemaError(f"Schematron {self.name} failed while validating: {exc}") from exc
        return parse_xml(svrl.encode("utf-8"), name=f"SVRL of {self.name}").getroot()

    def _with_values(self, params: dict[str, str]):
        """The libxslt validator with these parameter values written into it as literals:
        libxslt would copy a parameter (tei-kit's authority ids: tens of KB) into every run.
        One such validator per set of values, the last few kept."""
        key = tuple(sorted(params.items()))
        if not key:
            return self._executable
        executable = self._specialised.get(key)
        if executable is None:
            tree = etree.fromstring(self.xslt_text.encode("utf-8"), _SAFE_PARSER)
            for name, value in key:
                for param in tree.iterchildren(f"{{{XSL_NS}}}param"):
                    if param.get("name") == name:
                        param[:] = []
                        param.text = None
                        param.set("select", xpath_literal(value))
            executable = etree.XSLT(tree, access_control=_NO_ACCESS)
            if len(self._specialised) >= 4:
                self._specialised.clear()
            self._specialised[key] = executable
        return executable

    def _become(self, other: CompiledSchematron) -> None:
        self.xslt_text, self.engine, self._executable = other.xslt_text, other.engine, other._executable
        self._fallback = None
        self._specialised.clear()

    def svrl(self, tree: etree._ElementTree, params: dict[str, str] | None = None) -> str:
        """Run the validator over ``tree``; return the SVRL report as text. ``params``:
        values of the schema's top-level lets, by name (others are left out)."""
        return etree.tostring(self._svrl_root(tree, params), encoding="unicode")

    def validate(self, tree: etree._ElementTree, params: dict[str, str] | None = None) -> list[SchematronResult]:
        """Validate ``tree``; return its failed assertions and successful reports,
        in document order per pattern, each with the line of the node it is about."""
        results = []
        rule: etree._Element | None = None
        for el in self._svrl_root(tree, params):
            local = etree.QName(el).localname
            if local == "fired-rule":
                rule = el
            elif local in ("failed-assert", "successful-report"):
                location = el.get("location", "")
                node = locate(tree, location)
                results.append(
                    SchematronResult(
                        kind=local,
                        id=el.get("id"),
                        rule_id=rule.get("id") if rule is not None else None,
                        role=el.get("role") or (rule.get("role") if rule is not None else None),
                        flag=el.get("flag"),
                        test=el.get("test", ""),
                        location=location,
                        message=_text(el.find(f"{{{SVRL_NS}}}text")),
                        diagnostics=tuple(
                            _text(d.find(f"{{{SVRL_NS}}}text"))
                            for d in el.iter(f"{{{SVRL_NS}}}diagnostic-reference")
                        ),
                        line=node.sourceline if node is not None else None,
                    )
                )
        return results


def xpath_literal(value: str) -> str:
    """``value`` as an XPath 1.0 string literal (concat() when it holds both quotes)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in value.split("'")) + ")"


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


# ------------------------------------------------------------------ compiling

#: Bumped when the validators the compiler writes change, so cached validators are not reused.
FORMAT = 3

_lock = threading.Lock()
_by_key: dict[str, CompiledSchematron] = {}


def compile_schematron(path: Path | str, *, phase: str | None = None,
                       cache: Path | None = None) -> CompiledSchematron:
    """Compile the Schematron file at ``path`` for ``phase`` (default: the schema's
    @defaultPhase, else ``#ALL``). Compiled once per process for each content and phase;
    the validator's XSLT text is also kept in the folder ``cache`` (under the hash of the
    schema, the compiler and the phase), so a later process skips the compiler.
    Raises :class:`SchemaError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemaError(f"Schematron {path}: cannot read ({exc.strerror})") from exc
    compiler = xslt_path(_COMPILER).read_bytes()
    key = hashlib.sha256(b"\0".join([str(FORMAT).encode(), data, compiler, (phase or "").encode()])).hexdigest()
    with _lock:
        if key not in _by_key:
            _by_key[key] = _compile(data, path.name, phase, cache / f"schematron-{key[:32]}" if cache else None)
        return _by_key[key]


def compile_schematron_bytes(data: bytes, *, name: str = "<schematron>",
                             phase: str | None = None) -> CompiledSchematron:
    """Compile a Schematron schema given as bytes (see :func:`compile_schematron`)."""
    return _compile(data, name, phase, None)


def _compile(data: bytes, name: str, phase: str | None, cache_stem: Path | None) -> CompiledSchematron:
    """The validator for the schema's query binding: XSLT 1.0 (libxslt) for ``xslt``,
    falling back to XSLT 3.0 (Saxon) when libxslt cannot compile it; XSLT 3.0 otherwise.
    ``cache_stem``: where the validators' texts are kept (``-1.0.xsl``, ``-3.0.xsl``)."""

    def text(target: str) -> str:
        file = cache_stem.with_name(f"{cache_stem.name}-{target}.xsl") if cache_stem else None
        if file is not None and file.is_file():
            try:
                return file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                pass
        xslt_text = schematron_to_xslt(data, name=name, phase=phase, target=target)
        if file is not None:
            write_cache(file, xslt_text.encode("utf-8"))
        return xslt_text

    def in_saxon() -> CompiledSchematron:
        return _compile_validator(text("3.0"), name, phase)

    if _target(data, name) == "3.0":
        return in_saxon()
    try:
        return _compile_xslt1(text("1.0"), name, phase, in_saxon)
    except SchemaError:  # XPath 2 under the xslt binding: run it as the XPath 3.1 it is
        return in_saxon()


def _target(data: bytes, name: str) -> str:
    """'1.0' for the xslt query binding (the default), else '3.0'. Raises SchemaError."""
    try:
        root = parse_xml(data, name=name).getroot()
    except XMLInputError as exc:
        raise SchemaError(f"Schematron {exc}", hint=exc.hint) from exc
    return "1.0" if (root.get("queryBinding") or "xslt").strip().lower() == "xslt" else "3.0"


def _compile_xslt1(xslt_text: str, name: str, phase: str | None, fallback) -> CompiledSchematron:
    try:
        executable = etree.XSLT(etree.fromstring(xslt_text.encode("utf-8"), _SAFE_PARSER), access_control=_NO_ACCESS)
    except (etree.XSLTParseError, etree.XMLSyntaxError) as exc:
        raise SchemaError(f"Schematron {name} does not compile as XSLT 1.0: {exc}") from exc
    return CompiledSchematron(name, phase or "", xslt_text, executable, "libxslt", fallback)


def _is_xpath2(log) -> bool:
    """Whether libxslt stopped at something XPath 1.0 lacks (a function or a construct)."""
    text = " ".join(str(entry.message) for entry in log)
    return bool(re.search(r"[Uu]nregistered function|function .* not found|Invalid expression"
                          r"|XPath compilation failed", text))


def _libxslt_message(log, exc: Exception) -> str:
    messages = [" ".join(str(entry.message).split()) for entry in log if entry.message]
    return "; ".join(dict.fromkeys(messages)) or str(exc)


def _compile_validator(xslt_text: str, name: str, phase: str | None) -> CompiledSchematron:
    digest = hashlib.sha256(xslt_text.encode("utf-8")).hexdigest()
    try:
        executable = saxon.compile_text(f"schematron-validator:{digest}", xslt_text)
    except TeiKitError as exc:
        raise SchemaError(f"Schematron {name} does not compile: {_saxon_message(exc)}",
                          hint="check the XPath in its rule contexts, tests and lets") from exc
    return CompiledSchematron(name, phase or "", xslt_text, executable)


def schematron_to_xslt(data: bytes, *, name: str = "<schematron>", phase: str | None = None,
                       target: str | None = None) -> str:
    """The validator text for a Schematron schema, for ``phase``: XSLT ``target`` '1.0'
    or '3.0' (default: 1.0 for the xslt query binding, else 3.0)."""
    try:
        tree = parse_xml(data, name=name)
    except XMLInputError as exc:
        raise SchemaError(f"Schematron {exc}", hint=exc.hint) from exc
    check_supported(tree, name=name, phase=phase)
    if target is None:
        target = _target(data, name)
    compiler = saxon.compile_text("tei-kit:" + _COMPILER,
                                  xslt_path(_COMPILER).read_text(encoding="utf-8"))
    try:
        return saxon.transform(compiler, etree.tostring(tree, encoding="unicode"),
                               {"phase": phase or "", "target": target})
    except TeiKitError as exc:
        raise SchemaError(f"Schematron {name} cannot be compiled: {_saxon_message(exc)}") from exc


def _saxon_message(exc: TeiKitError) -> str:
    return str(exc).removeprefix("XSLT transformation failed: ")


def check_supported(tree: etree._ElementTree, *, name: str, phase: str | None = None) -> None:
    """Raise :class:`SchemaError` if the schema uses what tei-kit's compiler does not support
    (see the module docstring), is not ISO Schematron, or names an unknown phase or
    diagnostic."""
    root = tree.getroot()
    if root.tag != f"{{{SCH_NS}}}schema":
        raise SchemaError(
            f"Schematron {name}: root element is <{etree.QName(root).localname}>, not ISO Schematron's <schema>",
            hint=f"ISO Schematron's namespace is {SCH_NS}",
        )
    binding = (root.get("queryBinding") or "xslt").strip().lower()
    if binding not in QUERY_BINDINGS:
        raise SchemaError(f"Schematron {name}: queryBinding {binding!r} is not supported",
                          hint=f"use one of {', '.join(QUERY_BINDINGS)}")
    for el in root.iter(f"{{{SCH_NS}}}*"):
        local = etree.QName(el).localname
        where = f"Schematron {name}:{el.sourceline}"
        if local in _UNSUPPORTED_ELEMENTS:
            raise SchemaError(f"{where}: {_UNSUPPORTED_ELEMENTS[local]} is not supported by tei-kit")
        for attr in el.attrib:
            feature = _UNSUPPORTED_ATTRIBUTES.get((local, attr))
            if feature and not (attr == "abstract" and el.get(attr) == "false"):
                raise SchemaError(f"{where}: {feature} is not supported by tei-kit")
        if local == "rule" and not el.get("context"):
            raise SchemaError(f"{where}: a rule without @context")
        if local in ("assert", "report") and not el.get("test"):
            raise SchemaError(f"{where}: sch:{local} without @test")
        if local == "let" and not el.get("name"):
            raise SchemaError(f"{where}: sch:let without @name")
    for el in root.iterchildren(f"{{{XSL_NS}}}*"):
        local = etree.QName(el).localname
        if local not in _XSL_COPIED:
            raise SchemaError(
                f"Schematron {name}:{el.sourceline}: xsl:{local} is not supported by tei-kit"
                f" (only xsl:{' and xsl:'.join(_XSL_COPIED)} are copied into the validator)"
            )
    diagnostics = {d.get("id") for d in root.iter(f"{{{SCH_NS}}}diagnostic")}
    for el in root.iter(f"{{{SCH_NS}}}assert", f"{{{SCH_NS}}}report"):
        for ref in (el.get("diagnostics") or "").split():
            if ref not in diagnostics:
                raise SchemaError(f"Schematron {name}:{el.sourceline}: diagnostic {ref!r} is not defined")
    phases = [p.get("id") for p in root.iterchildren(f"{{{SCH_NS}}}phase")]
    wanted = phase or root.get("defaultPhase") or "#ALL"
    if wanted != "#ALL" and wanted not in phases:
        known = ", ".join(["#ALL", *phases])
        raise SchemaError(f"Schematron {name}: no phase {wanted!r}", hint=f"phases: {known}")
    patterns = {p.get("id") for p in root.iterchildren(f"{{{SCH_NS}}}pattern")}
    for active in root.iter(f"{{{SCH_NS}}}active"):
        if active.get("pattern") not in patterns:
            raise SchemaError(f"Schematron {name}:{active.sourceline}: phase activates"
                              f" unknown pattern {active.get('pattern')!r}")


# ------------------------------------------------------------------ locations

_STEP = re.compile(
    r"/(?:Q\{(?P<uri>[^}]*)\}(?P<local>[^/\[{]+)\[(?P<index>\d+)\]"  # element
    r"|(?P<other>@(?:Q\{[^}]*\})?[^/]+|text\(\)\[\d+\]|comment\(\)\[\d+\]"  # attribute, text, comment
    r"|processing-instruction\([^)]*\)\[\d+\]|namespace::[^/]*))"  # PI, namespace node
)


def locate(tree: etree._ElementTree, location: str) -> etree._Element | None:
    """The lxml element named by an XPath 3.0 ``path()`` location such as
    ``/Q{http://www.tei-c.org/ns/1.0}TEI[1]/Q{...}text[1]/@ref``: the element itself, or
    the parent element of an attribute, text, comment or processing instruction.
    ``None`` if the location does not name a node of ``tree`` (or is the document node)."""
    if not location.startswith("/") or location == "/":
        return None
    steps = list(_STEP.finditer(location))
    if not steps or "".join(m.group(0) for m in steps) != location:
        return None
    node = None
    for step in steps:
        if step.group("other"):
            break  # attribute, text, ...: report its element
        tag = f"{{{step.group('uri')}}}{step.group('local')}" if step.group("uri") else step.group("local")
        index = int(step.group("index"))
        if node is None:
            root = tree.getroot()
            node = root if root.tag == tag and index == 1 else None
        else:
            matching = [child for child in node.iterchildren(tag)]
            node = matching[index - 1] if index <= len(matching) else None
        if node is None:
            return None
    return node
