"""The validation stage: tei-kit.rng, tei-kit.sch and tei_all over the fixture documents.

tests/data/valid/*.xml must pass tei-kit's schemas and TEI's tei_all; each
tests/data/invalid/<case>.xml shows one problem and must fail with the rules listed in
INVALID below. tei_all.rng is compiled once per session (it takes seconds).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_kit.errors import SchemaError
from tei_kit.tei import TEI_NS, XML_ID, XML_NS, parse_xml, tei
from tei_kit.validate import FileReport, Issue, Report, validate_bytes, validate_file, validate_files, validate_tree

from .conftest import grammar

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
VALID = DATA / "valid"
INVALID_DIR = DATA / "invalid"
PROJECT_RNG = ROOT / "schemas" / "tei-kit.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"


def errors(report: FileReport) -> set[str]:
    return {i.rule for i in report.issues if i.severity in ("error", "fatal")}


# ------------------------------------------------------------------ valid documents

#: Findings a valid fixture must have (severity, rule); any other finding fails the test.
VALID_FINDINGS = {  # the default phase: no review list
    "sample.tei.xml": set(),
    "minimal.tei.xml": set(),
    "full_coverage.tei.xml": set(),
    "name_without_ref.xml": {("warning", "name-has-ref")},
    "date_unresolved.xml": {("warning", "date-unresolved")},
}
VALID_FILES = sorted(VALID.glob("*.xml"))


def test_project_schema_and_tei_all_accept_the_sample(tei_all):
    report = validate_file(VALID / "sample.tei.xml", tei_all=tei_all, project=True)
    assert report.valid, report.issues
    assert not [i for i in report.issues if i.rule in ("rng", "tei-all")]


def test_review_phase_lists_the_entities_the_tagger_added():
    report = validate_file(VALID / "sample.tei.xml", phase="review")
    assert report.valid
    assert report.issues and {(i.severity, i.rule) for i in report.issues} == {("info", "discovered-entity")}
    assert all("not taken from the authority files: review it." in i.message for i in report.issues)
    everything = validate_file(VALID / "sample.tei.xml", phase="#ALL")
    assert [i for i in everything.issues if i.rule == "discovered-entity"] == list(report.issues)


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda p: p.name)
def test_valid_fixtures_pass_tei_kit_and_tei_all(path, tei_all):
    report = validate_file(path, tei_all=tei_all, project=True)
    assert report.valid, report.issues
    if path.name in VALID_FINDINGS:
        assert {(i.severity, i.rule) for i in report.issues} == VALID_FINDINGS[path.name]


def test_full_coverage_uses_every_element_of_the_schema():
    defined = {e.get("name") for e in parse_xml(PROJECT_RNG).iter(f"{{{RNG_NS}}}element")}
    used = {etree.QName(e).localname for e in parse_xml(VALID / "full_coverage.tei.xml").iter(f"{{{TEI_NS}}}*")}
    assert defined == used


# ------------------------------------------------------------------ invalid documents

#: fixture -> (the rules of its errors, the line of the first one, text of its message)
INVALID = {
    # the grammar
    "wrong_namespace.xml": ({"rng"}, 38, 'element "persName" not allowed anywhere; expected element "date", "gap",'
                                          ' "hi", "lb", "name", "note", "orgName", "persName", "placeName",'
                                          ' "supplied" or "unclear" (<persName> is in namespace'
                                          " http://example.org/not-tei, not http://www.tei-c.org/ns/1.0)"),
    "wrong_nesting.xml": ({"rng"}, 38, 'element "p" not allowed here; expected element "date", "gap"'),
    "element_outside_subset.xml": ({"rng"}, 38, 'element "seg" not allowed anywhere'),
    "unknown_attribute.xml": ({"rng"}, 38, 'attribute "colour" not allowed here (element "p"); expected attribute'
                                           ' "cert", "n", "rend", "resp", "xml:id" or "xml:lang"'),
    "text_in_div.xml": ({"rng"}, 36, 'text not allowed here (in element "div"); expected element "ab"'),
    "missing_header.xml": ({"rng", "ref-resolves"}, 4, 'element "standOff" not allowed yet; missing required'
                                                      ' element "teiHeader"'),
    "application_without_version.xml": ({"rng"}, 18, 'element "application" missing required attribute "version"'),
    "cert_bad_datatype.xml": ({"rng", "cert-value"}, 38, 'value of attribute "cert" is invalid (element'
                                                         ' "persName", value "1e")'),
    "cert_out_of_range.xml": ({"rng", "cert-value"}, 38, 'value of attribute "cert" is invalid (element'
                                                         ' "persName", value "1.5")'),
    "when_bad_datatype.xml": ({"rng", "date-real"}, 37, 'value of attribute "when" is invalid (element "date",'
                                                        ' value "7 October 1957")'),
    # the Schematron rules
    "dangling_ref.xml": ({"ref-resolves"}, 38, '<persName> points to an xml:id that does not exist in this'
                                               ' document: @ref="#per-nobody". Known xml:ids: per-nam-il, tei-kit.'),
    "impossible_date.xml": ({"rng", "date-real"}, 37, 'value of attribute "when" is invalid'),
    "date_without_value.xml": ({"date-has-value"}, 37, "<date>7 October 1957</date> has no normalised value:"
                                                       " give @when, or @from and @to, or @notBefore/@notAfter"),
    "date_range_reversed.xml": ({"date-order"}, 37, '<date>7 October 1957</date> ends before it starts:'
                                                    ' @from="1957-10-07" @to="1957-10-01".'),
    "duplicate_id.xml": ({"rng", "id-unique"}, 32, 'ID "per-nam-il" has already been defined (first at line 29)'),
    "missing_title.xml": ({"header-title"}, 4, "The header has no title"),
    "missing_creation_date.xml": ({"header-creation-date"}, 4, "The header has no document date"),
    "impossible_creation_date.xml": ({"rng", "header-creation-date-real"}, 4,
                                     'The document date is not a real calendar date: creation/date/@when="1957-13-07".'),
    "empty_source_desc.xml": ({"header-source"}, 4, "fileDesc/sourceDesc is empty"),
    "resp_without_cert.xml": ({"resp-has-cert"}, 38, '<persName>Nam Il</persName> has @resp="#tei-kit" but no @cert'),
}

#: Schematron messages that a fixture must also show (the grammar reports first on the line).
SCHEMATRON_MESSAGES = {
    "cert_bad_datatype.xml": ("cert-value", '<persName> has cert="1e", which is not a certainty'),
    "cert_out_of_range.xml": ("cert-value", '<persName> has cert="1.5", which is not a certainty'),
    "impossible_date.xml": ("date-real", '<date>7 October 1957</date> has a value that is not a real calendar'
                                         ' date: @when="1957-02-31". Write YYYY, YYYY-MM or YYYY-MM-DD'),
    "when_bad_datatype.xml": ("date-real", '@when="7 October 1957"'),
    "missing_header.xml": ("ref-resolves", '@resp="#tei-kit"'),
    "duplicate_id.xml": ("id-unique", 'xml:id="per-nam-il" is used by 2 elements (person); an xml:id must be unique.'),
}


def test_every_invalid_fixture_has_an_expectation():
    assert sorted(p.name for p in INVALID_DIR.glob("*.xml")) == sorted(INVALID)


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_fixtures_fail_with_their_rule(name):
    rules, line, message = INVALID[name]
    report = validate_file(INVALID_DIR / name)
    assert not report.valid
    assert errors(report) == rules
    first = next(i for i in report.issues if i.severity == "error")
    assert first.line == line
    assert message in first.message
    if name in SCHEMATRON_MESSAGES:
        rule, text = SCHEMATRON_MESSAGES[name]
        assert any(i.rule == rule and text in i.message for i in report.issues), report.issues


@pytest.mark.parametrize("attributes, rules", [
    ('when="1957"', set()),
    ('when="1957-10"', set()),
    ('when="1956-02-29"', set()),
    ('when="1957-10-07Z"', set()),
    ('from="1957-08" to="1957-08-15"', set()),
    ('from="1957-08-31" to="1957-08"', set()),
    ('from="1957Z" to="1957-12-31+03:00"', set()),
    ('from="1957-10-07" to="1957-10-07"', set()),
    ('notBefore="1957-10-01" notAfter="1957-10-31"', set()),
    ('notAfter="1957-10-31"', set()),
    ('from="1958" to="1957-12"', {"date-order"}),
    ('notBefore="1957-11" notAfter="1957-10-31"', {"date-order"}),
    ('from="1957-10-07"', {"date-has-value"}),
    ('when="1957-02-29"', {"rng", "date-real"}),
    ('when="1957-10-07T10:00:00"', {"date-real"}),
    ('from="1957-08-01" to="1957-08-32"', {"rng", "date-real"}),
    ('type="unresolved" when="1957-02-30"', {"rng", "date-real"}),
])
def test_dates_in_the_text(attributes, rules):
    report = validate_bytes(_doc(f'<div><p>On <date {attributes} resp="#tei-kit" cert="low">that day</date>.</p></div>'),
                            "dates.xml")
    assert errors(report) == rules, report.issues


def test_schematron_findings_are_issues_with_rule_ids():
    report = validate_file(INVALID_DIR / "dangling_ref.xml")
    assert report.issues == (Issue(str(INVALID_DIR / "dangling_ref.xml"), 38, 0, "error", "ref-resolves",
                                   INVALID["dangling_ref.xml"][2]),)


def test_a_user_can_use_a_single_phase():
    report = validate_file(INVALID_DIR / "dangling_ref.xml", phase="header")
    assert report.valid and report.issues == ()


def test_tei_all_is_laxer_than_tei_kit(tei_all):
    """A TEI element tei-kit does not write passes tei_all, and so does cert="1.5" (an
    xs:double); cert="1e" does not (libxml2 took it as an xs:double, jing and tei-kit do not)."""
    subset = validate_file(INVALID_DIR / "element_outside_subset.xml", tei_all=tei_all, project=True)
    assert errors(subset) == {"rng"}
    cert = validate_file(INVALID_DIR / "cert_out_of_range.xml", tei_all=tei_all, project=True)
    assert errors(cert) == {"rng", "cert-value"}
    cert = validate_file(INVALID_DIR / "cert_bad_datatype.xml", tei_all=tei_all, project=True)
    assert errors(cert) == {"rng", "tei-all", "cert-value"}


def test_tei_all_alone_checks_only_tei_all(tei_all):
    """Naming a schema replaces tei-kit's own rules, unless project=True."""
    assert validate_file(INVALID_DIR / "element_outside_subset.xml", tei_all=tei_all).issues == ()
    (issue,) = validate_file(INVALID_DIR / "cert_bad_datatype.xml", tei_all=tei_all).issues
    assert (issue.rule, issue.line) == ("tei-all", 38)


