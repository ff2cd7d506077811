"""RELAX NG validation by derivatives (James Clark's algorithm, the one jing uses).

Why tei-kit has its own engine: libxml2 (lxml) needs 7 seconds to compile TEI's
``tei_all.rng``, more than jing needs to validate a thousand documents, and it takes
``cert="1e"`` as an xs:double and ``1957-10-07T24:00:00`` as an xs:dateTime where jing does
not. This module works in three steps, and keeps what each computes:

1. :func:`load_grammar` simplifies a RELAX NG schema (XML syntax) into a table of patterns
   (:class:`_Compiler`): definitions combined and inlined, ``include`` with its overrides,
   ``externalRef``, nested grammars, ``optional``/``zeroOrMore``/``mixed`` rewritten, names
   and datatypes resolved. The table goes into tei-kit's cache folder under the SHA-256 of
   the schema, so the next process loads tei_all in milliseconds instead of a second.
2. :meth:`Grammar.errors` walks a parsed document and follows the derivative of the pattern
   at every start tag, attribute, text and end tag. Patterns are hash-consed and every
   derivative is memoised, a start tag with its attributes and a text-only element each in
   one table lookup once seen: the memo tables are a lazily built automaton.
3. Those tables are pure functions of the grammar, so :func:`save_learned` stores them
   beside the table, and a batch (``load_grammar(..., learned=True)``) starts where the
   last one stopped instead of learning the automaton again.

Verdicts are jing's: the algorithm is the one the RELAX NG authors specified, XSD datatypes
are checked as jing checks them (:mod:`tei_kit.datatypes`), and IDs (``xs:ID``) must be
unique, as jing's DTD-compatibility checking requires. Messages follow jing's wording; after
an error the walk goes on as jing does (a misplaced element is skipped, a missing required
element is taken as present), so one mistake gives one message.

Not supported (a :class:`~tei_kit.errors.SchemaError` when compiling): datatype libraries
other than XSD and the built-in one, QName-valued ``value``s, schemas on the network.
The RELAX NG restrictions of section 7 of the specification are not checked: a schema that
breaks them is not refused, as jing would refuse it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from pathlib import Path

from lxml import etree

from . import datatypes as dt
from .errors import SchemaError, XMLInputError
from .resources import read_pickled_cache, write_cache

RNG_NS = "http://relaxng.org/ns/structure/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_R = f"{{{RNG_NS}}}"

#: Part of the name of every cache file: a stored table or stored derivatives are read only
#: by the engine (this module and the datatypes) that made them.
FORMAT = hashlib.sha256(Path(__file__).read_bytes() + (Path(__file__).parent / "datatypes.py").read_bytes()
                        ).hexdigest()[:10]

# pattern kinds
EMPTY, NOT_ALLOWED, TEXT, CHOICE, INTERLEAVE, GROUP, ONE_OR_MORE, LIST, DATA, DATA_EXCEPT, VALUE, \
    ATTRIBUTE, ELEMENT, AFTER = range(14)
_E, _NA, _T = 0, 1, 2  # the ids of Empty, NotAllowed and Text

# name-class kinds
NC_NAME, NC_ANY, NC_NS, NC_CHOICE = range(4)

_XML_WS = " \t\n\r"


def _is_ws(s: str) -> bool:
    return not s.strip(_XML_WS)


# ------------------------------------------------------------------ the pattern store


class _Store:
    """Hash-consed patterns: ``patterns[i] = (kind, x, y)``; one id per distinct pattern."""

    def __init__(self):
        self.patterns: list[tuple] = [(EMPTY, None, None), (NOT_ALLOWED, None, None), (TEXT, None, None)]
        self.index: dict[tuple, int] = {p: i for i, p in enumerate(self.patterns)}

    def make(self, kind: int, x=None, y=None) -> int:
        key = (kind, x, y)
        i = self.index.get(key)
        if i is None:
            i = len(self.patterns)
            self.patterns.append(key)
            self.index[key] = i
        return i

    # constructors that keep patterns small (Clark's simplifications)
    def choice(self, a: int, b: int) -> int:
        if a == _NA or a == b:
            return b
        if b == _NA:
            return a
        pa, pb = self.patterns[a], self.patterns[b]
        alts = set(pa[1]) if pa[0] == CHOICE else {a}
        if pb[0] == CHOICE:
            alts.update(pb[1])
        else:
            alts.add(b)
        if len(alts) == 1:
            return next(iter(alts))
        return self.make(CHOICE, tuple(sorted(alts)))

    def group(self, a: int, b: int) -> int:
        if a == _NA or b == _NA:
            return _NA
        if a == _E:
            return b
        if b == _E:
            return a
        return self.make(GROUP, a, b)

    def interleave(self, a: int, b: int) -> int:
        if a == _NA or b == _NA:
            return _NA
        if a == _E:
            return b
        if b == _E:
            return a
        return self.make(INTERLEAVE, a, b)

    def after(self, a: int, b: int) -> int:
        if a == _NA or b == _NA:
            return _NA
        return self.make(AFTER, a, b)

    def one_or_more(self, a: int) -> int:
        if a in (_NA, _E):
            return a
        return self.make(ONE_OR_MORE, a)


# ------------------------------------------------------------------ compiling a schema


class _Scope:
    """The definitions of one ``grammar`` (RELAX NG ``ref`` names are scoped by grammar)."""

    def __init__(self, parent: _Scope | None):
        self.parent = parent
        self.defines: dict[str, list[etree._Element]] = {}
        self.starts: list[etree._Element] = []
        self.built: dict[str, int] = {}
        self.building: set[str] = set()


class _Compiler:
    """Simplifies a RELAX NG schema into a :class:`_Store` (spec section 4): definitions
    combined and inlined, ``include`` (with overrides), ``externalRef``, nested ``grammar``
    and ``parentRef`` resolved, names and datatypes resolved. Files are read with tei-kit's
    safe parser, from the file system only; :attr:`files` records each with its hash."""

    def __init__(self, root: etree._Element, name: str, base: Path | None = None):
        self.name = name
        self.store = _Store()
        self.name_classes: list[tuple] = []
        self._nc_index: dict[tuple, int] = {}
        self.datatypes: list[tuple] = []
        self._dt_index: dict[tuple, int] = {}
        self.contents: list[int] = []  # element slot -> content pattern
        self._pending: list[tuple] = []
        self.files: dict[str, str] = {}  # path -> sha256 of every file read besides the schema
        self._reading: list[Path] = [base.resolve()] if base else []
        self.root = root
        self.base = base
        self.scope = _Scope(None)

    def fail(self, el, message: str):
        where = f"{Path(el.base).name if el.base else self.name}, line {el.sourceline}"
        raise SchemaError(f"RELAX NG schema {self.name} does not compile: {where}: {message}")

    def compile(self) -> int:
        start = self.pattern(self.root)
        while self._pending:
            slot, children, el, scope = self._pending.pop()
            self.scope = scope
            self.contents[slot] = self._group(children, el)
        return start

    # -- files
    def _load(self, el) -> etree._Element:
        """The root element of the schema file ``el/@href`` points to."""
        from urllib.parse import unquote, urljoin, urlparse

        from .tei import parse_xml

        href = (el.get("href") or "").strip()
        if not href:
            self.fail(el, f"<{etree.QName(el).localname}> without @href")
        base = el.base or (self.base.resolve().as_uri() if self.base else Path.cwd().as_uri() + "/")
        url = urlparse(urljoin(base, href))
        if url.scheme not in ("", "file"):
            self.fail(el, f"@href {href!r} is not a local file; tei-kit reads no network resources")
        path = Path(unquote(url.path))
        if path.resolve() in self._reading:
            self.fail(el, f"{href!r} includes itself")
        try:
            data = path.read_bytes()
            tree = parse_xml(data, name=str(path))
        except OSError as exc:
            self.fail(el, f"cannot read {href!r} ({exc.strerror})")
        except XMLInputError as exc:
            self.fail(el, f"{href!r}: {exc}")
        self.files[str(path.resolve())] = hashlib.sha256(data).hexdigest()
        tree.docinfo.URL = path.resolve().as_uri()
        root = tree.getroot()
        ns = _inherited(el, "ns")
        if ns is not None and root.get("ns") is None:
            root.set("ns", ns)  # the referencing element's namespace carries over (spec 4.6, 4.7)
        return root

    # -- grammars and definitions
    def _grammar(self, el) -> int:
        """A ``grammar`` pattern: its own scope; the pattern is its start."""
        outer = self.scope
        self.scope = _Scope(outer)
        self._collect(el, self.scope, set(), set())
        if not self.scope.starts:
            self.fail(el, "a grammar without <start>")
        start = self._combined(self.scope.starts, "start")
        self.scope = outer
        return start

    def _collect(self, grammar, scope: _Scope, skip_defines: set, skip_start: set) -> None:
        """Add the components of ``grammar`` (or of a ``div``/``include`` body) to ``scope``,
        leaving out the definitions an including ``include`` overrides."""
        for el in grammar:
            if not isinstance(el.tag, str) or not el.tag.startswith(_R):
                continue
            local = el.tag[len(_R):]
            if local == "start" and not skip_start:
                scope.starts.append(el)
            elif local == "define" and el.get("name") not in skip_defines:
                scope.defines.setdefault(el.get("name"), []).append(el)
            elif local == "div":
                self._collect(el, scope, skip_defines, skip_start)
            elif local == "include":
                overrides = {d.get("name") for d in _components(el, "define")}
                root = self._load(el)
                if root.tag != f"{_R}grammar":
                    self.fail(el, f"{el.get('href')!r} is not a RELAX NG grammar")
                self._reading.append(Path(unquote_path(root.base)))
                starts = skip_start or ({True} if _components(el, "start") else set())
                self._collect(root, scope, skip_defines | overrides, starts)
                self._reading.pop()
                self._collect(el, scope, skip_defines, skip_start)

    def _combined(self, els, what) -> int:
        if len(els) > 1:
            methods = {e.get("combine") for e in els if e.get("combine")}
            if len(methods) > 1 or sum(1 for e in els if not e.get("combine")) > 1:
                self.fail(els[0], f"{what} is defined more than once without one @combine")
            method = methods.pop() if methods else "choice"
        else:
            method = "choice"
        result = None
        for el in els:
            p = self._group(self._children(el), el)
            if result is None:
                result = p
            elif method == "choice":
                result = self.store.choice(result, p)
            else:
                result = self.store.interleave(result, p)
        return result

    def _ref(self, el, scope: _Scope | None) -> int:
        name = el.get("name")
        if scope is None:
            self.fail(el, "<parentRef> outside a nested grammar")
        if name in scope.built:
            return scope.built[name]
        if name not in scope.defines:
            self.fail(el, f"reference to undefined pattern {name!r}")
        if name in scope.building:
            self.fail(el, f"pattern {name!r} refers to itself outside an element")
        outer, self.scope = self.scope, scope
        scope.building.add(name)
        scope.built[name] = p = self._combined(scope.defines[name], f"pattern {name!r}")
        scope.building.discard(name)
        self.scope = outer
        return p

    # -- patterns
    @staticmethod
    def _children(el) -> list:
        return [c for c in el if isinstance(c.tag, str) and c.tag.startswith(_R)]

    def _group(self, children, el) -> int:
        if not children:
            self.fail(el, f"<{etree.QName(el).localname}> has no pattern")
        p = self.pattern(children[-1])
        for child in reversed(children[:-1]):
            p = self.store.group(self.pattern(child), p)
        return p

    def _fold(self, children, el, op) -> int:
        if not children:
            self.fail(el, f"<{etree.QName(el).localname}> has no pattern")
        p = self.pattern(children[0])
        for child in children[1:]:
            p = op(p, self.pattern(child))
        return p

    def pattern(self, el) -> int:
        s = self.store
        local = el.tag[len(_R):] if el.tag.startswith(_R) else None
        kids = self._children(el)
        if local == "element":
            if el.get("name") is not None:
                nc, content = self._name(el, el.get("name"), attribute=False), kids
            else:
                nc, content = self._name_class(kids[0]), kids[1:]
            slot = len(self.contents)
            self.contents.append(_NA)
            self._pending.append((slot, content, el, self.scope))
            return s.make(ELEMENT, nc, slot)
        if local == "attribute":
            if el.get("name") is not None:
                nc, content = self._name(el, el.get("name"), attribute=True), kids
            else:
                nc, content = self._name_class(kids[0]), kids[1:]
            value = self._group(content, el) if content else _T
            return s.make(ATTRIBUTE, nc, value)
        if local == "group":
            return self._group(kids, el)
        if local == "choice":
            return self._fold(kids, el, s.choice)
        if local == "interleave":
            return self._fold(kids, el, s.interleave)
        if local == "optional":
            return s.choice(self._group(kids, el), _E)
        if local == "zeroOrMore":
            return s.choice(s.one_or_more(self._group(kids, el)), _E)
        if local == "oneOrMore":
            return s.one_or_more(self._group(kids, el))
        if local == "mixed":
            return s.interleave(self._group(kids, el), _T)
        if local == "ref":
            return self._ref(el, self.scope)
        if local == "parentRef":
            return self._ref(el, self.scope.parent)
        if local == "grammar":
            return self._grammar(el)
        if local == "externalRef":
            root = self._load(el)
            self._reading.append(Path(unquote_path(root.base)))
            p = self.pattern(root)
            self._reading.pop()
            return p
        if local == "empty":
            return _E
        if local == "text":
            return _T
        if local == "notAllowed":
            return _NA
        if local == "list":
            return s.make(LIST, self._group(kids, el))
        if local == "data":
            params = tuple((p.get("name"), p.text or "") for p in kids if p.tag == f"{_R}param")
            d = self._datatype(el, el.get("type"), params)
            excepts = [p for p in kids if p.tag == f"{_R}except"]
            if excepts:
                return s.make(DATA_EXCEPT, d, self._fold(self._children(excepts[0]), excepts[0], s.choice))
            return s.make(DATA, d)
        if local == "value":
            type_ = el.get("type")
            if type_ is None:
                d = self._datatype(el, "token", (), library=dt.BUILTIN)
            else:
                d = self._datatype(el, type_, ())
            name = self.datatypes[d][1]
            if name == "QName":
                self.fail(el, "QName values are not supported by tei-kit's RELAX NG engine")
            return s.make(VALUE, d, dt.compile_datatype(*self.datatypes[d]).normal(el.text or ""))
        self.fail(el, f"unexpected <{etree.QName(el).localname}> where a pattern should be")

    def _datatype(self, el, type_: str, params, library: str | None = None) -> int:
        if library is None:
            library = _inherited(el, "datatypeLibrary") or dt.BUILTIN
        key = (library, type_, params)
        if key not in self._dt_index:
            try:
                dt.compile_datatype(*key)
            except dt.DatatypeError as exc:
                self.fail(el, str(exc))
            self._dt_index[key] = len(self.datatypes)
            self.datatypes.append(key)
        return self._dt_index[key]

    # -- names
    def _nc(self, key: tuple) -> int:
        if key not in self._nc_index:
            self._nc_index[key] = len(self.name_classes)
            self.name_classes.append(key)
        return self._nc_index[key]

    def _name(self, el, qname: str, attribute: bool) -> int:
        qname = qname.strip()
        if ":" in qname:
            prefix, local = qname.split(":", 1)
            ns = XML_NS if prefix == "xml" else el.nsmap.get(prefix)
            if ns is None:
                self.fail(el, f"undeclared prefix {prefix!r} in name {qname!r}")
        elif attribute:
            ns, local = el.get("ns", ""), qname
        else:
            ns, local = _inherited(el, "ns") or "", qname
        return self._nc((NC_NAME, ns, local))

    def _name_class(self, el) -> int:
        local = el.tag[len(_R):] if el.tag.startswith(_R) else None
        kids = self._children(el)
        if local == "name":
            return self._name(el, el.text or "", attribute=False)
        if local in ("anyName", "nsName"):
            excepts = [k for k in kids if k.tag == f"{_R}except"]
            exc = -1
            if excepts:
                inner = self._children(excepts[0])
                exc = self._name_class(inner[0])
                for other in inner[1:]:
                    exc = self._nc((NC_CHOICE, exc, self._name_class(other)))
            if local == "anyName":
                return self._nc((NC_ANY, exc))
            return self._nc((NC_NS, _inherited(el, "ns") or "", exc))
        if local == "choice":
            nc = self._name_class(kids[0])
            for other in kids[1:]:
                nc = self._nc((NC_CHOICE, nc, self._name_class(other)))
            return nc
        self.fail(el, f"unexpected <{etree.QName(el).localname}> where a name class should be")


def _components(el, local: str) -> list:
    """The ``start`` or ``define`` children of an include body, also inside its ``div``s."""
    out = []
    for child in el:
        if child.tag == f"{_R}{local}":
            out.append(child)
        elif child.tag == f"{_R}div":
            out += _components(child, local)
    return out


def unquote_path(url: str) -> str:
    from urllib.parse import unquote, urlparse

    return unquote(urlparse(url).path)


def _inherited(el, attribute: str) -> str | None:
    """An ``ns`` or ``datatypeLibrary`` value, from ``el`` or its nearest ancestor."""
    while el is not None:
        value = el.get(attribute)
        if value is not None:
            return value
        el = el.getparent()
    return None


# ------------------------------------------------------------------ the compiled grammar


class Grammar:
    """A compiled RELAX NG grammar. :meth:`validate` is safe to call from one thread at a
    time (the memo tables are shared); tei-kit uses one grammar per process."""

    def __init__(self, name: str, table: dict):
        self.name = name
        self.store = _Store()
        self.store.patterns = list(table["patterns"])
        self.store.index = {p: i for i, p in enumerate(self.store.patterns)}
        self.start: int = table["start"]
        self.contents: list[int] = table["contents"]
        self.name_classes: list[tuple] = table["name_classes"]
        dt.remember_translations(table["translations"])
        self.datatypes = [dt.compile_datatype(*key) for key in table["datatypes"]]
        self._id_values = {i for i, p in enumerate(self.store.patterns)
                           if p[0] == DATA and self.datatypes[p[1]].is_id}
        self._lock = threading.Lock()
        self._reset_memos()
        self.learned_file: Path | None = None
        self.saved_size = 0
        self.adopted = False

    #: The memo tables that :meth:`learned` stores (all keyed by pattern ids of the store).
    _MEMOS = ("_nullable", "_contains", "_open", "_att", "_att_values", "_value_match", "_close", "_text",
              "_sensitive", "_end", "_start_tags", "_leaves")

    def _reset_memos(self):
        self._nullable: dict[int, bool] = {}
        self._contains: dict[tuple, bool] = {}
        self._open: dict[tuple, int] = {}
        self._att: dict[tuple, int] = {}
        self._att_values: dict[tuple, tuple] = {}
        self._value_match: dict[tuple, bool] = {}
        self._close: dict[int, int] = {}
        self._text: dict[tuple, int] = {}
        self._sensitive: dict[int, bool] = {}
        self._end: dict[int, int] = {}
        self._start_tags: dict[tuple, tuple] = {}
        self._leaves: dict[tuple, tuple] = {}

    # -- what validating taught: the derivatives computed so far
    def size(self) -> int:
        """Patterns and memo entries: how much this grammar has learned."""
        return len(self.store.patterns) + sum(len(getattr(self, m)) for m in self._MEMOS)

    def learned(self) -> dict:
        """The patterns and memo tables, to store (see :meth:`adopt`)."""
        return {"format": FORMAT, "patterns": self.store.patterns,
                "memos": {m: getattr(self, m) for m in self._MEMOS}}

    def adopt(self, learned: dict) -> None:
        """Take over the patterns and memo tables of an earlier :meth:`learned` of this same
        grammar: derivatives are pure functions of the grammar, so they hold in any process."""
        if learned.get("format") != FORMAT or len(learned["patterns"]) < len(self.store.patterns):
            return
        self.store.patterns = list(learned["patterns"])
        self.store.index = {p: i for i, p in enumerate(self.store.patterns)}
        for name, memo in learned["memos"].items():
            if name in self._MEMOS:
                setattr(self, name, memo)

    # -- the table, for the cache file
    @staticmethod
    def table_of(compiler: _Compiler, start: int) -> dict:
        return {"format": FORMAT, "patterns": compiler.store.patterns, "start": start,
                "contents": compiler.contents, "name_classes": compiler.name_classes,
                "datatypes": compiler.datatypes, "translations": dt.known_translations(),
                "files": compiler.files}

    # -- properties of patterns
    def nullable(self, p: int) -> bool:
        r = self._nullable.get(p)
        if r is None:
            k, x, y = self.store.patterns[p]
            if k in (EMPTY, TEXT):
                r = True
            elif k == CHOICE:
                r = any(self.nullable(a) for a in x)
            elif k in (GROUP, INTERLEAVE):
                r = self.nullable(x) and self.nullable(y)
            elif k == ONE_OR_MORE:
                r = self.nullable(x)
            else:
                r = False
            self._nullable[p] = r
        return r

    def contains(self, nc: int, tag: str) -> bool:
        key = (nc, tag)
        r = self._contains.get(key)
        if r is None:
            ns, local = _split(tag)
            r = self._contains[key] = self._nc_contains(nc, ns, local)
        return r

    def _nc_contains(self, nc: int, ns: str, local: str) -> bool:
        c = self.name_classes[nc]
        if c[0] == NC_NAME:
            return c[1] == ns and c[2] == local
        if c[0] == NC_ANY:
            return c[1] < 0 or not self._nc_contains(c[1], ns, local)
        if c[0] == NC_NS:
            return c[1] == ns and (c[2] < 0 or not self._nc_contains(c[2], ns, local))
        return self._nc_contains(c[1], ns, local) or self._nc_contains(c[2], ns, local)

    # -- derivatives
    def _apply_after(self, f, p: int) -> int:
        k, x, y = self.store.patterns[p]
        if k == AFTER:
            return self.store.after(x, f(y))
        if k == CHOICE:
            r = _NA
            for a in x:
                r = self.store.choice(r, self._apply_after(f, a))
            return r
        return _NA

    def start_open(self, p: int, tag: str) -> int:
        key = (p, tag)
        r = self._open.get(key)
        if r is None:
            r = self._open[key] = self._start_open(p, tag)
        return r

    def _start_open(self, p: int, tag: str) -> int:
        s = self.store
        k, x, y = s.patterns[p]
        if k == CHOICE:
            r = _NA
            for a in x:
                r = s.choice(r, self.start_open(a, tag))
            return r
        if k == ELEMENT:
            return s.after(self.contents[y], _E) if self.contains(x, tag) else _NA
        if k == GROUP:
            r = self._apply_after(lambda q: s.group(q, y), self.start_open(x, tag))
            return s.choice(r, self.start_open(y, tag)) if self.nullable(x) else r
        if k == INTERLEAVE:
            return s.choice(self._apply_after(lambda q: s.interleave(q, y), self.start_open(x, tag)),
                            self._apply_after(lambda q: s.interleave(x, q), self.start_open(y, tag)))
        if k == ONE_OR_MORE:
            rest = s.choice(p, _E)
            return self._apply_after(lambda q: s.group(q, rest), self.start_open(x, tag))
        if k == AFTER:
            return self._apply_after(lambda q: s.after(q, y), self.start_open(x, tag))
        return _NA

    def attribute_values(self, p: int, tag: str) -> tuple:
        """The value patterns of the attribute patterns of ``p`` whose name matches ``tag``."""
        key = (p, tag)
        r = self._att_values.get(key)
        if r is None:
            found: list[int] = []
            self._collect_att_values(p, tag, found, set())
            r = self._att_values[key] = tuple(dict.fromkeys(found))
        return r

    def _collect_att_values(self, p, tag, found, seen):
        if p in seen:
            return
        seen.add(p)
        k, x, y = self.store.patterns[p]
        if k == CHOICE:
            for a in x:
                self._collect_att_values(a, tag, found, seen)
        elif k in (GROUP, INTERLEAVE):
            self._collect_att_values(x, tag, found, seen)
            self._collect_att_values(y, tag, found, seen)
        elif k in (ONE_OR_MORE, AFTER):
            self._collect_att_values(x, tag, found, seen)
        elif k == ATTRIBUTE and self.contains(x, tag):
            found.append(y)

    def value_match(self, p: int, value: str) -> bool:
        key = (p, value)
        r = self._value_match.get(key)
        if r is None:
            r = self._data_match(p, value)
            if r is None:
                r = self._derived_value_match(p, value)
            if len(self._value_match) > 200_000:
                self._value_match.clear()
            self._value_match[key] = r
        return r

    def _derived_value_match(self, p: int, value: str) -> bool:
        """Whether value pattern ``p`` takes ``value``, by the text derivative."""
        return (self.nullable(p) and _is_ws(value)) or self.nullable(self.text(p, value))

    def _data_match(self, p: int, value: str) -> bool | None:
        """:meth:`_derived_value_match` for the value patterns of most attributes, straight
        from their datatypes, without a derivative to store for each new value: a datatype,
        a choice of datatypes, a list of one or more tokens of a datatype. None for others."""
        patterns, datatypes = self.store.patterns, self.datatypes
        k, x, _ = patterns[p]
        if k == DATA:
            return datatypes[x].allows(value)
        if k == CHOICE:
            if all(patterns[a][0] == DATA for a in x):
                return any(datatypes[patterns[a][1]].allows(value) for a in x)
            return None
        if k == LIST:
            k, x, _ = patterns[x]
            if k == ONE_OR_MORE and patterns[x][0] == DATA:
                allows = datatypes[patterns[x][1]].allows
                tokens = value.split()
                return bool(tokens) and all(allows(t) for t in tokens)
        return None

    def attribute(self, p: int, tag: str, value: str) -> tuple[int, tuple, tuple]:
        """The derivative of ``p`` by one attribute; also the value patterns that could have
        taken it and which of them accept ``value``."""
        values = self.attribute_values(p, tag)
        if not values:
            return _NA, values, ()
        ok = tuple(self.value_match(v, value) for v in values)
        key = (p, tag, ok)
        r = self._att.get(key)
        if r is None:
            r = self._att[key] = self._attribute(p, tag, dict(zip(values, ok)))
        return r, values, ok

    def _attribute(self, p: int, tag: str, ok: dict) -> int:
        s = self.store
        k, x, y = s.patterns[p]
        if k == AFTER:
            return s.after(self._attribute(x, tag, ok), y)
        if k == CHOICE:
            r = _NA
            for a in x:
                r = s.choice(r, self._attribute(a, tag, ok))
            return r
        if k == GROUP:
            return s.choice(s.group(self._attribute(x, tag, ok), y), s.group(x, self._attribute(y, tag, ok)))
        if k == INTERLEAVE:
            return s.choice(s.interleave(self._attribute(x, tag, ok), y),
                            s.interleave(x, self._attribute(y, tag, ok)))
        if k == ONE_OR_MORE:
            return s.group(self._attribute(x, tag, ok), s.choice(p, _E))
        if k == ATTRIBUTE:
            return _E if self.contains(x, tag) and ok.get(y) else _NA
        return _NA

    def start_close(self, p: int, lenient: bool = False) -> int:
        """The pattern once the start tag is closed (no more attributes). ``lenient``: a
        missing attribute is forgiven (to go on after reporting it)."""
        memo = self._close
        if not lenient:
            r = memo.get(p)
            if r is not None:
                return r
        s = self.store
        k, x, y = s.patterns[p]
        if k == AFTER:
            r = s.after(self.start_close(x, lenient), y)
        elif k == CHOICE:
            r = _NA
            for a in x:
                r = s.choice(r, self.start_close(a, lenient))
        elif k == GROUP:
            r = s.group(self.start_close(x, lenient), self.start_close(y, lenient))
        elif k == INTERLEAVE:
            r = s.interleave(self.start_close(x, lenient), self.start_close(y, lenient))
        elif k == ONE_OR_MORE:
            r = s.one_or_more(self.start_close(x, lenient))
        elif k == ATTRIBUTE:
            r = _E if lenient else _NA
        else:
            r = p
        if not lenient:
            memo[p] = r
        return r

    def sensitive(self, p: int) -> bool:
        """Whether the text derivative of ``p`` depends on the text (data, values, lists)."""
        r = self._sensitive.get(p)
        if r is None:
            k, x, y = self.store.patterns[p]
            if k in (VALUE, DATA, DATA_EXCEPT, LIST):
                r = True
            elif k == CHOICE:
                r = any(self.sensitive(a) for a in x)
            elif k == GROUP:
                r = self.sensitive(x) or (self.nullable(x) and self.sensitive(y))
            elif k == INTERLEAVE:
                r = self.sensitive(x) or self.sensitive(y)
            elif k in (ONE_OR_MORE, AFTER):
                r = self.sensitive(x)
            else:
                r = False
            self._sensitive[p] = r
        return r

    def text(self, p: int, s: str) -> int:
        key = (p, s) if self.sensitive(p) else (p, None)
        r = self._text.get(key)
        if r is None:
            r = self._text_deriv(p, s)
            if len(self._text) > 200_000:
                self._text.clear()
            self._text[key] = r
        return r

    def _text_deriv(self, p: int, s: str) -> int:
        st = self.store
        k, x, y = st.patterns[p]
        if k == CHOICE:
            r = _NA
            for a in x:
                r = st.choice(r, self.text(a, s))
            return r
        if k == INTERLEAVE:
            return st.choice(st.interleave(self.text(x, s), y), st.interleave(x, self.text(y, s)))
        if k == GROUP:
            r = st.group(self.text(x, s), y)
            return st.choice(r, self.text(y, s)) if self.nullable(x) else r
        if k == AFTER:
            return st.after(self.text(x, s), y)
        if k == ONE_OR_MORE:
            return st.group(self.text(x, s), st.choice(p, _E))
        if k == TEXT:
            return p
        if k == VALUE:
            return _E if self.datatypes[x].normal(s) == y else _NA
        if k == DATA:
            return _E if self.datatypes[x].allows(s) else _NA
        if k == DATA_EXCEPT:
            return _E if self.datatypes[x].allows(s) and not self.value_match(y, s) else _NA
        if k == LIST:
            q = x
            for token in s.split():
                q = self.text(q, token)
                if q == _NA:
                    return _NA
            return _E if self.nullable(q) else _NA
        return _NA

    def end_tag(self, p: int, lenient: bool = False) -> int:
        memo = self._end
        if not lenient:
            r = memo.get(p)
            if r is not None:
                return r
        s = self.store
        k, x, y = s.patterns[p]
        if k == CHOICE:
            r = _NA
            for a in x:
                r = s.choice(r, self.end_tag(a, lenient))
        elif k == AFTER:
            r = y if lenient or self.nullable(x) else _NA
        else:
            r = _NA
        if not lenient:
            memo[p] = r
        return r

    def start_tag(self, p: int, tag: str, items: tuple) -> tuple:
        """A start tag with its attributes (``items``: (name, value) pairs) in pattern ``p``:
        ``(pattern after the tag, error messages, names of the ID attributes, whether the
        content is datatyped)``; the pattern is None when the element is not allowed here
        at all (it is then skipped)."""
        messages: list[str] = []
        q = self.start_open(p, tag)
        if q == _NA:
            skipped = self.skip_to(p, tag)
            if skipped is None:
                return None, (_not_allowed(self, p, tag),), (), False
            p, missing = skipped
            messages.append(f'element "{_display(tag)}" not allowed yet; missing required element {_names(missing)}')
            q = self.start_open(p, tag)
        id_names = []
        for name, value in items:
            r, values, ok = self.attribute(q, name, value)
            if r == _NA:
                if values:
                    messages.append(f'value of attribute "{_display_attribute(name)}" is invalid'
                                    f' (element "{_display(tag)}", value "{_shown(value)}")')
                    # go on as if the value were right: the attribute is not missing too
                    r = self._attribute(q, name, dict.fromkeys(values, True))
                    if r != _NA:
                        q = r
                else:
                    expected = self.expected_attributes(q)
                    messages.append(f'attribute "{_display_attribute(name)}" not allowed here'
                                    f' (element "{_display(tag)}")'
                                    + (f"; expected attribute {_names(expected)}" if expected else ""))
                continue
            q = r
            if any(v in self._id_values and o for v, o in zip(values, ok)):
                id_names.append(name)
        r = self.start_close(q)
        if r == _NA:
            missing = self.required_attributes(q)
            messages.append(f'element "{_display(tag)}" missing required attribute'
                            + (f"s {_names(missing)}" if len(missing) > 1 else
                               f" {_names(missing)}" if missing else "s"))
            r = self.start_close(q, lenient=True)
        return r, tuple(messages), tuple(id_names), self.sensitive(r)

    def leaf_end(self, q: int, text: str, tag: str) -> tuple[int, tuple]:
        """An element with text only (perhaps none) in content pattern ``q``: the pattern
        after its end tag, and error messages."""
        messages = []
        r = self.text(q, text)
        if not text.strip(_XML_WS):
            r = self.store.choice(q, r)
        if r == _NA:
            messages.append(_bad_text(self, q, tag, text))
            if self.sensitive(q):  # data content: one message, as jing gives
                return self.end_tag(q, lenient=True), tuple(messages)
        else:
            q = r
        r = self.end_tag(q)
        if r == _NA:  # no text where data must be: bad character content to jing, too
            messages.append(_bad_text(self, q, tag, text) if self.sensitive(q) else _incomplete(self, q, tag))
            r = self.end_tag(q, lenient=True)
        return r, tuple(messages)

    # -- validating a document
    def validate(self, tree) -> bool:
        """Whether a parsed document (an lxml tree or element) is valid."""
        return not self.errors(tree)

    def errors(self, tree) -> list[tuple[int, str]]:
        """Validate a parsed document (an lxml tree or element); return its errors as
        ``(line, message)`` pairs in document order (empty when valid)."""
        root = tree.getroot() if hasattr(tree, "getroot") else tree
        run = _Run(self)
        with self._lock:
            if _walker is not None and isinstance(root.tag, str):
                p = _walker(run).walk(self.start, root)
            else:
                p = run.element(self.start, root, root.tag)
            if p != _NA and not self.nullable(p):
                run.errors.append((root.sourceline or 0, "document incomplete"))
        return run.errors

    # -- descriptions for messages
    def expected_elements(self, p: int) -> list[str]:
        names: set[str] = set()
        self._first(p, names, set(), elements=True)
        return sorted(names)

    def expected_attributes(self, p: int) -> list[str]:
        names: set[str] = set()
        self._first(p, names, set(), elements=False)
        return sorted(names)

    def _first(self, p, names, seen, elements, namespaces=False, classes=False):
        """What ``p`` accepts next: element (or attribute) names, their namespaces, or
        their name classes, added to ``names``."""
        if p in seen:
            return
        seen.add(p)
        k, x, y = self.store.patterns[p]
        more = (names, seen, elements, namespaces, classes)
        if k == CHOICE:
            for a in x:
                self._first(a, *more)
        elif k == GROUP:
            self._first(x, *more)
            if not elements or self.nullable(x):
                self._first(y, *more)
        elif k == INTERLEAVE:
            self._first(x, *more)
            self._first(y, *more)
        elif k in (ONE_OR_MORE, AFTER):
            self._first(x, *more)
        elif (k == ELEMENT and elements) or (k == ATTRIBUTE and not elements):
            if classes:
                names.append(x)
            elif namespaces:
                c = self.name_classes[x]
                if c[0] == NC_NAME:
                    names.add(c[1])
            else:
                names.add(self._nc_text(x, attribute=not elements))
        elif k == TEXT and elements and not (namespaces or classes):
            names.add("#text")

    def declares(self, tag: str) -> bool:
        """Whether some element pattern of the grammar has the name ``tag``."""
        classes = getattr(self, "_element_classes", None)
        if classes is None:
            classes = self._element_classes = {x for k, x, _ in self.store.patterns if k == ELEMENT}
        return any(self.contains(nc, tag) for nc in classes)

    def expected_namespaces(self, p: int) -> set[str]:
        """The namespaces of the elements ``p`` expects next (of named ones)."""
        found: set[str] = set()
        self._first(p, found, set(), elements=True, namespaces=True)
        return found

    def skip_to(self, p: int, tag: str, depth: int = 3):
        """How to go on when ``tag`` is not allowed in ``p`` but would be after some
        required elements: the pattern after those (taken as present) and their names;
        None if no such elements (up to ``depth`` of them)."""
        if self.end_tag(p) != _NA:
            return None  # nothing is missing: the element is simply out of place
        frontier, seen = [(p, [])], {p}
        for _ in range(depth):
            following = []
            for q, missing in frontier:
                classes = self._first_element_classes(q)
                if len(classes) > 8:
                    continue  # a choice among many: no one element is missing
                for nc in classes:
                    c = self.name_classes[nc]
                    if c[0] != NC_NAME:
                        continue
                    name = f"{{{c[1]}}}{c[2]}" if c[1] else c[2]
                    r = self.start_open(q, name)
                    r = self.end_tag(self.start_close(r, lenient=True), lenient=True)
                    if r == _NA or r in seen:
                        continue
                    seen.add(r)
                    if self.start_open(r, tag) != _NA:
                        return r, missing + [c[2]]
                    following.append((r, missing + [c[2]]))
            frontier = following
        return None

    def _first_element_classes(self, p: int) -> list[int]:
        found: list[int] = []
        self._first(p, found, set(), elements=True, classes=True)
        return sorted(set(found))

    def required_attributes(self, p: int) -> list[str]:
        """Names of attributes ``p`` cannot do without (for 'missing required attribute')."""
        names: set[str] = set()
        self._required(p, names)
        return sorted(names)

    def _required(self, p, names):
        k, x, y = self.store.patterns[p]
        if k in (GROUP, INTERLEAVE):
            self._required(x, names)
            self._required(y, names)
        elif k in (ONE_OR_MORE, AFTER):
            self._required(x, names)
        elif k == ATTRIBUTE:
            names.add(self._nc_text(x, attribute=True))

    def _nc_text(self, nc: int, attribute: bool) -> str:
        c = self.name_classes[nc]
        if c[0] == NC_NAME:
            if c[1] == XML_NS:
                return f"xml:{c[2]}"
            return c[2] if not c[1] or not attribute else f"{{{c[1]}}}{c[2]}"
        if c[0] == NC_CHOICE:
            return f"{self._nc_text(c[1], attribute)}|{self._nc_text(c[2], attribute)}"
        return "*" if c[0] == NC_ANY else f"{{{c[1]}}}*"


def _split(tag: str) -> tuple[str, str]:
    if tag[:1] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _display(tag: str) -> str:
    """An element or attribute name as messages show it: without TEI's (or any element's)
    namespace; ``xml:`` for the XML namespace; ``{namespace}local`` for a namespaced attribute."""
    ns, local = _split(tag)
    if ns == XML_NS:
        return f"xml:{local}"
    return local


def _shown(value: str) -> str:
    """An attribute value as a message shows it: on one line ("\\n" for a line break)."""
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _display_attribute(name: str) -> str:
    ns, local = _split(name)
    return f"xml:{local}" if ns == XML_NS else f"{{{ns}}}{local}" if ns else local


def _names(names: list[str], limit: int = 12) -> str:
    quoted = [f'"{n}"' for n in names if n != "#text"]
    if len(quoted) > limit:
        return ", ".join(quoted[:limit]) + f", ... ({len(quoted) - limit} more)"
    if len(quoted) > 1:
        return ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return quoted[0] if quoted else ""


class _Run:
    """One document's walk: the errors found and the IDs seen."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.errors: list[tuple[int, str]] = []
        self.ids: dict[str, int] = {}
        self.start_tags, self.leaves, self.ends = grammar._start_tags, grammar._leaves, grammar._end

    def element(self, p: int, el, tag: str) -> int:
        """The pattern after element ``el`` (named ``tag``, and its subtree) in pattern ``p``."""
        key = (p, tag, tuple(el.items()))
        found = self.start_tags.get(key)
        if found is None:
            found = _remember(self.start_tags, key, self.g.start_tag(p, tag, key[2]))
        q, messages, id_names, sensitive = found
        if messages:
            line = el.sourceline or 0
            self.errors += [(line, m) for m in messages]
            if q is None:  # the element is not allowed here: skip it
                return p
        if id_names:
            self._ids(el, id_names)
        text = el.text
        leaf = True
        for child in el:
            ctag = child.tag
            if ctag.__class__ is str:
                leaf = False
                if text:
                    if text.strip(_XML_WS):
                        q = self._text(q, text, tag, child.sourceline or 0)
                    text = None
                q = self.element(q, child, ctag)
                text = child.tail
            elif child.tail:  # a comment or processing instruction: its tail continues the text
                text = (text or "") + child.tail
        if leaf:  # text only: one memo for the text and the end tag
            if text is None:
                text = ""
            leaf_key = (q, text if sensitive else not text.strip(_XML_WS))
            done = self.leaves.get(leaf_key)
            if done is None:
                done = _remember(self.leaves, leaf_key, self.g.leaf_end(q, text, tag))
            if done[1]:
                line = el.sourceline or 0
                self.errors += [(line, m) for m in done[1]]
            return done[0]
        if text and text.strip(_XML_WS):
            q = self._text(q, text, tag, el.sourceline or 0)
        r = self.ends.get(q)
        if r is None:
            r = self.g.end_tag(q)
        if r == _NA:
            self._incomplete(q, tag, el.sourceline or 0)
            r = self.g.end_tag(q, lenient=True)
        return r

    def _ids(self, el, names) -> None:
        for name in names:
            self._id(el.get(name), el.sourceline or 0)

    def _id(self, value: str, line: int) -> None:
        """An ID attribute's value: an error if the document has had it before."""
        value = dt.collapse(value)
        first = self.ids.get(value)
        if first is None:
            self.ids[value] = line
        else:
            self.errors.append((line, f'ID "{value}" has already been defined (first at line {first})'))

    def _incomplete(self, q: int, tag: str, line: int) -> None:
        self.errors.append((line, _incomplete(self.g, q, tag)))

    def _text(self, q: int, text: str, tag: str, line: int) -> int:
        r = self.g.text(q, text)
        if r == _NA:
            self.errors.append((line, _bad_text(self.g, q, tag, text)))
            return q
        return r


