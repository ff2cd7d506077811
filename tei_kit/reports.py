"""A validation :class:`~tei_kit.validate.Report` as text, JSON or JUnit XML.

Pure functions from a report to a string; printing is the CLI's business. Every format
lists issues in the order of the report (files as given, issues by line).
"""

from __future__ import annotations

import json
import re

from lxml import etree

from .validate import Issue, Report

FORMATS = ("text", "json", "junit")

#: The keys of one issue in JSON, in this order.
ISSUE_KEYS = ("file", "line", "column", "severity", "rule", "message")


def render(report: Report, fmt: str) -> str:
    """The report in format ``fmt``, one of :data:`FORMATS`."""
    if fmt == "text":
        return to_text(report)
    if fmt == "json":
        return to_json(report)
    if fmt == "junit":
        return to_junit(report)
    raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")


def issue_line(issue: Issue) -> str:
    """``file:line:col: severity: rule: message`` (the form editors and CI annotators read)."""
    return f"{issue.file}:{issue.line}:{issue.column}: {issue.severity}: {issue.rule}: {issue.message}"


def to_text(report: Report) -> str:
    """One line per issue; an empty string when there is none."""
    return "".join(issue_line(i) + "\n" for i in report.issues)


def summary(report: Report) -> dict:
    """Counts: files, valid_files, invalid_files, fatal, error, warning, info; and valid."""
    counts = report.counts
    return {
        "files": counts["files"],
        "valid_files": counts["valid_files"],
        "invalid_files": counts["invalid_files"],
        "fatal": counts["fatal"],
        "error": counts["error"],
        "warning": counts["warning"],
        "info": counts["info"],
        "valid": report.valid,
    }


def summary_line(report: Report) -> str:
    """``3 files: 2 valid, 1 invalid; 0 fatal, 2 errors, 1 warning, 0 info``."""
    s = summary(report)

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 or word in ('fatal', 'info') else 's'}"

    return (f"{n(s['files'], 'file')}: {s['valid_files']} valid, {s['invalid_files']} invalid; "
            f"{n(s['fatal'], 'fatal')}, {n(s['error'], 'error')}, {n(s['warning'], 'warning')}, "
            f"{n(s['info'], 'info')}")


def to_json(report: Report) -> str:
    """``{"issues": [{file, line, column, severity, rule, message}, ...], "summary": {...}}``."""
    issues = [{key: getattr(issue, key) for key in ISSUE_KEYS} for issue in report.issues]
    return json.dumps({"issues": issues, "summary": summary(report)}, ensure_ascii=False, indent=2) + "\n"


_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold (shown as U+FFFD)."""
    return _NOT_XML.sub("\ufffd", text)


def to_junit(report: Report) -> str:
    """One ``testsuite``, one ``testcase`` per file. A file that cannot be read has an
    ``error``; an invalid file a ``failure`` listing its errors; warnings and info go to
    ``system-out``."""
    s = summary(report)
    suite = etree.Element("testsuite", name="tei-kit validate", tests=str(s["files"]),
                          failures=str(sum(1 for f in report.files if not f.valid and not f.fatal)),
                          errors=str(sum(1 for f in report.files if f.fatal)), skipped="0")
    for file in report.files:
        case = etree.SubElement(suite, "testcase", name=_xml_text(file.path), classname="tei-kit.validate")
        fatal = [i for i in file.issues if i.severity == "fatal"]
        errors = [i for i in file.issues if i.severity == "error"]
        other = [i for i in file.issues if i.severity in ("warning", "info")]
        if fatal:
            el = etree.SubElement(case, "error", message=_xml_text(fatal[0].message), type="input")
            el.text = _xml_text("".join(issue_line(i) + "\n" for i in fatal))
        elif errors:
            el = etree.SubElement(case, "failure", type="invalid",
                                  message=_xml_text(f"{len(errors)} error{'s' if len(errors) != 1 else ''}:"
                                                    f" {errors[0].message}"))
            el.text = _xml_text("".join(issue_line(i) + "\n" for i in errors))
        if other:
            etree.SubElement(case, "system-out").text = _xml_text("".join(issue_line(i) + "\n" for i in other))
    return etree.tostring(suite, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