def test_tei_all_errors_have_their_own_rule(tei_all):
    report = validate_file(INVALID_DIR / "wrong_nesting.xml", tei_all=tei_all, project=True)
    assert errors(report) == {"rng", "tei-all"}
    assert any(i.rule == "tei-all" and i.line == 38 for i in report.issues)


# ------------------------------------------------------------------ the schema is a subset of tei_all


def _content(defines, node, seen, children, attributes, text):
    for ch in node:
        tag = ch.tag if isinstance(ch.tag, str) else ""
        if tag == f"{{{RNG_NS}}}element":
            children.add(ch.get("name"))
        elif tag == f"{{{RNG_NS}}}attribute":
            attributes.add(ch.get("name"))
        elif tag == f"{{{RNG_NS}}}text":
            text.append(True)
        elif tag == f"{{{RNG_NS}}}ref":
            if ch.get("name") not in seen:
                seen.add(ch.get("name"))
                for define in defines.get(ch.get("name"), []):
                    _content(defines, define, seen, children, attributes, text)
        elif tag.startswith(f"{{{RNG_NS}}}") and tag.rsplit("}", 1)[1] not in ("data", "value", "param"):
            _content(defines, ch, seen, children, attributes, text)


def _element_models(path: Path) -> dict[str, tuple[set, set, bool]]:
    root = parse_xml(path).getroot()
    defines: dict[str, list] = {}
    for define in root.iter(f"{{{RNG_NS}}}define"):
        defines.setdefault(define.get("name"), []).append(define)
    models = {}
    for el in root.iter(f"{{{RNG_NS}}}element"):
        children, attributes, text = set(), set(), []
        _content(defines, el, set(), children, attributes, text)
        models[el.get("name")] = (children, attributes, bool(text))
    return models


