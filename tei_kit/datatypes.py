"""W3C XML Schema datatypes for RELAX NG, as jing checks them (lexical spaces and facets).

Used by :mod:`tei_kit.relaxng`. A datatype is described by plain data, ``(library, name,
params)``, that pickles and hashes; :func:`compile_datatype` turns it into a
:class:`Datatype` that checks strings. Only the lexical space matters for validity, except
for the range facets (``minInclusive`` ...), which compare numbers, and for ``value``
patterns, which compare normalised strings.

Supported: the RELAX NG built-in library (``string``, ``token``) and these XSD types, with
the facets ``pattern``, ``length``, ``minLength``, ``maxLength``, ``minInclusive``,
``maxInclusive``, ``minExclusive``, ``maxExclusive``, ``totalDigits``, ``fractionDigits``:
string, normalizedString, token, Name, NCName, NMTOKEN(S), ID, IDREF(S), ENTITY, language,
anyURI, QName, boolean, decimal, integer and its derived types, double, float, date, time,
dateTime, gYear, gYearMonth, gMonth, gDay, gMonthDay, duration, hexBinary, base64Binary.
Anything else is refused with :class:`DatatypeError` when the schema is compiled.

libxml2 (lxml) accepts some values jing refuses (``1e`` as an xs:double); the expressions
here follow XSD 1.0 as jing implements it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

XSD = "http://www.w3.org/2001/XMLSchema-datatypes"
BUILTIN = ""

_WS = re.compile(r"[ \t\n\r]+")


class DatatypeError(ValueError):
    """A datatype or facet the engine does not know, or a bad facet value."""


def collapse(s: str) -> str:
    return _WS.sub(" ", s).strip(" ")


def replace_ws(s: str) -> str:
    return s.translate(_REPLACE)


_REPLACE = str.maketrans("\t\n\r", "   ")

# ------------------------------------------------------------------ lexical spaces

# as jing: no year 0000 (XSD 1.0), and time zones from -13:00 to +14:00
_YEAR = r"-?(?:[1-9][0-9]{4,}|(?!0000)[0-9]{4})"
_TZ = r"(?:Z|\+(?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)|-(?:(?:0[0-9]|1[0-2]):[0-5][0-9]|13:00))?"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?"
_DOUBLE = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|-?INF|NaN"

#: name -> (whitespace handling, regular expression of the lexical space, kind)
_LEXICAL: dict[str, tuple[str, str, str]] = {
    "string": ("preserve", r"[\s\S]*", "string"),
    "normalizedString": ("replace", r"[\s\S]*", "string"),
    "token": ("collapse", r"[\s\S]*", "string"),
    "language": ("collapse", r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*", "string"),
    "Name": ("collapse", r"[\s\S]*", "name"),
    "NCName": ("collapse", r"[\s\S]*", "ncname"),
    "ID": ("collapse", r"[\s\S]*", "ncname"),
    "IDREF": ("collapse", r"[\s\S]*", "ncname"),
    "ENTITY": ("collapse", r"[\s\S]*", "ncname"),
    "IDREFS": ("collapse", r"[\s\S]*", "ncnames"),
    "ENTITIES": ("collapse", r"[\s\S]*", "ncnames"),
    "NMTOKEN": ("collapse", r"[\s\S]*", "nmtoken"),
    "NMTOKENS": ("collapse", r"[\s\S]*", "nmtokens"),
    "QName": ("collapse", r"[\s\S]*", "qname"),
    "anyURI": ("collapse", r"[\s\S]*", "uri"),
    "boolean": ("collapse", r"true|false|1|0", "string"),
    "decimal": ("collapse", r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", "decimal"),
    "integer": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "nonNegativeInteger": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "positiveInteger": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "nonPositiveInteger": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "negativeInteger": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "long": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "int": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "short": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "byte": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "unsignedLong": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "unsignedInt": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "unsignedShort": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "unsignedByte": ("collapse", r"[+-]?[0-9]+", "decimal"),
    "double": ("collapse", _DOUBLE, "double"),
    "float": ("collapse", _DOUBLE, "double"),
    "date": ("collapse", rf"(?P<y>{_YEAR})-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}}){_TZ}", "date"),
    "dateTime": ("collapse", rf"(?P<y>{_YEAR})-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}})T{_TIME}{_TZ}", "date"),
    "time": ("collapse", rf"{_TIME}{_TZ}", "string"),
    "gYear": ("collapse", rf"{_YEAR}{_TZ}", "string"),
    "gYearMonth": ("collapse", rf"{_YEAR}-(?:0[1-9]|1[0-2]){_TZ}", "string"),
    "gMonth": ("collapse", rf"--(?:0[1-9]|1[0-2]){_TZ}", "string"),
    "gDay": ("collapse", rf"---(?:0[1-9]|[12][0-9]|3[01]){_TZ}", "string"),
    "gMonthDay": ("collapse", rf"--(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01]){_TZ}", "monthday"),
    "duration": ("collapse", r"-?P(?=[0-9T])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?"
                             r"(?:T(?=[0-9.])(?:[0-9]+H)?(?:[0-9]+M)?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)S)?)?",
                 "duration"),
    "hexBinary": ("collapse", r"(?:[0-9a-fA-F]{2})*", "string"),
    "base64Binary": ("collapse", r"[A-Za-z0-9+/= ]*", "string"),
}

#: bounds of the integer types, checked on the value
_INTEGER_RANGE = {
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None), "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1), "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1),
    "short": (-2**15, 2**15 - 1), "byte": (-128, 127), "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1), "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 255),
}

_FACETS = {"pattern", "length", "minLength", "maxLength", "minInclusive", "maxInclusive",
           "minExclusive", "maxExclusive", "totalDigits", "fractionDigits"}


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


class Datatype:
    """A compiled datatype: :meth:`allows` a string; :meth:`normal` for value equality."""

    __slots__ = ("name", "ws", "_re", "kind", "_patterns", "_facets", "is_id")

    def __init__(self, library: str, name: str, params: tuple[tuple[str, str], ...] = ()):
        if library == BUILTIN:
            if name not in ("string", "token") or params:
                raise DatatypeError(f"datatype {name!r} of the built-in library is not known"
                                    if name not in ("string", "token") else "the built-in datatypes take no parameters")
            self.name, self.ws, self.kind = name, "preserve" if name == "string" else "collapse", "string"
            self._re, self._patterns, self._facets, self.is_id = None, (), (), False
            return
        if library != XSD:
            raise DatatypeError(f"datatype library {library!r} is not supported (only XML Schema datatypes)")
        if name not in _LEXICAL:
            raise DatatypeError(f"XML Schema datatype {name!r} is not supported")
        ws, expr, kind = _LEXICAL[name]
        self.name, self.ws, self.kind, self.is_id = name, ws, kind, name == "ID"
        self._re = None if expr == r"[\s\S]*" else re.compile(expr)
        patterns, facets = [], []
        for pname, pvalue in params:
            if pname not in _FACETS:
                raise DatatypeError(f"parameter {pname!r} of datatype {name!r} is not supported")
            if pname == "pattern":
                patterns.append(re.compile(translate_pattern(pvalue), re.DOTALL))
            else:
                facets.append((pname, pvalue))
        self._patterns = tuple(patterns)
        self._facets = tuple(facets)

    def normal(self, s: str) -> str:
        """``s`` after the datatype's whitespace processing."""
        if self.ws == "collapse":
            return collapse(s)
        if self.ws == "replace":
            return replace_ws(s)
        return s

    def allows(self, s: str) -> bool:
        v = self.normal(s)
        if self._re is not None:
            m = self._re.fullmatch(v)
            if m is None:
                return False
            if self.kind == "date" and not self._real_date(m):
                return False
            if self.kind == "monthday" and int(m.group("d")) > _days_in_month(2000, int(m.group("m"))):
                return False
        kind = self.kind
        if kind == "uri" and not _uri_ok(v):
            return False
        if kind in _NAME_KINDS and not _NAME_KINDS[kind](v):
            return False
        if self.name in _INTEGER_RANGE:
            low, high = _INTEGER_RANGE[self.name]
            n = int(v)
            if (low is not None and n < low) or (high is not None and n > high):
                return False
        for pattern in self._patterns:
            if pattern.fullmatch(v) is None:
                return False
        for facet, limit in self._facets:
            if not self._facet_ok(facet, limit, v):
                return False
        return True

    @staticmethod
    def _real_date(m) -> bool:
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if year == 0 or not 1 <= month <= 12:
            return False
        return 1 <= day <= _days_in_month(year if year > 0 else year + 1, month)

    def _facet_ok(self, facet: str, limit: str, v: str) -> bool:
        if facet in ("length", "minLength", "maxLength"):
            n = len(v.split()) if self.kind in ("ncnames", "nmtokens") else len(v)
            want = int(limit)
            return n == want if facet == "length" else (n >= want if facet == "minLength" else n <= want)
        if self.kind not in ("decimal", "double"):
            raise DatatypeError(f"facet {facet} on datatype {self.name} is not supported")
        try:
            value, bound = _number(v), _number(limit)
        except (InvalidOperation, ValueError):
            return False
        if facet == "totalDigits":
            digits = value.as_tuple().digits if isinstance(value, Decimal) else ()
            return len(str(value).lstrip("-").replace(".", "").lstrip("0") or "0") <= int(limit) or not digits
        if facet == "fractionDigits":
            return isinstance(value, Decimal) and max(0, -value.as_tuple().exponent) <= int(limit)
        if value != value:  # NaN
            return False
        return {"minInclusive": value >= bound, "maxInclusive": value <= bound,
                "minExclusive": value > bound, "maxExclusive": value < bound}[facet]


