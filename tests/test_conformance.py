"""Conformance: tei-kit's verdicts are jing's, one document per kind of error.

``tests/data/conformance/invalid/`` holds one document per kind of error (structure, datatypes,
ids, pointers, tei-kit's Schematron rules, unreadable input), ``valid/`` documents that must
pass; ``expected.tsv`` records, for each, the tei-kit rule that must report it, the line and
part of the message, and jing's verdicts with ``schemas/tei-kit.rng`` and with TEI's
``tei_all.rng``. The recorded verdicts are always checked; where jing is installed, jing is
asked again (those tests alone may skip).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from tei_kit.datatypes import XSD, compile_datatype
from tei_kit.relaxng import compile_grammar
from tei_kit.tei import parse_xml
from tei_kit.validate import validate_file, validate_tree

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = Path(__file__).resolve().parent / "data" / "conformance"
TEI_ALL = ROOT / ".cache" / "tei_all.rng"
PROJECT_RNG = ROOT / "schemas" / "tei-kit.rng"
JING = shutil.which("jing")
needs_jing = pytest.mark.skipif(JING is None, reason="jing is not installed (apt-get install jing)")


def _rows() -> list[dict]:
    with (CONFORMANCE / "expected.tsv").open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


ROWS = _rows()
INVALID = [r for r in ROWS if r["file"].startswith("invalid/")]
VALID = [r for r in ROWS if r["file"].startswith("valid/")]


def test_every_fixture_has_one_row_and_there_are_forty_kinds_of_error():
    files = sorted(f"{p.parent.name}/{p.name}" for p in CONFORMANCE.glob("*/*.xml"))
    assert sorted(r["file"] for r in ROWS) == files
    assert len(INVALID) >= 40 and len(VALID) >= 5
    kinds = {r["rule"] for r in INVALID}
    assert {"rng", "input", "ref-resolves", "date-order", "resp-has-cert"} <= kinds


def test_each_invalid_fixture_says_what_is_wrong_with_it():
    for row in INVALID:
        second_line = (CONFORMANCE / row["file"]).read_text(encoding="utf-8").splitlines()[1]
        assert second_line.startswith("<!-- ") and second_line.endswith(" -->"), row["file"]


@pytest.mark.parametrize("row", INVALID, ids=lambda r: r["file"])
def test_invalid_fixture_is_reported_with_its_rule_line_and_message(row):
    report = validate_file(CONFORMANCE / row["file"])
    assert not report.valid
    found = [i for i in report.issues if i.rule == row["rule"]]
    assert found, report.issues
    first = found[0]
    assert first.severity in ("error", "fatal")
    assert (first.line, row["message"] in first.message) == (int(row["line"]), True), first


@pytest.mark.parametrize("row", VALID, ids=lambda r: r["file"])
def test_valid_fixture_passes(row, tei_all):
    assert validate_file(CONFORMANCE / row["file"]).issues == ()
    assert validate_file(CONFORMANCE / row["file"], tei_all=tei_all).issues == ()


def _grammar_verdicts(tei_all_path: Path) -> dict[str, tuple[str, str]]:
    """tei-kit's verdict per fixture with tei-kit.rng (its ``rng`` findings, or unreadable
    input) and with tei_all alone."""
    out = {}
    for row in ROWS:
        path = CONFORMANCE / row["file"]
        ours = validate_file(path)
        rng = any(i.rule in ("rng", "input") for i in ours.issues if i.severity in ("error", "fatal"))
        theirs = validate_file(path, tei_all=tei_all_path)
        out[row["file"]] = ("invalid" if rng else "valid", "valid" if theirs.valid else "invalid")
    return out


def test_verdicts_are_the_recorded_jing_verdicts(tei_all):
    ours = _grammar_verdicts(tei_all)
    recorded = {r["file"]: (r["rng"], r["tei_all"]) for r in ROWS}
    assert ours == recorded


def _jing_invalid(schema: Path) -> set[str]:
    """The fixtures jing finds invalid (a file that is not well-formed on its own: jing stops
    a batch at the first such file)."""
    files = sorted(CONFORMANCE.glob("*/*.xml"))
    broken = [f for f in files if f.name == "not_wellformed.xml"]
    invalid = set()
    for batch in ([f for f in files if f not in broken], *([f] for f in broken)):
        run = subprocess.run([JING, str(schema), *map(str, batch)], capture_output=True, text=True, timeout=300)
        for line in run.stdout.splitlines():
            for f in batch:
                if line.startswith(f"{f}:"):
                    invalid.add(f"{f.parent.name}/{f.name}")
    return invalid


@needs_jing
def test_jing_agrees_with_the_recorded_verdicts(tei_all):
    recorded_rng = {r["file"] for r in ROWS if r["rng"] == "invalid"}
    recorded_tei_all = {r["file"] for r in ROWS if r["tei_all"] == "invalid"}
    assert _jing_invalid(PROJECT_RNG) == recorded_rng
    assert _jing_invalid(tei_all) == recorded_tei_all


# ------------------------------------------------------------------ where libxml2 and jing differ

GAP_SCHEMA = b"""<element name="v" xmlns="http://relaxng.org/ns/structure/1.0"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <optional><attribute name="double"><data type="double"/></attribute></optional>
  <optional><attribute name="dateTime"><data type="dateTime"/></attribute></optional>
  <optional><attribute name="time"><data type="time"/></attribute></optional>