def test_every_element_child_and_attribute_is_allowed_by_tei_all(tei_all):
    grammar = parse_xml(PROJECT_RNG).getroot()
    assert grammar.get("ns") == TEI_NS
    ours, theirs = _element_models(PROJECT_RNG), _element_models(tei_all)
    problems = []
    for name, (children, attributes, text) in sorted(ours.items()):
        if name not in theirs:
            problems.append(f"{name}: not a TEI element")
            continue
        their_children, their_attributes, their_text = theirs[name]
        problems += [f"{name}: child {c} not allowed by TEI" for c in sorted(children - their_children)]
        problems += [f"{name}: @{a} not allowed by TEI" for a in sorted(attributes - their_attributes)]
        if text and not their_text:
            problems.append(f"{name}: text not allowed by TEI")
    assert problems == []


def _doc(body: str) -> bytes:
    base = (VALID / "minimal.tei.xml").read_text(encoding="utf-8")
    start, end = base.index('      <div type="entry">'), base.index("    </body>")
    return (base[:start] + body + "\n" + base[end:]).encode("utf-8")


INLINE = ["persName", "placeName", "orgName", "name", "date", "supplied", "unclear", "gap", "note", "lb", "hi", "p", "seg"]
ATTRIBUTES = {
    "cert": ["high", "unknown", "0.5", "1", ".25", "1e", "1.5", "2", "-1", "0.5e0", "NaN"],
    "when": ["1957", "1957-10", "1957-10-07", "1957-10-07T10:00:00", "1957-02-31", "57", "--10", "10:00:00"],
    "ref": ["#per-nam-il", "#a #b", "", "http://example.org/x"],
    "reason": ["omitted", "two words", ""],
    "type": ["main", "two words", ""],
    "rend": ["italic", "caps bold"],
}

