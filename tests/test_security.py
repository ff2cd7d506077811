"""Hostile XML: nothing fetched, nothing read because a document points at it, nothing hangs.

Every case goes through ``validate``, ``render``, ``cite`` and ``export`` (click's CliRunner,
in this process), with two tripwires armed:

* a named pipe (FIFO) that every file reference points at: the moment anything opens it,
  the test knows (a regular file could be read without a trace);
* a TCP listener on 127.0.0.1 that every URL points at: it counts connections.

XSLT runs get the same treatment: ``document()``, ``doc()``, ``unparsed-text()``,
``collection()`` and friends on URIs from parameters or from the document itself.
A watchdog (``faulthandler``) ends the test process if anything hangs.
"""

from __future__ import annotations

import faulthandler
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tei_kit import saxon, tei, views
from tei_kit.errors import TeiKitError, XMLInputError

from .conftest import DATA

MINIMAL = (DATA / "valid" / "minimal.tei.xml").read_text(encoding="utf-8").split("\n", 1)[1]
SAMPLE = DATA / "valid" / "sample.tei.xml"
READ_FILES_XSL = DATA / "xslt" / "read_local_files.xsl"
TEI_OPEN = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'
DOCTYPE = ("has a DOCTYPE declaration; TEI needs none and tei-kit refuses DTDs and entities "
           "(hint: remove the <!DOCTYPE ...> line)")