</element>"""

#: (attribute, value, jing's verdict); libxml2 (lxml) gets the first three wrong.
GAPS = [("double", "1e", False), ("dateTime", "1957-10-07T24:00:00", False), ("time", "10:00:60", True),
        ("double", "1e5", True), ("dateTime", "1957-10-07T23:59:59Z", True)]


@pytest.mark.parametrize("attribute, value, valid", GAPS)
def test_values_libxml2_gets_wrong_are_judged_as_jing_judges_them(attribute, value, valid):
    doc = parse_xml(f'<v {attribute}="{value}"/>'.encode())
    assert compile_grammar(GAP_SCHEMA, "gaps.rng").validate(doc) is valid


def test_libxml2_does_get_those_values_wrong():
    """Why tei-kit does not use lxml's RELAX NG: the first three of GAPS."""
    lxml_grammar = etree.RelaxNG(etree.fromstring(GAP_SCHEMA))
    verdicts = [lxml_grammar.validate(etree.fromstring(f'<v {a}="{v}"/>'.encode())) for a, v, _ in GAPS[:3]]
    assert verdicts == [True, True, False]


def test_duplicate_ids_of_a_tree_built_in_memory_are_found():
    tree = parse_xml(CONFORMANCE / "valid" / "nested_lists.xml")
    for person in tree.getroot().iter("{http://www.tei-c.org/ns/1.0}person"):
        person.set("{http://www.w3.org/XML/1998/namespace}id", "per-same")
    report = validate_tree(tree, "made.xml", tei_all=TEI_ALL)
    (issue,) = report.issues
    assert issue.rule == "tei-all" and issue.message.startswith('ID "per-same" has already been defined')


# ------------------------------------------------------------------ datatypes, value by value

#: Lexical forms to try on every datatype TEI's tei_all uses.
VALUES = ["1", "1e", "1e5", "1E-5", "+1.5e+3", ".5", ".", "5.", "-0", "+0", "INF", "-INF", "+INF", "NaN", "nan",
          " 1 ", "1 2", "", "0x1", "1.", "+", "e5", "true", "false", "TRUE", "0", "2", "1957-10-07", "1957-02-29",
          "1956-02-29", "1957-02-31", "0000-01-01", "-0001-01-01", "10000-01-01", "01957-01-01", "1957-10-07Z",
          "1957-10-07+14:00", "1957-10-07+14:01", "1957-10-07-00:00", "1957-1-07", "1957-10-07T10:00:00",
          "1957-10-07T24:00:00", "1957-10-07T10:00:60", "1957-10-07T10:00", "1957-10-07T10:00:00.5Z", "1957",
          "957", "-1957", "19570", "1957-10", "1957-13", "--10", "--13", "--10--", "---07", "---32", "--02-29",
          "--02-30", "--04-31", "10:00:00", "24:00:00", "10:00:00.123+01:00", "P1Y", "P", "PT", "P1Y2M3DT4H5M6.7S",
          "-P1D", "P1.5Y", "PT1.5S", "P1DT", "en", "de-AT", "english-language", "x-klingon", "a1", "1a", "_a",
          "a:b", "a b", "a-b.c", "é", "١", "#per", "http://x.org/a b", "http://x.org/%zz", "a#b#c", "[::1]", "#",
          "1957-10-07+15:00", "10:00", "0000", "-0000", "0000-01", "0001", "-0001-02-29", "-0004-02-29",
          "1957-10-07-13:00", "1957-10-07-13:01", "1957-10-07-14:00", "1957-10-07+13:59", "10:00:00-13:30",
          "--10-13:01", "1957-13:00", "1957-13:59"]
TYPES = ["double", "float", "decimal", "nonNegativeInteger", "boolean", "date", "dateTime", "gYear", "gYearMonth",
         "gMonth", "gDay", "gMonthDay", "time", "duration", "language", "Name", "NCName", "anyURI", "ID", "token"]


@needs_jing
def test_every_datatype_of_tei_all_takes_what_jing_takes(tmp_path):
    """One jing run: a schema with one optional attribute per datatype, one document per
    (datatype, value); tei-kit's verdict on each value is jing's."""
    attributes = "".join(f'<optional><attribute name="{t}"><data type="{t}"/></attribute></optional>' for t in TYPES)
    schema = tmp_path / "types.rng"
    schema.write_text(f'<element name="v" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="{XSD}">'
                      f"{attributes}</element>")
    docs = {}
    for t in TYPES:
        for i, value in enumerate(VALUES):
            path = tmp_path / f"{t}-{i}.xml"
            value_xml = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            path.write_text(f'<v {t}="{value_xml}"/>', encoding="utf-8")
            docs[path.name] = (t, value)
    run = subprocess.run([JING, str(schema), *(str(tmp_path / n) for n in docs)], capture_output=True, text=True,
                         timeout=300)
    rejected = {Path(line.split(":", 1)[0]).name for line in run.stdout.splitlines() if ": error:" in line}
    disagreements = [(t, v, "jing rejects" if n in rejected else "jing accepts") for n, (t, v) in docs.items()
                     if compile_datatype(XSD, t).allows(v) == (n in rejected)]
    assert disagreements == []


