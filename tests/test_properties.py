"""Property tests (hypothesis): random archive-like documents always give valid TEI whose
words are the source's words, in order (ENCODING.md section 4), or a clean one-line error.

Documents are built from the pieces real exports are made of: the two archive page layouts
(or none), datelines, stamps, names from the authority files and made-up ones, dates,
editorial brackets (supplied, omitted, illegible, unclear, notes, nested, unbalanced),
markup-looking text, words from many scripts and characters XML cannot hold. Each example
runs the stages directly (``ingest.parse_text``, the tagger of ``pipeline.tagger()``,
``encode``) and validates once (``validate.validate_bytes``).

The runs are derandomised (the same examples on every CI run) and together take about a
minute: 2,000 whole documents, 1,500 byte strings for ``decode``, 500 over-long paragraphs.
``make fuzz`` runs the same generators, and atheris, at scale.
"""

from __future__ import annotations

import os
import re
import string
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_kit import ingest
from tei_kit.encode import encode
from tei_kit.errors import InputError, TeiKitError
from tei_kit.ingest import decode, parse_text
from tei_kit.pipeline import tagger
from tei_kit.tei import NSMAP, to_bytes
from tei_kit.validate import validate_bytes

#: ``make fuzz`` runs these tests with TEI_KIT_HYPOTHESIS_SCALE=5 (5x the examples, random seeds)
SCALE = int(os.environ.get("TEI_KIT_HYPOTHESIS_SCALE", "1"))
CI = settings(deadline=None, derandomize=SCALE == 1, database=None, print_blob=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much])

# ------------------------------------------------------------------ the invariant

_WORD = re.compile(r"\w+")


def source_words(body: str) -> list[str]:
    """The words of a source body, editorial brackets dropped."""
    return _WORD.findall(re.sub(r"[\[\]]", "", body))


def tei_words(data: bytes) -> list[str]:
    """The words of a TEI document's ``<text>`` (all of its text, ``<gap><desc>`` included)."""
    root = etree.fromstring(data)
    (text,) = root.xpath("/tei:TEI/tei:text", namespaces=NSMAP)
    return _WORD.findall("".join(text.itertext()))


def convert_text(text: str, name: str = "generated.txt") -> bytes | None:
    """What ``pipeline.convert`` does, on text: valid TEI bytes, or None for a clean
    refusal (an :class:`InputError` with a one-line message, or no document date)."""
    try:
        document = parse_text(text, name)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(name)
        return None
    tagger().tag(document)
    if not document.metadata.date:
        return None  # convert says: no document date found (hint: --date)
    data = to_bytes(encode(document))
    report = validate_bytes(data, name)
    problems = [f"{i.line}: {i.rule}: {i.message}" for i in report.issues if i.severity in ("error", "fatal")]
    assert report.valid, problems[:5]
    return data


# ------------------------------------------------------------------ pieces of archive exports

MONTHS = ("January February March April May June July August September October November December").split()
PERSONS = ["Kim Il Sung", "Nam Il", "A. M. Puzanov", "Kim", "Jin Ban-su", "Szabó Ferenc", "N. S. Khrushchev",
           "Cde. Pak Chang-ok", "Nam Il's", "KIM IL SUNG", "B e r l i n"]
PLACES = ["Pyongyang", "DPRK", "USSR", "Pyongyang-Voroshilov", "Great China", "Beijing", "Hanoi", "Moscow",
          "South Korea", "Ulaanbaatar"]
ORGS = ["USSR MFA", "KWP CC Presidium", "CPSU CC", "UN", "DPRK government", "Soviet Embassy in the DPRK",
        "Rodong Sinmun", "Xinhua News Agency", "Chinese Communist Party", "the Embassy"]
PHRASES = ["today", "tomorrow", "this year", "the same day", "last Monday", "on the 5th", "in June",
           "1 through 15 August 1957", "16/17 August 1957", "10.10.55", "10 X", "1958", "the 1950s",
           "2114/55", "Nº 58 0767s", "Copy Nº 1", "TOP SECRET", "at the present time", "10:30"]
