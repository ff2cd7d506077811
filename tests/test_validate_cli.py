"""`tei-kit validate` through click's CliRunner: report formats, exit codes, --warn-only,
schema options, corpus rules and --changed-since (in a git repository made for the test)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei_kit import cli, reports
from tei_kit.validate import FileReport, Issue, Report, validate_files

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MINIMAL = DATA / "valid" / "minimal.tei.xml"
DANGLING = DATA / "invalid" / "dangling_ref.xml"
NESTING = DATA / "invalid" / "wrong_nesting.xml"
WARNING = DATA / "valid" / "name_without_ref.xml"
TEI_ALL = ROOT / ".cache" / "tei_all.rng"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder with a valid, an invalid and a warned-about document; the current folder."""
    folder = tmp_path / "tei"
    folder.mkdir()
    shutil.copy(MINIMAL, folder / "a_valid.xml")
    shutil.copy(DANGLING, folder / "b_dangling.xml")
    shutil.copy(WARNING, folder / "c_warning.xml")
    monkeypatch.chdir(tmp_path)
    return folder


def run(*args: str):
    return CliRunner().invoke(cli.cli, ["validate", *args])


# ------------------------------------------------------------------ exit status


def test_valid_files_exit_0_and_print_only_a_summary(corpus):
    result = run("tei/a_valid.xml")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "1 file: 1 valid, 0 invalid; 0 fatal, 0 errors, 0 warnings, 0 info\n"


def test_an_invalid_file_exits_1(corpus):
    result = run("tei")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'tei/b_dangling.xml:38:0: error: ref-resolves: <persName> points to an xml:id that does not exist in this'
        ' document: @ref="#per-nobody". Known xml:ids: per-nam-il, tei-kit.',
        "tei/c_warning.xml:38:0: warning: name-has-ref: <persName>Nam Il</persName> has no @ref: link it to its"
        ' standOff entry with ref="#id".',
    ]


def test_warnings_alone_exit_0(corpus):
    assert run("tei/c_warning.xml").exit_code == 0


@pytest.mark.parametrize("content, message", [
    (None, "tei/missing.xml:0:0: fatal: input: no such file"),
    (b"<TEI", "tei/broken.xml:1:4: fatal: input: not well-formed XML: Couldn't find end of Start Tag TEI"),
])
def test_unreadable_input_exits_2(corpus, content, message):
    name = "tei/missing.xml" if content is None else "tei/broken.xml"
    if content is not None:
        Path(name).write_bytes(content)
    result = run(name, "tei/b_dangling.xml")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0].startswith(message)


