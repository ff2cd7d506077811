"""Bad input and nothing lost.

1. Every kind of text input ``convert`` may be given: valid TEI (with a warning that says
   what was changed or guessed) or one ``Error:`` line with a hint and a non-zero exit;
   never a traceback, never an empty or partial output file.
2. Nothing lost: no silent overwrite of hand edits, backups with ``--force``, atomic writes
   (also when the process is killed mid-write), hand-edited corpus files left alone, two
   builds of one corpus at once.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from lxml import etree

from tei_kit import fileio, ingest
from tei_kit.errors import OutputError
from tei_kit.pipeline import LOCK, MANIFEST, build_corpus
from tei_kit.tei import NSMAP
from tei_kit.validate import validate_bytes

from .conftest import ROOT, SEED
from .test_properties import source_words, tei_words

BODY = "I met [me] Kim Il Sung in Pyongyang today. The USSR MFA said so."
TEXT = f"7 October 1957\n\n{BODY}\n"


def refused(result, message: str, code: int = 2) -> None:
    """One ``Error:`` line (the whole of stderr), nothing on stdout, the exit code."""
    assert "Traceback" not in result.output
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""
    assert result.exit_code == code


def converted(result, out: Path, warnings: list[str] = (), body: str | None = None) -> bytes:
    """Exit 0, exactly these warnings, valid TEI written whose words are the body's."""
    assert result.exit_code == 0, result.output
    assert result.stderr == "".join(f"Warning: {w}\n" for w in warnings) + f"written: {out}\n"
    data = out.read_bytes()
    report = validate_bytes(data, out.name)
    assert report.valid, report.issues
    if body is not None:
        assert tei_words(data) == source_words(body)
    return data


def paragraphs(data: bytes) -> list[str]:
    return ["".join(p.itertext()) for p in etree.fromstring(data).iterfind(".//tei:text//tei:p", NSMAP)]