inline_tree = st.recursive(
    st.text(alphabet="ab ", max_size=3),
    lambda inner: st.tuples(st.sampled_from(INLINE),
                            st.dictionaries(st.sampled_from(sorted(ATTRIBUTES)), st.integers(0, 10), max_size=2),
                            st.lists(inner, max_size=3)),
    max_leaves=6,
)


def _xml(node) -> str:
    if isinstance(node, str):
        return node
    name, attributes, children = node
    attrs = "".join(f' {a}="{ATTRIBUTES[a][i % len(ATTRIBUTES[a])]}"' for a, i in sorted(attributes.items()))
    return f"<{name}{attrs}>{''.join(_xml(c) for c in children)}</{name}>"


BLOCKS = ["head", "opener", "dateline", "p", "ab", "gap", "note", "closer", "div", "lb"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.lists(inline_tree, max_size=3), blocks=st.lists(st.sampled_from(BLOCKS), max_size=6))
def test_what_tei_kit_accepts_tei_all_accepts(tei_all, content, blocks):
    """Random phrase-level nesting, attribute values and block orders: whenever tei-kit.rng
    accepts a document, tei_all accepts it too."""
    inline = "".join(_xml(c) for c in content)
    inner = "".join(f"<{b}>{'<p>x</p>' if b == 'div' else ''}</{b}>" for b in blocks)
    for body in (f"<div><p>{inline}</p></div>", f"<div>{inner}</div>"):
        tree = parse_xml(_doc(body))
        if grammar(PROJECT_RNG).validate(tree):
            assert grammar(tei_all).validate(tree), body


# ------------------------------------------------------------------ jing, the reference validator


def _jing(schema: Path, files: list[Path]) -> set[str]:
    """The files jing finds invalid."""
    run = subprocess.run(["jing", str(schema), *map(str, files)], capture_output=True, text=True, timeout=300)
    return {f.name for f in files if f"{f}:" in run.stdout}


@pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed (apt-get install jing)")
def test_jing_agrees(tmp_path, tei_all):
    """jing, the reference RELAX NG validator, gives tei-kit.rng's verdict on every fixture,
    and accepts every valid fixture with tei_all."""
    fixtures = VALID_FILES + sorted(INVALID_DIR.glob("*.xml"))
    ours = {f.name for f in fixtures if errors(validate_file(f)) & {"rng"}}
    assert _jing(PROJECT_RNG, fixtures) == ours
    assert _jing(tei_all, VALID_FILES) == set()
    # documents made up of every phrase-level element and datatype value, against tei_all
    made = []
    for i, (name, attribute) in enumerate((n, a) for n in INLINE for a in ATTRIBUTES):
        for k, value in enumerate(ATTRIBUTES[attribute]):
            path = tmp_path / f"made-{i}-{k}.xml"
            path.write_bytes(_doc(f'<div><p>x <{name} {attribute}="{value}">y</{name}></p></div>'))
            made.append(path)
    accepted = [p for p in made if grammar(PROJECT_RNG).validate(parse_xml(p))]
    assert len(accepted) > 50
    assert _jing(PROJECT_RNG, made) == {p.name for p in made} - {p.name for p in accepted}
    # and documents drawn from the grammar (see below)
    sampler = GrammarSampler(PROJECT_RNG)
    for seed in range(40):
        path = tmp_path / f"drawn-{seed}.xml"
        path.write_bytes(etree.tostring(sampler.document(seed)))
        accepted.append(path)
    assert _jing(tei_all, accepted) == set()


# ------------------------------------------------------------------ trees, bytes, files


def test_validate_tree_finds_duplicate_ids_in_a_tree_built_in_memory():
    tree = parse_xml(VALID / "minimal.tei.xml")
    list_person = tree.getroot().find(f"{tei('standOff')}/{tei('listPerson')}")
    twin = etree.SubElement(list_person, tei("person"))
    twin.set(XML_ID, "per-nam-il")
    etree.SubElement(twin, tei("persName")).text = "Nam Il"
    report = validate_tree(tree, "made.xml")
    assert not report.valid
    assert errors(report) == {"rng", "id-unique"}
    assert all(i.line > 0 for i in report.issues)


def test_validate_tree_lines_refer_to_the_serialised_tree():
    tree = parse_xml(INVALID_DIR / "dangling_ref.xml")
    report = validate_tree(tree, "tree.xml")
    (issue,) = report.issues
    serialised = etree.tostring(tree, xml_declaration=True, encoding="UTF-8").decode().splitlines()
    assert 'ref="#per-nobody"' in serialised[issue.line - 1]


def test_validate_tree_of_a_tree_that_does_not_reparse_is_fatal_wellformed():
    tree = parse_xml(VALID / "minimal.tei.xml")
    tree.getroot().find(f"{tei('text')}/{tei('body')}/{tei('div')}/{tei('p')}").append(etree.Entity("nbsp"))
    (issue,) = validate_tree(tree, "made.xml").issues
    assert (issue.severity, issue.rule) == ("fatal", "wellformed") and issue.line > 0
    assert "Entity 'nbsp' not defined" in issue.message


def test_validate_tree_of_a_non_tei_tree_is_fatal_input():
    (issue,) = validate_tree(etree.Element("html"), "page.xml").issues
    assert (issue.severity, issue.rule) == ("fatal", "input")
    assert "root element is <html> in no namespace" in issue.message


def test_validate_tree_accepts_an_element():
    report = validate_tree(parse_xml(VALID / "minimal.tei.xml").getroot(), "root.xml")
    assert report.valid and report.issues == ()


def test_validate_bytes_reports_lines_of_the_bytes():
    data = (INVALID_DIR / "resp_without_cert.xml").read_bytes()
    report = validate_bytes(b"\n\n" + data.split(b"\n", 1)[1], "shifted.xml")
    assert [(i.rule, i.line) for i in report.issues] == [("resp-has-cert", 39)]


@pytest.mark.parametrize("data, message, line", [
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader></TEI>", "not well-formed XML: Opening and ending tag mismatch", 1),
    (b"", "empty file", 0),
    (b"<TEI/>", "root element is <TEI> in no namespace, not TEI's <TEI>", 0),
    (b'<!DOCTYPE TEI [<!ENTITY x "y">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>', "has a DOCTYPE declaration", 0),
    (b'<!DOCTYPE TEI [<!ENTITY x "y">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><a xml:id="i"/><a xml:id="i"/></TEI>',
     "has a DOCTYPE declaration", 0),
])
def test_unusable_input_is_one_fatal_input_issue(data, message, line):
    report = validate_bytes(data, "in.xml")
    (issue,) = report.issues
    assert (issue.severity, issue.rule, issue.line, issue.file) == ("fatal", "input", line, "in.xml")
    assert message in issue.message
    assert not issue.message.startswith("in.xml")
    assert report.fatal and not report.valid