@pytest.mark.parametrize("args, message", [
    (["--format", "yaml", "x.xml"], "Invalid value for '--format'"),
    (["--schema", "nowhere.rng", "x.xml"], "File 'nowhere.rng' does not exist"),
    (["--jobs", "0", "x.xml"], "Invalid value for '--jobs'"),
    ([], "Missing argument 'FILES...'"),
])
def test_usage_errors_exit_2(corpus, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_unusable_schema_exits_2(corpus):
    Path("bad.rng").write_text("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start/></grammar>")
    result = run("--schema", "bad.rng", "tei/a_valid.xml")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: RELAX NG schema bad.rng does not compile: bad.rng, line 1: <start> has")


def test_a_missing_tei_all_exits_2(corpus):
    result = run("--tei-all-rng", "nowhere/tei_all.rng", "tei/a_valid.xml")
    assert result.exit_code == 2
    assert "Error: tei_all.rng not found at nowhere/tei_all.rng" in result.stderr


def test_warn_only_reports_and_exits_0(corpus):
    result = run("--warn-only", "tei", "tei/missing.xml")
    assert result.exit_code == 0
    assert "error: ref-resolves" in result.stdout and "fatal: input: no such file" in result.stdout


# ------------------------------------------------------------------ formats


def test_text_format_is_file_line_col_severity_rule_message(corpus):
    line = run("tei/b_dangling.xml").stdout.splitlines()[0]
    file, row, col, severity, rule, message = line.split(":", 5)
    assert (file, row, col, severity, rule) == ("tei/b_dangling.xml", "38", "0", " error", " ref-resolves")
    assert message.startswith(" <persName> points to")


def test_json_has_one_object_per_issue_with_stable_keys(corpus):
    result = run("--format", "json", "tei")
    data = json.loads(result.stdout)
    assert [list(i) for i in data["issues"]] == [["file", "line", "column", "severity", "rule", "message"]] * 2
    assert data["issues"][0]["rule"] == "ref-resolves" and data["issues"][1]["severity"] == "warning"
    assert data["summary"] == {"files": 3, "valid_files": 2, "invalid_files": 1, "fatal": 0, "error": 1,
                               "warning": 1, "info": 0, "valid": False}


def test_junit_has_one_testcase_per_file(corpus):
    suite = etree.fromstring(run("--format", "junit", "tei").stdout.encode())
    assert [c.get("name") for c in suite.iter("testcase")] == ["tei/a_valid.xml", "tei/b_dangling.xml",
                                                               "tei/c_warning.xml"]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")


def test_sarif_has_the_shape_of_sarif_2_1_0(corpus):
    result = run("--format", "sarif", "tei", "tei/missing.xml")
    assert result.exit_code == 2
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run_,) = sarif["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "tei-kit" and driver["version"]
    assert [r["id"] for r in driver["rules"]] == ["ref-resolves", "name-has-ref", "input"]
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    levels = []
    for result_ in run_["results"]:
        assert driver["rules"][result_["ruleIndex"]]["id"] == result_["ruleId"]
        assert result_["message"]["text"]
        (location,) = result_["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"].startswith("tei/")
        assert physical["region"]["startLine"] >= 1
        levels.append(result_["level"])
    assert levels == ["error", "warning", "error"]
    assert run_["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 38}


def test_sarif_uris_are_uri_references():
    issue = Issue("some folder/x.xml", 0, 0, "error", "rng", "m")
    sarif = json.loads(reports.to_sarif(Report((FileReport("some folder/x.xml", (issue,)),)), version="9"))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "some%20folder/x.xml"}, "region": {"startLine": 1}}
    absolute = json.loads(reports.to_sarif(Report((FileReport("/tmp/x.xml", (issue,)),)), version="9"))
    assert absolute["runs"][0]["artifacts"] == [{"location": {"uri": "file:///tmp/x.xml"}}]


def test_github_format_prints_workflow_commands(corpus):
    Path("tei/d,odd:name.xml").write_bytes(NESTING.read_bytes())
    lines = run("--format", "github", "tei").stdout.splitlines()
    assert lines[0].startswith("::error file=tei/b_dangling.xml,line=38,title=tei-kit ref-resolves::<persName>")
    assert lines[1].startswith("::warning file=tei/c_warning.xml,line=38,title=tei-kit name-has-ref::")
    assert lines[2].startswith("::error file=tei/d%2Codd%3Aname.xml,line=38,title=tei-kit rng::element \"p\"")


def test_github_format_escapes_newlines_and_marks_info_as_notice():
    issue = Issue("a.xml", 0, 0, "info", "r", "two\nlines 100%")
    assert reports.github_line(issue) == "::notice file=a.xml,title=tei-kit r::two%0Alines 100%25"


def test_cli_knows_every_report_format():
    assert cli.FORMATS == reports.FORMATS


# ------------------------------------------------------------------ schemas


def test_tei_all_alone_checks_only_tei_all(corpus):
    shutil.copy(DATA / "invalid" / "element_outside_subset.xml", "tei/e_seg.xml")
    result = run("--tei-all-rng", str(TEI_ALL), "tei")
    assert (result.exit_code, result.stdout) == (0, "")
    result = run("--tei-all-rng", str(TEI_ALL), "--project", "tei/e_seg.xml")
    assert result.exit_code == 1 and ": error: rng: element \"seg\" not allowed" in result.stdout