def _number(s: str):
    s = s.strip()
    if s in ("INF", "-INF", "NaN"):
        return float(s.replace("INF", "inf").replace("NaN", "nan"))
    return Decimal(s)


_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _uri_ok(v: str) -> bool:
    """jing's anyURI check: ``%`` escapes well-formed, at most one ``#``, and a scheme (text
    before a ``:`` that comes before any ``/``, ``?`` or ``#``) that starts with a letter and
    is followed by something."""
    if _BAD_PERCENT.search(v) or v.count("#") > 1:
        return False
    colon = v.find(":")
    if colon < 0 or any(c in "#/?" for c in v[:colon]):
        return True  # a relative reference
    if colon == 0 or colon + 1 == len(v) or not ("a" <= v[0].lower() <= "z"):
        return False
    return all(c in _SCHEME_CHARS for c in v[1:colon])


# XML 1.0 (fourth edition, appendix B) names, as jing checks them: start characters are
# letters (Ll, Lu, Lo, Lt, Nl), "_" or ":"; then also Mc, Me, Mn, Lm, Nd, ".", "-", U+00B7.
_ASCII_NAME = re.compile(r"[A-Za-z_:][A-Za-z0-9_:.\-]*")
_START_CATEGORIES = frozenset(("Ll", "Lu", "Lo", "Lt", "Nl"))
_CHAR_CATEGORIES = _START_CATEGORIES | {"Mc", "Me", "Mn", "Lm", "Nd"}


