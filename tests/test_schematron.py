"""The Schematron compiler: what it supports, what it refuses, locations, caching; and
the project's rules file as a whole."""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_kit.datatypes import XSD as XSD_DATATYPES
from tei_kit.datatypes import compile_datatype
from tei_kit.errors import SchemaError
from tei_kit.schematron import (
    compile_schematron,
    compile_schematron_bytes,
    locate,
    schematron_to_xslt,
)
from tei_kit.tei import parse_xml

ROOT = Path(__file__).resolve().parent.parent
PROJECT_SCH = ROOT / "schemas" / "tei-kit.sch"
VALID = ROOT / "tests" / "data" / "valid"
SCH = "http://purl.oclc.org/dsdl/schematron"

DOC = b"""<?xml version="1.0"?>
<library xmlns="urn:example:books">
  <book id="b1" year="1957"><title>Journal</title><price>10</price></book>
  <book id="b2" year="57"><title></title><price>-3</price></book>
  <book id="b3" year="2001"><title>Later</title></book>
</library>
"""


def schema(body: str, *, attrs: str = 'queryBinding="xslt3"') -> bytes:
    return f"""<schema xmlns="{SCH}" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" {attrs}>
  <ns prefix="b" uri="urn:example:books"/>
  {body}
</schema>""".encode()


def run(body: str, doc: bytes = DOC, queryBinding: str = "xslt3", **options):
    compiled = compile_schematron_bytes(schema(body, attrs=f'queryBinding="{queryBinding}"'), name="test.sch", **options)
    return compiled.validate(parse_xml(doc))


# ------------------------------------------------------------------ supported features


def test_assert_fires_only_where_its_test_is_false_with_id_role_location_and_line():
    results = run("""<pattern id="p"><rule id="r" context="b:book">
        <assert id="has-title" role="error" test="normalize-space(b:title)">book without title</assert>
      </rule></pattern>""")
    assert len(results) == 1
    (r,) = results
    assert (r.kind, r.id, r.rule_id, r.role, r.message) == ("failed-assert", "has-title", "r", "error",
                                                              "book without title")
    assert r.location == "/Q{urn:example:books}library[1]/Q{urn:example:books}book[2]"
    assert r.line == 4


def test_report_fires_where_its_test_is_true():
    results = run("""<pattern><rule context="b:book">
        <report id="no-price" role="warning" test="not(b:price)">no price</report></rule></pattern>""")
    assert [(r.kind, r.id, r.role, r.line) for r in results] == [("successful-report", "no-price", "warning", 5)]


def test_value_of_and_name_are_evaluated_in_the_message():
    results = run("""<pattern><rule context="b:book[@year = '57']">
        <assert test="false()"><name/> <value-of select="@id"/> has year <value-of select="@year"/>; parent <name path=".."/></assert>
      </rule></pattern>""")
    assert results[0].message == "book b2 has year 57; parent library"


def test_emph_dir_span_keep_their_text():
    results = run("""<pattern><rule context="b:library">
        <assert test="false()">a <emph>very</emph> <dir value="ltr">plain</dir> <span class="x">message</span></assert>
      </rule></pattern>""")
    assert results[0].message == "a very plain message"


def test_first_matching_rule_of_a_pattern_wins():
    results = run("""<pattern id="p">
        <rule id="first" context="b:book[@id = 'b1']"><assert id="a1" test="false()">first</assert></rule>
        <rule id="second" context="b:book"><assert id="a2" test="false()">second</assert></rule>
      </pattern>""")
    assert [(r.rule_id, r.message, r.line) for r in results] == [
        ("first", "first", 3), ("second", "second", 4), ("second", "second", 5)]


def test_each_pattern_sees_every_node():
    results = run("""<pattern><rule context="b:book"><assert id="one" test="false()">p1</assert></rule></pattern>
      <pattern><rule context="b:book"><assert id="two" test="false()">p2</assert></rule></pattern>""")
    assert [r.id for r in results] == ["one"] * 3 + ["two"] * 3


def test_attribute_context_is_located_on_its_element():
    results = run("""<ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
      <pattern><rule context="@year">
        <assert id="year" test=". castable as xs:gYear">bad year <value-of select="."/></assert>
      </rule></pattern>""")
    assert [(r.message, r.line) for r in results] == [("bad year 57", 4)]
    assert results[0].location.endswith("book[2]/@year")


