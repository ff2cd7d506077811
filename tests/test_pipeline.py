"""The whole chain on the seed and on texts the tagger has never seen."""

from __future__ import annotations

import json
import re

import pytest
from lxml import etree

from tei_kit.errors import InputError, InvalidTEIError
from tei_kit.pipeline import build_corpus, convert
from tei_kit.tei import NSMAP, XPATH
from tei_kit.validate import validate_bytes

from .conftest import DATA, SEED

META = json.loads((DATA / "gold" / "puzanov-1957-10-07.metadata.json").read_text())
UNSEEN = DATA / "unseen"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def source_body_words(path) -> list[str]:
    from tei_kit.ingest import read_source

    doc = read_source(path)
    out = []
    for block in doc.blocks:
        text = block.text
        for span in sorted((s for s in block.spans if s.kind == "gap" and s.desc), key=lambda s: -s.start):
            text = text[: span.start] + " " + span.desc + " " + text[span.start:]
        out += words(text)
    return out


def text_words(tree) -> list[str]:
    return words(" ".join(XPATH["text"](tree)[0].itertext()))


def h(tree, path: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) if isinstance(e, etree._Element) else str(e)
            for e in tree.xpath(path, namespaces=NSMAP)]


def test_seed_header_carries_every_gold_field(seed_conversion):
    t = seed_conversion.tree
    assert h(t, "//tei:titleStmt/tei:title") == [META["title"]]
    assert h(t, "//tei:titleStmt/tei:author/tei:persName") == [META["author"]]
    assert h(t, "//tei:titleStmt/tei:author/tei:persName/@ref") == ["#per-puzanov"]
    assert h(t, "//tei:titleStmt/tei:funder") == META["funders"]
    assert h(t, "//tei:titleStmt/tei:respStmt/tei:resp") == ["translation"]
    assert h(t, "//tei:titleStmt/tei:respStmt/tei:persName") == [META["translator"]]
    assert h(t, "//tei:titleStmt/tei:respStmt/tei:orgName") == [META["translation_project"]]
    assert h(t, "//tei:sourceDesc/tei:bibl/tei:distributor") == [META["collection"]]
    assert h(t, "//tei:sourceDesc/tei:bibl/tei:note[@type='citation']") == [META["citation"]]
    assert h(t, "//tei:msIdentifier/tei:repository") == [META["repository"]]
    assert h(t, "//tei:msIdentifier/tei:idno") == [META["archive_signature"]]
    assert h(t, "//tei:profileDesc/tei:creation/tei:date/@when") == [META["date"]]
    assert h(t, "//tei:profileDesc/tei:abstract/tei:p") == [META["summary"]]
    assert h(t, "//tei:langUsage/tei:language/@ident") == [META["language"]]
    assert h(t, "/tei:TEI/@xml:lang") == [META["language"]]
    assert h(t, "//tei:appInfo/tei:application/@ident") == ["tei-kit"]
    assert h(t, "//tei:revisionDesc/tei:change/@who") == ["#tei-kit"]


def test_seed_body_has_the_gold_paragraphs_and_supplied_words(seed_conversion):
    t = seed_conversion.tree
    paragraphs = h(t, "//tei:text//tei:p")
    assert len(paragraphs) == META["body_paragraphs"]
    assert paragraphs[0].startswith(META["body_first_words"])
    assert paragraphs[-1].endswith(META["body_last_words"])
    assert h(t, "//tei:text//tei:supplied") == META["supplied"]
    assert h(t, "//tei:text//tei:dateline/tei:date/@when") == ["1957-10-07"]


def test_seed_words_of_source_body_equal_words_of_text(seed_conversion):
    assert text_words(seed_conversion.tree) == source_body_words(SEED)


def test_every_name_points_into_standoff(seed_conversion):
    t = seed_conversion.tree
    ids = set(h(t, "//tei:standOff//@xml:id"))
    refs = h(t, "//tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName]/@ref")
    assert refs and all(r.startswith("#") and r[1:] in ids for r in refs)
    assert set(h(t, "//tei:text//tei:date/@resp") + h(t, "//tei:text//tei:persName/@resp")) == {"#tei-kit"}


SOURCES = sorted((DATA / "sources").glob("*.txt"))
CONVERTIBLE = [p for p in SOURCES if p.stem not in ("empty", "whitespace_only")] + sorted(UNSEEN.glob("*.txt"))


@pytest.mark.parametrize("path", CONVERTIBLE, ids=lambda p: p.name)
def test_outputs_are_valid_tei_all_and_keep_every_word(path, tei_all):
    conv = convert(path, date="1958-01-01" if "bare" in path.name or "markup" in path.name else None)
    report = validate_bytes(conv.data, path.name, tei_all=tei_all)
    assert report.valid, [i for i in report.issues if i.severity in ("error", "fatal")]
    assert text_words(conv.tree) == source_body_words(path)


def test_seed_output_is_valid_tei_all(seed_conversion, tei_all):
    report = validate_bytes(seed_conversion.data, "seed", tei_all=tei_all)
    assert report.valid, report.issues


