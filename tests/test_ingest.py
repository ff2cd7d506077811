"""Ingest: layouts, header facts, body blocks, brackets, encodings."""

from __future__ import annotations

import json

import pytest

from tei_kit.errors import InputError
from tei_kit.ingest import decode, parse_brackets, read_source

from .conftest import DATA, SEED

GOLD_META = json.loads((DATA / "gold" / "puzanov-1957-10-07.metadata.json").read_text())


def test_old_layout_header_facts_match_the_gold():
    meta = read_source(SEED).metadata
    assert meta.layout == "old"
    assert meta.title == GOLD_META["title"]
    assert meta.date == GOLD_META["date"]
    assert meta.author == GOLD_META["author"]
    assert meta.summary == GOLD_META["summary"]
    assert meta.citation == GOLD_META["citation"]
    assert meta.collection == GOLD_META["collection"]
    assert meta.repository == GOLD_META["repository"]
    assert meta.signature == GOLD_META["archive_signature"]
    assert meta.translators == [GOLD_META["translator"]]
    assert meta.translation_project == GOLD_META["translation_project"]
    assert meta.funders == GOLD_META["funders"]


def test_old_layout_body_starts_and_ends_where_the_gold_says():
    blocks = read_source(SEED).blocks
    prose = [b for b in blocks if b.text != "7 October 1957"]
    assert prose[0].text.startswith(GOLD_META["body_first_words"])
    assert blocks[-1].text.endswith(GOLD_META["body_last_words"])
    assert len(prose) == GOLD_META["body_paragraphs"]


def test_single_brackets_become_supplied_spans_without_brackets():
    blocks = read_source(SEED).blocks
    supplied = [b.text[s.start:s.end] for b in blocks for s in b.spans if s.kind == "supplied"]
    assert supplied == GOLD_META["supplied"]
    assert not any("[" in b.text or "]" in b.text for b in blocks)


def test_new_layout_reads_title_funders_signature_translators_and_drops_trailer():
    doc = read_source(DATA / "sources" / "new_layout_with_info.txt")
    meta = doc.metadata
    assert meta.layout == "new"
    assert meta.date == "1961-03-14"
    assert meta.title == "Memorandum of Conversation with the Bulgarian Ambassador"
    assert meta.funders == ["Example Foundation"]
    assert meta.translators == ["Ivan Ivanov", "Maria Petrova"]
    assert meta.repository == "TsDA"
    assert meta.signature == "Fond 1-B, Opis 5, a.e. 402"
    assert meta.summary == "A summary paragraph that the archive adds after the body."
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Handwritten note: to the file"
    assert not any("summary paragraph" in t or "welcomes reuse" in t for t in texts)


def test_bare_transcription_is_all_body_with_its_first_line_as_title():
    doc = read_source(DATA / "sources" / "bare_transcription.txt")
    assert doc.metadata.layout == "bare"
    assert doc.metadata.title == "Record of a conversation in Budapest"
    assert doc.metadata.date is None
    assert doc.blocks[0].text == "Record of a conversation in Budapest"


@pytest.mark.parametrize("head, title", [
    ("[Handwritten: To Cde. Szűcs – for information. 7.I.69]\n\nSECRET\n\nNº 0241/szig.titk.\n\n"
     "EMBASSY OF THE HUNGARIAN PEOPLE'S REPUBLIC", "EMBASSY OF THE HUNGARIAN PEOPLE'S REPUBLIC"),
    ("[Stamp: Incoming Nº 0412, 2.III.77]\n\nStrictly secret!\n\nPov. Nº 187\n\nCopy Nº 2\n\n"
     "Record of a conversation in Havana", "Record of a conversation in Havana"),
    ("Foreign Relations of the United States, 1961–1963, Volume XXII, Northeast Asia\n\n"
     "214. Telegram From the Embassy in Korea to the Department of State",
     "214. Telegram From the Embassy in Korea to the Department of State"),  # the edition's series line
])
def test_a_bare_transcription_title_is_not_a_later_note_nor_a_mark(tmp_path, head, title):
    source = tmp_path / "bare.txt"
    source.write_text(f"{head}\n\nPyongyang, 28 December 1968\n\nThe crew was released today.\n", encoding="utf-8")
    doc = read_source(source)
    assert doc.metadata.layout == "bare" and doc.metadata.title == title