#: The walk's memo tables (start tags, text-only elements) are emptied when they grow past this.
MEMO_LIMIT = 100_000


def _remember(memo: dict, key, value):
    """Store ``value`` in one of the walk's memo tables (emptied past :data:`MEMO_LIMIT`); return it."""
    memo[key] = value
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    return value


def _c_walker():
    """The walk in C (:mod:`tei_kit._walk`, built by ``hatch_build.py`` where a C compiler is
    there) if it is built for this lxml, else None: the Python walk of :class:`_Run`.
    ``TEI_KIT_PURE_PYTHON=1`` in the environment turns it off."""
    if os.environ.get("TEI_KIT_PURE_PYTHON"):
        return None
    try:
        from . import _walk
    except ImportError:
        return None
    # it reads lxml's element structs: built against another major version of lxml, not used
    if _walk.BUILT_FOR_LXML.split(".")[0] != etree.__version__.split(".")[0]:
        return None
    return _walk.Walker


_walker = _c_walker()


def _bad_text(g: Grammar, q: int, tag: str, text: str) -> str:
    expected = g.expected_elements(q)
    if "#text" in expected or g.sensitive(q):
        return f'character content of element "{_display(tag)}" invalid: "{" ".join(text.split())[:60]}"'
    return (f'text not allowed here (in element "{_display(tag)}")'
            + (f"; expected element {_names(expected)}" if expected else ""))