def only(folder: Path, *names: str) -> None:
    """Nothing but ``names`` in ``folder``: no output, no temporary or partial file."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


# ------------------------------------------------------------------ 1. text input


REFUSED_SOURCES = [
    ("empty.txt", b"", [], "empty.txt: empty (no text to convert)"),
    ("blank.txt", b"  \n\t\r\n \x0c\n", [], "blank.txt: empty (no text to convert)"),
    ("random.txt", random.Random(7).randbytes(4096), [],
     "random.txt: looks like a binary file, not text (hint: convert takes plain text (.txt))"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", [],
     "report.txt: is a PDF file, not plain text (hint: save it as plain text (.txt) and convert that)"),
    ("letter.txt", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", [],
     "letter.txt: is a ZIP archive (a .docx or .odt document?), not plain text "
     "(hint: save it as plain text (.txt) and convert that)"),
    ("utf16.txt", TEXT.encode("utf-16-le"), [],
     "utf16.txt: looks like UTF-16 text without a byte-order mark (hint: give --encoding utf-16-le)"),
    ("utf16be.txt", TEXT.encode("utf-16-be"), [],
     "utf16be.txt: looks like UTF-16 text without a byte-order mark (hint: give --encoding utf-16-be)"),
    ("mixed.txt", b"7 October 1957\n\nCaf\xc3\xa9 bad \xff here\n", [],
     "mixed.txt: not valid UTF-8 at line 3, column 11, byte 26: 0xFF, though most of it is UTF-8 "
     "(hint: fix or remove the bad bytes there; or give --encoding cp1252 if the file is not UTF-8)"),
    ("cp.txt", b"7 October 1957\n\nCaf\xe9\n", ["--encoding", "utf-8"],
     "cp.txt: not valid utf-8 (line 3, column 4, byte 19: 0xE9) (hint: try another --encoding, e.g. cp1252 or "
     "latin-1)"),
    ("bom16.txt", b"\xff\xfe\x00\xd8a\x00", [],
     "bom16.txt: has a UTF-16 byte-order mark but is not valid UTF-16 (hint: try --encoding utf-8 or cp1252)"),
    ("bom8.txt", b"\xef\xbb\xbf7 October 1957\n\nCaf\xe9\n", [],
     "bom8.txt: has a UTF-8 byte-order mark but invalid UTF-8 bytes (line 3, column 4, byte 22: 0xE9) "
     "(hint: try --encoding cp1252)"),
    ("any.txt", TEXT.encode(), ["--encoding", "klingon"],
     "unknown encoding 'klingon' (hint: try --encoding utf-8, cp1252 or latin-1)"),
    ("any.txt", TEXT.encode(), ["--encoding", "rot13"],
     "'rot13' is not a text encoding (hint: try --encoding utf-8, cp1252 or latin-1)"),
    ("page.txt", b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>7 October 1957</p></body></html>",
     [], "page.txt: looks like a saved HTML page, not text (hint: copy the page's text (or save it as 'Text') and "
     "convert that)"),
    ("saved.htm", b"\n  <html lang=en><body>Skip to content</body></html>", [],
     "saved.htm: looks like a saved HTML page, not text (hint: copy the page's text (or save it as 'Text') and "
     "convert that)"),
    ("doc.txt", b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', [],
     "doc.txt: looks like an XML file, not text (hint: convert reads plain text; 'tei-kit validate' and 'render' "
     "read TEI)"),
    ("nodate.txt", b"A note without any date in it.\n", [],
     "nodate.txt: no document date found (no archive page date, no dateline) (hint: give one with --date "
     "YYYY-MM-DD)"),
    ("any.txt", TEXT.encode(), ["--date", "1957-13-01"],
     "--date '1957-13-01' is not a date in YYYY-MM-DD form (hint: e.g. --date 1957-10-07)"),
]


@pytest.mark.parametrize("name, data, options, message", REFUSED_SOURCES,
                         ids=[f"{c[0]}{'-' + c[2][1] if c[2] else ''}" for c in REFUSED_SOURCES])
def test_unusable_text_is_one_error_line_exit_2_and_no_output_file(run, tmp_path, name, data, options, message):
    (tmp_path / name).write_bytes(data)
    refused(run("convert", name, "-o", "out.xml", *options), message)
    only(tmp_path, name)


def test_a_missing_path_or_a_folder_is_refused(run, tmp_path):
    refused(run("convert", "missing.txt", "-o", "out.xml"), "missing.txt: no such file")
    (tmp_path / "sources").mkdir()
    refused(run("convert", "sources", "-o", "out.xml"),
            "sources: is a folder (hint: give a .txt file, or use 'tei-kit build' for a folder)")
    only(tmp_path, "sources")


@pytest.mark.parametrize("size", [ingest.MAX_SOURCE_BYTES + 1, 20 * 1024 * 1024])
def test_a_file_over_the_size_limit_is_refused_at_once(run, tmp_path, size):
    """The limit (5 MB) is checked before reading: a 20 MB file is refused in no time."""
    with open(tmp_path / "big.txt", "wb") as fh:  # sparse: nothing is really written
        fh.truncate(size)
    started = time.monotonic()
    shown = "5.0 MB" if size < 6 * 1024 * 1024 else "20 MB"
    refused(run("convert", "big.txt", "-o", "out.xml"),
            f"big.txt: {shown} is over the 5 MB limit for one document "
            "(hint: split it into one file per document and use 'tei-kit build')")
    assert time.monotonic() - started < 5
    only(tmp_path, "big.txt")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_source_is_read_only_up_to_the_limit(run):
    refused(run("convert", "/dev/zero", "-o", "out.xml"),
            "/dev/zero: 5.0 MB is over the 5 MB limit for one document "
            "(hint: split it into one file per document and use 'tei-kit build')")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_xml_from_a_named_pipe_is_read_whole_past_one_pipe_buffer(tmp_path):
    from tei_kit.tei import read_xml_bytes

    data = b"<a>" + b"x" * 300_000 + b"</a>"  # a pipe hands over 64 KiB at a time
    pipe = tmp_path / "pipe.xml"
    os.mkfifo(pipe)
    writer = subprocess.Popen([sys.executable, "-c", f"open({str(pipe)!r}, 'wb').write(b'<a>' + b'x' * 300_000 + b'</a>')"])
    try:
        assert read_xml_bytes(pipe, "pipe.xml") == data
    finally:
        writer.wait(10)


def test_a_file_is_read_whole_whatever_its_size(tmp_path):
    from tei_kit.tei import read_xml_bytes

    for size in (0, 1, 4095, 4096, 4097, 200_001):
        path = tmp_path / f"{size}.xml"
        path.write_bytes(b"y" * size)
        assert read_xml_bytes(path, path.name) == b"y" * size


def test_utf8_with_a_bom_converts_silently(run, tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    data = converted(run("convert", "bom.txt", "-o", "out.xml"), Path("out.xml"), body=TEXT)
    assert "\ufeff".encode() not in data


@pytest.mark.parametrize("codec, bom, label", [
    ("utf-16-le", b"\xff\xfe", "UTF-16"), ("utf-16-be", b"\xfe\xff", "UTF-16"),
    ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"), ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32"),
])
def test_utf16_and_utf32_with_a_bom_convert_and_say_so(run, tmp_path, codec, bom, label):
    (tmp_path / "wide.txt").write_bytes(bom + TEXT.encode(codec))
    converted(run("convert", "wide.txt", "-o", "out.xml"), Path("out.xml"),
              [f"wide.txt: read as {label} (byte-order mark)"], body=TEXT)


def test_utf16_without_a_bom_converts_with_the_encoding_given(run, tmp_path):
    (tmp_path / "utf16.txt").write_bytes(TEXT.encode("utf-16-le"))
    converted(run("convert", "utf16.txt", "-o", "out.xml", "--encoding", "utf-16-le"), Path("out.xml"), body=TEXT)


WESTERN = "7 October 1957\n\nCafé “quoted” naïve – Ostpolitik. Mr Kim said so.\n"


def test_cp1252_is_detected_and_the_warning_says_what_was_chosen(run, tmp_path):
    (tmp_path / "cp.txt").write_bytes(WESTERN.encode("cp1252"))
    data = converted(run("convert", "cp.txt", "-o", "out.xml"), Path("out.xml"),
                     ["cp.txt: not UTF-8; read as cp1252 (Windows Western European) (use --encoding to choose "
                      "another)"], body=WESTERN)
    assert paragraphs(data) == ["Café “quoted” naïve – Ostpolitik. Mr Kim said so."]


@pytest.mark.parametrize("encoding", ["cp1252", "windows-1252", "latin-1", "iso-8859-15"])
def test_an_encoding_given_is_used_without_a_warning(run, tmp_path, encoding):
    text = "7 October 1957\n\nCafé naïve Ørsted. Mr Kim said so.\n"
    (tmp_path / "w.txt").write_bytes(text.encode(encoding))
    data = converted(run("convert", "w.txt", "-o", "out.xml", "--encoding", encoding), Path("out.xml"), body=text)
    assert paragraphs(data) == ["Café naïve Ørsted. Mr Kim said so."]


def test_latin1_without_encoding_reads_as_cp1252_which_agrees_on_every_letter(run, tmp_path):
    text = "7 October 1957\n\nÀ Málaga, señor Müller, à Genève. Mr Kim said so.\n"
    (tmp_path / "l1.txt").write_bytes(text.encode("latin-1"))
    data = converted(run("convert", "l1.txt", "-o", "out.xml"), Path("out.xml"),
                     ["l1.txt: not UTF-8; read as cp1252 (Windows Western European) (use --encoding to choose "
                      "another)"], body=text)
    assert paragraphs(data) == ["À Málaga, señor Müller, à Genève. Mr Kim said so."]


def test_a_non_latin_single_byte_encoding_is_guessed_and_named(run, tmp_path):
    text = ("7 October 1957\n\nПосол Советского Союза встретился с министром иностранных дел. "
            "Беседа продолжалась два часа, министр говорил о торговле.\n")
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    result = run("convert", "ru.txt", "-o", "out.xml")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Warning: ru.txt: not UTF-8; read as ")  # charset-normalizer's guess
    assert tei_words(Path("out.xml").read_bytes()) == source_words(text)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_bare_cr_line_ends_become_line_ends(run, tmp_path, newline):
    text = f"7 October 1957{newline}{newline}First paragraph.{newline}Second paragraph.{newline}"
    (tmp_path / "le.txt").write_bytes(text.encode())
    data = converted(run("convert", "le.txt", "-o", "out.xml"), Path("out.xml"), body=text)
    assert b"\r" not in data and b"&#13;" not in data
    assert paragraphs(data) == ["First paragraph.", "Second paragraph."]


def test_characters_xml_forbids_are_replaced_visibly_and_the_warning_says_which(run, tmp_path):
    (tmp_path / "ctl.txt").write_bytes(b"7 October 1957\n\nA\x00B \x1b[1m C\x01 \xef\xbf\xbe D\n")
    data = converted(run("convert", "ctl.txt", "-o", "out.xml"), Path("out.xml"),
                     ["ctl.txt: replaced 4 character(s) that XML cannot hold (U+0000 x1, U+0001 x1, U+001B x1, "
                      "U+FFFE x1) with U+FFFD, first on line 3",
                      "ctl.txt: line 3: 1 unbalanced bracket(s) kept as text"])
    assert paragraphs(data) == ["A\ufffdB \ufffd[1m C\ufffd \ufffd D"]  # no two words run together


def test_vertical_tab_and_form_feed_are_line_ends(run, tmp_path):
    """Word writes a manual line break as a vertical tab; a form feed starts a page."""
    (tmp_path / "vt.txt").write_bytes(b"7 October 1957\n\nline one\x0bline two\x0cpage two\n")
    data = converted(run("convert", "vt.txt", "-o", "out.xml"), Path("out.xml"),
                     ["vt.txt: read 2 vertical tab or form feed character(s) (U+000B x1, U+000C x1) as line ends, "
                      "first on line 3"])
    assert paragraphs(data) == ["line one", "line two", "page two"]


MARKUP = "a < b & c > d <p>not markup</p> &amp; &lt; <!-- x --> <?pi x?> \"q\" 'a' </TEI>"


def test_markup_looking_text_stays_text(run, tmp_path):
    (tmp_path / "m.txt").write_text(f"7 October 1957\n\n{MARKUP}\nx ]]> y\n", encoding="utf-8")
    data = converted(run("convert", "m.txt", "-o", "out.xml"), Path("out.xml"),
                     ["m.txt: line 4: 2 unbalanced bracket(s) kept as text"])
    assert paragraphs(data) == [MARKUP, "x ]]> y"]


def test_unbalanced_and_nested_brackets(run, tmp_path):
    lines = ["7 October 1957", "", "a [stray and b ] c ] d", "[note: familiar with [it]. to the archives]",
             "[" * 40 + "deep" + "]" * 40, "signed [[illegible signature]] and [[N. P. Varnov?]] […]"]
    (tmp_path / "b.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = converted(run("convert", "b.txt", "-o", "out.xml"), Path("out.xml"),
                     ["b.txt: line 3: 1 unbalanced bracket(s) kept as text",
                      "b.txt: line 5: 4 bracket pair(s) nested more than 16 deep kept as text"])
    assert paragraphs(data)[0] == "a stray and b  c ] d"
    assert paragraphs(data)[2] == "[[" * 4 + "deep" + "]]" * 4  # 20 pairs of [[ ]]: 16 kept as markup
    tree = etree.fromstring(data)
    assert len(tree.xpath("//tei:p[3]//tei:unclear", namespaces=NSMAP)) == 16
    assert len(tree.xpath("//tei:text//tei:supplied", namespaces=NSMAP)) == 2
    assert tree.xpath("//tei:gap/@reason", namespaces=NSMAP) == ["illegible", "omitted"]
    assert ["".join(u.itertext()) for u in tree.iterfind(".//tei:unclear[@cert='low']", NSMAP)] == ["N. P. Varnov"]
    assert tei_words(data) == source_words("\n".join(lines))


def test_brackets_inside_an_illegible_passage_are_part_of_its_description(run, tmp_path):
    """Found by hypothesis at scale (``make fuzz``): the inner gap became a second gap at the
    same place as the outer one, nested inside it: invalid TEI."""
    text = "7 October 1957\n\nA [[ torn\nB [[illegible signature]] [...]\nC ]]> D\n"
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    data = converted(run("convert", "n.txt", "-o", "out.xml"), Path("out.xml"), body=text)
    tree = etree.fromstring(data)
    assert ["".join(g.itertext()) for g in tree.iterfind(".//tei:text//tei:gap", NSMAP)] == [
        "torn\nB [[illegible signature]] [...]\nC"]


def test_a_2mb_single_line_converts_in_bounded_time_split_into_paragraphs(run, tmp_path):
    """Before the split, the tagger took minutes on such a line (its cost grows faster
    than linearly with a paragraph's length); now about 10 s."""
    prose = " ".join(SEED.read_text(encoding="utf-8").split("English HTML", 1)[1].split())
    line = " ".join([prose] * (2 * 1024 * 1024 // len(prose) + 1))
    (tmp_path / "long.txt").write_text(f"7 October 1957\n\n{line}\n", encoding="utf-8")
    started = time.monotonic()
    result = run("convert", "long.txt", "-o", "out.xml")
    elapsed = time.monotonic() - started
    pieces = -(-len(line) // ingest.MAX_BLOCK_CHARS)  # at least this many
    (warning,) = [w for w in result.stderr.splitlines() if "split into" in w]
    count = int(warning.split("split into ")[1].split()[0])
    assert pieces <= count <= 2 * pieces
    assert re.fullmatch(rf"Warning: long.txt: line 3: a paragraph of [\d,]+ characters split into {count} "
                        rf"paragraphs of at most about {ingest.MAX_BLOCK_CHARS:,} characters", warning)
    data = Path("out.xml").read_bytes()
    assert validate_bytes(data, "out.xml").valid
    assert tei_words(data) == source_words(f"7 October 1957\n\n{line}")
    assert max(len(p) for p in paragraphs(data)) <= ingest.MAX_BLOCK_CHARS
    assert elapsed < 120


def test_a_long_line_without_spaces_is_cut_before_words_never_inside_one():
    blocks, warnings = ingest.make_blocks(["Kim," * 5000])
    assert len(blocks) >= 4 and warnings[0].startswith("line 1: a paragraph of 20,000 characters split into")
    assert all(b.text.startswith("Kim,") for b in blocks)
    assert "".join(b.text for b in blocks) == "Kim," * 5000


def test_editorial_spans_survive_the_split_and_gaps_keep_their_place(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BLOCK_CHARS", 40)
    line = "One two three four. [[illegible]] [...] Five six seven. [a long supplied part " + "x " * 30 + "] end."
    blocks, _ = ingest.make_blocks([line])
    kinds = [(s.kind, b.text[s.start:s.end]) for b in blocks for s in b.spans]
    assert [k for k, _ in kinds].count("gap") == 2
    assert all(0 <= s.start <= s.end <= len(b.text) for b in blocks for s in b.spans)
    supplied = " ".join(text for kind, text in kinds if kind == "supplied")
    assert supplied.split() == ("a long supplied part " + "x " * 30).split()


def test_two_gaps_side_by_side(run, tmp_path):
    (tmp_path / "g.txt").write_text("7 October 1957\n\nsigned [[illegible]][[illegible]] and […][…]\n")
    converted(run("convert", "g.txt", "-o", "out.xml"), Path("out.xml"))


def test_nested_brackets_across_a_date_keep_every_word_once(run, tmp_path):
    text = "7 October 1957\n\nOn 22 [November 1957, in [the DPRK] it] began.\n"
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    converted(run("convert", "n.txt", "-o", "out.xml"), Path("out.xml"), body=text)  # "in the the DPRK"


@pytest.mark.parametrize("element", ["respStmt", "msDesc"])
def test_valid_tei_with_an_element_twice_that_the_views_read_once_renders_and_cites(tmp_path, element):
    from tei_kit import views

    sample = (ROOT / "tests" / "data" / "valid" / "sample.tei.xml").read_text(encoding="utf-8")
    once = re.search(rf"<{element}>.*?</{element}>", sample, re.S).group(0)
    (tmp_path / "two.xml").write_text(sample.replace(once, once * 2), encoding="utf-8")
    assert validate_bytes((tmp_path / "two.xml").read_bytes(), "two.xml").valid
    views.render(tmp_path / "two.xml", "reading")
    views.cite(tmp_path / "two.xml", "chicago")


# ------------------------------------------------------------------ output folder problems


def test_a_missing_output_folder_is_an_error_and_nothing_is_written(run, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    refused(run("convert", "a.txt", "-o", "nowhere/out.xml"),
            "nowhere/out.xml: folder nowhere does not exist (hint: create it first)", code=1)
    only(tmp_path, "a.txt")


def test_an_unwritable_output_folder_is_an_error_and_nothing_is_written(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "ro").mkdir()
    if os.geteuid() == 0:  # root may write anywhere: make the folder refuse, as a read-only one would
        real = tempfile.mkstemp

        def mkstemp(*args, dir=None, **kwargs):
            if Path(dir).name == "ro":
                raise PermissionError(13, "Permission denied")
            return real(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    else:
        (tmp_path / "ro").chmod(0o555)
    refused(run("convert", "a.txt", "-o", "ro/out.xml"),
            "ro/out.xml: cannot write in ro (Permission denied) (hint: choose a folder you can write to)", code=1)
    only(tmp_path / "ro")


def test_a_full_disk_is_an_error_that_keeps_the_old_file(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "out.xml").write_bytes(b"old")
    real, calls = os.fsync, []

    def fsync(fd):  # the backup is written; then the disk is full
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    refused(run("convert", "a.txt", "-o", "out.xml", "--force"),
            "out.xml: cannot write (No space left on device) (hint: is the disk full? any old file there is "
            "unchanged)", code=1)
    assert (tmp_path / "out.xml").read_bytes() == b"old"
    (backup,) = tmp_path.glob("out.xml.*.bak")
    assert backup.read_bytes() == b"old"
    only(tmp_path, "a.txt", "out.xml", backup.name)


def _raise(exc):
    def fail(*args, **kwargs):
        raise exc
    return fail


# ------------------------------------------------------------------ 2. nothing lost: convert


def test_convert_never_overwrites_a_hand_edit_and_keeps_a_backup_with_force(run, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    assert run("convert", "a.txt", "-o", "a.xml").stderr == "written: a.xml\n"
    generated = (tmp_path / "a.xml").read_bytes()
    assert run("convert", "a.txt", "-o", "a.xml").stderr == "unchanged: a.xml\n"
    edited = generated.replace(b"I met", b"I (the ambassador) met")
    (tmp_path / "a.xml").write_bytes(edited)
    refused(run("convert", "a.txt", "-o", "a.xml"),
            "a.xml exists and differs from the new output (edited by hand?); not overwritten "
            "(hint: use --force to replace it (the old file is kept as a .bak))", code=1)
    assert (tmp_path / "a.xml").read_bytes() == edited
    only(tmp_path, "a.txt", "a.xml")
    assert run("convert", "a.txt", "-o", "a.xml", "--force").stderr == "replaced: a.xml\n"
    (backup,) = tmp_path.glob("a.xml.*.bak")
    assert backup.read_bytes() == edited
    assert (tmp_path / "a.xml").read_bytes() == generated


def test_a_run_on_another_day_is_not_a_change(run, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    run("convert", "a.txt", "-o", "a.xml")
    old_day = fileio._CHANGE_DATE.sub(rb"\g<1>1999-01-01\2", (tmp_path / "a.xml").read_bytes())
    (tmp_path / "a.xml").write_bytes(old_day)
    assert run("convert", "a.txt", "-o", "a.xml").stderr == "unchanged: a.xml\n"
    assert (tmp_path / "a.xml").read_bytes() == old_day


def test_backups_never_replace_each_other(tmp_path):
    target = tmp_path / "a.xml"
    for n in range(3):
        target.write_bytes(f"edit {n}".encode())
        fileio.write_output(target, b"new", force=True)
    assert sorted(p.read_bytes() for p in tmp_path.glob("a.xml.*.bak")) == [b"edit 0", b"edit 1", b"edit 2"]


# ------------------------------------------------------------------ atomic writes


@pytest.mark.parametrize("where", ["write", "fsync", "replace", "chmod"])
@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_write_failing_midway_leaves_the_old_file_whole_and_no_temporary_file(tmp_path, monkeypatch, where, exc):
    target = tmp_path / "out.xml"
    target.write_bytes(b"the old content")
    if where == "write":
        real = os.fdopen

        class HalfWriter:
            def __init__(self, fh):
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *args):
                self.fh.close()

            def write(self, data):
                self.fh.write(data[: len(data) // 2])
                raise exc

        monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real(fd, mode)))
    else:
        monkeypatch.setattr(os, where, _raise(exc))
    with pytest.raises(OutputError if isinstance(exc, OSError) else KeyboardInterrupt):
        fileio.atomic_write(target, b"the new content, much longer than the old one" * 1000)
    assert target.read_bytes() == b"the old content"
    only(tmp_path, "out.xml")


def test_a_process_killed_mid_write_leaves_the_old_file_whole(tmp_path):
    """A real kill (SIGKILL, no clean-up possible) while the new content is being written."""
    target = tmp_path / "out.xml"
    target.write_bytes(b"the old content")
    script = (
        "import os, sys, time\n"
        "from tei_kit import fileio\n"
        "def stall(fd):\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "os.fsync = stall\n"
        f"fileio.atomic_write(__import__('pathlib').Path({str(target)!r}), b'new' * 1000000)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert child.stdout.readline() == b"writing\n"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
    assert target.read_bytes() == b"the old content"
    leftovers = [p for p in tmp_path.iterdir() if p != target]
    assert all(p.name.startswith(".out.xml.") and p.name.endswith(".tmp") for p in leftovers)  # hidden


# ------------------------------------------------------------------ corpus builds


def _sources(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / f"doc{n}.txt"
        path.write_text(text.replace("Nam Il", f"Nam Il{'' if n == 0 else ' ' + chr(65 + n)}"), encoding="utf-8")
        paths.append(path)
    return paths


def test_build_leaves_hand_edited_files_alone_and_lists_them(run, tmp_path):
    _sources(tmp_path / "src", 2)
    assert run("build", "src", "-o", "tei").exit_code == 0
    edited = (tmp_path / "tei" / "doc1.xml").read_bytes().replace(b"<p>", b"<p>EDITED ", 1)
    (tmp_path / "tei" / "doc1.xml").write_bytes(edited)
    result = run("build", "src", "-o", "tei")
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if line] == [
        "unchanged: tei/doc0.xml",
        "Warning: tei/doc1.xml was edited by hand; left alone (use --force to regenerate, a .bak is kept)",
    ]
    assert (tmp_path / "tei" / "doc1.xml").read_bytes() == edited
    result = run("build", "src", "-o", "tei", "--force")
    assert result.exit_code == 0 and "written: tei/doc1.xml" in result.stderr.splitlines()
    (backup,) = (tmp_path / "tei").glob("doc1.xml.*.bak")
    assert backup.read_bytes() == edited
    assert b"EDITED" not in (tmp_path / "tei" / "doc1.xml").read_bytes()


def test_build_replaces_what_it_generated_without_backups(tmp_path):
    sources = _sources(tmp_path / "src", 1)
    build_corpus(sources, tmp_path / "tei")
    sources[0].write_text(sources[0].read_text(encoding="utf-8").replace("Puzanov", "Pusanov"), encoding="utf-8")
    result = build_corpus(sources, tmp_path / "tei")
    assert result.written == [tmp_path / "tei" / "doc0.xml"] and not result.hand_edited
    assert b"Pusanov" in (tmp_path / "tei" / "doc0.xml").read_bytes()
    only(tmp_path / "tei", "doc0.xml", MANIFEST, LOCK)


def test_an_unreadable_manifest_makes_every_file_count_as_edited(tmp_path):
    sources = _sources(tmp_path / "src", 1)
    build_corpus(sources, tmp_path / "tei")
    (tmp_path / "tei" / MANIFEST).write_text("{not json")
    result = build_corpus(sources, tmp_path / "tei")
    assert result.hand_edited == [tmp_path / "tei" / "doc0.xml"]
    assert result.warnings == [f"{tmp_path / 'tei' / MANIFEST}: unreadable; every existing TEI file there is "
                               "treated as edited by hand"]


def test_a_build_that_cannot_create_its_folder_is_one_error(run, tmp_path):
    _sources(tmp_path / "src", 1)
    (tmp_path / "file").write_text("x")
    refused(run("build", "src", "-o", "file/tei"),
            "file/tei: cannot create the folder (Not a directory) (hint: choose a folder you can write to)", code=1)


BUILD = """
import json, sys, time
from pathlib import Path
from tei_kit.pipeline import build_corpus, tagger
tagger()  # load before the start signal, so that both builds start together
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
sources = sorted(Path(sys.argv[1]).glob("*.txt"))
r = build_corpus(sources, Path(sys.argv[3]))
print(json.dumps({k: [str(p) for p in getattr(r, k)] for k in ("written", "unchanged", "hand_edited")}
                 | {"failed": [m for _, m in r.failed]}))
"""


def test_two_builds_of_one_corpus_at_once_do_not_corrupt_it(tmp_path):
    sources = _sources(tmp_path / "src", 6)
    go = tmp_path / "go"
    builds = [subprocess.Popen([sys.executable, "-c", BUILD, str(tmp_path / "src"), str(go), str(tmp_path / "tei")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
              for _ in range(2)]
    time.sleep(0.5)
    go.touch()
    results = []
    for build in builds:
        out, err = build.communicate(timeout=300)
        assert build.returncode == 0, err[-2000:]
        results.append(json.loads(out))
    # one ran after the other: the first wrote everything, the second found it all unchanged
    assert sorted(len(r["written"]) for r in results) == [0, 6]
    assert all(not r["hand_edited"] and not r["failed"] for r in results)
    manifest = json.loads((tmp_path / "tei" / MANIFEST).read_text())
    assert sorted(manifest) == [f"{p.stem}.xml" for p in sources]
    for name, digest in manifest.items():
        data = (tmp_path / "tei" / name).read_bytes()
        assert fileio.comparable(data) and validate_bytes(data, name).valid
        import hashlib
        assert hashlib.sha256(fileio.comparable(data)).hexdigest() == digest
    only(tmp_path / "tei", *manifest, MANIFEST, LOCK)


# ------------------------------------------------------------------ export


def test_export_never_replaces_a_package_and_keeps_the_old_one_with_force(run, tmp_path):
    sample = ROOT / "tests" / "data" / "valid" / "sample.tei.xml"
    assert run("export", sample, "-o", "out.zip", "--no-views").exit_code == 0
    old = (tmp_path / "out.zip").read_bytes()
    refused(run("export", sample, "-o", "out.zip", "--no-views"),
            "out.zip exists; not overwritten (hint: use --force (the old one is kept as .bak))", code=1)
    assert run("export", sample, "-o", "out.zip", "--no-views", "--force").exit_code == 0
    (backup,) = tmp_path.glob("out.zip.*.bak")
    assert backup.read_bytes() == old


def test_an_export_failing_midway_keeps_the_old_package_and_leaves_no_temporary_files(run, tmp_path, monkeypatch):
    import zipfile

    sample = ROOT / "tests" / "data" / "valid" / "sample.tei.xml"
    (tmp_path / "out.zip").write_bytes(b"the old package")
    monkeypatch.setattr(zipfile.ZipFile, "write", _raise(OSError(28, "No space left on device")))
    refused(run("export", sample, "-o", "out.zip", "--no-views", "--force"),
            "out.zip: export failed ([Errno 28] No space left on device)", code=1)
    assert (tmp_path / "out.zip").read_bytes() == b"the old package"
    only(tmp_path, "out.zip")