def test_tei_all_finds_what_libxml2_missed(corpus):
    shutil.copy(DATA / "invalid" / "cert_bad_datatype.xml", "tei/e_cert.xml")
    result = run("--tei-all-rng", str(TEI_ALL), "tei/e_cert.xml")
    assert result.exit_code == 1
    assert result.stdout == ('tei/e_cert.xml:38:0: error: tei-all: value of attribute "cert" is invalid'
                             ' (element "persName", value "1e")\n')


def test_own_schema_and_schematron(corpus):
    Path("any.rng").write_text("""<grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start><ref name="any"/></start>
      <define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute>
        <text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>""")
    Path("mine.sch").write_text("""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
      <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern><rule context="tei:persName">
        <report id="a-name" role="info" test="true()">a name</report></rule></pattern>
    </schema>""")
    result = run("--schema", "any.rng", "--schematron", "mine.sch", "tei/b_dangling.xml")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["tei/b_dangling.xml:30:0: info: a-name: a name",
                                          "tei/b_dangling.xml:38:0: info: a-name: a name"]


# ------------------------------------------------------------------ corpus rules


def _with_id(source: Path, target: str, old: str, new: str) -> None:
    Path(target).write_text(source.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_an_xml_id_used_by_two_documents_is_a_corpus_error(corpus):
    _with_id(MINIMAL, "tei/d_twin.xml", '<div type="entry">', '<div type="entry" xml:id="entry-1">')
    _with_id(MINIMAL, "tei/e_twin.xml", '<div type="entry">', '<div type="entry" xml:id="entry-1">')
    result = run("tei/d_twin.xml", "tei/e_twin.xml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'tei/d_twin.xml:36:0: error: corpus-id-unique: xml:id "entry-1" is also used in tei/e_twin.xml (line 36);'
        " an xml:id must be unique across the corpus",
        'tei/e_twin.xml:36:0: error: corpus-id-unique: xml:id "entry-1" is also used in tei/d_twin.xml (line 36);'
        " an xml:id must be unique across the corpus",
    ]
    assert run("tei/d_twin.xml").exit_code == 0  # one document alone is fine


def test_standoff_copies_of_one_entity_may_repeat_but_not_disagree(corpus):
    _with_id(MINIMAL, "tei/d_copy.xml", "x", "x")  # per-nam-il "Nam Il", as in a_valid.xml
    assert run("tei/a_valid.xml", "tei/d_copy.xml").exit_code == 0
    _with_id(MINIMAL, "tei/e_other.xml", '<persName type="main">Nam Il</persName>',
             '<persName type="main">Kim Il Sung</persName>')
    result = run("tei/a_valid.xml", "tei/e_other.xml")
    assert result.exit_code == 1
    assert ('tei/e_other.xml:29:0: error: corpus-id-unique: xml:id "per-nam-il" is also used in tei/a_valid.xml'
            ' (line 29), where it names person Nam Il; an xml:id must be unique across the corpus') in result.stdout


def test_authority_files_take_part(corpus):
    shutil.copytree(ROOT / "corpus" / "authority", "corpus/authority")
    _with_id(MINIMAL, "tei/d_kim.xml", 'ref="#per-nam-il"', 'ref="../corpus/authority/persons.xml#per-kim-il-sung"')
    _with_id(MINIMAL, "tei/e_kim.xml", 'ref="#per-nam-il"', 'ref="#per-kim-il-sung"')
    assert run("tei/d_kim.xml", "tei/e_kim.xml").exit_code == 0  # corpus/authority by default
    result = run("--authority", str(DATA / "valid"), "tei/e_kim.xml")  # a folder with no authority files
    assert result.exit_code == 2 and "holds none of persons.xml, places.xml, orgs.xml" in result.stderr
    _with_id(MINIMAL, "tei/f_clash.xml", '<person xml:id="per-nam-il">', '<person xml:id="pla-moscow">')
    result = run("tei/f_clash.xml")
    assert result.exit_code == 1
    assert 'xml:id "pla-moscow" is the id of place Moscow in the authority files, but here it names person' \
           ' Nam Il' in result.stdout


# ------------------------------------------------------------------ --changed-since


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repository(corpus):
    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    git("add", "tei")
    git("commit", "-q", "-m", "corpus")
    return corpus


def test_changed_since_validates_changed_and_new_files_only(repository):
    Path("tei/c_warning.xml").write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    _with_id(MINIMAL, "tei/d_new.xml", '<div type="entry">', '<div type="entry" xml:id="entry-1">')
    result = run("--changed-since", "HEAD", "--format", "junit", "tei")
    assert result.exit_code == 0
    names = [c.get("name") for c in etree.fromstring(result.stdout.encode()).iter("testcase")]
    assert names == ["tei/c_warning.xml", "tei/d_new.xml"]  # not b_dangling.xml, unchanged and invalid


def test_changed_since_still_checks_ids_against_unchanged_files(repository):
    _with_id(MINIMAL, "tei/a_valid.xml", '<div type="entry">', '<div type="entry" xml:id="entry-1">')
    git("commit", "-qam", "an id")
    _with_id(MINIMAL, "tei/d_new.xml", '<div type="entry">', '<div type="entry" xml:id="entry-1">')
    result = run("--changed-since", "HEAD", "tei")
    assert result.exit_code == 1
    assert result.stdout == ('tei/d_new.xml:36:0: error: corpus-id-unique: xml:id "entry-1" is also used in'
                             " tei/a_valid.xml (line 36); an xml:id must be unique across the corpus\n")


def test_changed_since_nothing_changed_is_valid(repository):
    result = run("--changed-since", "HEAD", "tei")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.startswith("0 files:")


def test_changed_since_an_unknown_revision_exits_2(repository):
    result = run("--changed-since", "no-such-branch", "tei")
    assert result.exit_code == 2
    assert "Error: --changed-since no-such-branch: no such revision in" in result.stderr


def test_changed_since_outside_a_repository_exits_2(corpus):
    result = run("--changed-since", "HEAD", "tei")
    assert result.exit_code == 2
    assert "Error: git rev-parse failed: fatal: not a git repository" in result.stderr


# ------------------------------------------------------------------ many files


def test_a_pool_of_processes_gives_the_same_report_in_the_same_order(tmp_path):
    files = []
    for i in range(12):
        source = [MINIMAL, DANGLING, NESTING, WARNING][i % 4]
        target = tmp_path / f"{11 - i:02d}-{source.name}"
        shutil.copy(source, target)
        files.append(target)
    alone = validate_files(files, jobs=1)
    pooled = validate_files(files, jobs=2)
    assert pooled == alone
    assert [f.path for f in pooled.files] == [str(f) for f in files]


def test_phase_review_lists_the_entities_the_tagger_added_as_info(corpus):
    shutil.copy(DATA / "valid" / "sample.tei.xml", corpus / "d_sample.xml")
    default = run("--format", "json", "tei/d_sample.xml")
    assert (default.exit_code, json.loads(default.stdout)["issues"]) == (0, [])
    review = run("--format", "json", "--phase", "review", "tei/d_sample.xml")
    issues = json.loads(review.stdout)["issues"]
    assert review.exit_code == 0 and issues
    assert {(i["severity"], i["rule"]) for i in issues} == {("info", "discovered-entity")}


def test_an_unknown_phase_exits_2_and_names_the_phases(corpus):
    result = run("--phase", "nonsense", "tei/a_valid.xml")
    assert result.exit_code == 2
    assert "no phase 'nonsense'" in result.stderr and "review" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_has_help_for_every_option():
    help_text = CliRunner().invoke(cli.cli, ["validate", "--help"]).output
    for option in ("--format", "--tei-all", "--tei-all-rng", "--schema", "--schematron", "--project", "--authority",
                   "--changed-since", "--jobs", "--warn-only"):
        assert option in help_text
    assert "Exit status: 0 all valid, 1 some invalid, 2 unreadable input or usage error." in help_text