BRACKETS = ["[me]", "[…]", "[...]", "[. . .]", "[[illegible signature]]", "[[N. P. Varnov?]]", "[[Varnov]]",
            "[illegible]", "[Translator's note: a stamp]", "[CPSU CC stamp: 40929]", "[SIC; forint]",
            "[note: familiar with [it]. to the archives]", "[DPRK] Ministry", "22 [November]", "[", "]", "[[",
            "]]", "[x]]", "[[x]", "[ ]", "[]", "[[]]"]
MARKUP = ["<", ">", "&", "&amp;", "]]>", "<p>x</p>", "<!-- c -->", "<?pi x?>", "<![CDATA[ x ]]>", '"', "'",
          "&#0;", "<TEI>", "\\", "{", "}"]
CONTROL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f", "\ufffe", "\uffff",
           "\ud800", "\udfff", "\u2028", "\u2029", "\u200b", "\ufeff", "\u0301", "\r", "\r\n", "\t"]
#: letters of many scripts: Latin (with diacritics), Greek, Cyrillic, Armenian, Hebrew, Arabic,
#: Devanagari, Thai, Georgian, Hangul, CJK, kana, and a few beyond the BMP
SCRIPTS = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lo", "Nd", "Mn", "Pd", "Po", "Zs", "So"),
)
WORDS = st.one_of(
    st.text(string.ascii_letters, min_size=1, max_size=10),
    st.text(SCRIPTS, min_size=1, max_size=10),
    st.sampled_from(["Ελλάδα", "Москва", "北京", "평양", "ハノイ", "القاهرة", "ירושלים", "नई दिल्ली", "ქუთაისი",
                     "Ulaanbaatar", "Đà Nẵng", "Łódź", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "ß", "ﬁ", "Ⅻ", "²"]),
)


@st.composite
def dates(draw) -> str:
    day = draw(st.integers(1, 31))
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.integers(1940, 1995))
    return draw(st.sampled_from([f"{day} {month} {year}", f"{month} {day}, {year}", f"{day} {month}",
                                 f"{day}.{MONTHS.index(month) + 1}.{year}"]))


PIECE = st.one_of(
    WORDS, WORDS, WORDS,
    st.sampled_from(PERSONS), st.sampled_from(PLACES), st.sampled_from(ORGS), st.sampled_from(PHRASES),
    dates(), st.sampled_from(BRACKETS), st.sampled_from(BRACKETS),
    st.sampled_from(MARKUP), st.sampled_from(CONTROL),
    st.builds(lambda w: f"[{w}]", WORDS), st.builds(lambda w: f"[[{w}?]]", WORDS),
    st.sampled_from([".", ",", ";", ":", "—", "-", "'s", "“", "”", "(", ")", "…"]),
)
SEPARATOR = st.sampled_from([" ", " ", " ", "", "  ", "\t", ". "])


@st.composite
def body_line(draw) -> str:
    """Pieces side by side, sometimes with nothing between them; but a bracket is never
    between two word characters, where "brackets dropped" and "an unmatched bracket is
    kept as text" would disagree about the words (``a]b``: ``ab``, or ``a`` and ``b``)."""
    pieces = draw(st.lists(PIECE, min_size=0, max_size=14))
    out = ""
    for k, piece in enumerate(pieces):
        separator = draw(SEPARATOR)
        if any(c in "[]" for c in piece + (pieces[k + 1] if k + 1 < len(pieces) else "")):
            separator = separator.strip(string.punctuation) or " "
        out += piece + separator
    return out


@st.composite
def bodies(draw) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(draw(dates()))  # a dateline opens an entry
        lines.append("")
    lines += draw(st.lists(st.one_of(body_line(), st.just(""), dates()), min_size=1, max_size=8))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    body = newline.join(lines)
    return body.upper() if draw(st.integers(0, 5)) == 0 else body  # now and then a telegram in capitals


def _page_date(draw) -> str:
    return f"{draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28)):02d}, {draw(st.integers(1945, 1991))}"