def test_lets_at_schema_pattern_and_rule_level():
    results = run("""<let name="limit" value="5"/>
      <pattern><let name="books" value="count(//b:book)"/>
        <rule context="b:book"><let name="price" value="number((b:price, 0)[1])"/>
          <let name="cheap" value="$price lt $limit"/>
          <assert test="not($cheap)">book <value-of select="@id"/> costs <value-of select="$price"/> of <value-of select="$books"/></assert>
        </rule></pattern>""")
    assert [r.message for r in results] == ["book b2 costs -3 of 3", "book b3 costs 0 of 3"]


def test_let_with_element_content():
    results = run("""<let name="names"><n xmlns="">x</n><n xmlns="">y</n></let>
      <pattern><rule context="b:library"><assert test="false()"><value-of select="count($names/*)"/></assert></rule></pattern>""")
    assert results[0].message == "2"


def test_diagnostics_are_evaluated_in_the_rule_context():
    results = run("""<pattern><rule context="b:book[@id='b2']">
        <assert test="false()" diagnostics="d1 d2">wrong</assert></rule></pattern>
      <diagnostics><diagnostic id="d1">id is <value-of select="@id"/></diagnostic>
        <diagnostic id="d2">second</diagnostic></diagnostics>""")
    assert results[0].diagnostics == ("id is b2", "second")


def test_phases_select_patterns_and_default_to_all():
    body = """<phase id="only-a"><active pattern="a"/></phase>
      <pattern id="a"><rule context="b:library"><assert id="a" test="false()">a</assert></rule></pattern>
      <pattern id="b"><rule context="b:library"><assert id="b" test="false()">b</assert></rule></pattern>"""
    assert [r.id for r in run(body)] == ["a", "b"]
    assert [r.id for r in run(body, phase="only-a")] == ["a"]
    assert [r.id for r in run(body, phase="#ALL")] == ["a", "b"]
    compiled = compile_schematron_bytes(schema(body, attrs='queryBinding="xslt3" defaultPhase="only-a"'))
    assert [r.id for r in compiled.validate(parse_xml(DOC))] == ["a"]


def test_phase_lets_are_global():
    body = """<phase id="strict"><let name="min" value="2000"/><active pattern="a"/></phase>
      <pattern id="a"><rule context="b:book"><assert id="a" test="number(@year) ge $min">old</assert></rule></pattern>"""
    assert [r.line for r in run(body, phase="strict")] == [3, 4]


def test_title_is_in_the_svrl():
    compiled = compile_schematron_bytes(schema("""<title>Books</title>
      <pattern id="p"><title>Prices</title><rule context="b:book"><assert test="true()">x</assert></rule></pattern>"""))
    svrl = etree.fromstring(compiled.svrl(parse_xml(DOC)).encode())
    assert svrl.get("title") == "Books"
    assert svrl[1].get("name") == "Prices"


def test_role_defaults_to_the_rules_and_flag_passes_through():
    (r, *_) = run("""<pattern><rule context="b:book" role="warning">
        <assert test="false()" flag="f">x</assert></rule></pattern>""")
    assert (r.role, r.flag) == ("warning", "f")


def test_braces_and_quotes_in_tests_survive_compilation():
    results = run("""<pattern><rule context="b:book">
        <assert id="year" test="matches(@year, '^\\d{4}$')">year "<value-of select="@year"/>" is not {YYYY}</assert>
      </rule></pattern>""")
    assert [(r.message, r.test) for r in results] == [('year "57" is not {YYYY}', "matches(@year, '^\\d{4}$')")]


def test_xsl_key_and_function_are_copied():
    results = run("""<xsl:key name="by-id" match="b:book" use="@id"/>
      <xsl:function name="b:twice" xmlns:xs="http://www.w3.org/2001/XMLSchema" as="xs:integer">
        <xsl:param name="n" as="xs:integer"/><xsl:sequence select="2 * $n"/></xsl:function>
      <pattern><rule context="b:library">
        <assert test="false()"><value-of select="key('by-id', 'b3')/b:title"/> <value-of select="b:twice(21)"/></assert>
      </rule></pattern>""")
    assert results[0].message == "Later 42"


def test_subject_moves_the_location():
    results = run("""<pattern><rule context="b:book[@id='b2']">
        <assert test="false()" subject="b:price">x</assert></rule></pattern>""")
    assert results[0].location.endswith("book[2]/Q{urn:example:books}price[1]")


def test_default_query_binding_runs():
    body = """<pattern><rule context="b:book"><assert test="b:price">no price</assert></rule></pattern>"""
    results = compile_schematron_bytes(schema(body, attrs="")).validate(parse_xml(DOC))
    assert [r.line for r in results] == [5]


