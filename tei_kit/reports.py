"""A validation :class:`~tei_kit.validate.Report` as text, JSON, JUnit XML, SARIF or
GitHub workflow commands: one format for each kind of CI.

Pure functions from a report to a string; printing is the CLI's business. Every format
lists issues in the order of the report (files as given, issues by line).

- ``text``: ``file:line:col: severity: rule: message``, one line per issue;
- ``json``: ``{"issues": [...], "summary": {...}}``, each issue with the keys of
  :data:`ISSUE_KEYS`, in that order;
- ``junit``: one ``testcase`` per file (GitLab, Jenkins and most CI dashboards read it);
- ``sarif``: SARIF 2.1.0, for GitHub code scanning (``upload-sarif``) and other viewers;
- ``github``: ``::error file=...,line=...,col=...,title=rule::message`` workflow commands,
  which GitHub Actions shows as annotations on the changed files.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from urllib.parse import quote

from lxml import etree

from .validate import Issue, Report

FORMATS = ("text", "json", "junit", "sarif", "github")

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
    if fmt == "sarif":
        return to_sarif(report)
    if fmt == "github":
        return to_github(report)
    raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")


def issue_line(issue: Issue) -> str:
    """``file:line:col: severity: rule: message`` (the form editors and CI annotators read)."""
    message = issue.message.replace("\r", " ").replace("\n", " ")  # one line, whatever a schema quoted
    return f"{issue.file}:{issue.line}:{issue.column}: {issue.severity}: {issue.rule}: {message}"


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


# ------------------------------------------------------------------ SARIF 2.1.0

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"fatal": "error", "error": "error", "warning": "warning", "info": "note"}

#: What the rules that are not Schematron assertions check.
RULE_DESCRIPTIONS = {
    "rng": "The document follows tei-kit's RELAX NG grammar (schemas/tei-kit.rng).",
    "tei-all": "The document follows TEI P5's tei_all.rng.",
    "schema": "The document follows the RELAX NG schema given with --schema.",
    "corpus-id-unique": "An xml:id is unique across the corpus (copies of authority entries excepted).",
    "input": "The file can be read as a TEI document.",
    "wellformed": "The tree serialises to well-formed XML.",
}


def _uri(path: str) -> str:
    """A SARIF artifact URI: relative paths as they are (with forward slashes), absolute
    ones as file: URIs."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def to_sarif(report: Report, version: str | None = None) -> str:
    """One SARIF 2.1.0 run: ``tool.driver`` (tei-kit, its version, one rule per rule id
    that occurs) and one result per issue (level error, warning or note; the file as
    ``artifactLocation.uri``; ``region.startLine``, 1 when the line is unknown)."""
    if version is None:
        from . import __version__ as version
    rule_ids = list(dict.fromkeys(i.rule for i in report.issues))
    rules = [{"id": r, "name": r,
              "shortDescription": {"text": RULE_DESCRIPTIONS.get(r, f"Schematron rule {r} of the schema.")}}
             for r in rule_ids]
    results = []
    for issue in report.issues:
        region = {"startLine": max(issue.line, 1)}
        if issue.column > 0:
            region["startColumn"] = issue.column
        results.append({
            "ruleId": issue.rule,
            "ruleIndex": rule_ids.index(issue.rule),
            "level": _SARIF_LEVEL.get(issue.severity, "error"),
            "message": {"text": issue.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(issue.file)},
                                                "region": region}}],
        })
    run = {
        "tool": {"driver": {"name": "tei-kit", "version": version, "semanticVersion": version,
                            "rules": rules}},
        "artifacts": [{"location": {"uri": _uri(f.path)}} for f in report.files],
        "results": results,
    }
    sarif = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ GitHub workflow commands

_GITHUB_COMMAND = {"fatal": "error", "error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(issue: Issue) -> str:
    """``::error file=F,line=L,col=C,title=RULE::message`` (``notice`` for info, ``warning``
    for warnings); line and column left out when unknown."""
    props = [f"file={_escape_property(PurePath(issue.file).as_posix())}"]
    if issue.line > 0:
        props.append(f"line={issue.line}")
        if issue.column > 0:
            props.append(f"col={issue.column}")
    props.append(f"title={_escape_property(f'tei-kit {issue.rule}')}")
    return f"::{_GITHUB_COMMAND.get(issue.severity, 'error')} {','.join(props)}::{_escape_data(issue.message)}"


def to_github(report: Report) -> str:
    """One workflow command per issue; an empty string when there is none."""
    return "".join(github_line(i) + "\n" for i in report.issues)