def is_name(v: str, colons: bool = True) -> bool:
    """Whether ``v`` is an XML Name (an NCName when ``colons`` is false)."""
    if not v:
        return False
    if v.isascii():
        return _ASCII_NAME.fullmatch(v) is not None and (colons or ":" not in v)
    first = v[0]
    if not (first in "_" or (colons and first == ":") or unicodedata.category(first) in _START_CATEGORIES):
        return False
    for c in v[1:]:
        if c in "._-\u00b7" or (colons and c == ":"):
            continue
        if not ("0" <= c <= "9" or unicodedata.category(c) in _CHAR_CATEGORIES):
            return False
    return True


def _is_nmtoken(v: str) -> bool:
    return bool(v) and is_name("_" + v)


_NAME_KINDS = {
    "name": is_name,
    "ncname": lambda v: is_name(v, colons=False),
    "ncnames": lambda v: bool(v) and all(is_name(t, colons=False) for t in v.split(" ")),
    "nmtoken": lambda v: _is_nmtoken(v),
    "nmtokens": lambda v: bool(v) and all(_is_nmtoken(t) for t in v.split(" ")),
    "qname": lambda v: v.count(":") <= 1 and all(is_name(t, colons=False) for t in v.split(":")),
}


@lru_cache(maxsize=None)
def compile_datatype(library: str, name: str, params: tuple[tuple[str, str], ...] = ()) -> Datatype:
    """The :class:`Datatype` for ``(library, name, params)``, compiled once per process."""
    return Datatype(library, name, params)