def _incomplete(g: Grammar, q: int, tag: str) -> str:
    expected = [e for e in g.expected_elements(q) if e != "#text"]
    if len(expected) == 1:
        return f'element "{_display(tag)}" incomplete; missing required element {_names(expected)}'
    return f'element "{_display(tag)}" incomplete' + (f"; expected element {_names(expected)}" if expected else "")



def _not_allowed(g: Grammar, p: int, tag: str) -> str:
    expected = g.expected_elements(p)
    ns, local = _split(tag)
    where = "here" if g.declares(tag) else "anywhere"
    message = (f'element "{local}" not allowed {where}; expected element {_names(expected)}' if expected
               else f'element "{local}" not allowed {where}; expected the element end-tag')
    namespaces = g.expected_namespaces(p)
    if namespaces and ns not in namespaces:
        message += (f' (<{local}> is in ' + (f"namespace {ns}" if ns else "no namespace")
                    + f", not {' or '.join(sorted(n or 'no namespace' for n in namespaces))})")
    return message


# ------------------------------------------------------------------ loading, with the cache

_lock = threading.Lock()
_loaded: dict[str, Grammar] = {}


def compile_grammar(data: bytes, name: str) -> Grammar:
    """Compile the RELAX NG schema ``data`` (XML syntax). Raises :class:`SchemaError`."""
    return Grammar(name, _table(data, name))


