"""TEI vocabulary in one place: namespaces, the entity-kind table, XPaths, the safe XML parser.

Every XPath the Python code needs is compiled here once; no other module spells one out.
Every XML file tei-kit reads goes through :func:`parse_xml`: no network, no DTD loading,
no entity expansion, no XInclude.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import XMLInputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

#: Largest XML input tei-kit reads (bytes); larger files are refused with a clear message.
MAX_XML_BYTES = 50 * 1024 * 1024
#: Deepest element nesting tei-kit reads: Saxon (views, Schematron) refuses deeper documents
#: and libxml2 stops at 256 levels.
MAX_XML_DEPTH = 100


def tei(local: str) -> str:
    """Clark name of a TEI element: ``tei("p") == "{http://www.tei-c.org/ns/1.0}p"``."""
    return f"{{{TEI_NS}}}{local}"


@dataclass(frozen=True)
class EntityKind:
    """How one kind of entity is written in TEI."""

    kind: str  # person, place, org, date
    element: str  # persName, placeName, orgName, date
    list_element: str | None  # listPerson, ... (None for dates)
    entry_element: str | None  # person, place, org
    id_prefix: str | None


ENTITY_KINDS: dict[str, EntityKind] = {
    "person": EntityKind("person", "persName", "listPerson", "person", "per"),
    "place": EntityKind("place", "placeName", "listPlace", "place", "pla"),
    "org": EntityKind("org", "orgName", "listOrg", "org", "org"),
    "date": EntityKind("date", "date", None, None, None),
}
KIND_OF_ELEMENT = {k.element: k.kind for k in ENTITY_KINDS.values()}


def _xp(expr: str) -> etree.XPath:
    return etree.XPath(expr, namespaces=NSMAP)


#: Compiled XPaths, by purpose.
XPATH = {
    # the tagged entities of <text>, in document order
    "text_entities": _xp(
        "/tei:TEI/tei:text//*[self::tei:persName or self::tei:placeName"
        " or self::tei:orgName or self::tei:date]"
    ),
    "text": _xp("/tei:TEI/tei:text"),
    "title": _xp("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]"),
    "creation_date": _xp("/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:date"),
    "standoff_entries": _xp(
        "/tei:TEI/tei:standOff/*[self::tei:listPerson or self::tei:listPlace"
        " or self::tei:listOrg]/*[@xml:id]"
    ),
    "application": _xp("//tei:appInfo/tei:application[@ident='tei-kit']"),
    "change": _xp("/tei:TEI/tei:teiHeader/tei:revisionDesc/tei:change"),
    "all_ids": _xp("//@xml:id"),
    "refs": _xp("//@ref"),
    # corpus rules: every element with an xml:id; the declarations of the header (shared by
    # the documents of a corpus)
    "id_elements": _xp("//@xml:id/.."),
    "declarations": _xp("/tei:TEI/tei:teiHeader/tei:encodingDesc//*[@xml:id]"),
}


class _NoExternalResources(etree.Resolver):
    """Answers every request for an external DTD, entity or XInclude with nothing, so that
    libxml2 opens no file and no URL whatever the document names."""

    def resolve(self, url, pubid, context):
        return self.resolve_string("", context)


def _parser(*, collect_ids: bool = True, recover: bool = False) -> etree.XMLParser:
    """The parser of :func:`parse_xml`. ``collect_ids``: keep libxml2's table of xml:ids, so
    that XPath's ``id()`` finds them (the Schematron's pointer rules use it)."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=collect_ids,
        recover=recover,
        remove_comments=False,
        remove_pis=False,
    )
    parser.resolvers.add(_NoExternalResources())
    return parser