def test_the_generated_stylesheet_is_xslt3():
    text = schematron_to_xslt(schema("""<pattern><rule context="b:book"><assert test="true()">x</assert></rule></pattern>"""))
    root = etree.fromstring(text.encode())
    assert root.tag == "{http://www.w3.org/1999/XSL/Transform}stylesheet"
    assert root.get("version") == "3.0"


# ------------------------------------------------------------------ refused


@pytest.mark.parametrize("body, attrs, message", [
    ('<include href="other.sch"/>', 'queryBinding="xslt3"', "sch:include (inline the included file) is not supported"),
    ('<pattern abstract="true" id="a"><rule context="$x"><assert test="1">x</assert></rule></pattern>',
     'queryBinding="xslt3"', "abstract patterns (pattern/@abstract) is not supported"),
    ('<pattern is-a="a" id="b"><param name="x" value="y"/></pattern>', 'queryBinding="xslt3"',
     "abstract patterns (pattern/@is-a) is not supported"),
    ('<pattern><rule abstract="true" id="r"><assert test="1">x</assert></rule></pattern>', 'queryBinding="xslt3"',
     "abstract rules (rule/@abstract) is not supported"),
    ('<pattern><rule context="b:book"><extends rule="r"/></rule></pattern>', 'queryBinding="xslt3"',
     "sch:extends (abstract rules) is not supported"),
    ('<pattern documents="\'x.xml\'"><rule context="*"><assert test="1">x</assert></rule></pattern>',
     'queryBinding="xslt3"', "pattern/@documents is not supported"),
    ('<pattern><rule context="*"><assert test="1">x</assert></rule></pattern>', 'queryBinding="exslt"',
     "queryBinding 'exslt' is not supported"),
    ('<pattern><rule context="*"><assert test="1" diagnostics="nope">x</assert></rule></pattern>',
     'queryBinding="xslt3"', "diagnostic 'nope' is not defined"),
    ('<pattern><rule><assert test="1">x</assert></rule></pattern>', 'queryBinding="xslt3"', "a rule without @context"),
    ('<pattern><rule context="*"><assert>x</assert></rule></pattern>', 'queryBinding="xslt3"', "sch:assert without @test"),
    ('<xsl:template match="/"/>', 'queryBinding="xslt3"', "xsl:template is not supported"),
    ('<phase id="p"><active pattern="missing"/></phase>', 'queryBinding="xslt3"', "unknown pattern 'missing'"),
])
def test_unsupported_features_raise_schema_error(body, attrs, message):
    with pytest.raises(SchemaError) as err:
        compile_schematron_bytes(schema(body, attrs=attrs), name="bad.sch")
    assert message in str(err.value)
    assert str(err.value).startswith("Schematron bad.sch")


def test_unknown_phase_raises_and_lists_the_phases():
    with pytest.raises(SchemaError) as err:
        compile_schematron_bytes(schema('<phase id="p1"/>'), name="x.sch", phase="p2")
    assert "no phase 'p2'" in str(err.value)
    assert err.value.hint == "phases: #ALL, p1"


def test_not_schematron_raises():
    with pytest.raises(SchemaError, match="not ISO Schematron's <schema>"):
        compile_schematron_bytes(b"<schema/>", name="x.sch")


def test_malformed_schematron_raises():
    with pytest.raises(SchemaError, match="not well-formed"):
        compile_schematron_bytes(b"<schema", name="x.sch")


def test_xpath_error_in_a_test_raises_schema_error():
    with pytest.raises(SchemaError, match="does not compile"):
        run("""<pattern><rule context="b:book"><assert test="count(">x</assert></rule></pattern>""")


def test_dynamic_error_while_validating_raises_schema_error():
    with pytest.raises(SchemaError, match="failed while validating"):
        run("""<pattern><rule context="b:book">
               <assert test="Q{http://www.w3.org/2001/XMLSchema}integer('x') = 1">x</assert></rule></pattern>""")


def test_missing_file_raises_schema_error(tmp_path):
    with pytest.raises(SchemaError, match="cannot read"):
        compile_schematron(tmp_path / "none.sch")


# ------------------------------------------------------------------ caching


