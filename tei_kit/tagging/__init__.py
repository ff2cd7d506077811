"""Tagging stage: document model -> document model with mentions and standOff entities.

:func:`tag_document` walks the blocks in reading order, so that relative dates resolve
against the entry being read and a surname alone finds the full name said before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..model import Document, Entity, Mention
from .dates import DateContext, entry_heading_date, parse_date_line, telegram_date
from .lexicon import EAST_ASIAN_SURNAMES, LEADING_PARTICLES, ORG_HEADS, PERSON_CUES, is_english
from .names import FRENCH_TITLES, Memory, NameTagger, token_keys

__all__ = ["tag_document", "Tagger"]


class Tagger:
    """Holds what tagging needs across documents (authority, gazetteer, compiled rules)."""

    def __init__(self, authority=None):
        from ..authority import load_authority

        self.authority = authority if authority is not None else load_authority(None)
        self.gazetteer = _Places(self.authority)
        self.names = NameTagger(self.authority, self.gazetteer)

    def tag(self, document: Document) -> Document:
        """Add datelines, date and name mentions, and standOff entities to ``document``."""
        doc_date = _iso_to_date(document.metadata.date)
        # a document without a page date takes its first dateline
        if doc_date is None:  # a bare transcription: its first dateline or telegram date-time group,
            # else its first full date
            doc_date = _meeting_date(document) \
                or next(filter(None, (parse_date_line(b.text) for b in document.blocks)), None) \
                or next(filter(None, (telegram_date(b.text) for b in document.blocks)), None) \
                or _first_full_date(document)
            if doc_date is not None:
                document.metadata.date = doc_date.isoformat()
        dates = DateContext(doc_date)
        memory = Memory(french_titles=any(FRENCH_TITLES.search(b.text) for b in document.blocks))
        known_after = []  # per block, the names (and their men) the document had given once it was read
        for block in document.blocks:
            line_date = parse_date_line(block.text) if "\n" not in block.text else None
            if line_date and not block.spans:
                block.kind = "dateline"
                block.date = line_date.isoformat()
                dates.set_entry_date(line_date)
            elif line_date is None and not block.spans and (day := entry_heading_date(block.text, dates.reference)):
                dates.set_entry_date(day)  # "25 October" above a diary's entry
            elif line_date is None and "\n" in block.text and not block.spans \
                    and (day := parse_date_line(head := block.text.split("\n", 1)[0])
                         or entry_heading_date(head, dates.reference)):
                dates.set_entry_date(day)  # "Goroka, 9 July 1979", "Wabag, 11 July" on the first line of an entry
            elif line_date is None and (run_in := _RUN_IN_DAY.match(block.text)) \
                    and (day := entry_heading_date(run_in.group(1), dates.reference)):
                dates.set_entry_date(day)  # "8 April. In a letter received today ...": a diary's entry, run in
            mentions: list[Mention] = []
            # a telegram in capitals, as the rules read it
            text = self.names.in_ordinary_case(block.text, {(s.start, s.end) for s in block.spans}, memory.acronyms,
                                               memory.aliases)
            for dm in dates.find(text):
                if self._month_opens_a_known_name(text, dm.start, dm.end) or _telegram_number(text, dm.start, dm.end):
                    continue
                mentions.append(Mention(start=dm.start, end=dm.end, kind="date", surface=block.text[dm.start:dm.end],
                                        when=dm.when, from_=dm.from_, to=dm.to, cert=dm.cert))
            # a bracket ends a name, unless it supplies part of one: "Qiao [Xiaoguang]"
            breaks = [s for s in block.spans if not _supplies_a_name(block.text, s)]
            boundaries = {s.start for s in breaks} | {s.end for s in breaks}
            blocked = [(m.start, m.end) for m in mentions]
            opens = {s.start for s in block.spans if s.end > s.start}
            guesses = {s.start for s in block.spans if s.kind == "unclear"}
            for m in self.names.tag(text, memory, boundaries, blocked, opens, guesses):
                if text is not block.text:  # the entity is named as the rules read it, the text keeps its capitals
                    m.name, m.surface = m.name or m.surface, block.text[m.start:m.end]
                self._link(m, document, memory)
                mentions.append(m)
            for s in block.spans:  # a guessed reading no rule tagged: "[[Rónai?]]"
                if s.kind == "unclear" and s.end > s.start \
                        and not any(m.start < s.end and s.start < m.end for m in mentions) \
                        and self.names.guessed_person(block.text[s.start:s.end]):
                    m = Mention(start=s.start, end=s.end, kind="person", surface=block.text[s.start:s.end],
                                cert="low")
                    self._link(m, document, memory)
                    mentions.append(m)
            mentions.sort(key=lambda m: (m.start, -m.end))
            block.mentions = mentions
            known_after.append(dict(memory.aliases))
        self._names_given_in_full_later(document, memory, known_after)
        self._link_author(document, memory)
        return document

    def _names_given_in_full_later(self, document: Document, memory: Memory, known_after) -> None:
        """A man's surname (or given name) alone, read before the document names him in full, is that
        man: "SUBJECT: Coup in Rwanda: Habyarimana takes power", "[Handwritten: Copy to Vance and
        Nitze." Only a word no rule tagged, no English word, no place, and not one of a run of
        capitalised words (unless its line is in capitals). ``known_after``: the memory's aliases as
        each block left them."""
        full = {ref for k, ref in memory.aliases.items()  # (not a body a rule took for a man: "Franciscan Order")
                if " " in k and not any(w in ORG_HEADS for w in k.split())}
        alone = {k: ref for k, ref in memory.aliases.items() if " " not in k and ref in full}
        if not alone:
            return
        orphans = set()
        # a name learned in a block has been read there as the rules read it: only the blocks before it
        for block, known in zip(document.blocks, known_after):
            for x in block.mentions:  # "Copy to Byroade", tagged alone before "Henry A. Byroade": one man
                keys = token_keys(x.surface)
                if x.kind == "person" and x.discovered and len(keys) == 1 and keys[0] in alone \
                        and known.get(keys[0]) != alone[keys[0]] and x.ref != alone[keys[0]]:
                    orphans.add(x.ref)
                    x.ref = alone[keys[0]]
            added = []
            for m in _CAPITALISED_WORD.finditer(block.text):
                keys = token_keys(m.group())
                if len(keys) != 1 or keys[0] not in alone or known.get(keys[0]) == alone[keys[0]] or len(keys[0]) < 3 \
                        or is_english(keys[0]) or self.gazetteer.lookup_place(m.group().capitalize()) \
                        or any(x.start < m.end() and m.start() < x.end for x in block.mentions):
                    continue
                line = block.text[block.text.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0]
                if not line.isupper() and (_CAPITALISED_BEFORE.search(block.text, 0, m.start())
                                           or _CAPITALISED_AFTER.match(block.text, m.end())):
                    continue
                added.append(Mention(start=m.start(), end=m.end(), kind="person", surface=m.group(),
                                     ref=alone[keys[0]], cert="medium"))
            if added:
                block.mentions = sorted([*block.mentions, *added], key=lambda x: (x.start, -x.end))
        for ref in orphans - {m.ref for m in document.mentions()}:
            document.entities.pop(ref, None)

    def _month_opens_a_known_name(self, text: str, start: int, end: int) -> bool:
        """Whether a bare month is the given name of a man the authority files know: "August Lindt"."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and text[start:end].isalpha() \
            and bool(self.authority.find(f"{text[start:end]} {m.group(1)}", "person"))

    def _link_author(self, document: Document, memory: Memory) -> None:
        """The author named in the title gets a standOff entry like any person."""
        author = document.metadata.author
        if not author:
            return
        m = Mention(start=0, end=len(author), kind="person", surface=author, cert="medium")
        hits = self.authority.find(author, "person")
        if hits:
            m.ref = hits[0].id
        self._link(m, document, memory)
        document.metadata.author_ref = m.ref

    # -------------------------------------------------------------- linking

    def _link(self, m: Mention, document: Document, memory: Memory) -> None:
        """Give ``m`` a ref and make sure its standOff entity exists."""
        entities = document.entities
        name = m.name or m.surface
        idnos = m.idnos
        if m.ref:  # from the authority files (or a known alias)
            if m.ref not in entities:
                entry = self.authority.get(m.ref)
                if entry is not None:
                    entities[m.ref] = Entity(id=entry.id, kind=entry.kind, name=entry.name,
                                             variants=list(entry.variants), idnos=list(entry.idnos))
                else:  # an alias of a discovered entity
                    entities.setdefault(m.ref, Entity(id=m.ref, kind=m.kind, name=name, discovered=True))
        else:
            key = " ".join(token_keys(name))
            ref = memory.aliases.get(key) if m.kind == "person" else None
            if ref is None and m.kind == "person":
                ref = self._same_person_by_initials(name, memory, entities)
            if ref is None:
                prefix = {"person": "per", "place": "pla", "org": "org"}[m.kind]
                ref = f"{prefix}-{_slug(name)}"
                existing = entities.get(ref) or self.authority.get(ref)
                if existing is not None and (existing.kind != m.kind or existing.name != name):
                    n = 2
                    while f"{ref}-{n}" in entities:
                        n += 1
                    ref = f"{ref}-{n}"
            m.ref = ref
            m.discovered = True
            if ref not in entities:
                entities[ref] = Entity(id=ref, kind=m.kind, name=name, idnos=list(idnos),
                                       discovered=True, cert=m.cert)
        entity = entities[m.ref]
        surface = " ".join(m.surface.split())
        if surface != entity.name and surface not in entity.variants:
            entity.variants.append(surface)
        if m.kind == "person":
            self._remember(surface, m.ref, memory, self.gazetteer)
            if entity.name != surface:
                self._remember(entity.name, m.ref, memory, self.gazetteer)

    @staticmethod
    def _same_person_by_initials(name: str, memory: Memory, entities) -> str | None:
        """"T. Rybiński" after "Tadeusz Rybiński": the same person when the initial fits."""
        keys = token_keys(name)
        if "." not in keys:
            return None
        words = [k for k in keys if k != "." and len(k) > 1]
        ref = memory.aliases.get(words[-1]) if words else None
        entity = entities.get(ref) if ref else None
        if entity is not None and entity.name[:1].casefold() == keys[0][:1]:
            return ref
        return None

    @staticmethod
    def _remember(surface: str, ref: str, memory: Memory, places) -> None:
        keys = token_keys(surface)
        words = [k for k in keys if k not in (".",) and len(k) > 1 and not _REGNAL.fullmatch(k)]  # "Hassan II"
        if not words:
            return
        memory.aliases[" ".join(keys)] = ref
        if len(words) >= 2:
            def alias(word: str) -> None:  # a surname alone, unless it names a country ("Henri de France")
                hit = places.lookup_place(word.capitalize())
                if hit is None or hit.feature != "country":
                    memory.aliases[word] = ref

            # a surname alone: the first word (Korean, Chinese, Hungarian order) or the last
            alias(words[0])
            alias(words[-1])
            bare = re.sub(r"^(?:al|el|ul|ad|as|ash|at|az|an|ar)-", "", words[-1])
            if bare != words[-1] and len(bare) >= 3:
                alias(bare)  # "Wasfi al-Tal" -> "Tal", "Gamal al-Atassi" -> "Atassi"
            if len(words) in (3, 4) and words[0] not in EAST_ASIAN_SURNAMES:
                # the father's surname: "Jorge Risquet Valdés" -> "Risquet", "Marcelo Quiroga Santa Cruz" -> "Quiroga"
                alias(words[1])
            particle = next((k for k, w in enumerate(keys) if k > 0 and w in LEADING_PARTICLES), None)
            if particle is not None and particle < len(keys) - 1:
                memory.aliases[" ".join(keys[particle:])] = ref  # "Charles de Gaulle" -> "de Gaulle"
        elif "." in keys:  # "D. Maidar": the surname after initials
            memory.aliases[words[-1]] = ref