def _has_doctype(data: bytes) -> bool:
    """Whether the prolog (before the root element) holds a ``<!DOCTYPE``: such documents
    are refused before libxml2 sees them, so that no DTD is read and no entity expanded."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else (
            "utf-16-le" if head[:2] == b"<\x00" else "utf-16-be")
        text = head.decode(codec, errors="ignore")
    else:
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    text = text.removeprefix("\ufeff")
    i = 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if text.startswith("<?", i):
            end = text.find("?>", i)
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
        else:
            return text[i:i + 9].upper() == "<!DOCTYPE"
        if end < 0:
            return False
        i = end + 2


def read_xml_bytes(path: Path, name: str) -> bytes:
    """The bytes of an XML file, refused (one line) if missing, a folder or over
    :data:`MAX_XML_BYTES`; a device or pipe is read no further than that (``/dev/zero``
    ends, too). One open and one read: validation reads thousands of files."""
    too_large = f"{name}: larger than {MAX_XML_BYTES // (1024 * 1024)} MB, refused"
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_XML_BYTES:
                raise XMLInputError(too_large)
            # read(n) allocates n bytes first: ask for the size (+1, to see a file that grew);
            # a device or pipe has no size: read on, no further than the limit
            data = fh.read(size + 1) if size else b""
            if len(data) > size or not size:
                data += fh.read(MAX_XML_BYTES + 1 - len(data))
    except FileNotFoundError as exc:
        raise XMLInputError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise XMLInputError(f"{name}: is a folder, not an XML file") from exc
    except OSError as exc:
        raise XMLInputError(f"{name}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_XML_BYTES:
        raise XMLInputError(too_large)
    return data


#: The elements nested deeper than MAX_XML_DEPTH: one XPath step per level, evaluated in C.
_TOO_DEEP = etree.XPath("/*" + "/*" * MAX_XML_DEPTH)


def _check_depth(tree: etree._ElementTree, name: str) -> None:
    deep = _TOO_DEEP(tree)
    if deep:
        raise XMLInputError(f"{name}:{deep[0].sourceline or 0}: elements nested more than {MAX_XML_DEPTH} "
                            f"levels deep; refused")


def _syntax_error(exc: etree.XMLSyntaxError, name: str) -> XMLInputError:
    """A one-line message for libxml2's error; its resource limits said in tei-kit's words."""
    line, msg = exc.lineno or 0, exc.msg or "parse error"
    if "Excessive depth" in msg:
        return XMLInputError(f"{name}:{line}: elements nested more than {MAX_XML_DEPTH} levels deep; refused")
    if "amplification" in msg or "entity reference loop" in msg.lower() or "entities expansion" in msg.lower():
        return XMLInputError(f"{name}:{line}: entity expansion (an 'entity bomb'); refused",
                             hint="tei-kit refuses DTDs and entities")
    if "huge" in msg.lower() or "too long" in msg.lower():
        return XMLInputError(f"{name}:{line}: a text or name too large for the XML parser; refused")
    return XMLInputError(f"{name}:{line}: not well-formed XML: {msg}")


def parse_xml(source: Path | bytes, *, name: str | None = None) -> etree._ElementTree:
    """Parse XML from a path or bytes, safely. Raises :class:`XMLInputError` with one line.

    Refused: any DOCTYPE (so no DTD is loaded, no entity declared or expanded), entity
    references, XInclude elements, files over :data:`MAX_XML_BYTES`, elements nested deeper
    than :data:`MAX_XML_DEPTH`. Nothing a document names is ever opened or fetched;
    processing instructions (``xml-stylesheet``, ``xml-model``) are kept and never followed.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or str(path)
        data = read_xml_bytes(path, name)
    else:
        data = bytes(source)
        name = name or "<input>"
        if len(data) > MAX_XML_BYTES:
            raise XMLInputError(f"{name}: larger than {MAX_XML_BYTES // (1024 * 1024)} MB, refused")
    if not data.strip():
        raise XMLInputError(f"{name}: empty file")
    if _has_doctype(data):
        raise XMLInputError(
            f"{name}: has a DOCTYPE declaration; TEI needs none and tei-kit refuses DTDs and entities",
            hint="remove the <!DOCTYPE ...> line",
        )
    parser = _parser()
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as exc:
        if exc.code not in _ID_ERRORS:
            raise _syntax_error(exc, name) from exc
        tree, parser = _with_id_errors(data, name)
    for entry in parser.error_log:  # libxml2 goes on after these; Saxon (the views) does not
        if entry.domain == etree.ErrorDomains.NAMESPACE and entry.level >= etree.ErrorLevels.ERROR:
            raise XMLInputError(f"{name}:{entry.line}: not well-formed XML (namespaces): {entry.message}")
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise XMLInputError(
            f"{name}: has a DOCTYPE declaration; TEI needs none and tei-kit refuses DTDs and entities",
            hint="remove the <!DOCTYPE ...> line",
        )
    for node in tree.iter(etree.Entity):
        raise XMLInputError(f"{name}:{node.sourceline}: entity reference &{node.name}; refused")
    xinclude = ("{http://www.w3.org/2001/XInclude}include", "{http://www.w3.org/2003/XInclude}include")
    for el in tree.iter(*xinclude):
        raise XMLInputError(f"{name}:{el.sourceline}: XInclude is not supported; refused")
    _check_depth(tree, name)
    return tree


#: What libxml2 says of xml:ids while it collects them: a repeated id, an id that is not an
#: NCName. Validity errors of well-formed XML, for the grammar and the Schematron to report.
_ID_ERRORS = (etree.ErrorTypes.DTD_ID_REDEFINED, etree.ErrorTypes.DTD_XMLID_VALUE)


def _with_id_errors(data: bytes, name: str) -> tuple[etree._ElementTree, etree.XMLParser]:
    """Parse a document with a repeated or malformed xml:id (see :data:`_ID_ERRORS`); libxml2
    keeps the first element of each id in its ID table. Any other error is raised as
    :func:`parse_xml` raises it."""
    parser = _parser(recover=True)
    tree = etree.ElementTree(etree.fromstring(data, parser))
    for entry in parser.error_log:
        if (entry.level >= etree.ErrorLevels.ERROR and entry.type not in _ID_ERRORS
                and entry.domain != etree.ErrorDomains.NAMESPACE):  # namespaces: see parse_xml
            try:  # a real syntax error as well: parse without the ID table, to raise it
                etree.fromstring(data, _parser(collect_ids=False))
            except etree.XMLSyntaxError as exc:
                raise _syntax_error(exc, name) from exc
            raise XMLInputError(f"{name}:{entry.line}: not well-formed XML: {entry.message}")
    return tree, parser


def require_tei(tree: etree._ElementTree, name: str) -> None:
    """Raise :class:`XMLInputError` unless the root element is TEI-namespace ``TEI``."""
    root = tree.getroot()
    if root.tag != tei("TEI"):
        raise XMLInputError(
            f"{name}: root element is <{etree.QName(root).localname}>"
            f"{' in namespace ' + etree.QName(root).namespace if etree.QName(root).namespace else ' in no namespace'},"
            f" not TEI's <TEI>",
            hint=f"TEI documents have <TEI xmlns=\"{TEI_NS}\">",
        )


def to_bytes(tree: etree._ElementTree | etree._Element) -> bytes:
    """Serialise a TEI tree as UTF-8 with an XML declaration, indented as written."""
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