# ------------------------------------------------------------------ schemas made of several files

MODULES = {
    "main.rng": """<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:x"
        datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <include href="common/base.rng">
        <define name="item"><element name="item"><data type="integer"/></element></define>
      </include>
      <define name="extra" combine="choice"><element name="note"><text/></element></define>
      <define name="more"><externalRef href="common/more.rng"/></define>
      <define name="nested">
        <grammar>
          <start><element name="box"><zeroOrMore><parentRef name="item"/></zeroOrMore></element></start>
        </grammar>
      </define>
    </grammar>""",
    "common/base.rng": """<grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start><element name="list"><oneOrMore><choice><ref name="item"/><ref name="extra"/>
        <ref name="more"/><ref name="nested"/></choice></oneOrMore></element></start>
      <define name="item"><element name="item"><text/></element></define>
      <define name="extra"><element name="extra"><empty/></element></define>
    </grammar>""",
    "common/more.rng": """<element name="more" xmlns="http://relaxng.org/ns/structure/1.0">
      <attribute name="n"><data type="token" datatypeLibrary=""/></attribute></element>""",
}
MODULE_DOCS = {
    "ok.xml": '<list xmlns="urn:x"><item>1</item><extra/><note>n</note><more n="a"/><box><item>2</item></box></list>',
    "overridden.xml": '<list xmlns="urn:x"><item>one</item></list>',  # the include's item takes integers only
    "no_namespace.xml": '<list><item>1</item></list>',  # ns carries over into the included grammar
    "bad_more.xml": '<list xmlns="urn:x"><more/></list>',
}


def test_include_external_ref_and_nested_grammars(tmp_path):
    for name, text in MODULES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    (tmp_path / "docs").mkdir()
    verdicts = {}
    for name, text in MODULE_DOCS.items():
        (tmp_path / "docs" / name).write_text(text)
        report = validate_file(tmp_path / "docs" / name, schema=tmp_path / "main.rng", cache=False)
        verdicts[name] = report.valid
    assert verdicts == {"ok.xml": True, "overridden.xml": False, "no_namespace.xml": False, "bad_more.xml": False}
    if JING:
        run = subprocess.run([JING, str(tmp_path / "main.rng"), *(str(tmp_path / "docs" / n) for n in MODULE_DOCS)],
                             capture_output=True, text=True, timeout=300)
        rejected = {Path(line.split(":", 1)[0]).name for line in run.stdout.splitlines() if ": error:" in line}
        assert rejected == {n for n, valid in verdicts.items() if not valid}


def test_a_changed_included_file_is_compiled_again(tmp_path):
    for name, text in MODULES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    doc = tmp_path / "doc.xml"
    doc.write_text('<list xmlns="urn:x"><extra/></list>')
    cache = tmp_path / "cache"
    assert validate_file(doc, schema=tmp_path / "main.rng", cache=cache).valid
    from tei_kit import relaxng, validate

    relaxng._loaded.clear()  # as in a new process: read from the cache folder
    validate._checkers.clear()
    base = tmp_path / "common" / "base.rng"
    base.write_text(MODULES["common/base.rng"].replace('<element name="extra"><empty/></element>',
                                                       '<element name="extra"><text/><attribute name="a"/></element>'))
    assert not validate_file(doc, schema=tmp_path / "main.rng", cache=cache).valid


def test_stored_derivatives_are_reused_and_give_the_same_verdicts(tmp_path):
    """What one process computed while validating is stored, and the next takes it over."""
    from tei_kit import relaxng

    files = sorted(CONFORMANCE.glob("*/*.xml"))
    trees = [parse_xml(f) for f in files if f.name not in ("not_wellformed.xml", "duplicate_id.xml")]
    relaxng._loaded.clear()
    grammar = relaxng.load_grammar(PROJECT_RNG, tmp_path, learned=True)
    before = [grammar.errors(t) for t in trees]
    learned = grammar.size()
    assert relaxng.save_learned(grammar, force=True)
    relaxng._loaded.clear()  # a new process
    fresh = relaxng.load_grammar(PROJECT_RNG, tmp_path)
    assert fresh.size() < learned
    again = relaxng.load_grammar(PROJECT_RNG, tmp_path, learned=True)
    assert again is fresh and again.size() == learned
    assert [again.errors(t) for t in trees] == before
    relaxng._loaded.clear()