# ------------------------------------------------------------------ XSD regular expressions


@lru_cache(maxsize=None)
def _category_ranges(category: str) -> str:
    """The code points of a Unicode general category (``L`` or ``Lu``) as a character-class body."""
    out, start, prev = [], None, None
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        hit = cat == category if len(category) == 2 else cat[0] == category
        if hit:
            if start is None:
                start = cp
            prev = cp
        elif start is not None:
            out.append(_range(start, prev))
            start = None
    if start is not None:
        out.append(_range(start, prev))
    return "".join(out)


def _range(a: int, b: int) -> str:
    def esc(cp: int) -> str:
        return f"\\U{cp:08x}"
    return esc(a) if a == b else f"{esc(a)}-{esc(b)}"


_NAME_START = (
    ":A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_NAME_CHAR = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
_ESCAPES_IN_CLASS = {
    "i": _NAME_START, "c": _NAME_CHAR, "d": r"\d", "s": r" \t\n\r",
}


_translations: dict[str, str] = {}


def known_translations() -> dict[str, str]:
    """Every pattern translated so far in this process (to store with a compiled grammar)."""
    return dict(_translations)


def remember_translations(translations: dict[str, str]) -> None:
    """Reuse translations made earlier (by :func:`known_translations`), so that loading a
    compiled grammar does not rebuild Unicode category tables."""
    _translations.update(translations)


def translate_pattern(xsd: str) -> str:
    """An XSD regular expression as a Python one (to be used with ``fullmatch``).

    Handles ``\\p{..}``/``\\P{..}`` (general categories), ``\\i``, ``\\c``, ``\\d``, ``\\s``,
    their upper-case complements, ``.`` (any character but newline and carriage return), and
    ``^``/``$`` (plain characters in XSD). Character-class subtraction is refused."""
    if xsd not in _translations:
        _translations[xsd] = _translate(xsd)
    return _translations[xsd]


def _translate(xsd: str) -> str:
    out, i, in_class, n = [], 0, False, len(xsd)
    while i < n:
        ch = xsd[i]
        if ch == "\\" and i + 1 < n:
            nxt = xsd[i + 1]
            if nxt in "pP":
                m = re.match(r"\{(Is[A-Za-z0-9-]+|[A-Z][a-z]?)\}", xsd[i + 2:])
                if not m or m.group(1).startswith("Is"):
                    raise DatatypeError(f"pattern {xsd!r}: block escapes and unknown categories are not supported")
                body = _category_ranges(m.group(1))
                negate = nxt == "P"
                if in_class:
                    if negate:
                        raise DatatypeError(f"pattern {xsd!r}: \\P inside a character class is not supported")
                    out.append(body)
                else:
                    out.append(f"[{'^' if negate else ''}{body}]")
                i += 2 + m.end()
                continue
            if nxt in "icds":
                body = _ESCAPES_IN_CLASS[nxt]
                out.append(body if in_class else f"[{body}]")
                i += 2
                continue
            if nxt in "ICDS":
                if in_class:
                    raise DatatypeError(f"pattern {xsd!r}: \\{nxt} inside a character class is not supported")
                out.append(f"[^{_ESCAPES_IN_CLASS[nxt.lower()]}]")
                i += 2
                continue
            if nxt in "wW":
                raise DatatypeError(f"pattern {xsd!r}: \\w and \\W are not supported")
            out.append(xsd[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "-" and i + 1 < n and xsd[i + 1] == "[":
                raise DatatypeError(f"pattern {xsd!r}: character-class subtraction is not supported")
            if ch == "]":
                in_class = False
            elif ch == "[":
                out.append("\\[")
                i += 1
                continue
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if i + 1 < n and xsd[i + 1] == "^":
                out.append("^")
                i += 1
        elif ch == ".":
            out.append("[^\\n\\r]")
        elif ch in "^$":
            out.append("\\" + ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)