@pytest.mark.parametrize("source, kind, attrs, text, desc", [
    ("asked [me] to", "supplied", {"reason": "translator"}, "me", None),
    ("text […] more", "gap", {"reason": "omitted"}, "", None),
    ("text [...] more", "gap", {"reason": "omitted"}, "", None),
    ("signed [[illegible signature]]", "gap", {"reason": "illegible"}, "", "illegible signature"),
    ("signed [[N. P. Varnov?]]", "unclear", {"cert": "low"}, "N. P. Varnov", None),
    ("read [[Varnov]]", "unclear", {}, "Varnov", None),
    ("x [Translator's note: a stamp] y", "note", {"type": "editorial"}, "Translator's note: a stamp", None),
    ("[CPSU CC stamp: 40929]", "note", {"type": "editorial"}, "CPSU CC stamp: 40929", None),
    ("floring [SIC; forint was intended]", "note", {"type": "editorial"}, "SIC; forint was intended", None),
])
def test_brackets_become_the_right_span(source, kind, attrs, text, desc):
    out, spans, problems = parse_brackets(source)
    assert problems == []
    assert len(spans) == 1
    span = spans[0]
    assert (span.kind, span.attrs, out[span.start:span.end], span.desc) == (kind, attrs, text, desc)


def test_nested_brackets_nest_and_unbalanced_ones_stay_text():
    out, spans, _ = parse_brackets("[note: familiar with [it]. to the archives]")
    assert out == "note: familiar with it. to the archives"
    assert [s.kind for s in spans] == ["note", "supplied"]
    out, spans, problems = parse_brackets("a [stray and a ] b ] c")
    assert spans and problems == ["1 unbalanced bracket(s) kept as text"]
    assert out == "a stray and a  b ] c"


def test_a_bracket_spanning_lines_joins_them_into_one_block():
    doc = read_source(DATA / "sources" / "new_layout_with_info.txt")
    assert any(s.kind == "note" for s in doc.blocks[0].spans)


@pytest.mark.parametrize("name", ["crlf_line_ends.txt", "utf8_bom.txt"])
def test_line_ends_and_bom_are_normalised(name):
    doc = read_source(DATA / "sources" / name)
    assert all("\r" not in b.text and "\ufeff" not in b.text for b in doc.blocks)
    assert doc.blocks[-1].text == "I met Kim Il Sung in Pyongyang today."


def test_non_utf8_text_is_read_with_a_warning_or_with_the_encoding_given():
    doc = read_source(DATA / "sources" / "cp1252_text.txt")
    assert "café" in doc.blocks[-1].text
    assert any("not UTF-8" in w for w in doc.warnings)
    doc = read_source(DATA / "sources" / "cp1252_text.txt", encoding="cp1252")
    assert doc.warnings == [] and "café" in doc.blocks[-1].text


def test_utf16_with_bom_is_decoded():
    text, warnings = decode("3 June 1956\n\nHello".encode("utf-16"), "x.txt")
    assert text == "3 June 1956\n\nHello" and "UTF-16" in warnings[0]


