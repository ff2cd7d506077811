"""Reports as text, JSON and JUnit XML: pure functions of a Report."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from tei_kit import reports
from tei_kit.validate import FileReport, Issue, Report

GOOD = FileReport("good.xml", (Issue("good.xml", 64, 0, "info", "discovered-entity", "review it"),))
BAD = FileReport("bad.xml", (
    Issue("bad.xml", 4, 0, "error", "header-title", "The header has no title."),
    Issue("bad.xml", 38, 7, "error", "rng", 'Invalid attribute cert for element <persName> & "co"'),
    Issue("bad.xml", 40, 0, "warning", "name-has-ref", "no @ref"),
))
BROKEN = FileReport("broken.xml", (Issue("broken.xml", 1, 5, "fatal", "input", "not well-formed XML: eh"),))
REPORT = Report((GOOD, BAD, BROKEN))


def test_text_is_one_line_per_issue():
    assert reports.to_text(REPORT) == (
        "good.xml:64:0: info: discovered-entity: review it\n"
        "bad.xml:4:0: error: header-title: The header has no title.\n"
        'bad.xml:38:7: error: rng: Invalid attribute cert for element <persName> & "co"\n'
        "bad.xml:40:0: warning: name-has-ref: no @ref\n"
        "broken.xml:1:5: fatal: input: not well-formed XML: eh\n"
    )


def test_text_of_a_clean_report_is_empty():
    assert reports.to_text(Report((FileReport("a.xml"),))) == ""


def test_summary_counts_files_and_severities():
    assert reports.summary(REPORT) == {"files": 3, "valid_files": 1, "invalid_files": 2, "fatal": 1,
                                       "error": 2, "warning": 1, "info": 1, "valid": False}
    assert reports.summary_line(REPORT) == "3 files: 1 valid, 2 invalid; 1 fatal, 2 errors, 1 warning, 1 info"
    assert reports.summary(Report())["valid"] is True


def test_json_has_stable_keys_and_a_summary():
    data = json.loads(reports.to_json(REPORT))
    assert list(data) == ["issues", "summary"]
    assert [list(i) for i in data["issues"]] == [list(reports.ISSUE_KEYS)] * 5
    assert data["issues"][2] == {"file": "bad.xml", "line": 38, "column": 7, "severity": "error", "rule": "rng",
                                 "message": 'Invalid attribute cert for element <persName> & "co"'}
    assert data["summary"] == reports.summary(REPORT)


def test_junit_has_one_testcase_per_file():
    suite = etree.fromstring(reports.to_junit(REPORT).encode("utf-8"))
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    good, bad, broken = suite.findall("testcase")
    assert [c.get("name") for c in (good, bad, broken)] == ["good.xml", "bad.xml", "broken.xml"]
    assert good.find("failure") is None and good.find("error") is None
    assert good.findtext("system-out") == "good.xml:64:0: info: discovered-entity: review it\n"
    failure = bad.find("failure")
    assert failure.get("message") == "2 errors: The header has no title."
    assert failure.text.splitlines() == [
        "bad.xml:4:0: error: header-title: The header has no title.",
        'bad.xml:38:7: error: rng: Invalid attribute cert for element <persName> & "co"',
    ]
    assert bad.findtext("system-out") == "bad.xml:40:0: warning: name-has-ref: no @ref\n"
    error = broken.find("error")
    assert (error.get("type"), error.get("message")) == ("input", "not well-formed XML: eh")
    assert broken.find("failure") is None


def test_junit_survives_characters_xml_cannot_hold():
    odd = Report((FileReport("x\x01.xml", (Issue("x\x01.xml", 1, 0, "error", "rng", "bad \x0b char"),)),))
    suite = etree.fromstring(reports.to_junit(odd).encode("utf-8"))
    assert suite.find("testcase").get("name") == "x\ufffd.xml"
    assert "bad \ufffd char" in suite.find("testcase/failure").text


@pytest.mark.parametrize("fmt, function", [("text", reports.to_text), ("json", reports.to_json),
                                           ("junit", reports.to_junit)])
def test_render_dispatches_on_the_format(fmt, function):
    assert reports.render(REPORT, fmt) == function(REPORT)


def test_render_refuses_an_unknown_format():
    with pytest.raises(ValueError, match="unknown report format 'html'"):
        reports.render(REPORT, "html")


def test_reports_of_real_validation_round_trip(tmp_path):
    from pathlib import Path

    from tei_kit.validate import validate_files

    data = Path(__file__).resolve().parent / "data"
    report = validate_files([data / "invalid" / "dangling_ref.xml", tmp_path / "missing.xml"])
    lines = reports.to_text(report).splitlines()
    assert lines[0].endswith(": error: ref-resolves: <persName> points to an xml:id that does not exist in this"
                             ' document: @ref="#per-nobody". Known xml:ids: per-nam-il, tei-kit.')
    assert lines[1] == f"{tmp_path / 'missing.xml'}:0:0: fatal: input: no such file"
    assert json.loads(reports.to_json(report))["summary"]["fatal"] == 1


def test_text_report_puts_an_issue_quoting_line_ends_on_one_line():
    from tei_kit.validate import Issue

    line = reports.issue_line(Issue("a.xml", 3, 0, "error", "rng", "bad value 'x\ny\r\nz'"))
    assert "\n" not in line and "\r" not in line and line.endswith("bad value 'x y  z'")
