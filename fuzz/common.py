"""Shared by the fuzz targets: the invariants every input must keep.

A target calls :func:`check_text` (a source text) or :func:`check_xml` (an XML input).
Any exception other than the library's one-line errors is a crash: the fuzzer stops and
writes the input to ``fuzz/crashes/``. So is a broken invariant: TEI that is not valid,
words lost or added, an error message over one line, or an input that takes too long
(``-timeout`` of libFuzzer).

Bugs found, reported and not fixed yet are counted in :data:`NOTES` instead (printed when a
target ends), so that fuzzing goes on past them: see ``KNOWN``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORD = re.compile(r"\w+")
#: dropped from both sides before comparing words: brackets (markup when paired, text when
#: not) and the "?" of an uncertain reading ([[x?]]), which ingest turns into @cert
_EDITORIAL = str.maketrans("", "", "[]?")


#: known bugs, reported, that fuzzing steps over (counted in NOTES); none open now
KNOWN: dict[str, str] = {}
#: message -> count: view errors on well-formed TEI, and known bugs stepped over
NOTES: dict[str, int] = {}


_flushed = [0.0]


def note(message: str) -> None:
    """Count ``message``; every few seconds the counts go to ``$FUZZ_NOTES`` (a JSON file):
    libFuzzer ends the process without running Python's exit handlers."""
    import json
    import os
    import time

    NOTES[message] = NOTES.get(message, 0) + 1
    if os.environ.get("FUZZ_NOTES") and time.monotonic() - _flushed[0] > 2:
        _flushed[0] = time.monotonic()
        Path(os.environ["FUZZ_NOTES"]).write_text(json.dumps(NOTES, indent=1), encoding="utf-8")


def report_notes() -> None:
    import sys

    if NOTES:
        print("fuzz notes (message: count):", file=sys.stderr)
        for message, count in sorted(NOTES.items(), key=lambda kv: -kv[1])[:20]:
            print(f"  {count:6d}  {message}", file=sys.stderr)


def words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_EDITORIAL))


def one_line(exc: Exception) -> None:
    message = str(exc)
    if "\n" in message or not message.strip():
        raise AssertionError(f"error message is not one line: {message!r}")


def check_text(text: str, *, validate: bool = True) -> None:
    """Source text -> blocks -> tags -> TEI: a clean InputError, or valid TEI whose words
    are those of the source body (checked for bare transcriptions, whose body is all)."""
    from lxml import etree

    from tei_kit.encode import encode
    from tei_kit.errors import InputError
    from tei_kit.ingest import clean_text, parse_text
    from tei_kit.pipeline import tagger
    from tei_kit.tei import NSMAP, to_bytes

    try:
        document = parse_text(text, "fuzz.txt")
    except InputError as exc:
        one_line(exc)
        return
    tagger().tag(document)
    for warning in document.warnings:
        one_line(Exception(warning))
    if not document.metadata.date:
        document.metadata.date = "1957-10-07"  # what --date gives
    data = to_bytes(encode(document))
    if validate:
        from tei_kit.validate import validate_bytes

        report = validate_bytes(data, "fuzz.xml")
        if not report.valid:
            issues = [f"{i.line}: {i.rule}: {i.message}" for i in report.issues if i.severity in ("error", "fatal")]
            raise AssertionError(f"invalid TEI: {issues[:3]}")
    if document.metadata.layout == "bare":
        (body,) = etree.fromstring(data).xpath("/tei:TEI/tei:text", namespaces=NSMAP)
        got, want = words("".join(body.itertext())), words(clean_text(text.removeprefix("\ufeff"))[0])
        if got != want:
            first = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            raise AssertionError(f"words differ at word {first}: TEI {got[first:first + 5]} "
                                 f"source {want[first:first + 5]}")


def check_xml(data: bytes) -> None:
    """XML bytes -> the safe parser -> views and citations: a clean XMLInputError or
    TeiKitError, never anything else; validation gives a report, never an exception."""
    from tei_kit import tei, views
    from tei_kit.errors import TeiKitError, XMLInputError
    from tei_kit.validate import validate_bytes

    report = validate_bytes(data, "fuzz.xml")
    for issue in report.issues:
        one_line(Exception(issue.message))
    try:
        tree = tei.parse_xml(data, name="fuzz.xml")
        tei.require_tei(tree, "fuzz.xml")
    except XMLInputError as exc:
        one_line(exc)
        return
    for run in (lambda: views.render(tree, "reading"), lambda: views.cite(tree, "chicago"),
                lambda: views.cite(tree, "bibtex")):
        try:
            run()
        except TeiKitError as exc:
            one_line(exc)
            if report.valid:  # valid TEI must render
                raise AssertionError(f"valid TEI, but the views fail: {exc}") from exc
            note("view error on invalid TEI: " + " ".join(str(exc).split()[1:12]))


def seeds(*patterns: str) -> list[Path]:
    out: list[Path] = []
    for pattern in patterns:
        out += sorted(ROOT.glob(pattern))
    return out