def test_characters_xml_cannot_hold_are_replaced_with_a_warning():
    # replaced, not removed, so that no two words run together (ENCODING.md section 4)
    text, warnings = decode(b"a\x01b\x0bc", "x.txt")
    assert text == "a\ufffdb\nc"
    assert warnings == ["x.txt: replaced 1 character(s) that XML cannot hold (U+0001 x1) with U+FFFD, first on line 1",
                        "x.txt: read 1 vertical tab or form feed character(s) (U+000B x1) as line ends, first on line 1"]


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty"),
    ("whitespace_only.txt", "empty"),
    ("does_not_exist.txt", "no such file"),
])
def test_unusable_sources_raise_a_one_line_input_error(name, message):
    with pytest.raises(InputError) as err:
        read_source(DATA / "sources" / name)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_folder_binary_or_html_page_is_refused(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_source(tmp_path)
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(InputError, match="binary"):
        read_source(binary)
    html = tmp_path / "page.txt"
    html.write_text("<!DOCTYPE html><html><body>x</body></html>")
    with pytest.raises(InputError, match="HTML page"):
        read_source(html)


def test_wrong_explicit_encoding_says_so():
    with pytest.raises(InputError, match="not valid utf-8"):
        read_source(DATA / "sources" / "cp1252_text.txt", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_source(SEED, encoding="no-such-codec")


def test_old_layout_skips_the_pages_other_renderings(tmp_path):
    text = SEED.read_text().replace("English HTML\n", "English HTML\n\nRussian PDF\n\nOriginal Scan\n")
    (tmp_path / "x.txt").write_text(text)
    assert read_source(tmp_path / "x.txt").blocks[0].text == "7 October 1957"


def test_new_layout_keeps_a_last_line_that_is_no_summary(tmp_path):
    src = (DATA / "sources" / "new_layout_with_info.txt").read_text()
    src = src.replace("A summary paragraph that the archive adds after the body.", "[Stamp: 12 III]")
    (tmp_path / "x.txt").write_text(src)
    doc = read_source(tmp_path / "x.txt")
    assert doc.metadata.summary is None and doc.blocks[-1].text == "Stamp: 12 III"


def test_new_layout_skips_the_field_labels_a_copied_page_keeps_in_document_information(tmp_path):
    src = (DATA / "sources" / "new_layout_with_info.txt").read_text()
    assert "Document Information\n\n\nTsDA" in src
    src = src.replace("Document Information\n\n\nTsDA", "Document Information\n\nSource\n\nTsDA")
    src = src.replace("The History and Public Policy Program welcomes", "Rights\n\nThe History and Public Policy Program welcomes")
    (tmp_path / "x.txt").write_text(src)
    meta = read_source(tmp_path / "x.txt").metadata
    assert (meta.repository, meta.signature) == ("TsDA", "Fond 1-B, Opis 5, a.e. 402")
    assert meta.translators == ["Ivan Ivanov", "Maria Petrova"]


@pytest.mark.parametrize("source, text", [
    ("trade. [illegible ]ignature", "trade.  ignature"),
    ("trade.[ illegible] signature", "trade.  signature"),
    ("trade. [illegible] signature", "trade.  signature"),
])
def test_a_space_inside_a_gap_that_alone_parts_two_words_is_kept(source, text):
    out, spans, _ = parse_brackets(source)
    assert out == text and [s.kind for s in spans] == ["gap"], (out, spans)


@pytest.mark.parametrize("head, title", [
    ("HUNGARIAN WORKERS' PARTY\nSZEGED CITY COMMITTEE\n\nNº 712/B\n\nMINUTES\nof the meeting of the executive committee",
     "Minutes of the meeting of the executive committee"),
    ("EMBASSY OF THE USSR\n\nINFORMATION on the state of the Hungnam Fertilizer Factory",
     "Information on the state of the Hungnam Fertilizer Factory"),
    ("DEMOCRATIC REPUBLIC OF THE SUDAN\n\nCABLE", "DEMOCRATIC REPUBLIC OF THE SUDAN"),
    ("Embassy of the FPRY in New Delhi\nStrictly confidential\n\nNOTE ON A CONVERSATION WITH PRIME MINISTER NEHRU",
     "NOTE ON A CONVERSATION WITH PRIME MINISTER NEHRU"),
    ("Embassy of the Hungarian People's Republic\nStockholm\n\nREPORT\n\nSubject: Conversation with Sverker Åström",
     "Report: Conversation with Sverker Åström"),
    ("EMBASSY OF SPAIN\n\nSubject: the disturbances of February.", "The disturbances of February"),
])
def test_a_bare_transcriptions_title_is_its_kind_and_subject_after_a_letterhead(tmp_path, head, title):
    source = tmp_path / "bare.txt"
    source.write_text(f"{head}\n\nPyongyang, 28 December 1968\n\nThe crew was released today.\n", encoding="utf-8")
    doc = read_source(source)
    assert doc.metadata.layout == "bare" and doc.metadata.title == title