def test_compiled_once_per_path_mtime_and_phase(tmp_path):
    path = tmp_path / "rules.sch"
    path.write_bytes(schema("""<phase id="p"><active pattern="a"/></phase>
      <pattern id="a"><rule context="b:book"><assert test="true()">x</assert></rule></pattern>"""))
    first = compile_schematron(path)
    assert compile_schematron(path) is first
    assert compile_schematron(path, phase="p") is not first
    path.write_bytes(schema("""<pattern id="a"><rule context="b:book"><assert id="new" test="false()">x</assert></rule></pattern>"""))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = compile_schematron(path)
    assert second is not first
    assert {r.id for r in second.validate(parse_xml(DOC))} == {"new"}


# ------------------------------------------------------------------ locations


def test_locate_maps_paths_to_elements():
    tree = parse_xml(b'<r xmlns="urn:a"><x/><y/><x><z xmlns="">t</z></x></r>')
    root = tree.getroot()
    assert locate(tree, "/Q{urn:a}r[1]") is root
    assert locate(tree, "/Q{urn:a}r[1]/Q{urn:a}x[2]") is root[2]
    assert locate(tree, "/Q{urn:a}r[1]/Q{urn:a}x[2]/Q{}z[1]") is root[2][0]
    assert locate(tree, "/Q{urn:a}r[1]/Q{urn:a}x[2]/Q{}z[1]/text()[1]") is root[2][0]
    assert locate(tree, "/Q{urn:a}r[1]/Q{urn:a}y[1]/@Q{http://www.w3.org/XML/1998/namespace}id") is root[1]
    assert locate(tree, "/Q{urn:a}r[1]/Q{urn:a}x[3]") is None
    assert locate(tree, "/Q{urn:b}r[1]") is None
    assert locate(tree, "/") is None
    assert locate(tree, "not a path") is None


def test_locate_handles_slashes_inside_namespace_uris():
    tree = parse_xml(b'<r xmlns="http://e.org/a/b"><x/></r>')
    assert locate(tree, "/Q{http://e.org/a/b}r[1]/Q{http://e.org/a/b}x[1]") is tree.getroot()[0]


# ------------------------------------------------------------------ the project's rules


def test_project_rules_have_ids_and_roles():
    tree = parse_xml(PROJECT_SCH)
    root = tree.getroot()
    assert root.get("queryBinding") == "xslt"  # XPath 1.0: run by libxslt on the parsed tree
    checked = 0
    for el in root.iter(f"{{{SCH}}}rule", f"{{{SCH}}}assert", f"{{{SCH}}}report"):
        assert el.get("id"), f"line {el.sourceline}: no @id"
        assert el.get("role") in ("error", "warning", "info"), f"line {el.sourceline}: role {el.get('role')}"
        checked += 1
    assert checked >= 20


def test_project_rules_compile_for_every_phase():
    root = parse_xml(PROJECT_SCH).getroot()
    phases = [p.get("id") for p in root.iter(f"{{{SCH}}}phase")]
    assert phases
    for phase in [None, "#ALL", *phases]:
        assert compile_schematron(PROJECT_SCH, phase=phase).engine == "libxslt"


# ------------------------------------------------------------------ the XPath 1.0 engine (libxslt)

#: Schemas written in XPath 1.0, which both engines must run alike (Saxon as XPath 3.1).
XPATH1_BODIES = {
    "assert": """<pattern id="p"><rule id="r" context="b:book">
        <assert id="has-title" role="error" test="normalize-space(b:title)">book without title</assert></rule></pattern>""",
    "report": """<pattern><rule context="b:book">
        <report id="no-price" role="warning" test="not(b:price)">no price</report></rule></pattern>""",
    "value-of and name": """<pattern><rule context="b:book[@year = '57']">
        <assert test="false()"><name/> <value-of select="@id"/> has year <value-of select="@year"/>; parent <name path=".."/></assert>
      </rule></pattern>""",
    "emph, dir, span": """<pattern><rule context="b:library">
        <assert test="false()">a <emph>very</emph> <dir value="ltr">plain</dir> <span class="x">message</span></assert>
      </rule></pattern>""",
    "first rule wins": """<pattern id="p">
        <rule id="first" context="b:book[@id = 'b1']"><assert id="a1" test="false()">first</assert></rule>
        <rule id="second" context="b:book"><assert id="a2" test="false()">second</assert></rule></pattern>""",
    "two patterns": """<pattern><rule context="b:book"><assert id="one" test="false()">p1</assert></rule></pattern>
      <pattern><rule context="b:book"><assert id="two" test="false()">p2</assert></rule></pattern>""",
    "attribute context": """<pattern><rule context="@year">
        <assert id="year" test="string-length(.) = 4">bad year <value-of select="."/></assert></rule></pattern>""",
    "union of attribute contexts": """<pattern><rule context="@year | @id">
        <report id="attr" test="true()"><name/>=<value-of select="."/></report></rule></pattern>""",
    "lets": """<let name="limit" value="5"/>
      <pattern><let name="books" value="count(//b:book)"/>
        <rule context="b:book"><let name="price" value="number(b:price)"/>
          <assert test="$price >= $limit">book <value-of select="@id"/> costs <value-of select="$price"/> of <value-of select="$books"/></assert>
        </rule></pattern>""",
    "diagnostics": """<pattern><rule context="b:book[@id='b2']">
        <assert test="false()" diagnostics="d1 d2">wrong</assert></rule></pattern>
      <diagnostics><diagnostic id="d1">id is <value-of select="@id"/></diagnostic>
        <diagnostic id="d2">second</diagnostic></diagnostics>""",
    "subject": """<pattern><rule context="b:book[@id='b2']">
        <assert test="false()" subject="b:price">x</assert></rule></pattern>""",
    "walk: a context that is not a plain path": """<pattern><rule context="b:book[1] | b:title/text()">
        <report test="true()">seen</report></rule></pattern>""",
    "key": """<xsl:key name="by-id" match="b:book" use="@id"/>
      <pattern><rule context="b:library">
        <assert test="false()"><value-of select="key('by-id', 'b3')/b:title"/></assert></rule></pattern>""",
    "role and flag": """<pattern><rule context="b:book" role="warning">
        <assert test="false()" flag="f">x</assert></rule></pattern>""",
}


