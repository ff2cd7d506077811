"""The document model between the stages: what ingest reads, tagging annotates, encode writes.

Offsets are character offsets into a :class:`Block`'s ``text``: the block's words with
editorial brackets removed (``[me]`` -> ``me``); what the brackets meant is kept as
:class:`Span` objects (supplied, unclear, gap, note) over the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Metadata:
    """Header facts found in the source. A fact the source lacks stays ``None``/empty."""

    title: str | None = None
    date: str | None = None  # ISO 8601 of the document
    date_text: str | None = None  # the date as the page prints it ("October 07, 1957")
    author: str | None = None  # a person named as author in the title
    author_ref: str | None = None  # the author's standOff id (set by tagging)
    summary: str | None = None
    citation: str | None = None  # the archive's own citation line, unchanged
    collection: str | None = None  # "History and Public Policy Program Digital Archive"
    repository: str | None = None  # "AVPRF"
    signature: str | None = None  # "F. 0102, Op. 13, Delo 5, Listy 257-307"
    translators: list[str] = field(default_factory=list)
    translation_project: str | None = None  # "NKIDP"
    funders: list[str] = field(default_factory=list)
    language: str = "en"
    layout: str = "bare"  # old | new | bare
    source_name: str | None = None  # file name of the source


@dataclass
class Span:
    """An editorial span over a block's text: supplied, unclear, gap (empty) or note."""

    start: int
    end: int
    kind: str  # supplied | unclear | gap | note
    attrs: dict[str, str] = field(default_factory=dict)
    desc: str | None = None  # gap: what the brackets said ("illegible signature")


@dataclass
class Mention:
    """A tagged entity over a block's text."""

    start: int
    end: int
    kind: str  # person | place | org | date
    surface: str
    ref: str | None = None  # authority/standOff id (names)
    when: str | None = None
    from_: str | None = None
    to: str | None = None
    cert: str = "high"
    discovered: bool = False  # a name not in the authority files
    name: str | None = None  # normalised name for a new standOff entry
    idnos: tuple[tuple[str, str], ...] = ()  # external ids a rule found (GeoNames)


@dataclass
class Block:
    """One paragraph-like unit of the body: a prose paragraph or a dateline."""

    text: str
    kind: str = "p"  # p | dateline
    spans: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    date: str | None = None  # a dateline's ISO date
    line: int = 0  # 1-based line of the source where the block starts


@dataclass
class Entity:
    """A standOff entry the document's names point at."""

    id: str
    kind: str  # person | place | org
    name: str
    variants: list[str] = field(default_factory=list)
    idnos: list[tuple[str, str]] = field(default_factory=list)
    discovered: bool = False  # not from the authority files: an encoder should check it
    cert: str = "high"


@dataclass
class Document:
    """A source document, read and (after tagging) annotated."""

    metadata: Metadata
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def mentions(self):
        """Every mention in reading order."""
        for block in self.blocks:
            yield from block.mentions