@st.composite
def documents(draw) -> tuple[str, str]:
    """``(source text, its body)`` in one of the layouts of ENCODING.md section 1."""
    body = draw(bodies())
    layout = draw(st.sampled_from(["bare", "bare", "old", "new", "new-info"]))
    if layout == "bare":
        return body, body
    if layout == "old":
        header = ["Search in", "Digital Archive International History Declassified", _page_date(draw),
                  "This document was made possible with support from the Leon Levy Foundation", "",
                  "\u2022 Citation", "get citation", "A summary of what the document says.",
                  '"Journal of Soviet Ambassador A.M. Puzanov," October 07, 1957, History and Public Policy'
                  " Program Digital Archive, AVPRF F. 0102, Op. 13, Delo 5. Translated by Gary Goldberg.",
                  "\u2022 share document", "English HTML", ""]
        return "\n".join(header) + "\n" + body, body
    title = " ".join(draw(st.lists(st.one_of(WORDS, st.sampled_from(PERSONS + PLACES)), min_size=1, max_size=8)))
    header = ["Skip to content", _page_date(draw), " ".join(title.split()) or "Title",
              "This document was made possible with support from Example Foundation", ""]
    text = "\n".join(header) + "\n" + body
    if layout == "new-info":
        summary = "A summary paragraph that the archive adds after the body of a document."
        text += (f"\n\n{summary}\n\nDocument Information\n\nTsDA, Fond 1-B, Opis 5. Translated by Ivan Ivanov."
                 "\n\nThe History and Public Policy Program welcomes reuse of this document.\n")
        if not ingest.clean_text(body)[0].strip():  # the one paragraph there is is the body
            return text, summary
    return text, body


# ------------------------------------------------------------------ the properties


@settings(CI, max_examples=1200 * SCALE)
@given(documents(), st.sampled_from([ingest.MAX_BLOCK_CHARS, ingest.MAX_BLOCK_CHARS, 60]))
def test_any_document_gives_valid_tei_with_the_source_words_or_a_clean_error(document, block_limit):
    text, body = document
    # a small paragraph limit now and then, so that splitting over-long lines is exercised too
    with mock.patch.object(ingest, "MAX_BLOCK_CHARS", block_limit):
        data = convert_text(text)
    if data is not None:
        assert tei_words(data) == source_words(ingest.clean_text(body)[0])


@settings(CI, max_examples=1500 * SCALE)
@given(st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(st.text(max_size=100), st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252",
                                                      "latin-1", "cp1251", "koi8-r", "shift_jis"])
              ).map(lambda t: t[0].encode(t[1], "ignore")),
))
def test_decode_gives_xml_safe_text_or_a_clean_input_error(data):
    try:
        text, warnings = decode(data, "x.txt")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(("x.txt: ", "x.txt "))
        return
    assert "\r" not in text and not text.startswith("\ufeff")
    assert not ingest._XML_FORBIDDEN.search(text)
    etree.fromstring(b"<x/>").text = text  # lxml accepts it as XML text
    assert all("\n" not in w and w.startswith("x.txt: ") for w in warnings)


@settings(CI, max_examples=500 * SCALE)
@given(st.lists(body_line(), min_size=1, max_size=12), st.sampled_from([" ", "\n"]), st.integers(20, 200))
def test_over_long_paragraphs_split_without_losing_a_word_or_a_span(lines, joiner, limit):
    text = ingest.clean_text(joiner.join(lines))[0]
    with mock.patch.object(ingest, "MAX_BLOCK_CHARS", limit):
        blocks, _ = ingest.make_blocks(text.split("\n"))
    for block in blocks:
        assert len(block.text) <= limit or not re.search(r"\W\w", block.text[limit // 2:])
        for span in block.spans:
            assert 0 <= span.start <= span.end <= len(block.text)
    gaps = [(b, s.start) for b in blocks for s in b.spans if s.kind == "gap"]
    assert len(gaps) == len({(id(b), at) for b, at in gaps})  # two gaps never share a place
    assert _WORD.findall(" ".join(_with_descs(b) for b in blocks)) == source_words(text)


def _with_descs(block) -> str:
    """A block's text with each gap's description put back where the gap stands."""
    text = block.text
    for span in sorted((s for s in block.spans if s.kind == "gap" and s.desc), key=lambda s: -s.start):
        text = text[:span.start] + span.desc + text[span.start:]
    return text


def test_the_invariant_helpers_agree_on_the_seed(seed_conversion):
    from .conftest import SEED

    body = SEED.read_text(encoding="utf-8").split("English HTML", 1)[1]
    assert tei_words(seed_conversion.data) == source_words(body)


def test_errors_of_the_pipeline_are_teikit_errors():
    """convert_text's clean refusals are InputErrors, which the CLI shows as one line."""
    assert issubclass(InputError, TeiKitError)
