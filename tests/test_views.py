"""The views stage: the reading page and the citations (tei_kit.views, tei_kit/xslt/)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree, html

from tei_kit import saxon, tei, views
from tei_kit.errors import TeiKitError, XMLInputError

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "valid" / "sample.tei.xml"
BARE = DATA / "valid" / "bare_transcription.tei.xml"
STRUCTURE = DATA / "views" / "structure_and_phrases.tei.xml"
GOLD = json.loads((DATA / "gold" / "puzanov-1957-10-07.metadata.json").read_text(encoding="utf-8"))
READ_FILES_XSL = DATA / "xslt" / "read_local_files.xsl"

# Compile the view stylesheets from their files while pytest collects, before any test of any
# module runs a Saxon transformation (the first one locks URI access). Without this they are
# compiled from an inlined text instead (test_views_work_when_another_stage_locked_saxon_first).
views.preload()

CHICAGO = GOLD["citation"]
MLA = (
    'Puzanov, A.M. "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 7 October 1957."'
    " Translated by Gary Goldberg, 7 Oct. 1957. History and Public Policy Program Digital Archive,"
    " AVPRF F. 0102, Op. 13, Delo 5, Listy 257-307."
)
BARE_CHICAGO = '"Notes on a conversation at the trade mission," March 02, 1961.'
NS = tei.NSMAP


# helpers ------------------------------------------------------------------------------------


def sample_tree() -> etree._ElementTree:
    return tei.parse_xml(SAMPLE)


def page(text: str) -> html.HtmlElement:
    return html.document_fromstring(text)


def main_of(doc: html.HtmlElement) -> html.HtmlElement:
    (main,) = doc.xpath("//main")
    return main


def without_added(el: html.HtmlElement) -> html.HtmlElement:
    """A copy without the text the view adds (brackets, […], ?): class tk-added."""
    el = copy.deepcopy(el)
    for added in el.xpath(".//*[contains(concat(' ', @class, ' '), ' tk-added ')]"):
        added.drop_tree()  # keeps the tail text
    return el


def words(text: str) -> list[str]:
    return text.split()


def tei_words(tree: etree._ElementTree) -> list[str]:
    (text,) = tei.XPATH["text"](tree)
    return words(text.xpath("string()"))


def classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def bibtex_braces_balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def bibtex_fields(entry: str) -> dict[str, str]:
    """Fields of one BibTeX entry written one per line: name = {value} or name = macro."""
    fields = {}
    for line in entry.splitlines()[1:-1]:
        m = re.fullmatch(r"  (\w+) += (\{.*\}|\w+),?", line)
        assert m, f"not a field line: {line!r}"
        value = m.group(2)
        fields[m.group(1)] = value[1:-1] if value.startswith("{") else value
    return fields


# fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reading() -> str:
    return views.render(SAMPLE, "reading")


@pytest.fixture(scope="module")
def reading_doc(reading) -> html.HtmlElement:
    return page(reading)


# reading view -------------------------------------------------------------------------------


def test_reading_is_one_standalone_html5_page(reading, reading_doc):
    assert reading.startswith("<!DOCTYPE HTML>")
    assert reading_doc.xpath("//meta/@charset") == ["utf-8"]
    assert not reading_doc.xpath("//script | //link | //iframe | //object | //embed | //img")
    for url in reading_doc.xpath("//@src | //@href"):
        assert url.startswith("#"), url
    css = "".join(reading_doc.xpath("//style/text()"))
    assert "@import" not in css and "url(" not in css
    assert not re.search(r"https?://", css)


def test_reading_header_block(reading_doc):
    field = {dd.get("data-field"): dd.text_content() for dd in reading_doc.xpath("//header//*[@data-field]")}
    assert field["title"] == GOLD["title"]
    assert field["date"] == "October 07, 1957"
    assert reading_doc.xpath("//header//time/@datetime") == [GOLD["date"]]
    assert field["archive"] == GOLD["collection"]
    assert field["signature"] == f"{GOLD['repository']} {GOLD['archive_signature']}"
    assert field["translation"] == "Translated for NKIDP by Gary Goldberg"
    assert field["author"] == GOLD["author"]
    assert field["summary"] == "Summary" + GOLD["summary"]
    assert reading_doc.xpath("//title/text()") == [GOLD["title"]]


def test_every_entity_of_text_reaches_the_page(reading_doc):
    tree = sample_tree()
    entities = tei.XPATH["text_entities"](tree)
    spans = main_of(reading_doc).xpath(".//*[@data-type]")
    assert len(spans) == len(entities) > 0
    ids = [span.get("id") for span in spans]
    assert all(ids) and len(set(ids)) == len(ids)
    for el, span in zip(entities, spans):
        kind = tei.KIND_OF_ELEMENT[etree.QName(el).localname]
        assert span.get("data-type") == kind
        assert {"entity", f"entity-{kind}"} <= classes(span)
        assert span.get("data-ref") == el.get("ref")
        for attr, data in (("when", "data-when"), ("from", "data-from"), ("to", "data-to")):
            assert span.get(data) == el.get(attr), (attr, el.get(attr))
        assert " ".join(without_added(span).text_content().split()) == " ".join(el.xpath("string()").split())


def test_the_range_date_keeps_from_and_to(reading_doc):
    (span,) = main_of(reading_doc).xpath(".//*[@data-from]")
    assert (span.get("data-from"), span.get("data-to"), span.get("data-when")) == ("1957-08-01", "1957-08-15", None)


def test_words_of_the_text_in_order(reading_doc):
    assert words(without_added(main_of(reading_doc)).text_content()) == tei_words(sample_tree())


def test_supplied_unclear_gap_and_note_are_marked(reading_doc):
    main = main_of(reading_doc)
    (supplied,) = main.xpath(".//*[contains(@class, 'tei-supplied')]")
    assert supplied.text_content() == "[me]"
    assert supplied.get("data-tei-reason") == "translator"
    (unclear,) = main.xpath(".//*[contains(@class, 'tei-unclear')]")
    assert unclear.text_content() == "N. P. Varnov?" and unclear.get("data-tei-cert") == "low"
    gaps = main.xpath(".//*[contains(@class, 'tei-gap')]")
    assert [g.text_content() for g in gaps] == ["[…]", "[…]"]
    assert [g.get("data-tei-reason") for g in gaps] == ["omitted", "illegible"]
    (note,) = main.xpath(".//*[contains(@class, 'tei-note')]")
    assert note.text_content().startswith("Translator's note") and note.get("data-tei-type") == "editorial"
    css = "".join(reading_doc.xpath("//style/text()"))
    for cls in (".tei-supplied", ".tei-unclear", ".tei-gap", ".tei-note", ".entity-person", ".entity-place",
                ".entity-org", ".entity-date"):
        assert cls in css


def test_index_links_resolve_and_cover_every_mention(reading_doc):
    ids = set(reading_doc.xpath("//@id"))
    links = reading_doc.xpath("//section[@id='index']//a/@href")
    assert links and all(link[1:] in ids for link in links)
    mentions = main_of(reading_doc).xpath(".//*[@data-type]/@id")
    assert sorted(link[1:] for link in links) == sorted(mentions)


def test_index_groups_names_by_ref_with_the_standoff_main_name(reading_doc):
    entries = reading_doc.xpath("//li[@data-index-type='person' or @data-index-type='place' or @data-index-type='org']")
    by_key = {li.get("data-index-key"): li for li in entries}
    assert set(by_key) == {el.get("ref") for el in tei.XPATH["text_entities"](sample_tree()) if el.get("ref")}
    nam_il = by_key["#per-nam-il"]
    assert nam_il.xpath("string(.//*[@class='tk-index-label entity-person'])") == "Nam Il"
    assert len(nam_il.xpath(".//a")) == 3
    dprk = by_key["#pla-dprk"]
    assert "Democratic People's Republic of Korea" in dprk.text_content()
    assert "GeoNames 1873107" in dprk.text_content()
    labels = [li.xpath("string(.//span[1])") for li in reading_doc.xpath("//li[@data-index-type='person']")]
    assert labels == sorted(labels, key=str.lower)


def test_index_dates_are_sorted_by_value(reading_doc):
    keys = reading_doc.xpath("//li[@data-index-type='date']/@data-index-key")
    assert keys == ["1957", "1957-08-01/1957-08-15", "1957-10-07", "1957-10-08", "1957-10-10"]
    (oct7,) = reading_doc.xpath("//li[@data-index-key='1957-10-07']")
    assert "October 7, 1957" in oct7.text_content() and len(oct7.xpath(".//a")) == 2


def test_reading_view_shows_the_computed_chicago_citation(reading_doc):
    assert reading_doc.xpath("string(//footer//*[@data-style='chicago'])") == CHICAGO


def test_render_accepts_an_lxml_tree(reading):
    assert views.render(sample_tree(), "reading") == reading
    assert views.render(sample_tree().getroot(), "reading") == reading


def test_render_options_css_and_index():
    text = views.render(SAMPLE, "reading", css=".entity { color: red } </style><script>x</script>", index=False)
    doc = page(text)
    assert not doc.xpath("//script") and "<script>" not in text.split("</style>")[1]
    assert ".entity { color: red }" in doc.xpath("string(//style)")
    assert not doc.xpath("//section[@id='index']")


def test_text_of_the_document_is_never_markup():
    tree = sample_tree()
    p = tree.xpath("//tei:body//tei:p", namespaces=NS)[0]
    p.text = "<script>alert(1)</script> {unparsed-text('file:///etc/passwd')} & "
    doc = page(views.render(tree, "reading"))
    assert not doc.xpath("//script")
    assert "<script>alert(1)</script> {unparsed-text('file:///etc/passwd')}" in main_of(doc).text_content()


def test_structure_and_phrases_keep_html_valid_and_words_in_order():
    text = views.render(STRUCTURE, "reading")
    doc = page(text)
    main = main_of(doc)
    assert words(without_added(main).text_content()) == tei_words(tei.parse_xml(STRUCTURE))
    # no block inside a paragraph or a span (the HTML parser would have to repair it)
    body = text.split("<main", 1)[1].split("</main>", 1)[0]
    for para in re.findall(r"<p\b.*?</p>", body, flags=re.S):
        assert not re.search(r"<(p|div|section|ul|li|h\d)\b", para[2:]), para
    assert [h.text_content() for h in main.xpath(".//h2 | .//h3")] == ["TOP SECRET", "Part one"]
    assert main.xpath(".//li[contains(@class, 'tei-item')]/p[contains(@class, 'tei-p')]")
    (note,) = main.xpath(".//*[contains(@class, 'tei-note')]")
    assert note.tag == "span" and [p.tag for p in note] == ["span", "span"]
    assert main.xpath(".//br[@data-tei-break='no']") and main.xpath(".//*[@data-tei-n='2']")
    assert "rend-italic" in classes(main.xpath(".//*[@data-tei-rend='italic underline']")[0])
    (date,) = main.xpath(".//*[@data-type='date']")
    assert (date.get("data-not-before"), date.get("data-not-after")) == ("1958-04-01", "1958-04-30")
    assert main.xpath(".//*[@lang='ru']")[0].text_content() == "slovo"


def test_citations_of_a_title_ending_in_a_question_mark_and_two_translators():
    assert views.cite(STRUCTURE, "chicago") == (
        "\"Report on the 'Spring' campaign?\" May 1958. Translated by Ann Lee and Bo Kim.\n")
    assert views.cite(STRUCTURE, "mla") == (
        "Petrov, Ivan. \"Report on the 'Spring' campaign?\" Translated by Ann Lee and Bo Kim, May 1958.\n")
    assert "DA  - 1958/05//" in views.cite(STRUCTURE, "ris")
    (item,) = json.loads(views.cite(STRUCTURE, "csl-json"))
    assert item["issued"] == {"date-parts": [[1958, 5]]}
    assert item["translator"] == [{"family": "Lee", "given": "Ann"}, {"family": "Kim", "given": "Bo"}]
    assert "translator   = {Lee, Ann and Kim, Bo}" in views.cite(STRUCTURE, "bibtex")


# citations ----------------------------------------------------------------------------------


def test_chicago_equals_the_archive_citation_line():
    assert views.cite(SAMPLE, "chicago") == CHICAGO + "\n"


def test_chicago_is_computed_not_copied():
    tree = sample_tree()
    for note in tree.xpath("//tei:note[@type='citation']", namespaces=NS):
        note.getparent().remove(note)
    assert views.cite(tree, "chicago") == CHICAGO + "\n"
    tree = sample_tree()
    tree.xpath("//tei:note[@type='citation']", namespaces=NS)[0].text = "something else entirely"
    tree.xpath("//tei:distributor", namespaces=NS)[0].text = "Another Archive"
    assert views.cite(tree, "chicago") == CHICAGO.replace(GOLD["collection"], "Another Archive") + "\n"


def test_access_date():
    assert views.cite(SAMPLE, "chicago", access_date="2026-11-27") == f"{CHICAGO} Accessed November 27, 2026.\n"
    assert views.cite(SAMPLE, "mla", access_date="2026-11-27") == f"{MLA} Accessed 27 Nov. 2026.\n"
    assert "Y2  - 2026/11/27/" in views.cite(SAMPLE, "ris", access_date="2026-11-27")
    csl = json.loads(views.cite(SAMPLE, "csl-json", access_date="2026-11-27"))
    assert csl[0]["accessed"] == {"date-parts": [[2026, 11, 27]]}


def test_mla():
    assert views.cite(SAMPLE, "mla") == MLA + "\n"


def test_bibtex():
    entry = views.cite(SAMPLE, "bibtex").rstrip("\n")
    assert entry.startswith("@misc{puzanov1957journal,\n") and entry.endswith("\n}")
    assert bibtex_braces_balanced(entry)
    fields = bibtex_fields(entry)
    assert fields["title"] == "Journal of Soviet Ambassador to the {DPRK} {A.M.} Puzanov for 7 October 1957"
    assert fields["author"] == "Puzanov, A.M."
    assert fields["translator"] == "Goldberg, Gary"
    assert (fields["year"], fields["month"], fields["date"]) == ("1957", "oct", "1957-10-07")
    assert fields["howpublished"] == GOLD["collection"]
    assert fields["note"] == "AVPRF F. 0102, Op. 13, Delo 5, Listy 257-307. Translated for NKIDP by Gary Goldberg"
    assert fields["abstract"] == GOLD["summary"]


def test_bibtex_escapes_tex_characters_and_keeps_braces_balanced():
    tree = sample_tree()
    tree.xpath("//tei:titleStmt/tei:title", namespaces=NS)[0].text = r"50% & $5 {open #1 a_b ~x^ \end"
    entry = views.cite(tree, "bibtex", key="k1")
    assert entry.startswith("@misc{k1,")
    assert bibtex_braces_balanced(entry)
    title = bibtex_fields(entry.rstrip("\n"))["title"]
    assert title == (r"50\% \& \$5 \textbraceleft{}open \#1 a\_b \textasciitilde{}x\textasciicircum{}"
                     r" \textbackslash{}end")


def test_ris():
    lines = views.cite(SAMPLE, "ris").rstrip("\n").split("\n")
    assert lines[0] == "TY  - MANSCPT"
    assert lines[-1] == "ER  - "
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .+", line) for line in lines[:-1])
    tags = dict(line.split("  - ", 1) for line in lines[:-1])
    assert tags["TI"] == GOLD["title"]
    assert tags["AU"] == "Puzanov, A.M." and tags["A4"] == "Goldberg, Gary"
    assert (tags["DA"], tags["PY"]) == ("1957/10/07/", "1957")
    assert tags["DB"] == GOLD["collection"]
    assert tags["AN"] == f"{GOLD['repository']} {GOLD['archive_signature']}"
    assert (tags["AB"], tags["LA"]) == (GOLD["summary"], "en")


def test_csl_json():
    items = json.loads(views.cite(SAMPLE, "csl-json"))
    assert isinstance(items, list) and len(items) == 1
    item = items[0]
    assert item["id"] == "puzanov1957journal" and item["type"] == "manuscript"
    assert item["title"] == GOLD["title"]
    assert item["issued"] == {"date-parts": [[1957, 10, 7]]}
    assert item["archive"] == GOLD["collection"]
    assert item["archive_location"] == f"{GOLD['repository']} {GOLD['archive_signature']}"
    assert item["translator"] == [{"family": "Goldberg", "given": "Gary"}]
    assert item["author"] == [{"family": "Puzanov", "given": "A.M."}]
    assert item["abstract"] == GOLD["summary"] and item["language"] == "en"


def test_csl_json_escapes_strings():
    tree = sample_tree()
    title = 'A "quoted" back\\slash / and é'
    tree.xpath("//tei:titleStmt/tei:title", namespaces=NS)[0].text = title
    assert json.loads(views.cite(tree, "csl-json"))[0]["title"] == title


def test_citation_page_holds_every_style():
    doc = page(views.render(SAMPLE, "citation"))
    sections = doc.xpath("//section[@data-style]")
    assert [s.get("data-style") for s in sections] == list(views.CITATION_STYLES)
    text = {s.get("data-style"): s.xpath("string(.//*[contains(@class, 'tk-citation')])") for s in sections}
    for style in views.CITATION_STYLES:
        assert text[style] + "\n" == views.cite(SAMPLE, style)
    assert {s.get("data-style") for s in sections if s.xpath(".//pre")} == {"bibtex", "ris", "csl-json"}
    assert not doc.xpath("//script | //link") and all(u.startswith("#") for u in doc.xpath("//@href | //@src"))


# a bare transcription: no archive, citation line, translator, summary ------------------------


def test_bare_transcription_renders_without_empty_fields():
    doc = page(views.render(BARE, "reading"))
    fields = doc.xpath("//header//*[@data-field]")
    assert {f.get("data-field") for f in fields} == {"title", "date"}
    assert all(f.text_content().strip() for f in fields)
    assert not doc.xpath("//header//dd[not(normalize-space())] | //header//dt[not(normalize-space())]")
    assert words(without_added(main_of(doc)).text_content()) == tei_words(tei.parse_xml(BARE))
    assert doc.xpath("string(//footer//*[@data-style='chicago'])") == BARE_CHICAGO


@pytest.mark.parametrize("style", views.CITATION_STYLES)
def test_bare_transcription_cites_without_empty_fields(style):
    text = views.cite(BARE, style)
    assert text.endswith("\n") and not text.endswith("\n\n")
    for empty in (", ,", ",,", " .", "..", "()", '""', "{}", "= ,", "[]"):
        assert empty not in text, (style, empty)
    assert "None" not in text and "null" not in text


def test_bare_transcription_citations():
    assert views.cite(BARE, "chicago") == BARE_CHICAGO + "\n"
    assert views.cite(BARE, "mla") == '"Notes on a conversation at the trade mission." 2 Mar. 1961.\n'
    entry = views.cite(BARE, "bibtex")
    assert entry.startswith("@misc{notes1961,") and bibtex_braces_balanced(entry)
    assert set(bibtex_fields(entry.rstrip("\n"))) == {"title", "date", "year", "month", "langid"}
    ris = views.cite(BARE, "ris").rstrip("\n").split("\n")
    assert [line[:2] for line in ris] == ["TY", "TI", "DA", "PY", "LA", "ER"]
    (item,) = json.loads(views.cite(BARE, "csl-json"))
    assert set(item) == {"id", "type", "title", "issued", "language"}


def test_a_name_without_ref_or_standoff_entry_is_indexed_by_its_surface():
    tree = tei.parse_xml(BARE)
    (p,) = tree.xpath("//tei:body/tei:p[2]", namespaces=NS)
    p.text = "Nothing was agreed with "
    name = etree.SubElement(p, tei.tei("persName"))
    name.text, name.tail = "Kim", "."
    other = etree.SubElement(p, tei.tei("placeName"), ref="#nowhere")
    other.text = "Kaesong"
    doc = page(views.render(tree, "reading"))
    (kim,) = doc.xpath("//li[@data-index-type='person']")
    assert kim.get("data-index-key") == "text:Kim" and "no reference" in kim.text_content()
    (kaesong,) = doc.xpath("//li[@data-index-type='place']")
    assert kaesong.get("data-index-key") == "#nowhere" and "no authority entry" in kaesong.text_content()


# errors -------------------------------------------------------------------------------------


def test_unknown_view_and_style_are_one_line_errors():
    with pytest.raises(views.ViewError, match=r"^unknown view 'pdf'; known views: reading, citation$"):
        views.render(SAMPLE, "pdf")
    with pytest.raises(views.ViewError, match=r"^unknown citation style 'apa'; known styles: "):
        views.cite(SAMPLE, "apa")
    with pytest.raises(views.ViewError, match="not a date"):
        views.cite(SAMPLE, "chicago", access_date="27/11/2026")
    with pytest.raises(views.ViewError, match="not usable in BibTeX"):
        views.cite(SAMPLE, "bibtex", key="a b}")
    assert issubclass(views.ViewError, TeiKitError)


def test_non_tei_input_is_refused(tmp_path):
    path = tmp_path / "not_tei.xml"
    path.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(XMLInputError, match="not TEI"):
        views.render(path, "reading")
    with pytest.raises(XMLInputError, match="no such file"):
        views.cite(tmp_path / "missing.xml", "chicago")


def test_views_work_when_another_stage_locked_saxon_first(reading):
    """Validation runs Saxon too; after its first transformation Saxon reads no file, not even
    the views' included modules. The views must still compile (and give the same output)."""
    script = (
        "import sys\n"
        "from tei_kit import saxon, views\n"
        "other = saxon.compile_text('other-stage', '<xsl:stylesheet version=\"3.0\" "
        "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>')\n"
        "saxon.transform(other, '<x/>')\n"
        f"sys.stdout.write(views.render({str(SAMPLE)!r}, 'reading'))\n"
        f"sys.stdout.write('\\0' + views.cite({str(SAMPLE)!r}, 'chicago'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    page_text, chicago = done.stdout.split("\0")
    assert page_text == reading
    assert chicago == CHICAGO + "\n"


# security: no file or network access while a stylesheet runs ---------------------------------

ATTEMPTS = ("unparsed-text-literal", "doc-literal", "unparsed-text", "unparsed-text-lines", "doc", "document",
            "collection", "json-doc", "available")


@pytest.mark.parametrize("attempt", ATTEMPTS)
@pytest.mark.parametrize("uri", ["file:///etc/hostname", "file:///etc/passwd", "/etc/passwd", SAMPLE.resolve().as_uri()])
def test_stylesheets_cannot_read_local_files(attempt, uri):
    views.render(BARE, "reading")  # the first transformation of the process has locked URI access
    try:
        out = saxon.transform(READ_FILES_XSL, "<x/>", {"attempt": attempt, "uri": uri})
    except TeiKitError as exc:
        assert "XSLT transformation failed" in str(exc)
        return
    assert out.strip() == "", out[:200]


def test_a_uri_named_in_the_document_is_not_read():
    with pytest.raises(TeiKitError, match="prohibited|not allowed|XSLT transformation failed"):
        saxon.transform(READ_FILES_XSL, '<x href="file:///etc/passwd"/>', {"attempt": "from-input"})
