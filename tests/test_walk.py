"""The RELAX NG walk in C (``tei_kit/_walk.pyx``) finds what the Python walk finds.

:class:`tei_kit.relaxng._Run` is the reference; the C walk reads the same document from
libxml2's nodes. Both are run on the conformance fixtures, on documents hypothesis makes
(comments, processing instructions, CDATA, whitespace, repeated ids, wrong namespaces,
values of every kind) and on a document longer than libxml2's 65,535 stored lines, against
tei-kit.rng and tei_all.rng: same errors, same lines, same order. The first uses of each
xml:id that the corpus rules read (``_walk.first_xml_ids``) are those XPath finds.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_kit import corpus_rules, relaxng
from tei_kit._walk import first_xml_ids
from tei_kit.tei import parse_xml

from .conftest import grammar

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = Path(__file__).resolve().parent / "data" / "conformance"
PROJECT_RNG = ROOT / "schemas" / "tei-kit.rng"
TEI = "http://www.tei-c.org/ns/1.0"


def _python_errors(g: relaxng.Grammar, tree) -> list:
    with mock.patch.object(relaxng, "_walker", None):
        return g.errors(tree)


def _fixtures() -> list[Path]:
    return sorted((CONFORMANCE / "valid").glob("*.xml")) + sorted((CONFORMANCE / "invalid").glob("*.xml"))


def test_the_c_walk_is_built_and_used():
    assert relaxng._walker is not None, (
        "tei_kit/_walk.pyx is not built: `make install` compiles it (a C compiler is needed)")


def test_the_python_walk_is_used_when_asked(monkeypatch):
    monkeypatch.setenv("TEI_KIT_PURE_PYTHON", "1")
    assert relaxng._c_walker() is None


@pytest.mark.parametrize("schema", ["tei-kit", "tei_all"])
def test_both_walks_find_the_same_errors_in_the_conformance_fixtures(schema, tei_all):
    g = grammar(PROJECT_RNG if schema == "tei-kit" else tei_all)
    compared = 0
    for path in _fixtures():
        try:
            tree = parse_xml(path)
        except Exception:  # the unreadable fixtures: nothing to walk
            continue
        assert g.errors(tree) == _python_errors(g, tree), path.name
        compared += 1
    assert compared >= 50


_HEADER = ("<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p>"
           "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>")


@pytest.mark.parametrize("schema, body, errors", [
    ("tei-kit", "<![CDATA[text in the body]]><p/>", 1),  # CDATA is text
    ("tei-kit", "\n<!-- a comment -->  <?pi x?>\n<p/>", 0),  # comments and PIs are not
    ("tei-kit", "<!-- c -->text after a comment<p/>", 1),
    ("tei-kit", "<p>Kim<!-- c --> Il<?pi?> Sung <persName ref='#nobody' cert='1e'>Kim</persName> and </p>", 1),
    ("tei-kit", "<p><date when='1957-02-30'><![CDATA[30]]> February</date></p>", 1),
    ("tei-kit", "<p xml:id='a'/><p xml:id='a'/><p xml:id=' b '/><p xml:id='b'/>", 2),
    ("tei-kit", "<bogus><p>skipped</p></bogus><p/>", 1),
    ("tei-kit", "<div><p/></div><p/>", 1),
    ("tei_all", "<p><gi>fo<!-- the text around a comment is one text --> o</gi><gi>f<![CDATA[o]]>o</gi></p>", 1),
])
def test_both_walks_read_text_comments_and_ids_as_lxml_does(schema, body, errors, tei_all):
    data = f'<TEI xmlns="{TEI}">{_HEADER}<text><body>{body}</body></text></TEI>'.encode()
    tree = etree.fromstring(data, etree.XMLParser(collect_ids=False, strip_cdata=False)).getroottree()
    g = grammar(PROJECT_RNG if schema == "tei-kit" else tei_all)
    found = _python_errors(g, tree)
    assert g.errors(tree) == found
    assert len(found) == errors, found


def test_both_walks_give_lines_past_65535():
    body = "\n" * 70_000
    data = (f'<TEI xmlns="{TEI}"><teiHeader/>{body}<text><body><p><persName cert="1e">A</persName>'
            f"</p><bogus/></body></text></TEI>").encode()
    tree = etree.fromstring(data).getroottree()
    g = grammar(PROJECT_RNG)
    errors = g.errors(tree)
    assert errors == _python_errors(g, tree)
    assert errors and all(line > 70_000 for line, _ in errors[1:])


# ------------------------------------------------------------------ random documents

_TAGS = ["TEI", "teiHeader", "fileDesc", "titleStmt", "title", "text", "body", "div", "p", "persName",
         "placeName", "orgName", "date", "note", "hi", "list", "item", "standOff", "listPerson", "person",
         "bogus"]
_ATTRIBUTES = ["xml:id", "ref", "cert", "when", "type", "resp", "rend", "n", "from", "to", "{urn:x}other"]
_VALUES = ["a", "a", "b", "#a", "high", "1e", "0.5", "1957-10-07", "1957-02-30", "", "  x  y ", "per-1",
           "1e3", "-0", "INF", "main", " a", "a\tb"]
_TEXT = st.sampled_from(["", " ", "\n  ", "Kim", " Il Sung ", "1957", "\t", "x < y & z"])


@st.composite
def _trees(draw, depth: int = 0) -> etree._Element:
    tag = draw(st.sampled_from(_TAGS))
    namespace = draw(st.sampled_from([TEI, TEI, TEI, "urn:x", None]))
    el = etree.Element(f"{{{namespace}}}{tag}" if namespace else tag)
    for name in draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3, unique=True)):
        el.set(name.replace("xml:", "{http://www.w3.org/XML/1998/namespace}"), draw(st.sampled_from(_VALUES)))
    el.text = draw(_TEXT) or None
    if depth < 4:
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(["element", "element", "element", "comment", "pi"]))
            child = (draw(_trees(depth + 1)) if kind == "element" else
                     etree.Comment("c") if kind == "comment" else etree.ProcessingInstruction("pi", "x"))
            child.tail = draw(_TEXT) or None
            el.append(child)
    return el


@settings(deadline=None, derandomize=True, database=None, max_examples=400,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_trees(), st.booleans(), st.booleans())
def test_both_walks_find_the_same_errors_in_random_documents(root, cdata, use_tei_all):
    data = etree.tostring(root)
    if cdata:  # the same text as CDATA sections, where a text holds no markup characters
        data = data.replace(b">Kim<", b"><![CDATA[Kim]]><").replace(b">1957<", b"><![CDATA[19]]>57<")
    tree = etree.fromstring(data, etree.XMLParser(collect_ids=False, strip_cdata=False)).getroottree()
    g = grammar(relaxng.Path(ROOT / ".cache" / "tei_all.rng") if use_tei_all else PROJECT_RNG)
    assert g.errors(tree) == _python_errors(g, tree)
    # and the corpus rules' first uses of each xml:id, read from libxml2's nodes as with XPath
    root = tree.getroot()
    assert first_xml_ids(root) == corpus_rules._first_xml_ids_lxml(root)


# ------------------------------------------------------------------ attribute values

_ATTRIBUTE_VALUES = st.one_of(
    st.sampled_from(_VALUES + ["1957", "1957-10", "--10-07", "-0001", "0000", "12:00:00", "1957-10-07T24:00:00",
                               "#a #b", "http://x y", "NaN", "+1", "0.50", "\u00a0a", "x\u2028y"]),
    st.text(alphabet="#-.:0123456789Tabexyz \t", max_size=12))


@settings(deadline=None, derandomize=True, database=None, max_examples=300)
@given(st.data(), st.booleans())
def test_attribute_values_are_checked_by_their_datatypes_as_by_derivatives(data, use_tei_all):
    """A value pattern made of datatypes (one, a choice, a list) takes a value straight from
    the datatypes exactly when the text derivative says so."""
    g = grammar(relaxng.Path(ROOT / ".cache" / "tei_all.rng") if use_tei_all else PROJECT_RNG)
    simple = [p for p in range(len(g.store.patterns)) if g._data_match(p, "a") is not None]
    assert len(simple) > 10
    p = data.draw(st.sampled_from(simple))
    value = data.draw(_ATTRIBUTE_VALUES)
    assert g._data_match(p, value) == g._derived_value_match(p, value), (g.store.patterns[p], value)
