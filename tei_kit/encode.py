"""Document model -> TEI tree. The one module that builds TEI elements.

The header follows ENCODING.md section 2 (a fact the source lacks is left out); the
standOff lists every entity a name in ``<text>`` points at; the body is a ``div`` per
journal entry (a dateline opens one), paragraphs with inline ``persName``, ``placeName``,
``orgName``, ``date``, ``supplied``, ``unclear``, ``gap`` and ``note``.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from . import __version__
from .model import Block, Document, Entity, Mention, Span
from .tei import ENTITY_KINDS, TEI_NS, XML_ID, XML_LANG, tei

RESP = "#tei-kit"


def E(tag: str, *children, text: str | None = None, **attrs) -> etree._Element:
    """Make a TEI element: ``E("title", text="x", type="main")``; ``None`` attributes are skipped."""
    el = etree.Element(tei(tag), nsmap=None)
    for key, value in attrs.items():
        if value is None:
            continue
        name = {"xml_id": XML_ID, "xml_lang": XML_LANG, "from_": "from"}.get(key, key)
        el.set(name, str(value))
    if text is not None:
        el.text = text
    for child in children:
        if child is not None:
            el.append(child)
    return el


def encode(document: Document, *, today: dt.date | None = None) -> etree._ElementTree:
    """Build the TEI document for a tagged :class:`Document`."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(XML_LANG, document.metadata.language or "en")
    root.append(header(document, today or dt.date.today()))
    standoff = standoff_lists(document)
    if standoff is not None:
        root.append(standoff)
    root.append(E("text", body(document.blocks)))
    indent(root)
    return etree.ElementTree(root)


# ------------------------------------------------------------------ header


def header(document: Document, today: dt.date) -> etree._Element:
    meta = document.metadata
    title = meta.title or (meta.source_name or "Untitled document")
    title_stmt = E("titleStmt", E("title", text=title))
    if meta.author:
        ref = meta.author_ref
        title_stmt.append(E("author", E("persName", text=meta.author, ref=f"#{ref}" if ref else None)))
    for funder in meta.funders:
        title_stmt.append(E("funder", text=funder))
    if meta.translators:
        resp = E("respStmt", E("resp", text="translation"))
        for name in meta.translators:
            resp.append(E("persName", text=name))
        if meta.translation_project:
            resp.append(E("orgName", text=meta.translation_project))
        title_stmt.append(resp)
    publication = E("publicationStmt", E("p", text="TEI encoding made with tei-kit from a plain-text "
                                                 "source; not published."))
    source_desc = E("sourceDesc", _bibl(meta))
    if meta.repository or meta.signature:
        ident = E("msIdentifier")
        if meta.repository:
            ident.append(E("repository", text=meta.repository))
        if meta.signature:
            ident.append(E("idno", text=meta.signature, type="signature"))
        source_desc.append(E("msDesc", ident))
    file_desc = E("fileDesc", title_stmt, publication, source_desc)

    encoding = E("encodingDesc", E("appInfo", E("application", E("label", text="tei-kit"),
                                                   xml_id="tei-kit", ident="tei-kit", version=__version__)))
    profile = E("profileDesc")
    if meta.date:
        profile.append(E("creation", E("date", text=meta.date_text or meta.date, when=meta.date)))
    if meta.summary:
        profile.append(E("abstract", E("p", text=meta.summary)))
    profile.append(E("langUsage", E("language", text="English", ident=meta.language or "en")))
    revision = E("revisionDesc", E("change", text=f"Converted from plain text and tagged by tei-kit {__version__}.",
                                   when=today.isoformat(), who=RESP))
    return E("teiHeader", file_desc, encoding, profile, revision)


def _bibl(meta) -> etree._Element:
    bibl = E("bibl")
    if meta.title:
        bibl.append(E("title", text=meta.title))
    if meta.date:
        bibl.append(E("date", text=meta.date_text or meta.date, when=meta.date))
    if meta.collection:
        bibl.append(E("distributor", text=meta.collection))
    if meta.citation:
        bibl.append(E("note", text=meta.citation, type="citation"))
    if len(bibl) == 0:
        bibl.text = meta.source_name or "Plain-text transcription"
    return bibl


# ------------------------------------------------------------------ standOff


def standoff_lists(document: Document) -> etree._Element | None:
    lists = []
    for kind in ("person", "place", "org"):
        spec = ENTITY_KINDS[kind]
        entities = [e for e in document.entities.values() if e.kind == kind]
        if entities:
            lists.append(E(spec.list_element, *(_entry(e, spec) for e in entities)))
    return E("standOff", *lists) if lists else None


def _entry(entity: Entity, spec) -> etree._Element:
    el = E(spec.entry_element, xml_id=entity.id,
           cert=entity.cert if entity.discovered else None, resp=RESP if entity.discovered else None)
    el.append(E(spec.element, text=entity.name, type="main"))
    for variant in entity.variants:
        if variant != entity.name:
            el.append(E(spec.element, text=variant, type="variant"))
    for kind, value in entity.idnos:
        el.append(E("idno", text=value, type=kind))
    if entity.discovered:
        el.append(E("note", text="Found by tei-kit's rules, not in the authority files: check it.",
                    type="discovery"))
    return el