def _facts(results):
    return [(r.kind, r.id, r.rule_id, r.role, r.flag, r.location, r.line, r.message, r.diagnostics)
            for r in results]


@pytest.mark.parametrize("body", XPATH1_BODIES.values(), ids=XPATH1_BODIES.keys())
def test_xpath1_schemas_run_in_libxslt_with_the_same_results_as_saxon(body):
    xslt1 = compile_schematron_bytes(schema(body, attrs='queryBinding="xslt"'))
    xslt3 = compile_schematron_bytes(schema(body, attrs='queryBinding="xslt3"'))
    assert (xslt1.engine, xslt3.engine) == ("libxslt", "saxon")
    assert etree.fromstring(xslt1.xslt_text.encode()).get("version") == "1.0"
    tree = parse_xml(DOC)
    results = xslt1.validate(tree)
    assert results, "every body finds something"
    assert _facts(results) == _facts(xslt3.validate(tree))


def test_xpath1_engine_runs_exslt_functions_defined_in_the_schema():
    body = """<ns prefix="f" uri="http://exslt.org/functions"/><ns prefix="str" uri="http://exslt.org/strings"/>
      <f:function name="b:twice"><xsl:param name="n"/><f:result select="2 * $n"/></f:function>
      <pattern><rule context="b:library">
        <assert test="false()"><value-of select="b:twice(21)"/> <value-of select="count(str:tokenize('a b c', ' '))"/></assert>
      </rule></pattern>"""
    compiled = compile_schematron_bytes(schema(body, attrs='queryBinding="xslt" xmlns:f="http://exslt.org/functions"'))
    assert compiled.engine == "libxslt"
    assert [r.message for r in compiled.validate(parse_xml(DOC))] == ["42 3"]


def test_xpath2_written_under_the_default_binding_falls_back_to_saxon():
    compiled = compile_schematron_bytes(schema("""<pattern><rule context="b:book">
        <assert test="if (@year) then string-length(@year) = 4 else true()">bad</assert></rule></pattern>""", attrs=""))
    assert compiled.engine == "saxon"
    assert [r.line for r in compiled.validate(parse_xml(DOC))] == [4]


def test_xpath2_function_found_only_while_running_falls_back_to_saxon():
    compiled = compile_schematron_bytes(schema("""<pattern><rule context="b:book">
        <assert test="matches(@year, '^\\d{4}$')">bad</assert></rule></pattern>""", attrs='queryBinding="xslt"'))
    assert compiled.engine == "libxslt"  # libxslt compiles it, then meets matches() at run time
    assert [r.line for r in compiled.validate(parse_xml(DOC))] == [4]
    assert compiled.engine == "saxon"


def test_xpath1_engine_reads_no_file_named_by_a_schema():
    with pytest.raises(SchemaError, match="failed while validating"):
        run("""<pattern><rule context="b:library">
            <assert test="document('/etc/passwd')">x</assert></rule></pattern>""", queryBinding="xslt")