def _table(data: bytes, name: str, base: Path | None = None) -> dict:
    from .tei import parse_xml

    try:
        tree = parse_xml(data, name=name)
    except XMLInputError as exc:
        raise SchemaError(f"RELAX NG schema {exc}", hint=exc.hint) from exc
    if base is not None:
        tree.docinfo.URL = base.resolve().as_uri()  # so that @href resolves
    root = tree.getroot()
    if not (isinstance(root.tag, str) and root.tag.startswith(_R)):
        raise SchemaError(f"RELAX NG schema {name}: root element is not in the RELAX NG namespace",
                          hint="is it RELAX NG in XML syntax (.rng, not .rnc)?")
    compiler = _Compiler(root, name, base)
    start = compiler.compile()
    return Grammar.table_of(compiler, start)


def _current(table: dict) -> bool:
    """Whether a stored table is of this engine, and the files it includes are unchanged."""
    if table.get("format") != FORMAT:
        return False
    for path, digest in table.get("files", {}).items():
        try:
            if hashlib.sha256(Path(path).read_bytes()).hexdigest() != digest:
                return False
        except OSError:
            return False
    return True


def load_grammar(path: Path | str, cache: Path | None = None, *, learned: bool = False) -> Grammar:
    """The compiled grammar of the schema at ``path``: from this process's memory, else
    from ``cache`` (a folder; keyed by the SHA-256 of the schema and :data:`FORMAT`),
    else compiled and stored there. ``learned``: also take over the derivatives an earlier
    process stored (:func:`save_learned`); worth it for batches, not for one document.
    Raises :class:`SchemaError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemaError(f"RELAX NG schema {path}: cannot read ({exc.strerror})") from exc
    digest = hashlib.sha256(data).hexdigest()
    with _lock:
        grammar = _loaded.get(digest)
        if grammar is None:
            file = cache / f"relaxng-{FORMAT}-{digest[:32]}.pickle" if cache else None
            table = read_pickled_cache(file)
            if table is None or not _current(table):
                table = _table(data, path.name, path)
                if file is not None:
                    write_cache(file, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
            grammar = _loaded[digest] = Grammar(path.name, table)
            grammar.learned_file = cache / f"relaxng-{FORMAT}-{digest[:32]}-learned.pickle" if cache else None
            grammar.saved_size = grammar.size()
        if learned and not grammar.adopted and grammar.learned_file is not None:
            grammar.adopted = True
            state = read_pickled_cache(grammar.learned_file)
            if state is not None:
                grammar.adopt(state)
                grammar.saved_size = grammar.size()
        return grammar


#: Memo tables larger than this are not stored (a huge corpus of unusual documents).
MAX_LEARNED = 400_000


def save_learned(grammar: Grammar, force: bool = False) -> bool:
    """Store what ``grammar`` learned, when it has grown by half since it was loaded
    or last stored (or ``force``). Returns whether it was stored."""
    file = getattr(grammar, "learned_file", None)
    size = grammar.size()
    if file is None or size > MAX_LEARNED or not (force or size > grammar.saved_size * 1.5 + 5000):
        return False
    with grammar._lock:
        data = pickle.dumps(grammar.learned(), protocol=pickle.HIGHEST_PROTOCOL)
    grammar.saved_size = size
    return write_cache(file, data)