# ------------------------------------------------------------------ body


def body(blocks: list[Block]) -> etree._Element:
    """Group blocks into divs: a dateline opens a journal entry, a final one closes it."""
    divs: list[list[Block]] = [[]]
    for i, block in enumerate(blocks):
        current = divs[-1]
        has_prose = any(b.kind == "p" for b in current)
        rest_are_datelines = all(b.kind == "dateline" for b in blocks[i:])
        if block.kind == "dateline" and has_prose and not rest_are_datelines:
            divs.append([block])
        else:
            current.append(block)
    out = E("body")
    for group in divs:
        if not group:
            continue
        div = E("div", type="entry" if group[0].kind == "dateline" else None)
        for block in group:
            div.append(inline(block))
        out.append(div)
    return out


def inline(block: Block) -> etree._Element:
    """One block as ``p`` or ``dateline`` with its spans and mentions nested inside."""
    el = E("dateline" if block.kind == "dateline" else "p")
    intervals = _laminate(block.spans, block.mentions)
    _fill(el, block.text, 0, len(block.text), intervals)
    return el


def _laminate(spans: list[Span], mentions: list[Mention]):
    """Make spans and mentions nest. Mentions never overlap each other and are never
    split; editorial spans nest among themselves. Where a mention crosses an editorial
    span's edge, every editorial span is split at that mention's inner edge, so the pieces
    nest in each other and in the mentions. Returns (start, end, rank, item) sorted."""
    cuts = set()
    for sp in spans:
        for m in mentions:
            if m.start < sp.start < m.end or m.start < sp.end < m.end:  # m crosses sp's edge
                cuts.update(c for c in (m.start, m.end) if sp.start < c < sp.end)
    pieces: list[tuple[int, int, int, object]] = []
    for sp in spans:
        if sp.start == sp.end:
            pieces.append((sp.start, sp.end, 2, sp))
            continue
        bounds = [sp.start, *sorted(c for c in cuts if sp.start < c < sp.end), sp.end]
        for a, b in zip(bounds, bounds[1:]):
            pieces.append((a, b, 0, Span(a, b, sp.kind, dict(sp.attrs), sp.desc)))
    for m in mentions:
        pieces.append((m.start, m.end, 1, m))
    pieces.sort(key=lambda p: (p[0], -(p[1] - p[0]), p[2]))
    return pieces


def _fill(parent: etree._Element, text: str, start: int, end: int, intervals) -> None:
    """Append text[start:end] to ``parent`` with ``intervals`` (nested) as elements."""
    pos = start
    last: etree._Element | None = None
    i = 0
    while i < len(intervals):
        a, b, _, item = intervals[i]
        # children: the following intervals inside this one (an empty one holds none, and
        # an empty one at this one's end comes after it)
        j = i + 1
        if a < b:
            while j < len(intervals) and intervals[j][0] >= a and intervals[j][1] <= b \
                    and not (intervals[j][0] == intervals[j][1] == b):
                j += 1
        last = _text(parent, last, text[pos:a])
        child = _element(item)
        parent.append(child)
        _fill(child, text, a, b, intervals[i + 1 : j])
        last = child
        pos = b
        i = j
    _text(parent, last, text[pos:end])


def _text(parent, last, s: str):
    """Append ``s`` after ``last`` (or as ``parent.text``); newlines become ``<lb/>``."""
    lines = s.split("\n")
    for k, line in enumerate(lines):
        if k > 0:  # keep the line end as whitespace before <lb/>, so words stay apart
            if last is None:
                parent.text = (parent.text or "") + "\n"
            else:
                last.tail = (last.tail or "") + "\n"
            lb = E("lb")
            parent.append(lb)
            last = lb
        if not line:
            continue
        if last is None:
            parent.text = (parent.text or "") + line
        else:
            last.tail = (last.tail or "") + line
    return last


def _element(item) -> etree._Element:
    if isinstance(item, Mention):
        if item.kind == "date":
            return E("date", when=item.when, from_=item.from_, to=item.to,
                     resp=RESP, cert=item.cert, type=None if (item.when or item.from_) else "unresolved")
        spec = ENTITY_KINDS[item.kind]
        return E(spec.element, ref=f"#{item.ref}" if item.ref else None, resp=RESP, cert=item.cert)
    sp: Span = item
    if sp.kind == "gap":
        el = E("gap", **sp.attrs)
        if sp.desc:
            el.append(E("desc", text=sp.desc))
        return el
    return E(sp.kind, **sp.attrs)


_MIXED = frozenset(tei(x) for x in (
    "p", "dateline", "ab", "head", "note", "supplied", "unclear", "persName", "placeName", "orgName",
    "date", "title", "resp", "desc", "change", "label", "idno", "funder", "repository", "distributor"))


def indent(el: etree._Element, level: int = 0, space: str = "  ") -> None:
    """Indent element-only content; leave mixed content (paragraphs, names) untouched."""
    children = list(el)
    if el.tag in _MIXED or not children or (el.text and el.text.strip()) or any(c.tail and c.tail.strip() for c in children):
        return
    pad = "\n" + space * (level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        indent(child, level + 1, space)
    children[-1].tail = "\n" + space * level