@pytest.mark.parametrize("value", ["plain", "it's", 'say "no"', """it's "both" ok""", ""])
def test_parameters_with_any_quotes_reach_the_xpath1_validator(value):
    compiled = compile_schematron_bytes(schema("""<let name="p" value="'default'"/>
      <pattern><rule context="b:library"><assert test="false()">[<value-of select="$p"/>]</assert></rule></pattern>""",
                                              attrs='queryBinding="xslt"'))
    assert [r.message for r in compiled.validate(parse_xml(DOC), {"p": value})] == [f"[{' '.join(value.split())}]"]
    assert [r.message for r in compiled.validate(parse_xml(DOC))] == ["[default]"]


# ------------------------------------------------------------------ the project's rules in XPath 1.0

_DATE_TEXT = st.one_of(
    st.from_regex(r"-?[0-9]{4,5}(-[0-9]{2}(-[0-9]{2})?)?(Z|[+-][0-9]{2}:[0-9]{2})?", fullmatch=True),
    st.from_regex(r"(19|20)[0-9]{2}-(0[0-9]|1[0-3])-(0[0-9]|[1-3][0-9])", fullmatch=True),
    st.text(alphabet="0123456789-:TZ+ ", max_size=14),
)
_DATE_TYPES = [compile_datatype(XSD_DATATYPES, name) for name in ("date", "gYearMonth", "gYear")]


def _in_text(markup: str) -> bytes:
    """The minimal valid document with ``markup`` at the end of its last paragraph."""
    head, tail = (VALID / "minimal.tei.xml").read_text(encoding="utf-8").rsplit("</p>", 1)
    return f"{head}{markup}</p>{tail}".encode()


def _project_findings(markup: str, phase: str) -> set[str]:
    tree = parse_xml(_in_text(markup))
    return {r.id for r in compile_schematron(PROJECT_SCH, phase=phase).validate(tree)}


@settings(max_examples=250, deadline=None)
@given(_DATE_TEXT)
def test_project_date_check_agrees_with_xsd_date_gyearmonth_gyear(value):
    real = any(t.allows(value) for t in _DATE_TYPES)
    assert ("date-real" in _project_findings(f'<date when="{value}">then</date>', "dates")) != real


@settings(max_examples=150, deadline=None)
@given(st.dates(), st.dates(), st.sampled_from([10, 7, 4]), st.sampled_from([10, 7, 4]))
def test_project_date_order_compares_first_and_last_days(a, b, cut_a, cut_b):
    start, end = a.isoformat()[:cut_a], b.isoformat()[:cut_b]
    first = date.fromisoformat(start + "-01-01"[len(start) - 4:])
    last_month = end + "-12"[:3] if len(end) == 4 else end
    last = (date.fromisoformat(last_month + "-01") if len(last_month) == 7 else date.fromisoformat(last_month))
    if len(last_month) == 7:  # the last day of that month
        last = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert ("date-order" in _project_findings(f'<date from="{start}" to="{end}">then</date>', "dates")) == (first > last)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.from_regex(r"[+-]?[0-9]{0,2}(\.[0-9]{0,3})?", fullmatch=True),
                 st.sampled_from(["high", "medium", "low", "unknown", "1e", "1e0", "NaN", "INF", " 0.5 ", "Low"]),
                 st.text(alphabet="01.e+- ", max_size=6)))
def test_project_cert_check_takes_the_words_and_decimals_from_0_to_1(value):
    word = " ".join(value.split()) in ("high", "medium", "low", "unknown")
    decimal = compile_datatype(XSD_DATATYPES, "decimal")
    number = decimal.allows(value) and 0 <= Decimal(" ".join(value.split())) <= 1
    found = _project_findings(f'<persName cert="{value}">Nam Il</persName>', "datatypes")
    assert ("cert-value" in found) != (word or number)


def test_xpath1_union_contexts_with_predicates_and_literals_select_each_alternative():
    body = """<pattern><rule context="b:book[@year = '57' or @id = 'b|3'] | @year[. = '2001'] | b:title[contains(., '|')]">
        <report id="seen" test="true()"><name/></report></rule></pattern>"""
    compiled = compile_schematron_bytes(schema(body, attrs='queryBinding="xslt"'))
    assert "//b:book[@year = '57' or @id = 'b|3'] | //@year[. = '2001'] | //b:title[contains(., '|')]" in compiled.xslt_text
    assert [(r.message, r.line) for r in compiled.validate(parse_xml(DOC))] == [("book", 4), ("year", 5)]
