"""TEI vocabulary in one place: namespaces, the entity-kind table, XPaths, the safe XML parser.

Every XPath the Python code needs is compiled here once; no other module spells one out.
Every XML file tei-kit reads goes through :func:`parse_xml`: no network, no DTD loading,
no entity expansion, no XInclude.
"""

from __future__ import annotations

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
}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
        remove_comments=False,
        remove_pis=False,
    )


def parse_xml(source: Path | bytes, *, name: str | None = None) -> etree._ElementTree:
    """Parse XML from a path or bytes, safely. Raises :class:`XMLInputError` with one line.

    Refused: a DOCTYPE that declares entities or points at an external DTD, entity
    references, XInclude elements, files over :data:`MAX_XML_BYTES`.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or str(path)
        if not path.exists():
            raise XMLInputError(f"{name}: no such file")
        if path.is_dir():
            raise XMLInputError(f"{name}: is a folder, not an XML file")
        try:
            if path.stat().st_size > MAX_XML_BYTES:
                raise XMLInputError(
                    f"{name}: larger than {MAX_XML_BYTES // (1024 * 1024)} MB, refused"
                )
            data = path.read_bytes()
        except OSError as exc:
            raise XMLInputError(f"{name}: cannot read ({exc.strerror})") from exc
    else:
        data = bytes(source)
        name = name or "<input>"
        if len(data) > MAX_XML_BYTES:
            raise XMLInputError(f"{name}: larger than {MAX_XML_BYTES // (1024 * 1024)} MB, refused")
    if not data.strip():
        raise XMLInputError(f"{name}: empty file")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise XMLInputError(f"{name}:{line}: not well-formed XML: {exc.msg}") from exc
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise XMLInputError(
            f"{name}: has a DOCTYPE declaration; TEI needs none and tei-kit refuses DTDs and entities",
            hint="remove the <!DOCTYPE ...> line",
        )
    for node in tree.iter(etree.Entity):
        raise XMLInputError(f"{name}:{node.sourceline}: entity reference &{node.name}; refused")
    xinclude = "{http://www.w3.org/2001/XInclude}"
    for el in tree.iter(f"{xinclude}include"):
        raise XMLInputError(f"{name}:{el.sourceline}: XInclude is not supported; refused")
    return tree


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
