"""Source text -> document model: read an archive export (or a bare transcription).

Knows the two page layouts of the Wilson Center Digital Archive (ENCODING.md section 1):

* ``old``: ``Search in`` ... date ... funding line ... ``get citation`` / summary / quoted
  citation line ... ``English HTML`` / body;
* ``new``: ``Skip to content`` / date / title / funding line / body / [summary /
  ``Document Information`` / signature and translators / rights statement];
* ``bare``: anything else is an encoder's own transcription: all of it is body.

Editorial brackets become :class:`~tei_kit.model.Span` objects: ``[x]`` supplied,
``[…]`` an omission (gap), ``[[x]]`` unclear, ``[[illegible ...]]`` a gap, and bracketed
editorial remarks (``[Translator's note: ...]``, ``[... stamp: ...]``, ``[SIC ...]``) notes.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import itertools
import re
from pathlib import Path

from . import telegram
from .errors import InputError
from .model import Block, Document, Metadata, Span

#: Largest source text tei-kit converts (5 MiB, some 800,000 words: far more than one archive
#: document). Conversion takes some 5 s and 200 MB of memory per MB of prose (more for text
#: dense with names and brackets), so a larger file is refused at once; split it into documents.
MAX_SOURCE_BYTES = 5 * 1024 * 1024
#: Longest paragraph handed to the tagger; a longer line is split at sentence ends (or
#: spaces) into several paragraphs, with a warning, so a huge one-line file converts in
#: bounded time (the tagger's cost grows faster than linearly with a paragraph's length).
MAX_BLOCK_CHARS = 5_000
#: Deepest nesting of editorial brackets read as markup; deeper pairs stay literal text.
MAX_BRACKET_DEPTH = 16

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        1,
    )
}
_PAGE_DATE = re.compile(r"^\s*([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$")
_FUNDING = re.compile(r"^\s*This document was made possible with support from\s+(.+)$", re.I)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PAGE_WIDGET = re.compile(r"^(?:[A-Z][a-z]+ )?(?:HTML|PDF)$|^(?:Original Scan|Transcript|Translation)$")
_RIGHTS = re.compile(r"^The History and Public Policy Program welcomes reuse", re.I)
#: Field labels the archive's page shows inside "Document Information", each on a line of its own
#: when a reader copies the page ("Source", then the source line).
_INFO_LABEL = re.compile(r"^(?:Source|Original Archive|Original Language|Language|Rights|Record ID|Type|"
                         r"Document Type|Original Uploaded Date|Uploaded Date|Donors?|Funders?|Publisher|"
                         r"Subjects?|Keywords?|Related Documents?)\s*:?$", re.I)
_NOTE_CONTENT = re.compile(
    r"^(?:(?:translator|editor|author|compiler)[’']?s?\s+notes?\b|sic\b|[^:\]]{0,40}\b(?:stamp|seal|note|notes|"
    r"handwritten|handwriting|image|signature|resolution|notation|in the margin)\b[^:]{0,20}:)",
    re.I,
)
_ELLIPSIS = re.compile(r"^\s*(?:…|\.{2,}|\. \. \.)\s*$")


# ---------------------------------------------------------------- reading bytes


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode source bytes; return the text and warnings about what was changed or guessed.

    With ``encoding`` given it is used strictly. Otherwise: a BOM decides (UTF-8,
    UTF-16/32 LE/BE), then strict UTF-8, then Windows-1252 for Latin text (a Latin-1 file
    reads the same), then a guess by charset-normalizer; what was chosen is reported.
    Binary files, UTF-16 without a BOM and UTF-8 with a few bad bytes are refused with a hint.
    Line ends become ``\n``; characters XML cannot hold are replaced (see :func:`clean_text`).
    """
    warnings: list[str] = []
    if encoding:
        try:
            info = codecs.lookup(encoding)
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}", hint="try --encoding utf-8, cp1252 or latin-1") from exc
        if not getattr(info, "_is_text_encoding", True):
            raise InputError(f"{encoding!r} is not a text encoding", hint="try --encoding utf-8, cp1252 or latin-1")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid {encoding} ({_where(data, exc.start)})",
                hint="try another --encoding, e.g. cp1252 or latin-1",
            ) from exc
        text = text.removeprefix("\ufeff")
    elif data.startswith(codecs.BOM_UTF8):
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: has a UTF-8 byte-order mark but invalid UTF-8 bytes "
                             f"({_where(data, exc.start + 3)})", hint="try --encoding cp1252") from exc
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _decode_bom(data, "utf-32", name)
        warnings.append(f"{name}: read as UTF-32 (byte-order mark)")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_bom(data, "utf-16", name)
        warnings.append(f"{name}: read as UTF-16 (byte-order mark)")
    else:
        _refuse_binary(data, name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, chosen = _single_byte(data, name, exc)
            warnings.append(f"{name}: not UTF-8; read as {chosen} (use --encoding to choose another)")
    text, changes = clean_text(text)
    warnings += [f"{name}: {w}" for w in changes]
    return text, warnings


#: Leading bytes of file formats people mistake for text, and what to call them.
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document?)"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office file (a .doc document?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x7fELF", "a program (ELF binary)"),
)
_CONTROL_BYTES = frozenset([*range(0, 9), *range(14, 32), 127])
_UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _refuse_binary(data: bytes, name: str) -> None:
    """Raise :class:`InputError` for data that is not text (or is UTF-16 without a BOM)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: is {what}, not plain text",
                             hint="save it as plain text (.txt) and convert that")
    sample = data[:8192]
    nuls = sample.count(0)
    if nuls >= 4 and nuls * 4 >= len(sample):
        odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
        for share, order in ((odd, "le"), (nuls - odd, "be")):
            if share * 10 >= nuls * 9:
                raise InputError(f"{name}: looks like UTF-16 text without a byte-order mark",
                                 hint=f"give --encoding utf-16-{order}")
    suspicious = sum(1 for b in sample if b in _CONTROL_BYTES)
    if not _is_utf8(sample):  # bytes no text encoding of ours uses (undefined in cp1252) count too
        suspicious += sum(sample.count(b) for b in _UNDEFINED_IN_CP1252)
    if suspicious >= 3 and suspicious * 10 > len(sample):
        raise InputError(f"{name}: looks like a binary file, not text", hint="convert takes plain text (.txt)")


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3  # a character cut at the end of the sample is fine
    return True


def _decode_bom(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: has a {codec.upper()} byte-order mark but is not valid {codec.upper()}",
                         hint="try --encoding utf-8 or cp1252") from exc


def _where(data: bytes, offset: int) -> str:
    """``line 3, column 7, byte 52: 0xE9`` for a byte offset into ``data``."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    byte = f": 0x{data[offset]:02X}" if offset < len(data) else ""
    return f"line {line}, column {column}, byte {offset}{byte}"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _single_byte(data: bytes, name: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """Decode data that is not UTF-8: Windows-1252 if it reads as Latin text, else a guess.
    UTF-8 with a few bad bytes is refused: any single-byte reading would garble the rest."""
    non_ascii = len(data) - len(data.translate(None, bytes(range(128, 256))))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if in_sequences and in_sequences * 2 >= non_ascii:
        raise InputError(
            f"{name}: not valid UTF-8 at {_where(data, error.start)}, though most of it is UTF-8",
            hint="fix or remove the bad bytes there; or give --encoding cp1252 if the file is not UTF-8",
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [c for c in text[:200_000] if c.isalpha()]
        if sum(1 for c in letters if ord(c) > 127) * 10 <= len(letters) * 3:
            return text, "cp1252 (Windows Western European)"
    return _guess(data, name)


def _guess(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(f"{name}: not text in any encoding tei-kit can recognise", hint="give --encoding")
    encoding = best.encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{name}: cannot decode (guessed {encoding})", hint="give --encoding") from exc


#: Vertical tab and form feed: a line or page break in plain text (Word writes a manual
#: line break as a vertical tab), so they become line ends.
_BREAKS = "\x0b\x0c"


def clean_text(text: str) -> tuple[str, list[str]]:
    """Make decoded text fit for XML 1.0; return it and what was changed (warnings).

    Line ends (CRLF, CR) become ``\\n``; vertical tab and form feed become line ends; every
    other character XML cannot hold (C0 controls, U+FFFE, U+FFFF, lone surrogates) becomes
    U+FFFD, so the change is visible and no two words run together.
    """
    warnings: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _XML_FORBIDDEN.search(text) is None:
        return text, warnings
    found: dict[str, int] = {}
    first: dict[bool, int] = {}  # is a break -> offset of the first one
    for m in _XML_FORBIDDEN.finditer(text):
        found[m.group()] = found.get(m.group(), 0) + 1
        first.setdefault(m.group() in _BREAKS, m.start())
    lines = {kind: text.count("\n", 0, offset) + 1 for kind, offset in first.items()}
    text = _XML_FORBIDDEN.sub(lambda m: "\n" if m.group() in _BREAKS else "\ufffd", text)

    def listed(is_break: bool) -> tuple[int, str]:
        chars = sorted((c, n) for c, n in found.items() if (c in _BREAKS) == is_break)
        return sum(n for _, n in chars), ", ".join(f"U+{ord(c):04X} x{n}" for c, n in chars)

    if False in lines:
        count, names = listed(False)
        warnings.append(f"replaced {count} character(s) that XML cannot hold ({names}) with U+FFFD, "
                        f"first on line {lines[False]}")
    if True in lines:
        count, names = listed(True)
        warnings.append(f"read {count} vertical tab or form feed character(s) ({names}) as line ends, "
                        f"first on line {lines[True]}")
    return text, warnings


def read_source(path: Path, encoding: str | None = None) -> Document:
    """Read a source file into a :class:`Document` (layout, header facts, body blocks)."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder", hint="give a .txt file, or use 'tei-kit build' for a folder")
    try:
        size = path.stat().st_size
        if size <= MAX_SOURCE_BYTES:  # a device or pipe says 0: read no more than the limit
            with path.open("rb") as fh:
                data = fh.read(MAX_SOURCE_BYTES + 1)
            size = max(size, len(data))
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    if size > MAX_SOURCE_BYTES:
        raise InputError(
            f"{name}: {_megabytes(size)} is over the {_megabytes(MAX_SOURCE_BYTES)} limit for one document",
            hint="split it into one file per document and use 'tei-kit build'",
        )
    text, warnings = decode(data, path.name, encoding)
    document = parse_text(text, name=path.name)
    document.warnings[:0] = warnings
    return document


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB" if mb >= 0.1 else f"{size} bytes"


# ---------------------------------------------------------------- layouts


def parse_text(text: str, name: str = "<text>") -> Document:
    """Split a decoded export into header facts and body blocks. Line ends and characters
    XML cannot hold are dealt with as :func:`clean_text` does (a warning says what changed)."""
    text, changes = clean_text(text.removeprefix("\ufeff"))
    if not text.strip():
        raise InputError(f"{name}: empty (no text to convert)")
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        raise InputError(
            f"{name}: looks like a saved HTML page, not text",
            hint="copy the page's text (or save it as 'Text') and convert that",
        )
    if head.startswith("<?xml") or head.startswith("<tei"):
        raise InputError(f"{name}: looks like an XML file, not text",
                         hint="convert reads plain text; 'tei-kit validate' and 'render' read TEI")
    lines = text.split("\n")
    meta = Metadata(source_name=name)
    stripped = [ln.strip() for ln in lines]
    first = next((ln for ln in stripped if ln), "")
    if first == "Search in" and "English HTML" in stripped:
        body_start = _read_old_layout(stripped, meta)
        body_end = len(lines)
    elif first == "Skip to content":
        body_start, body_end = _read_new_layout(stripped, meta)
    else:
        body_start, body_end = 0, len(lines)
        meta.layout = "bare"
    blocks, warnings = make_blocks(lines[body_start:body_end], first_line=body_start + 1)
    if not blocks:
        raise InputError(f"{name}: no body text found after the archive page's header")
    if meta.layout == "bare":
        _bare_title(blocks, meta)
    return Document(metadata=meta, blocks=blocks, warnings=[f"{name}: {w}" for w in changes + warnings])


def page_date(line: str) -> tuple[str, str] | None:
    """``"October 07, 1957"`` -> ``("1957-10-07", "October 07, 1957")``; None if not such a line."""
    m = _PAGE_DATE.match(line)
    if not m or m.group(1).lower() not in MONTHS:
        return None
    try:
        day = dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None
    return day.isoformat(), line.strip()


def _funders(line: str) -> list[str]:
    parts = re.split(r",\s*|\s+and\s+", line.rstrip("."))
    return [re.sub(r"^the\s+", "", p.strip(), flags=re.I) for p in parts if p.strip()]


def _read_old_layout(lines: list[str], meta: Metadata) -> int:
    meta.layout = "old"
    body_start = lines.index("English HTML") + 1
    while body_start < len(lines) and (not lines[body_start] or _PAGE_WIDGET.match(lines[body_start])):
        body_start += 1  # "Russian PDF", "Original Scan": the page's other renderings
    header = lines[:body_start]
    for ln in header:
        if meta.date is None and (pd := page_date(ln)):
            meta.date, meta.date_text = pd
        if m := _FUNDING.match(ln):
            meta.funders = _funders(m.group(1).strip())
    if "get citation" in header:
        after = [ln for ln in header[header.index("get citation") + 1 :] if ln]
        for ln in after:
            if ln.startswith(("\u2022", "•")) or ln == "English HTML":
                break
            if ln[0] in "\"“" and meta.citation is None:
                meta.citation = ln
            elif meta.summary is None and meta.citation is None:
                meta.summary = ln
    if meta.citation:
        _read_citation(meta.citation, meta)
    return body_start


def _looks_like_summary(line: str) -> bool:
    """The newer layout's summary: a sentence or more of prose, not a stamp, date or signature."""
    return len(line) >= 40 and line.rstrip()[-1:] in ".!?\"”" and not line.startswith("[") \
        and page_date(line) is None


def _read_new_layout(lines: list[str], meta: Metadata) -> tuple[int, int]:
    meta.layout = "new"
    idx = [i for i, ln in enumerate(lines) if ln]
    pos = 1  # after "Skip to content"
    if pos < len(idx) and (pd := page_date(lines[idx[pos]])):
        meta.date, meta.date_text = pd
        pos += 1
    if pos < len(idx) and not _FUNDING.match(lines[idx[pos]]):
        meta.title = lines[idx[pos]]
        pos += 1
    if pos < len(idx) and (m := _FUNDING.match(lines[idx[pos]])):
        meta.funders = _funders(m.group(1).strip())
        pos += 1
    body_start = idx[pos] if pos < len(idx) else len(lines)
    body_end = len(lines)
    if "Document Information" in lines:
        info = lines.index("Document Information")
        body_end = info
        before = [i for i in idx if body_start <= i < info]
        last = lines[before[-1]] if before else ""
        if len(before) > 1 and _looks_like_summary(last):  # the trailing summary paragraph
            meta.summary = lines[before[-1]]
            body_end = before[-1]
        for ln in lines[info + 1 :]:
            if not ln or _INFO_LABEL.match(ln):
                continue
            if _RIGHTS.match(ln):
                break
            _read_source_line(ln, meta)
            break
    meta.author = _author_from_title(meta.title)
    return body_start, body_end


_TRANSLATED = re.compile(
    r"(?:[.;,]\s*|^)(?:Translated(?: for (?P<project>[^.;]+?))? by (?P<by>[^.;(]+?)|translation by (?P<by2>[^.;(]+?))"
    r"\s*(?:\([^)]*\))?\s*\.?\s*$",
    re.I,
)
_COLLECTION = re.compile(r"(History and Public Policy Program Digital Archive|[A-Z][\w ]+ Digital Archive)")
_REPOSITORY = re.compile(r"^(?P<repo>(?:[A-Z][A-Za-z]*[A-Z]\b(?:\s+[A-Z]{2,}\b)?))\s*,?\s*(?P<rest>.*)$")


def _split_translators(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+and\s+", text) if p.strip()]


def _read_source_line(line: str, meta: Metadata) -> None:
    """The 'Document Information' line of the new layout: ``SIGNATURE. Translated by X and Y.``"""
    m = _TRANSLATED.search(line)
    signature = line[: m.start()] if m else line
    if m:
        meta.translators = _split_translators(m.group("by") or m.group("by2"))
        if m.group("project"):
            meta.translation_project = m.group("project").strip()
    _set_signature(signature.strip().rstrip("."), meta)


def _set_signature(signature: str, meta: Metadata) -> None:
    signature = signature.split(";")[0].strip().rstrip(".,")
    if not signature:
        return
    m = _REPOSITORY.match(signature)
    # (quadratic on a line of many "(": only tried on signature-sized text)
    paren = len(signature) <= 1000 and re.match(r"^(?P<repo>.+?\((?P<abbr>[^)]+)\))\s*,\s*(?P<rest>.+)$", signature)
    if m and m.group("rest"):
        meta.repository, meta.signature = m.group("repo"), m.group("rest")
    elif paren:
        meta.repository, meta.signature = paren.group("repo"), paren.group("rest")
    else:
        meta.repository, meta.signature = signature, None


def _read_citation(citation: str, meta: Metadata) -> None:
    """Parse ``"TITLE," DATE, COLLECTION, SIGNATURE. Translated for P by T.``"""
    m = re.match(r"^[\"“](?P<title>.+?),?[\"”]\s*,?\s*(?P<rest>.*)$", citation)
    if not m:
        return
    meta.title = m.group("title").rstrip(",").strip()
    rest = m.group("rest")
    t = _TRANSLATED.search(rest)
    if t:
        meta.translators = _split_translators(t.group("by") or t.group("by2"))
        if t.group("project"):
            meta.translation_project = t.group("project").strip()
        rest = rest[: t.start()]
    c = _COLLECTION.search(rest)
    if c:
        meta.collection = c.group(1).strip()
        _set_signature(rest[c.end() :].lstrip(" ,"), meta)
    meta.author = _author_from_title(meta.title)


_AUTHOR = re.compile(
    r"^(?:From\s+)?(?:the\s+)?(?:Journal|Diary|Notes|Memorandum|Memoirs?|Report|Letter|Record)\b"
    r"(?:\s+(?:of|by|from))\b[^,]*?\b(?P<name>(?:[A-Z]\.\s?){1,3}\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)


def _author_from_title(title: str | None) -> str | None:
    """The person a journal or report title names as its author ("A.M. Puzanov")."""
    if not title:
        return None
    m = _AUTHOR.match(title)
    return m.group("name") if m else None


#: Lines of a document's head that are no title: classification, copy and registration marks, and
#: the series and volume of a printed edition ("Foreign Relations of the United States, 1961-1963,
#: Volume XXII, Northeast Asia").
_HEAD_MARKS = re.compile(r"(?i)(?:(?:top|strictly)\s+)?(?:secret|confidential|urgent|personal)\b.*"
                         r"|copy\s+n.*|classification:.*|(?:\w{1,6}\.\s*)?(?:n[oº°]|nr|№)\.?\s*[\w/.-]+.*"
                         r"|.*,\s+vol(?:ume|\.)\s+(?:[ivxlc]+|\d+)\b.*")


def _bare_title(blocks: list[Block], meta: Metadata) -> None:
    """A bare transcription's first line is its title when it reads like one; a stamp or
    handwritten note added to the document later, or a classification or registration mark,
    is not its title, so the first line after those is taken. A telegram's title (one with a
    date-time group or a "FM" routing line among its first lines) is its subject line."""
    lines = [line.strip() for block in blocks[:12] for line in block.text.splitlines()]
    if any(telegram.is_routing_line(line) for line in lines):
        for block in blocks[:30]:  # a telegram, its subject perhaps after many lines of routing
            subject = telegram.SUBJECT_LINE.search(block.text)
            if subject:
                meta.title = subject.group("subject").strip()
                return
    heading = _document_heading(blocks)
    if heading:
        meta.title = heading
        return
    for block in blocks[:-1]:
        line = block.text.strip()
        note = any(s.kind in ("note", "gap") and s.start == 0 and s.end >= len(line) for s in block.spans)
        if note or not line or _HEAD_MARKS.fullmatch(line) or telegram.DATE_TIME_GROUP_LINE.fullmatch(line):
            continue
        if 3 <= len(line) <= 200 and not line.endswith((".", ":", ";", ",")):
            meta.title = line
        return


#: The heading that says what a document is, in capitals, after its letterhead: "MINUTES", "REPORT on the
#: situation ...", "RECORD OF CONVERSATION", "INFORMATION", "POLITICAL REPORT".
_DOCUMENT_TYPE = re.compile(
    r"(?:(?:CIPHERED|POLITICAL|SPECIAL|INTELLIGENCE|SITUATION|CIRCULAR|INFORMATION)\s+)?"
    r"(?:MINUTES|REPORT|RECORD(?:\s+OF\s+(?:A\s+)?CONVERSATION)?|INFORMATION|MEMORANDUM|NOTE|LETTER|TELEGRAM|BULLETIN"
    r"|DECREE|RESOLUTION|TRANSCRIPT|DIRECTIVE|INSTRUCTIONS?|PROTOCOL|PETITION|CABLE|AIRGRAM|DESPATCH|CIRCULAR)"
    r"(?=$|\s+(?:of|on|with|for|about|to|from|concerning|regarding)\b|\s+[A-Z]*$)")


#: A heading wholly in capitals whose kind a word in capitals follows: "NOTE ON A CONVERSATION WITH ...".
_CAPS_DOCUMENT_HEADING = re.compile(_DOCUMENT_TYPE.pattern.replace(
    r"(?=$|\s+(?:of|on|with|for|about|to|from|concerning|regarding)\b|\s+[A-Z]*$)",
    r"\s+(?:OF|ON|WITH|FOR|ABOUT|TO|FROM|CONCERNING|REGARDING)\s+\S"))


#: A line that gives the document's subject: "Subject: Conversation with ...", "SUBJ: Nordic customs union".
_SUBJECT_LINE = re.compile(r"(?:Subject|SUBJECT|Subj\.|SUBJ)\s*:\s*(\S.{3,})")


def _document_heading(blocks: list[Block]) -> str | None:
    """The heading in capitals that names a bare transcription's kind, among its first lines, with
    the line that completes it ("MINUTES" / "of the meeting of ..." -> "Minutes of the meeting of ...");
    None if the first lines hold none (before the first paragraph of text)."""
    for k, block in enumerate(blocks[:16]):
        line = block.text.strip()
        if len(line) > 200:
            return None
        match = _DOCUMENT_TYPE.match(line)
        subject = _SUBJECT_LINE.match(line)
        if subject:  # "Subject: Conversation with ...", no kind before it
            text = subject.group(1).rstrip(".,:;")
            return text[:1].upper() + text[1:]
        if not match:
            if line.isupper() and _CAPS_DOCUMENT_HEADING.match(line):
                return line  # "NOTE ON A CONVERSATION WITH PRIME MINISTER NEHRU", as printed
            continue
        words = line[:match.end()]
        title = words[:1] + words[1:].lower() + line[match.end():]
        nxt = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
        if title == words[:1] + words[1:].lower():
            subject = _SUBJECT_LINE.match(nxt)
            if subject and len(nxt) <= 300:
                return f"{title}: {subject.group(1)}".rstrip(".,:;")  # "REPORT" / "Subject: Conversation with ..."
            if not (nxt[:1].islower() and len(nxt) <= 300):
                return None  # "CABLE", "PETITION" alone say less than the letterhead
            title = f"{title} {nxt}"  # "MINUTES" and, on its own line, "of the extraordinary meeting ..."
        return title.rstrip(".,:;")
    return None


# ---------------------------------------------------------------- body blocks


def make_blocks(lines: list[str], first_line: int = 1) -> tuple[list[Block], list[str]]:
    """Each non-empty line is a block, except that a bracket left open at the end of a
    line joins the lines up to the one that closes it (stamps and notes span lines)."""
    blocks: list[Block] = []
    warnings: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        start = i
        group = [lines[i].strip()]
        depth = _depth(lines[i])
        j = i
        while depth > 0 and j + 1 < len(lines) and j - start < 12:
            j += 1
            if lines[j].strip():
                group.append(lines[j].strip())
            depth += _depth(lines[j])
        if depth > 0:  # never closed: keep the first line alone, brackets literal
            group, j = [lines[i].strip()], i
        text, spans, problems = parse_brackets("\n".join(group))
        warnings += [f"line {first_line + start}: {p}" for p in problems]
        pieces = _split_long(text, spans) if len(text) > MAX_BLOCK_CHARS else [(text, spans)]
        pieces = [(piece, piece_spans) for piece, piece_spans in pieces if piece.strip() or piece_spans]
        if len(pieces) > 1:
            warnings.append(f"line {first_line + start}: a paragraph of {len(text):,} characters split into "
                            f"{len(pieces)} paragraphs of at most about {MAX_BLOCK_CHARS:,} characters")
        for piece, piece_spans in pieces:
            blocks.append(Block(text=piece, spans=piece_spans, line=first_line + start))
        i = j + 1
    return blocks, warnings


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
_WORD_EDGE = re.compile(r"(?<=\W)(?=\w)")  # no space in a long stretch: cut before a word


def _split_long(text: str, spans: list[Span]) -> list[tuple[str, list[Span]]]:
    """Split an over-long block into pieces of about :data:`MAX_BLOCK_CHARS`: at the last
    sentence end, else the last space, outside editorial spans if possible, of each stretch.
    The whitespace at a cut is dropped (the paragraph break stands for it); a stretch with
    no space is cut before a word; words are never cut. A span across a cut (only when no
    other cut exists) continues in the next piece."""
    covered = [0] * (len(text) + 1)  # how many spans hold each character
    for sp in spans:
        if sp.end > sp.start:
            covered[sp.start] += 1
            covered[sp.end] -= 1
    covered = list(itertools.accumulate(covered))
    gaps = sorted(sp.start for sp in spans if sp.end == sp.start)

    def clean(m: re.Match) -> bool:  # the cut (and the whitespace it drops) is in no span
        return not any(covered[p] for p in range(m.start(), max(m.end(), m.start() + 1)))

    cuts: list[tuple[int, int]] = []  # (end of a piece, start of the next)
    pos = 0
    while len(text) - pos > MAX_BLOCK_CHARS:
        lo, hi = pos + MAX_BLOCK_CHARS // 2, pos + MAX_BLOCK_CHARS
        best = None
        for pattern in (_SENTENCE_END, _SPACE, _WORD_EDGE):
            found = [m for m in pattern.finditer(text, lo, hi) if pos < m.start() and m.end() < len(text)]
            outside = [m for m in found if clean(m)]
            if outside or found:
                best = (outside or found)[-1]
                break
        if best is None:  # one word fills the stretch: cut after it (words stay whole)
            best = _WORD_EDGE.search(text, hi)
            if best is None:
                break
        # a gap in the dropped whitespace keeps its place: the piece ends after the last one
        inside = gaps[bisect.bisect_right(gaps, best.start()):bisect.bisect_left(gaps, best.end())]
        cuts.append((inside[-1] if inside else best.start(), best.end()))
        pos = best.end()
    if not cuts:
        return [(text, spans)]
    bounds = [(0, cuts[0][0])] + [(cuts[k][1], cuts[k + 1][0]) for k in range(len(cuts) - 1)]
    bounds.append((cuts[-1][1], len(text)))
    starts = [a for a, _ in bounds]
    piece_spans: list[list[Span]] = [[] for _ in bounds]
    for sp in spans:  # in their order, which each piece keeps
        k = max(bisect.bisect_right(starts, sp.start) - 1, 0)
        if sp.start == sp.end:  # a gap stays where it stands
            a, b = bounds[k]
            at = min(sp.start, b) - a
            piece_spans[k].append(Span(at, at, sp.kind, dict(sp.attrs), sp.desc))
            continue
        while k < len(bounds) and bounds[k][0] < sp.end:
            a, b = bounds[k]
            if sp.start < b:
                piece_spans[k].append(Span(max(sp.start, a) - a, min(sp.end, b) - a, sp.kind, dict(sp.attrs),
                                           sp.desc))
            k += 1
    return [(text[a:b], piece_spans[k]) for k, (a, b) in enumerate(bounds)]


def _depth(line: str) -> int:
    return line.count("[") - line.count("]")


def _pair_brackets(s: str) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Match brackets: ``(open, close, width)`` pairs (width 2 for ``[[``/``]]``) and the
    positions of unmatched bracket characters."""
    tokens: list[tuple[int, str]] = []
    i = 0
    while i < len(s):
        if s.startswith("[[", i) or s.startswith("]]", i):
            tokens.append((i, s[i : i + 2]))
            i += 2
        elif s[i] in "[]":
            tokens.append((i, s[i]))
            i += 1
        else:
            i += 1
    pairs, stack, unmatched = [], [], []
    k = 0
    while k < len(tokens):
        pos, tok = tokens[k]
        if tok in ("[", "[["):
            stack.append((pos, tok))
        elif tok == "]]" and stack and stack[-1][1] == "[[":
            opos, _ = stack.pop()
            pairs.append((opos, pos, 2))
        elif tok == "]]" and stack:  # "[x]]": close the single, then see the other "]"
            opos, otok = stack.pop()
            pairs.append((opos + (1 if otok == "[[" else 0), pos, 1))
            if otok == "[[":
                unmatched.append(opos)
            tokens[k] = (pos + 1, "]")
            continue
        elif tok == "]" and stack:
            opos, otok = stack.pop()
            if otok == "[[":  # "[[x]": one bracket of the pair is literal
                unmatched.append(opos)
                pairs.append((opos + 1, pos, 1))
            else:
                pairs.append((opos, pos, 1))
        else:
            unmatched.extend([pos] if len(tok) == 1 else [pos, pos + 1])
        k += 1
    for pos, tok in stack:
        unmatched.extend([pos] if len(tok) == 1 else [pos, pos + 1])
    return pairs, unmatched


def _limit_depth(pairs: list[tuple[int, int, int]]) -> tuple[list[tuple[int, int, int]], int]:
    """Drop the pairs nested deeper than :data:`MAX_BRACKET_DEPTH` (their brackets stay text)."""
    kept, closes, dropped = [], [], 0
    for open_, close, width in sorted(pairs):
        while closes and closes[-1] < open_:
            closes.pop()
        if len(closes) >= MAX_BRACKET_DEPTH:
            dropped += 1
            continue
        closes.append(close)
        kept.append((open_, close, width))
    return kept, dropped


def _within(ranges: list[tuple[int, int]]):
    """A test: is a position in one of these (possibly nested) half-open ranges?"""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]

    return inside


def parse_brackets(s: str) -> tuple[str, list[Span], list[str]]:
    """Drop editorial brackets from ``s``; return the text, its spans and warnings."""
    pairs, unmatched = _pair_brackets(s)
    problems = []
    if unmatched:
        problems.append(f"{len(unmatched)} unbalanced bracket(s) kept as text")
    pairs, deep = _limit_depth(pairs)
    if deep:
        problems.append(f"{deep} bracket pair(s) nested more than {MAX_BRACKET_DEPTH} deep kept as text")
    # what each source bracket becomes
    drop: set[int] = set()
    events: list[tuple[int, int, str, dict, str | None]] = []  # (open, close, kind, attrs, desc)
    skip_ranges: list[tuple[int, int, int]] = []  # (start, end, bracket width) of dropped text
    for open_, close, width in pairs:
        inner = s[open_ + width : close]
        drop.update(range(open_, open_ + width))
        drop.update(range(close, close + width))
        if width == 2:
            if _ELLIPSIS.match(inner):
                events.append((open_, close, "gap", {"reason": "omitted"}, None))
                skip_ranges.append((open_ + width, close, width))
            elif re.search(r"\billegible\b", inner, re.I):
                events.append((open_, close, "gap", {"reason": "illegible"}, inner.strip()))
                skip_ranges.append((open_ + width, close, width))
            elif inner.rstrip().endswith("?"):
                q = open_ + width + len(inner.rstrip()) - 1
                drop.add(q)
                events.append((open_, close, "unclear", {"cert": "low"}, None))
            else:
                events.append((open_, close, "unclear", {}, None))
        elif _ELLIPSIS.match(inner):
            events.append((open_, close, "gap", {"reason": "omitted"}, None))
            skip_ranges.append((open_ + width, close, width))
        elif re.fullmatch(r"\s*illegible\s*", inner, re.I):
            events.append((open_, close, "gap", {"reason": "illegible"}, inner.strip()))
            skip_ranges.append((open_ + width, close, width))
        elif _NOTE_CONTENT.match(inner.strip()):
            events.append((open_, close, "note", {"type": "editorial"}, None))
        else:
            events.append((open_, close, "supplied", {"reason": "translator"}, None))
    for a, b, width in skip_ranges:
        drop.update(range(a, b))
        # a space just inside the brackets that alone parts the gap from a word outside stays:
        # "[illegible ]ignature" keeps two words
        if b > a and s[b - 1].isspace() and b + width < len(s) and not s[b + width].isspace():
            drop.discard(b - 1)
        if b > a and s[a].isspace() and a - width > 0 and not s[a - width - 1].isspace():
            drop.discard(a)
    if skip_ranges:  # brackets inside a gap are part of its description, not spans of their own
        inside = _within([(a, b) for a, b, _ in skip_ranges])
        events = [e for e in events if not inside(e[0])]
    # build the text and a map from source offsets to text offsets
    out: list[str] = []
    offset = [0] * (len(s) + 1)
    n = 0
    for i, ch in enumerate(s):
        offset[i] = n
        if i not in drop:
            out.append(ch)
            n += 1
    offset[len(s)] = n
    spans = []
    for open_, close, kind, attrs, desc in events:
        start, end = offset[open_], offset[close]
        if kind == "gap":
            end = start
        spans.append(Span(start=start, end=end, kind=kind, attrs=attrs, desc=desc))
    spans.sort(key=lambda sp: (sp.start, -sp.end))
    return "".join(out), spans, problems