@pytest.fixture(autouse=True)
def watchdog():
    """Nothing may hang: after 120 s the test run ends with a traceback of every thread."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


class Tripwire:
    """A named pipe; ``opened`` tells whether anything opened it (to read it)."""

    def __init__(self, folder: Path):
        self.path = folder / "secret.txt"
        os.mkfifo(self.path)
        self.uri = self.path.as_uri()
        self._closing = False
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        fd = os.open(self.path, os.O_WRONLY)  # blocks until someone opens the pipe to read
        if not self._closing:
            self._opened.set()
        try:
            os.write(fd, b'<!ENTITY leak "SECRET">SECRET')
        except OSError:
            pass
        os.close(fd)

    @property
    def opened(self) -> bool:
        return self._opened.is_set()

    def close(self):
        self._closing = True
        try:
            os.close(os.open(self.path, os.O_RDONLY | os.O_NONBLOCK))  # lets the writer go
        except OSError:
            pass
        self._thread.join(5)


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop = True
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def traps(tmp_path):
    trip, listener = Tripwire(tmp_path), Listener()
    yield trip, listener
    time.sleep(0.05)
    assert not trip.opened, f"{trip.path} was opened"
    assert listener.connections == 0, "a connection was made"
    trip.close()
    listener.close()


def hostile(trip: str, url: str) -> dict[str, tuple[bytes, str]]:
    """name -> (document, the message after ``name.xml:``, or None if it is read)."""
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    quadratic = '<!ENTITY a "' + "a" * 50_000 + '">'
    cases = {
        "xxe_file": (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "{trip}">]>\n'
                     f"{TEI_OPEN}<text><body><p>&x;</p></body></text></TEI>", f" {DOCTYPE}"),
        "xxe_network": (f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{url}x">]>\n{TEI_OPEN}<p>&x;</p></TEI>', f" {DOCTYPE}"),
        "parameter_entity_file": (f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{trip}"> %p;]>\n{MINIMAL}', f" {DOCTYPE}"),
        "parameter_entity_network": (f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}p.dtd"> %p;]>\n{MINIMAL}',
                                     f" {DOCTYPE}"),
        "entity_bomb": (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY l0 "lol">{laughs}]>\n'
                        f"{TEI_OPEN}<p>&l9;</p></TEI>", f" {DOCTYPE}"),
        "quadratic_blowup": (f"<!DOCTYPE TEI [{quadratic}]>\n{TEI_OPEN}<p>{'&a;' * 20_000}</p></TEI>", f" {DOCTYPE}"),
        "external_dtd_file": (f'<!DOCTYPE TEI SYSTEM "{trip}">\n{MINIMAL}', f" {DOCTYPE}"),
        "external_dtd_network": (f'<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "{url}tei.dtd">\n{MINIMAL}',
                                 f" {DOCTYPE}"),
        "doctype_after_comment_and_pi": (f'<?xml version="1.0"?>\n<!-- a comment -->\n<?pi x?>\n'
                                         f'<!DOCTYPE TEI SYSTEM "{trip}">\n{MINIMAL}', f" {DOCTYPE}"),
        # past the 64 KB the DOCTYPE scan looks at: refused after parsing, still nothing opened
        "doctype_after_a_long_comment": (f'<!--{"x" * 70_000}-->\n<!DOCTYPE TEI SYSTEM "{trip}">\n{MINIMAL}',
                                         f" {DOCTYPE}"),
        "entity_bomb_after_a_long_comment": (f'<!--{"x" * 70_000}-->\n<!DOCTYPE TEI [<!ENTITY l0 "lol">{laughs}]>\n'
                                             f"{TEI_OPEN}<p>&l9;</p></TEI>", None),
        "xinclude_file": (MINIMAL.replace("<p>I visited", f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                          f'href="{trip}" parse="text"/><p>I visited'),
                          "37: XInclude is not supported; refused"),
        "xinclude_network": (MINIMAL.replace("<body>", f'<body><xi:include xmlns:xi="http://www.w3.org/2001/XInclude"'
                                             f' href="{url}x.xml"/>'), "34: XInclude is not supported; refused"),
        "undefined_entity": (f"{TEI_OPEN}<p>&nbsp;</p></TEI>", None),
        # found by fuzz_xml.py: libxml2 let a namespace error pass when a warning followed it, and
        # Saxon then failed on the document ("Schematron failed", "XSLT transformation failed")
        "namespace_error_before_a_warning": (
            MINIMAL.replace("xml:lang", "xml:9lang").replace("<label>", '<label xmlns="relative/ns">'),
            "2: not well-formed XML (namespaces): Failed to parse QName 'xml:9lang'"),
        "deep_nesting": (f"{TEI_OPEN}\n" + "<div>" * 101 + "</div>" * 101 + "</TEI>",
                         "2: elements nested more than 100 levels deep; refused"),
        "very_deep_nesting": (TEI_OPEN + "<div>" * 100_000 + "</div>" * 100_000 + "</TEI>",
                              "1: elements nested more than 100 levels deep; refused"),
        "truncated": (SAMPLE.read_text(encoding="utf-8")[:3000], None),
        "malformed": (f"{TEI_OPEN}<text></TEI>", None),
        "not_tei": ("<html><body><p>x</p></body></html>",
                    ' root element is <html> in no namespace, not TEI\'s <TEI> (hint: TEI documents have '
                    '<TEI xmlns="http://www.tei-c.org/ns/1.0">)'),
        "tei_without_namespace": ("<TEI><text/></TEI>",
                                  ' root element is <TEI> in no namespace, not TEI\'s <TEI> (hint: TEI documents have '
                                  '<TEI xmlns="http://www.tei-c.org/ns/1.0">)'),
        "empty": ("", " empty file"),
        "binary": (os.urandom(64).replace(b"<", b"") + b"\x00\x01", None),
    }
    return {name: (data if isinstance(data, bytes) else data.encode("utf-8"), message)
            for name, (data, message) in cases.items()}


NAMES = list(hostile("t", "u"))


def utf16_doctype(trip: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI SYSTEM "{trip}">\n{MINIMAL}'.encode("utf-16")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("command", ["render", "cite"])
def test_hostile_xml_is_refused_in_one_line_by_render_and_cite(run, tmp_path, traps, command, name):
    trip, listener = traps
    data, message = hostile(trip.uri, listener.url)[name]
    (tmp_path / f"{name}.xml").write_bytes(data)
    result = run(command, f"{name}.xml")
    assert "Traceback" not in result.output
    assert result.stdout == "" and result.exit_code == 2
    if message is None:  # libxml2's own words
        assert result.stderr.startswith(f"Error: {name}.xml:")
        assert any(w in result.stderr for w in ("not well-formed XML: ", "nested", "entity expansion"))
    else:
        assert result.stderr == f"Error: {name}.xml:{message}\n"
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", NAMES)
def test_hostile_xml_is_a_fatal_issue_of_validate_exit_2(run, tmp_path, traps, name):
    trip, listener = traps
    data, message = hostile(trip.uri, listener.url)[name]
    (tmp_path / f"{name}.xml").write_bytes(data)
    result = run("validate", f"{name}.xml")
    assert "Traceback" not in result.output
    assert result.exit_code == 2
    assert "fatal" in result.stdout
    if message is not None:
        assert message.split(" (hint: ")[0].split(": ", 1)[-1].strip() in result.stdout


@pytest.mark.parametrize("name", ["xxe_file", "external_dtd_network", "xinclude_file", "deep_nesting", "not_tei"])
def test_hostile_xml_is_not_exported(run, tmp_path, traps, name):
    trip, listener = traps
    data, message = hostile(trip.uri, listener.url)[name]
    (tmp_path / f"{name}.xml").write_bytes(data)
    result = run("export", f"{name}.xml", "-o", "out.zip")
    assert result.exit_code == 2 and result.stdout == ""
    line = message.split(" (hint: ")[0]
    assert result.stderr.startswith(f"Error: 1 of 1 file(s) not valid, nothing exported; first: {name}.xml:")
    assert line.split(": ", 1)[-1].strip() in result.stderr
    assert result.stderr.endswith("(hint: run 'tei-kit validate' on them)\n")
    assert not (tmp_path / "out.zip").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{name}.xml", "secret.txt"])


def test_a_doctype_is_found_in_utf16_documents_too(run, tmp_path, traps):
    trip, _ = traps
    (tmp_path / "u16.xml").write_bytes(utf16_doctype(trip.uri))
    result = run("render", "u16.xml")
    assert result.stderr == f"Error: u16.xml: {DOCTYPE}\n" and result.exit_code == 2


def test_the_parser_opens_nothing_even_when_the_doctype_check_is_bypassed(tmp_path, traps, monkeypatch):
    """Defence in depth: if the DOCTYPE check missed a form, libxml2 still opens nothing
    (no DTD loading, no network, and a resolver that answers every request with nothing)."""
    trip, listener = traps
    monkeypatch.setattr(tei, "_has_doctype", lambda data: False)
    for name in ("xxe_file", "xxe_network", "parameter_entity_file", "parameter_entity_network",
                 "external_dtd_file", "external_dtd_network", "doctype_after_comment_and_pi"):
        data, _ = hostile(trip.uri, listener.url)[name]
        with pytest.raises(XMLInputError) as err:
            tei.parse_xml(data, name=name)
        assert "\n" not in str(err.value) and "SECRET" not in str(err.value)


@pytest.mark.parametrize("instruction", [
    '<?xml-stylesheet type="text/xsl" href="{trip}"?>',
    '<?xml-stylesheet type="text/xsl" href="{url}evil.xsl"?>',
    '<?xml-model href="{url}tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
])
def test_stylesheet_and_model_instructions_are_kept_but_never_followed(run, tmp_path, traps, instruction):
    trip, listener = traps
    pi = instruction.format(trip=trip.uri, url=listener.url)
    (tmp_path / "pi.xml").write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{pi}\n{MINIMAL}', encoding="utf-8")
    assert run("validate", "pi.xml").exit_code == 0
    result = run("render", "pi.xml")
    assert result.exit_code == 0 and "I visited" in result.stdout
    assert run("cite", "pi.xml").exit_code == 0


def test_urls_in_a_document_are_never_fetched_by_the_views(run, tmp_path, traps):
    trip, listener = traps
    doc = (MINIMAL.replace(TEI_OPEN[:-1], f'{TEI_OPEN[:-1]} xml:base="{listener.url}"')
           .replace('ref="#per-nam-il"', f'ref="{listener.url}person.xml#x"')
           .replace("<text>", f'<text xml:base="{trip.uri}" facs="{listener.url}page.png">')
           .replace("<title>", f'<title ref="{trip.uri}">'))
    (tmp_path / "urls.xml").write_text(doc, encoding="utf-8")
    for view in ("reading", "citation"):
        result = run("render", "urls.xml", "--view", view)
        assert result.exit_code == 0, result.output
    for style in ("chicago", "bibtex", "csl-json"):
        assert run("cite", "urls.xml", "--style", style).exit_code == 0
    run("validate", "urls.xml")  # invalid or not: it reads nothing


@pytest.mark.parametrize("size", [tei.MAX_XML_BYTES + 1])
def test_an_xml_file_over_the_limit_is_refused_before_reading(run, tmp_path, size):
    with open(tmp_path / "big.xml", "wb") as fh:
        fh.truncate(size)
    for command in ("render", "cite"):
        result = run(command, "big.xml")
        assert result.stderr == "Error: big.xml: larger than 50 MB, refused\n" and result.exit_code == 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_xml_input_is_read_only_up_to_the_limit(run):
    result = run("render", "/dev/zero")
    assert result.stderr == "Error: /dev/zero: larger than 50 MB, refused\n" and result.exit_code == 2


def test_a_folder_or_missing_file_is_one_line(run, tmp_path):
    (tmp_path / "dir.xml").mkdir()
    assert run("render", "dir.xml").stderr == "Error: dir.xml: is a folder, not an XML file\n"
    assert run("cite", "missing.xml").stderr == "Error: missing.xml: no such file\n"


# ------------------------------------------------------------------ XSLT: no URI access


ATTEMPTS = ("unparsed-text", "unparsed-text-lines", "doc", "document", "collection", "json-doc", "available")


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_stylesheets_open_no_file_and_no_url(traps, attempt):
    trip, listener = traps
    views.render(SAMPLE, "reading")  # the views' first run has locked Saxon's URI access
    for uri in (trip.uri, str(trip.path), listener.url + "x.xml"):
        try:
            out = saxon.transform(READ_FILES_XSL, "<x/>", {"attempt": attempt, "uri": uri})
        except TeiKitError as exc:
            assert str(exc).startswith("XSLT transformation failed: ") and "\n" not in str(exc)
        else:
            assert out.strip() == "" and "SECRET" not in out


@pytest.mark.parametrize("where", ["trip", "url"])
def test_a_uri_named_in_the_document_is_not_opened_by_a_stylesheet(traps, where):
    trip, listener = traps
    views.render(SAMPLE, "reading")
    uri = trip.uri if where == "trip" else listener.url + "x.txt"
    with pytest.raises(TeiKitError, match="^XSLT transformation failed: "):
        saxon.transform(READ_FILES_XSL, f'<x href="{uri}"/>', {"attempt": "from-input"})


def test_the_views_never_call_uri_functions():
    """Belt and braces: no view stylesheet uses a function that reads a URI."""
    pattern = ("document(", "doc(", "unparsed-text", "collection(", "json-doc(", "doc-available(", "uri-collection(")
    for path in Path(views.stylesheets()[0]).parent.rglob("*.xsl"):
        if path.parent.name == "schematron":
            continue
        text = path.read_text(encoding="utf-8")
        assert not any(p in text for p in pattern), path