#: A capitalised word (or one in capitals), and a capitalised word right before or after one.
_CAPITALISED_WORD = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?![\w'’-])")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*,? $")
_CAPITALISED_AFTER = re.compile(r",? [A-ZÀ-ÖØ-Þ]")

#: A regnal number after a name ("Hassan II", "Pius XII"), which is no surname to tag alone.
_REGNAL = re.compile(r"[ivx]{2,5}")


class _Places:
    """The gazetteer as the name rules use it: GeoNames data plus this authority's places."""

    def __init__(self, authority):
        from . import gazetteer

        self._gazetteer = gazetteer.Gazetteer(authority)
        self.lookup_place = functools.lru_cache(maxsize=65536)(self._gazetteer.lookup)
        self.is_demonym = functools.lru_cache(maxsize=65536)(gazetteer.is_demonym)


#: A cable's reference line: "REF: BUENOS AIRES 2046", "REFTEL: A. KAMPALA 2864; B. STATE 171305", "Ref.
#: Monrovia 2688" (in ordinary case only with its colon or dot: not "Reference was made to Moscow 1957").
_REFERENCE_LINE = re.compile(r"(?:REFS?|REFTELS?|REFERENCES?)\b|(?i:refs?|reftels?|references?)[^\S\n]*[.:]")


def _telegram_number(text: str, start: int, end: int) -> bool:
    """Whether a bare number of four digits a date rule read as a year is a telegram's number after its post's
    name on a reference line: "REF: BUENOS AIRES 2046"."""
    if end - start != 4 or not text[start:end].isdigit():
        return False
    before = re.search(r"([A-Z][A-Za-z]+)[^\S\n]$", text[max(0, start - 30):start])
    return before is not None and before.group(1).casefold() not in ("of", "in", "since", "from", "until", "to", "for") \
        and bool(_REFERENCE_LINE.match(text, text.rfind("\n", 0, start) + 1, start))  # on a line opening with "REF"


def tag_document(document: Document, authority=None) -> Document:
    """Tag ``document`` in place with a :class:`Tagger` over ``authority`` and return it."""
    return Tagger(authority).tag(document)


def _supplies_a_name(text: str, span) -> bool:
    """A supplied span of one or two capitalised words after an East Asian surname that
    begins a name: the rest of that name ("Qiao [Xiaoguang]", "Pham [Van] Dong"), not another
    spelling ("Kim Tae-hui [Kim Thae Hui]", "Erlian [Ereen]"); and an Arab father's name after a capitalised
    name ("Sheikh Isa [bin Salman]")."""
    words = text[span.start:span.end].split()
    before = text[:span.start].split()
    if span.kind == "supplied" and 2 <= len(words) <= 3 and words[0] in ("bin", "ibn", "bint") \
            and all(w[:1].isupper() for w in words[1:]) and before and before[-1][:1].isupper():
        return True
    if span.kind != "supplied" or not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if not before or before[-1].casefold() not in EAST_ASIAN_SURNAMES:
        return False
    return len(before) == 1 or not before[-2][:1].isupper() or before[-2].casefold().rstrip(".") in PERSON_CUES


#: A heading that says when a meeting was held: "Minutes of the fifth meeting of the Board, held in London on
#: 21 September 1972".
_HELD_ON = re.compile(r"\b(?:meeting|session|conference|talks)\b[^\n.]{0,60}\bheld\b[^\n.]{0,40}\bon[^\S\n]+$")


def _meeting_date(document: Document) -> dt.date | None:
    """The day a meeting was held, said in a heading before any dateline ("Minutes of the fifth meeting of
    the Board, held in London on 21 September 1972"): the day minutes speak of as "today", though they are
    signed later ("22 September 1972" under the secretary's name)."""
    for block in document.blocks[:12]:
        if "\n" not in block.text and parse_date_line(block.text):
            return None  # a dateline comes first
        for m, day in _full_dates(block.text):
            if _HELD_ON.search(block.text, 0, m.start):
                return day
    return None


def _full_dates(text: str):
    """The explicit days (day, month and year, read with high certainty) of ``text``: (mention, date) pairs."""
    return [(m, dt.date.fromisoformat(m.when)) for m in DateContext(None).find(text)
            if m.when and len(m.when) == 10 and m.cert == "high"]


#: A diary entry's day run in before its first sentence: "8 April. In a letter received today ...".
_RUN_IN_DAY = re.compile(r"((?:[0-9]{1,2} [A-Z][a-z]+|[A-Z][a-z]+ [0-9]{1,2})\.)[^\S\n]+[A-Z]")
#: The capitalised word after a bare month: "August Lindt".
_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]+)")
#: A translator's or transcriber's footnote, written after the document: "(1) Transcriber's note: ...".
_FOOTNOTE = re.compile(r"\(\d+\)\s|(?:Translator|Transcriber|Editor)'s note", re.I)


def _first_full_date(document: Document) -> dt.date | None:
    """The first explicit day, month and year written in the body, outside the notes (a
    stamp or a handwritten note is dated when it was added) and the footnotes (a translator's,
    written later) unless only notes, or only footnotes, have one."""
    in_notes = in_footnotes = None
    for block in document.blocks:
        footnote = bool(_FOOTNOTE.match(block.text))
        notes = [s for s in block.spans if s.kind == "note"]
        for m, day in _full_dates(block.text):
            if footnote:
                in_footnotes = in_footnotes or day
            elif not any(s.start <= m.start and m.end <= s.end for s in notes):
                return day
            else:
                in_notes = in_notes or day
    return in_notes or in_footnotes


def _iso_to_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae",
                           "Æ": "Ae", "ß": "ss", "ı": "i", "œ": "oe", "þ": "th"})


def _slug(name: str) -> str:
    import unicodedata

    name = name.translate(_TRANSLIT)
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "x"
