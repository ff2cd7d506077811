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

import codecs
import datetime as dt
import re
from pathlib import Path

from .errors import InputError
from .model import Block, Document, Metadata, Span

#: Largest source text tei-kit converts.
MAX_SOURCE_BYTES = 20 * 1024 * 1024

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        1,
    )
}
_PAGE_DATE = re.compile(r"^\s*([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$")
_FUNDING = re.compile(r"^\s*This document was made possible with support from\s+(.+?)\s*$", re.I)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PAGE_WIDGET = re.compile(r"^(?:[A-Z][a-z]+ )?(?:HTML|PDF)$|^(?:Original Scan|Transcript|Translation)$")
_RIGHTS = re.compile(r"^The History and Public Policy Program welcomes reuse", re.I)
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
    UTF-16 LE/BE), then strict UTF-8, then a guess by charset-normalizer, which is reported.
    """
    warnings: list[str] = []
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}", hint="try --encoding utf-8, cp1252 or latin-1") from exc
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid {encoding} (byte {exc.start})",
                hint="try another --encoding, e.g. cp1252 or latin-1",
            ) from exc
    elif data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="strict") if _utf8_ok(data[3:]) else None
        if text is None:
            raise InputError(f"{name}: has a UTF-8 byte-order mark but invalid UTF-8 bytes", hint="try --encoding cp1252")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16") from exc
        warnings.append(f"{name}: read as UTF-16 (byte-order mark)")
    else:
        if b"\x00" in data[:4096]:
            raise InputError(f"{name}: looks like a binary file, not text", hint="convert takes plain text (.txt)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, guessed = _guess(data, name)
            warnings.append(f"{name}: not UTF-8; read as {guessed} (use --encoding to choose)")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _XML_FORBIDDEN.search(text):
        count = len(_XML_FORBIDDEN.findall(text))
        text = _XML_FORBIDDEN.sub("", text)
        warnings.append(f"{name}: removed {count} control character(s) that XML cannot hold")
    return text, warnings


def _utf8_ok(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


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
        if size > MAX_SOURCE_BYTES:
            raise InputError(f"{name}: {size // (1024 * 1024)} MB is over the {MAX_SOURCE_BYTES // (1024 * 1024)} MB limit for one document")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    text, warnings = decode(data, path.name, encoding)
    document = parse_text(text, name=path.name)
    document.warnings[:0] = warnings
    return document


# ---------------------------------------------------------------- layouts


def parse_text(text: str, name: str = "<text>") -> Document:
    """Split a decoded export into header facts and body blocks."""
    if not text.strip():
        raise InputError(f"{name}: empty (no text to convert)")
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        raise InputError(
            f"{name}: looks like a saved HTML page, not text",
            hint="copy the page's text (or save it as 'Text') and convert that",
        )
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
    return Document(metadata=meta, blocks=blocks, warnings=[f"{name}: {w}" for w in warnings])


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
            meta.funders = _funders(m.group(1))
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
        meta.funders = _funders(m.group(1))
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
            if not ln:
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
    paren = re.match(r"^(?P<repo>.+?\((?P<abbr>[^)]+)\))\s*,\s*(?P<rest>.+)$", signature)
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


def _bare_title(blocks: list[Block], meta: Metadata) -> None:
    """A bare transcription's first line is its title when it reads like one."""
    first = blocks[0].text.strip()
    if 3 <= len(first) <= 200 and not first.endswith((".", ":", ";", ",")) and len(blocks) > 1:
        meta.title = first


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
        if text.strip() or spans:
            blocks.append(Block(text=text, spans=spans, line=first_line + start))
        i = j + 1
    return blocks, warnings


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


def parse_brackets(s: str) -> tuple[str, list[Span], list[str]]:
    """Drop editorial brackets from ``s``; return the text, its spans and warnings."""
    pairs, unmatched = _pair_brackets(s)
    problems = []
    if unmatched:
        problems.append(f"{len(unmatched)} unbalanced bracket(s) kept as text")
    # what each source bracket becomes
    drop: set[int] = set()
    events: list[tuple[int, int, str, dict, str | None]] = []  # (open, close, kind, attrs, desc)
    skip_ranges: list[tuple[int, int]] = []
    for open_, close, width in pairs:
        inner = s[open_ + width : close]
        drop.update(range(open_, open_ + width))
        drop.update(range(close, close + width))
        if width == 2:
            if _ELLIPSIS.match(inner):
                events.append((open_, close, "gap", {"reason": "omitted"}, None))
                skip_ranges.append((open_ + width, close))
            elif re.search(r"\billegible\b", inner, re.I):
                events.append((open_, close, "gap", {"reason": "illegible"}, inner.strip()))
                skip_ranges.append((open_ + width, close))
            elif inner.rstrip().endswith("?"):
                q = open_ + width + len(inner.rstrip()) - 1
                drop.add(q)
                events.append((open_, close, "unclear", {"cert": "low"}, None))
            else:
                events.append((open_, close, "unclear", {}, None))
        elif _ELLIPSIS.match(inner):
            events.append((open_, close, "gap", {"reason": "omitted"}, None))
            skip_ranges.append((open_ + width, close))
        elif re.fullmatch(r"\s*illegible\s*", inner, re.I):
            events.append((open_, close, "gap", {"reason": "illegible"}, inner.strip()))
            skip_ranges.append((open_ + width, close))
        elif _NOTE_CONTENT.match(inner.strip()):
            events.append((open_, close, "note", {"type": "editorial"}, None))
        else:
            events.append((open_, close, "supplied", {"reason": "translator"}, None))
    for a, b in skip_ranges:
        drop.update(range(a, b))
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