def test_duplicate_ids_are_a_validity_error_not_a_parse_error():
    data = (INVALID_DIR / "duplicate_id.xml").read_bytes()
    report = validate_bytes(data, "dup.xml")
    assert not report.fatal
    # reported where the id is used again, as jing reports it
    assert [i.line for i in report.issues if i.rule == "id-unique"] == [32]


def test_an_attribute_value_with_line_breaks_gives_a_one_line_message():
    data = (INVALID_DIR / "duplicate_id.xml").read_bytes().replace(b'xml:id="per-nam-il">\n        <persName type="main">Nam Il (again)',
                                                                   b'xml:id="&#10;a&#9;b&#13;">\n        <persName type="main">Nam Il (again)')
    report = validate_bytes(data, "breaks.xml")
    messages = [i.message for i in report.issues if i.rule == "rng"]
    assert messages and all("\n" not in m and "\r" not in m for m in messages), messages
    assert any('value "\\na\\tb\\r"' in m for m in messages), messages


def test_a_pointer_to_a_repeated_id_resolves():
    data = (INVALID_DIR / "duplicate_id.xml").read_bytes()
    assert b'ref="#per-nam-il"' in data
    report = validate_bytes(data, "dup.xml")
    assert "ref-resolves" not in errors(report)
    # the ID table keeps the first element of the id, as id() in XPath finds it
    assert [e.sourceline for e in parse_xml(data).xpath("id('per-nam-il')")] == [29]


def test_an_xml_id_that_is_no_ncname_is_a_validity_error_not_a_parse_error():
    data = (INVALID_DIR / "duplicate_id.xml").read_bytes().replace(b'"per-nam-il">\n        <persName type="main">Nam Il (again)',
                                                                   b'"1-nam-il">\n        <persName type="main">Nam Il (again)')
    report = validate_bytes(data, "bad-id.xml")
    assert not report.fatal
    assert [(i.rule, i.line) for i in report.issues if i.severity == "error"] == [("rng", 32)]
    assert 'value of attribute "xml:id" is invalid' in report.issues[0].message


def test_a_repeated_id_does_not_hide_a_syntax_error():
    data = (INVALID_DIR / "duplicate_id.xml").read_bytes().replace(b"</listPerson>", b"</listPersons>")
    report = validate_bytes(data, "broken.xml")
    assert report.fatal
    assert "not well-formed XML" in report.issues[0].message and "listPerson" in report.issues[0].message


def test_validate_files_keeps_order_and_turns_bad_input_into_fatal_issues(tmp_path):
    (tmp_path / "broken.xml").write_text("<TEI")
    (tmp_path / "folder.xml").mkdir()
    paths = [VALID / "minimal.tei.xml", INVALID_DIR / "dangling_ref.xml", tmp_path / "broken.xml",
             tmp_path / "missing.xml", tmp_path / "folder.xml", INVALID_DIR / "wrong_nesting.xml"]
    report = validate_files(paths)
    assert isinstance(report, Report)
    assert [f.path for f in report.files] == [str(p) for p in paths]
    assert [f.valid for f in report.files] == [True, False, False, False, False, False]
    assert [f.fatal for f in report.files] == [False, False, True, True, True, False]
    assert [i.message for f in report.files[3:5] for i in f.issues] == ["no such file",
                                                                     "is a folder, not an XML file"]
    assert report.files[2].issues[0].line == 1
    assert not report.valid and report.fatal
    assert report.counts == {"fatal": 3, "error": 2, "warning": 0, "info": 0,
                             "files": 6, "valid_files": 1, "invalid_files": 5}


def test_validate_files_of_nothing_is_valid():
    report = validate_files([])
    assert report.valid and report.files == () and report.counts["files"] == 0


# ------------------------------------------------------------------ a user's own schemas