def test_text_never_seen_converts_and_tags_its_names():
    conv = convert(UNSEEN / "polish-ambassador-1961.txt")
    found = {(m.kind, m.surface) for m in conv.document.mentions()}
    for expected in [("person", "Tadeusz Rybiński"), ("person", "Rybiński"), ("person", "Bolesław Kowalczyk"),
                     ("place", "Hanoi"), ("place", "Haiphong"), ("org", "PUWP CC"),
                     ("org", "Ministry of Foreign Trade"), ("date", "3 March 1961"), ("date", "Yesterday")]:
        assert expected in found, (expected, sorted(found))
    dates = {m.surface: m.when for m in conv.document.mentions() if m.kind == "date"}
    assert dates["Yesterday"] == "1961-03-02"


def test_a_source_without_any_date_needs_date_option(tmp_path):
    src = tmp_path / "undated.txt"
    src.write_text("A note\n\nComrade Tadeusz Rybiński spoke at length.\n")
    with pytest.raises(InputError, match="no document date found"):
        convert(src)
    assert convert(src, date="1961-05-01").document.metadata.date == "1961-05-01"


def test_a_bare_telegram_is_dated_by_its_date_time_group_and_titled_by_its_subject(tmp_path):
    src = tmp_path / "telegram.txt"
    src.write_text("CONFIDENTIAL\nO 181030Z SEP 75\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC NIACT IMMEDIATE 4412\n"
                   "TAGS: PFOR, TU, CY\nSUBJECT: DEMIREL ON CYPRUS\nREF: STATE 201455\n\n"
                   "1. THE FOREIGN MINISTER CALLED ME IN ON SEPTEMBER 16.\n")
    conv = convert(src)
    assert conv.document.metadata.date == "1975-09-18"
    assert conv.document.metadata.title == "DEMIREL ON CYPRUS"
    found = {(m.kind, m.surface, m.when) for m in conv.document.mentions()}
    assert ("date", "SEPTEMBER 16", "1975-09-16") in found, found
    assert not [f for f in found if f[1] in ("TU", "CY", "REF", "STATE", "SECSTATE")], found


def test_a_telegram_with_long_routing_is_titled_by_its_subject(tmp_path):
    src = tmp_path / "telegram.txt"
    routing = "".join(f"AMEMBASSY POST{i}\n" for i in range(12))
    src.write_text(f"CONFIDENTIAL\nO 140830Z JUN 66\nFM AMEMBASSY JAKARTA\nTO SECSTATE WASHDC 2211\nINFO {routing}"
                   "TAGS: PFOR, ID\nSUBJECT: MALIK ON CONFRONTATION TALKS\n\n1. MALIK TOLD ME THIS ON JUNE 13.\n")
    assert convert(src).document.metadata.title == "MALIK ON CONFRONTATION TALKS"


def test_invalid_tei_is_never_handed_out(monkeypatch):
    import tei_kit.pipeline as pipeline

    def broken(document, **kw):
        tree = real(document, **kw)
        tree.getroot().find("{http://www.tei-c.org/ns/1.0}text").set("cert", "1e")
        return tree

    real = pipeline.encode
    monkeypatch.setattr(pipeline, "encode", broken)
    with pytest.raises(InvalidTEIError, match="not valid"):
        convert(SEED)


def test_build_leaves_hand_edited_files_alone(tmp_path):
    out = tmp_path / "tei"
    first = build_corpus([SEED], out)
    assert [p.name for p in first.written] == ["puzanov-1957-10-07.xml"]
    again = build_corpus([SEED], out)
    assert again.unchanged and not again.written
    target = out / "puzanov-1957-10-07.xml"
    edited = target.read_bytes().replace(b"I visited", b"I (hand edit) visited")
    target.write_bytes(edited)
    third = build_corpus([SEED], out)
    assert third.hand_edited == [target] and target.read_bytes() == edited
    forced = build_corpus([SEED], out, force=True)
    assert forced.written == [target] and list(out.glob("*.bak"))


def test_every_entity_of_the_seed_reaches_the_reading_view(seed_conversion):
    from lxml import html

    from tei_kit.views import cite, render

    page = html.fromstring(render(seed_conversion.tree, "reading"))
    marked = page.xpath("//main//*[@data-type]")
    tei = XPATH["text_entities"](seed_conversion.tree)
    assert len(marked) == len(tei) == 63
    for span, el in zip(marked, tei):
        assert " ".join(span.text_content().split()) == " ".join("".join(el.itertext()).split())
        assert span.get("data-ref") == el.get("ref") or span.get("data-when") == el.get("when")
    assert cite(seed_conversion.tree, "chicago").strip() == META["citation"]


def test_authority_cli_adds_and_lists(tmp_path):
    import shutil

    from click.testing import CliRunner

    from tei_kit.cli import cli

    from .conftest import ROOT

    folder = tmp_path / "authority"
    shutil.copytree(ROOT / "corpus" / "authority", folder)
    runner = CliRunner()
    result = runner.invoke(cli, ["authority", "add", "Jin Ban-su", "--kind", "person", "--variant", "Chin Pan-su",
                                 "--dir", str(folder)])
    assert result.exit_code == 0, result.output
    assert "added per-jin-ban-su (person)" in result.output
    listed = runner.invoke(cli, ["authority", "list", "--kind", "person", "--dir", str(folder)])
    assert "Jin Ban-su" in listed.output and "Chin Pan-su" in listed.output
    again = runner.invoke(cli, ["authority", "add", "Jin Ban-su", "--kind", "person", "--dir", str(folder)])
    assert again.exit_code != 0 and again.output.startswith("Error:")
    conv = convert(SEED, authority_dir=folder)
    assert not conv.document.entities["per-jin-ban-su"].discovered
