"""Corpus rules: what no single document can show.

An xml:id must be unique across the corpus, with the exceptions tei-kit's encoding makes on
purpose: a standOff entry repeats its authority entry's id in every document that names
the entity, and the header's declarations (``encodingDesc``, e.g. ``application
xml:id="tei-kit"``) are the same in every document. So a repeated id is accepted when every
use is a *copy*: standOff entries of one kind with one main name (and, if the authority
files know the id, the authority's kind and main name), or declarations of one element name.
Any other repetition is an error of rule ``corpus-id-unique`` on each use in a validated
document, naming another use.

That every ``@ref`` resolves into the document or into the authority files is a Schematron
rule (``ref-resolves`` in tei-kit.sch); :func:`load_authority_index` gives it the ids of the
authority files as its ``authority-ids`` parameter.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .errors import InputError
from .resources import read_pickled_cache, write_cache
from .tei import ENTITY_KINDS, XML_ID, XPATH, tei

RULE = "corpus-id-unique"
_LISTS = [tei(k.list_element) for k in ENTITY_KINDS.values() if k.list_element]
_ENTRIES = [tei(k.entry_element) for k in ENTITY_KINDS.values() if k.entry_element]
_TEI_PREFIX = len(tei(""))


#: One xml:id of a document: ``(id, line, copy)``. ``copy``: what the element is a copy of,
#: when it may be repeated across the corpus (``"person Nam Il"``, ``"declaration
#: application"``), else None. A plain tuple: a corpus has hundreds of thousands, made in the
#: worker processes and sent to the parent, and a named tuple costs five times as much to send.
IdUse = tuple[str, int, "str | None"]


@dataclass(frozen=True)
class AuthorityIndex:
    """The ids of a folder of authority files: ``copies`` maps each id to what a standOff
    copy of it must be (``"person Nam Il"``); ``tokens`` is the ``authority-ids``
    parameter of tei-kit.sch (file names, ids, ``file#id``)."""

    folder: str | None = None
    copies: dict[str, str] = field(default_factory=dict)
    tokens: str = ""


def default_authority_folder(cwd: Path | None = None) -> Path | None:
    """The corpus authority folder, ``corpus/authority`` (of the current folder), if it exists."""
    folder = Path(cwd or ".") / "corpus" / "authority"
    return folder if folder.is_dir() else None


def id_uses(tree: etree._ElementTree, authority: AuthorityIndex | None = None) -> tuple[IdUse, ...]:
    """The xml:ids of a parsed document, in document order (the first use of each). A
    standOff entry with the id of an ``authority`` entry of its kind is taken to be a copy
    of it (its names are not read again)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    known = authority.copies if authority is not None else {}
    copies = {el: f"declaration {etree.QName(el).localname}" for el in XPATH["declarations"](root)}
    standoff = root.find(tei("standOff"))
    if standoff is not None:  # entries of listPerson, listPlace, listOrg, at any depth
        for listing in standoff.iter(*_LISTS):
            for el in listing.iterchildren(*_ENTRIES):
                id_ = el.get(XML_ID)
                if id_ is None or el in copies:
                    continue
                kind = el.tag[_TEI_PREFIX:]
                copy = known.get(id_.strip())
                if copy is None or not copy.startswith(kind + " "):
                    copy = f"{kind} {_main_name(el)}".strip()
                copies[el] = copy
    # a repeat inside one document is the grammar's and Schematron's business: the first use only
    return tuple((id_, line, copies.get(el)) for id_, line, el in _first_xml_ids(root))


def _first_xml_ids_lxml(root: etree._Element) -> list[tuple[str, int, etree._Element]]:
    """``(id, line, element)`` of the first element of each xml:id (stripped), in document
    order: :func:`tei_kit._walk.first_xml_ids` where the C walk is built."""
    out, seen = [], set()
    for el in XPATH["id_elements"](root):
        id_ = el.get(XML_ID).strip()
        if id_ not in seen:
            seen.add(id_)
            out.append((id_, el.sourceline or 0, el))
    return out


def _c_first_xml_ids():
    from .relaxng import _walker

    if _walker is None:
        return _first_xml_ids_lxml
    from ._walk import first_xml_ids

    return first_xml_ids


_first_xml_ids = _c_first_xml_ids()


def _main_name(entry: etree._Element) -> str:
    for child in entry:
        if child.get("type") == "main" and isinstance(child.tag, str):
            text = "".join(child.itertext()) if len(child) else child.text or ""
            return " ".join(text.split())
    return ""


def load_authority_index(folder: Path | str | None, cache: Path | None = None) -> AuthorityIndex:
    """Index the authority files in ``folder`` (``None``: no authority). Read with
    :func:`tei_kit.authority.load_authority`, which checks them; the index is kept in
    ``cache`` under the hash of the files, so a later run does not read them again.
    Raises :class:`~tei_kit.errors.InputError` for authority files that cannot be used."""
    if folder is None:
        return AuthorityIndex()
    from .authority import AUTHORITY_FILES

    folder = Path(folder)
    digest = hashlib.sha256()
    for name in sorted(AUTHORITY_FILES.values()):
        path = folder / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"-") + b"\0")
    file = cache / f"authority-{digest.hexdigest()[:32]}.pickle" if cache else None
    cached = read_pickled_cache(file)
    if isinstance(cached, tuple) and len(cached) == 2:
        return AuthorityIndex(str(folder), *cached)
    from .authority import AuthorityError, load_authority

    try:
        authority = load_authority(folder)
    except AuthorityError as exc:  # validation cannot start: like unreadable input
        raise InputError(exc.message, hint=exc.hint) from exc
    copies, tokens = {}, [*AUTHORITY_FILES.values()]
    for entry in authority.entries():
        copies[entry.id] = f"{ENTITY_KINDS[entry.kind].entry_element} {entry.name}"
        tokens += [entry.id, f"{AUTHORITY_FILES[entry.kind]}#{entry.id}"]
    index = AuthorityIndex(str(folder), copies, " ".join(tokens))
    if file is not None:
        write_cache(file, pickle.dumps((copies, index.tokens)))
    return index


def id_issues(uses: dict[str, tuple[IdUse, ...]], authority: AuthorityIndex,
              report_for) -> dict[str, list[tuple[int, str]]]:
    """Corpus xml:id conflicts, as ``{file: [(line, message), ...]}`` for the files in
    ``report_for``. ``uses``: the :func:`id_uses` of every document of the corpus, in order."""
    by_id: dict[str, list[tuple[str, IdUse]]] = {}
    for name, file_uses in uses.items():
        for use in file_uses:
            by_id.setdefault(use[0], []).append((name, use))
    out: dict[str, list[tuple[int, str]]] = {}
    for id_, occurrences in by_id.items():
        known = authority.copies.get(id_)
        if len(occurrences) == 1 and known is None:
            continue
        kinds = {copy for _, (_, _, copy) in occurrences}  # each file has one use of an id (its first)
        for name, use in occurrences:
            if name not in report_for:
                continue
            message = _conflict(id_, name, use, occurrences, known, kinds)
            if message:
                out.setdefault(name, []).append((use[1], message))
    return out


def _conflict(id_: str, name: str, use: IdUse, occurrences, known: str | None, kinds: set) -> str | None:
    """The message for ``use`` of a repeated id, or None when the repetition is allowed.
    ``kinds``: the ``copy`` values of all the occurrences."""
    copy = use[2]
    if known is not None:
        if copy == known:
            return None
        here = f"names {copy}" if copy else "is on another element"
        return (f'xml:id "{id_}" is the id of {known} in the authority files, but here it {here};'
                " an xml:id must be unique across the corpus")
    if copy is not None and kinds == {copy}:
        return None  # copies of one entity or declaration
    others = [(n, u) for n, u in occurrences if n != name and (u[2] != copy or copy is None)]
    if not others:  # the same file given twice
        return None
    other_name, (_, other_line, other_copy) = others[0]
    return (f'xml:id "{id_}" is also used in {other_name} (line {other_line})'
            + (f", where it names {other_copy}" if other_copy and other_copy != copy else "")
            + "; an xml:id must be unique across the corpus")