def test_user_schema_and_schematron_replace_the_project_ones(tmp_path):
    rng = tmp_path / "any.rng"
    rng.write_text(f"""<grammar xmlns="{RNG_NS}"><start><ref name="any"/></start>
      <define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute>
        <text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>""")
    sch = tmp_path / "mine.sch"
    sch.write_text("""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
      <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern><rule id="no-seg" context="tei:seg"><report id="no-seg" role="warning" test="true()">a seg</report></rule></pattern>
    </schema>""")
    report = validate_file(INVALID_DIR / "element_outside_subset.xml", schema=rng, schematron=sch)
    assert report.valid
    assert [(i.severity, i.rule, i.message, i.line) for i in report.issues] == [("warning", "no-seg", "a seg", 38)]
    project = validate_file(INVALID_DIR / "resp_without_cert.xml", schema=rng, schematron=sch)
    assert project.issues == ()


def test_unusable_user_schemas_raise_schema_error(tmp_path):
    bad = tmp_path / "bad.rng"
    bad.write_text("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start/></grammar>")
    with pytest.raises(SchemaError, match="does not compile"):
        validate_files([VALID / "minimal.tei.xml"], schema=bad)
    with pytest.raises(SchemaError, match="cannot read"):
        validate_file(VALID / "minimal.tei.xml", schema=tmp_path / "missing.rng")
    broken = tmp_path / "broken.sch"
    broken.write_text("<schema")
    with pytest.raises(SchemaError, match="not well-formed"):
        validate_files([VALID / "minimal.tei.xml"], schematron=broken)


def test_grammars_are_compiled_once():
    assert grammar(PROJECT_RNG) is grammar(PROJECT_RNG)


def test_report_objects_are_frozen_data():
    issue = Issue("f.xml", 1, 2, "warning", "r", "m")
    with pytest.raises(AttributeError):
        issue.line = 3  # type: ignore[misc]
    file = FileReport("f.xml", (issue,))
    assert file.valid and not file.fatal and file.count("warning") == 1
    assert not FileReport("g.xml", (Issue("g.xml", 0, 0, "error", "rng", "m"),)).valid


# ------------------------------------------------------------------ documents drawn from the grammar

#: A value for each (datatype, pattern) of tei-kit.rng, valid for it.
SAMPLE_VALUES = {
    "token": ["main", "x-1", "Nº5"], "anyURI": ["#per-nam-il", "http://example.org/a"], "ID": None,
    "decimal": ["0", "0.5", "1", ".75"], "date": ["1957-10-07", "1956-02-29"], "gYearMonth": ["1957-10"],
    "gYear": ["1957", "2026"], "dateTime": ["1957-10-07T10:00:00", "1957-10-07T10:00:00Z"],
    "language": ["en", "de-AT"], "string": ["s", ""], "Name": ["tei-kit", "a.b"], "nonNegativeInteger": ["0", "42"],
}
PATTERN_VALUES = {r"[\d]+[a-z]*[\d]*(\.[\d]+[a-z]*[\d]*){0,3}": ["0.1.0", "2", "1.2b3"],
                  r"-?[0-9]{1,3}(\.[0-9]+)? -?[0-9]{1,3}(\.[0-9]+)?": ["39.0339 125.7543", "-1 2"]}


class GrammarSampler:
    """Random documents that tei-kit.rng accepts, drawn from the grammar itself."""

    def __init__(self, path: Path, depth: int = 6):
        root = parse_xml(path).getroot()
        self.defines = {d.get("name"): d for d in root.iter(f"{{{RNG_NS}}}define")}
        self.start = root.find(f"{{{RNG_NS}}}start")
        self.shape = {el: (etree.QName(el).localname, [c for c in el if isinstance(c.tag, str)])
                      for el in root.iter(f"{{{RNG_NS}}}*")}
        self.depth, self.ids, self.random = depth, 0, random.Random()

    def document(self, seed: int) -> etree._ElementTree:
        self.random.seed(seed)
        (root,) = self.items(self.start, 0)
        return parse_xml(etree.tostring(root))

    def items(self, pattern, depth) -> list:
        """Elements, ("@", name, value) attributes and strings for one pattern."""
        kind, children = self.shape[pattern]
        rnd, deep = self.random, depth > self.depth
        if kind in ("start", "define", "group"):
            return [x for c in children for x in self.items(c, depth)]
        if kind == "ref":
            return self.items(self.defines[pattern.get("name")], depth)
        if kind == "element":
            el = etree.Element(tei(pattern.get("name")))
            last = None
            for item in self.items_of(children, depth + 1):
                if isinstance(item, tuple):
                    name = item[1]
                    el.set(f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name, item[2])
                elif isinstance(item, str):
                    if last is None:
                        el.text = (el.text or "") + item
                    else:
                        last.tail = (last.tail or "") + item
                else:
                    el.append(item)
                    last = item
            return [el]
        if kind == "attribute":
            return [("@", pattern.get("name"), " ".join(self.items_of(children, depth)))]
        if kind == "choice":
            return self.items(children[0] if deep else rnd.choice(children), depth)
        if kind == "optional":
            return [] if deep or rnd.random() < 0.4 else self.items_of(children, depth)
        if kind in ("zeroOrMore", "oneOrMore"):
            low = 1 if kind == "oneOrMore" else 0
            return [x for _ in range(low if deep else rnd.randint(low, 2)) for x in self.items_of(children, depth)]
        if kind == "interleave":
            queues = [self.items(c, depth) for c in children]
            out = []
            while any(queues):
                out.append(rnd.choice([q for q in queues if q]).pop(0))
            return out
        if kind == "list":
            return [" ".join(self.items_of(children, depth))]
        if kind == "text":
            return [rnd.choice(["t", " words ", "Ж"])]
        if kind == "value":
            return [pattern.text or ""]
        if kind == "data":
            param = pattern.find(f"{{{RNG_NS}}}param[@name='pattern']")
            if param is not None and param.text in PATTERN_VALUES:
                return [rnd.choice(PATTERN_VALUES[param.text])]
            if pattern.get("type") == "ID":
                self.ids += 1
                return [f"id{self.ids}"]
            return [rnd.choice(SAMPLE_VALUES[pattern.get("type")])]
        if kind == "empty":
            return []
        raise AssertionError(f"the sampler does not know <{kind}>")

    def items_of(self, patterns, depth) -> list:
        return [x for p in patterns for x in self.items(p, depth)]


def test_documents_drawn_from_the_grammar_pass_tei_all(tei_all):
    """The subset claim itself: random documents that tei-kit.rng accepts, each element
    and attribute drawn from the grammar, and tei_all accepts every one."""
    ours, theirs = grammar(PROJECT_RNG), grammar(tei_all)
    sampler, sizes = GrammarSampler(PROJECT_RNG), []
    for seed in range(120):
        tree = sampler.document(seed)
        assert ours.validate(tree), (seed, ours.errors(tree))
        assert theirs.validate(tree), (seed, theirs.errors(tree), etree.tostring(tree)[:2000])
        sizes.append(sum(1 for _ in tree.iter()))
    assert max(sizes) > 100


# ------------------------------------------------------------------ the compiled Schematron: where it looks

CONTEXT_SCHEMA = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="names">
    <rule context="tei:persName[@cert = 'high']"><report id="sure" test="true()">sure</report></rule>
    <rule context="tei:persName | tei:placeName"><report id="name" test="true()">name</report></rule>
  </pattern>
  <pattern id="dates"><rule context="@when"><report id="when" test="true()">when</report></rule></pattern>
  <pattern id="texts"><rule context="tei:p/text()[contains(., 'invitation')]">
    <report id="text" test="true()">text</report></rule></pattern>
  <pattern id="root"><rule context="/tei:TEI"><report id="root" test="true()">root</report></rule></pattern>
</schema>"""


def test_schematron_patterns_select_their_nodes_or_walk_the_document(tmp_path):
    """Plain-path contexts are selected directly, others walked; the findings, and the first
    matching rule of a pattern winning, are the same either way."""
    from tei_kit.schematron import compile_schematron_bytes

    sch = tmp_path / "contexts.sch"
    sch.write_text(CONTEXT_SCHEMA)
    xslt = compile_schematron_bytes(CONTEXT_SCHEMA.encode()).xslt_text
    assert 'select="//tei:persName[@cert = \'high\'] | //(tei:persName | tei:placeName)"' in xslt
    assert 'select="/tei:TEI"' in xslt and 'select="//@when"' in xslt
    assert xslt.count('match="document-node() | node() | @*"') == 1  # text() walks
    report = validate_file(VALID / "minimal.tei.xml", schematron=sch)
    assert [(i.line, i.rule) for i in report.issues] == [(3, "root"), (24, "when"), (30, "name"), (37, "when"),
                                                          (38, "sure"), (38, "text")]
