"""The command line, through click's CliRunner: every command's happy path and its errors,
with the exact ``Error:`` text and exit status (0 fine, 1 failed, 2 usage or unreadable
input); help text for every command, and every command documented in README.md.

The many kinds of bad text input are in ``test_robustness.py``, hostile XML in
``test_security.py``.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import click
import pytest

from tei_kit import __version__, fileio, pipeline
from tei_kit.cli import cli

from .conftest import DATA, ROOT, SEED

SAMPLE = DATA / "valid" / "sample.tei.xml"
INVALID = DATA / "invalid" / "missing_title.xml"


def error(result, message: str, code: int) -> None:
    assert "Traceback" not in result.output
    assert result.stderr == f"Error: {message}\n"
    assert result.exit_code == code


def all_commands(group: click.Group = cli, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix}{name} ")


# ------------------------------------------------------------------ help and README


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_every_command_has_help_text(run, name):
    command = dict(all_commands())[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    result = run(*name.split(), "--help")
    assert result.exit_code == 0
    assert " ".join(command.help.split()[:6]) in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", ["convert", "build", "render", "cite", "export"])
def test_every_option_of_the_conversion_and_output_commands_has_help_text(name):
    for param in cli.commands[name].params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts[0]} has no help text"


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _ in all_commands() if f"tei-kit {name}" not in readme]
    assert not missing, f"not in README.md: {missing}"


def test_version_and_group_help(run):
    assert run("--version").stdout == f"tei-kit, version {__version__}\n"
    result = run("--help")
    assert result.exit_code == 0
    assert all(name in result.stdout for name in cli.commands)


def test_an_unknown_command_or_option_is_a_usage_error(run):
    result = run("frobnicate")
    assert result.exit_code == 2 and "No such command 'frobnicate'" in result.stderr
    result = run("convert", "--no-such-option", "x.txt")
    assert result.exit_code == 2 and "No such option" in result.stderr and "--no-such-option" in result.stderr


# ------------------------------------------------------------------ the error boundary


def test_debug_shows_a_traceback_and_still_one_error_line(run):
    result = run("--debug", "convert", "missing.txt")
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.endswith("\nError: missing.txt: no such file\n") and result.exit_code == 2
    assert "Traceback" not in run("convert", "missing.txt").stderr


@pytest.mark.parametrize("raised, message, code", [
    (RuntimeError("boom"), "internal error: RuntimeError: boom (hint: run again with --debug for a traceback, "
                           "and report it)", 1),
    (PermissionError(13, "Permission denied", "x.txt"), "x.txt: Permission denied (hint: check the path, its "
                                                        "permissions and free space)", 1),
    (MemoryError(), "out of memory (hint: the input is too large for this machine)", 1),
    (KeyboardInterrupt(), "interrupted", 130),
])
def test_unexpected_failures_are_one_line_too(run, monkeypatch, raised, message, code):
    def fail(*args, **kwargs):
        raise raised

    monkeypatch.setattr(pipeline, "convert", fail)
    error(run("convert", SEED), message, code)


def test_a_closed_stdout_stops_quietly(run, monkeypatch):
    from tei_kit import console

    def closed(text):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(console, "data", closed)
    result = run("cite", SAMPLE)
    assert result.exit_code == 1 and result.stderr == ""


# ------------------------------------------------------------------ convert


def test_convert_writes_tei_to_stdout_or_a_file(run, tmp_path, seed_conversion):
    result = run("convert", SEED)
    assert result.exit_code == 0 and result.stderr == ""
    assert fileio.comparable(result.stdout_bytes) == fileio.comparable(seed_conversion.data)
    result = run("convert", SEED, "-o", "seed.xml")
    assert result.stderr == "written: seed.xml\n" and result.stdout == ""
    assert fileio.comparable((tmp_path / "seed.xml").read_bytes()) == fileio.comparable(seed_conversion.data)


def test_convert_with_date_and_own_authority_files(run, tmp_path):
    (tmp_path / "note.txt").write_text("A note that names no date at all.\n")
    result = run("convert", "note.txt", "--date", "1961-03-02")
    assert result.exit_code == 0 and '<date when="1961-03-02"' in result.stdout
    shutil.copytree(ROOT / "corpus" / "authority", tmp_path / "auth")
    assert run("convert", SEED, "--authority", "auth").exit_code == 0


def test_convert_to_a_folder_is_a_usage_error(run, tmp_path):
    result = run("convert", SEED, "-o", tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.stderr


# ------------------------------------------------------------------ build


def test_build_converts_a_folder_and_reports_each_file(run, tmp_path):
    (tmp_path / "src").mkdir()
    shutil.copy(SEED, tmp_path / "src" / "a.txt")
    (tmp_path / "src" / "b.txt").write_text("")  # fails: empty
    result = run("build", "src", "-o", "tei")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line]
    assert lines == ["written: tei/a.xml", "Error: b.txt: empty (no text to convert)"]
    assert sorted(p.name for p in (tmp_path / "tei").iterdir()) == sorted(
        ["a.xml", pipeline.MANIFEST, pipeline.LOCK])


def test_build_of_a_folder_without_text_files(run, tmp_path):
    (tmp_path / "empty").mkdir()
    error(run("build", "empty", "-o", "tei"),
          "empty: no .txt files to convert (hint: build converts the .txt files of a folder)", 2)
    result = run("build", "missing", "-o", "tei")
    assert result.exit_code == 2 and "Directory 'missing' does not exist" in result.stderr


# ------------------------------------------------------------------ validate (exit statuses)


def test_validate_exit_status_valid_invalid_unreadable(run, tmp_path):
    assert run("validate", SAMPLE).exit_code == 0
    assert run("validate", INVALID).exit_code == 1
    assert run("validate", "missing.xml").exit_code == 2


# ------------------------------------------------------------------ render / cite


def test_render_to_stdout_and_to_a_file_without_overwriting_edits(run, tmp_path):
    result = run("render", SAMPLE)
    assert result.exit_code == 0 and result.stdout.upper().startswith("<!DOCTYPE HTML>")
    assert run("render", SAMPLE, "--view", "citation", "-o", "c.html").stderr == "written: c.html\n"
    (tmp_path / "c.html").write_text("edited")
    error(run("render", SAMPLE, "--view", "citation", "-o", "c.html"),
          "c.html exists and differs from the new output (edited by hand?); not overwritten "
          "(hint: use --force to replace it (the old file is kept as a .bak))", 1)
    assert run("render", SAMPLE, "--view", "citation", "-o", "c.html", "--force").stderr == "replaced: c.html\n"


def test_render_errors(run, tmp_path):
    error(run("render", "missing.xml", "-o", "out.html"), "missing.xml: no such file", 2)
    (tmp_path / "bad.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>")
    result = run("render", "bad.xml", "-o", "out.html")
    assert result.exit_code == 2 and result.stderr.startswith("Error: bad.xml:1: not well-formed XML: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xml"]  # no output, not even an empty one
    result = run("render", SAMPLE, "--view", "pdf")
    assert result.exit_code == 2 and "Invalid value for '--view'" in result.stderr


TWO_HEADERS = (DATA / "valid" / "minimal.tei.xml").read_text(encoding="utf-8").replace(
    "</fileDesc>", "</fileDesc><fileDesc><titleStmt><title>x</title></titleStmt></fileDesc>")


@pytest.mark.parametrize("command, view", [("render", "reading"), ("cite", "citation")])
def test_tei_the_views_cannot_read_is_one_line_that_points_at_validate(run, tmp_path, command, view):
    """Found by fuzz_tree.py: well-formed TEI with two fileDesc stopped the stylesheets with a
    type error, which Saxon printed in ten lines."""
    (tmp_path / "two.xml").write_text(TWO_HEADERS, encoding="utf-8")
    error(run(command, "two.xml"), f"two.xml: cannot make the {view} view: A sequence of more than one item "
          "{ (<fileDesc>, <fileDesc>) } is not allowed as the result of a call to tk:file-desc#1 "
          "(hint: is it valid TEI? try 'tei-kit validate two.xml')", 1)


def test_saxons_own_diagnostics_do_not_reach_the_terminal(tmp_path):
    """Saxon writes to file descriptor 2 itself (CliRunner cannot see it): a real process."""
    import subprocess
    import sys

    (tmp_path / "two.xml").write_text(TWO_HEADERS, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tei_kit", "render", "two.xml"], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: two.xml: cannot make the reading view: ")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("style", ["chicago", "mla", "bibtex", "ris", "csl-json"])
def test_cite_every_style(run, style):
    result = run("cite", SAMPLE, "--style", style)
    assert result.exit_code == 0 and result.stdout.strip() and result.stderr == ""
    if style == "csl-json":
        json.loads(result.stdout)


def test_cite_errors(run, tmp_path):
    error(run("cite", "missing.xml"), "missing.xml: no such file", 2)
    (tmp_path / "page.xml").write_text("<html/>")
    error(run("cite", "page.xml"), "page.xml: root element is <html> in no namespace, not TEI's <TEI> "
                                   '(hint: TEI documents have <TEI xmlns="http://www.tei-c.org/ns/1.0">)', 2)


# ------------------------------------------------------------------ export


def test_export_a_zip_and_a_bag_folder(run, tmp_path):
    result = run("export", SAMPLE, "-o", "out.zip")
    assert result.exit_code == 0, result.output
    assert result.stderr == "exported 1 file(s) to out.zip (3 payload files, sha256 manifest)\n"
    names = zipfile.ZipFile(tmp_path / "out.zip").namelist()
    assert "out/bagit.txt" in names and "out/data/sample.tei.xml" in names
    assert run("export", SAMPLE, "-o", "bag", "--no-views").exit_code == 0
    assert (tmp_path / "bag" / "data" / "sample.tei.xml").read_bytes() == SAMPLE.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_export_refuses_invalid_or_unreadable_files_and_writes_nothing(run, tmp_path):
    result = run("export", SAMPLE, INVALID, "-o", "out.zip")
    # (lstrip: with two files, the progress bar leaves an empty line when stderr is no terminal)
    assert result.exit_code == 1 and result.stderr.lstrip("\n").startswith(
        f"Error: 1 of 2 file(s) not valid, nothing exported; first: {INVALID}:")
    error(run("export", "missing.xml", "-o", "out.zip"),
          "1 of 1 file(s) not valid, nothing exported; first: missing.xml:0: no such file "
          "(hint: run 'tei-kit validate' on them)", 2)
    error(run("export", SAMPLE, "-o", "nowhere/out.zip"), "nowhere/out.zip: folder nowhere does not exist", 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_export_of_two_files_with_one_name(run, tmp_path):
    (tmp_path / "a").mkdir()
    shutil.copy(SAMPLE, tmp_path / "a" / "sample.tei.xml")
    result = run("export", SAMPLE, "a/sample.tei.xml", "-o", "out.zip")
    assert result.stderr.lstrip("\n") == "Error: two files to export have the same name; a bag needs unique names\n"
    assert result.exit_code == 1


# ------------------------------------------------------------------ review / eval / authority


def test_review(run):
    result = run("review", SAMPLE)
    assert result.exit_code == 0
    error(run("review", "missing.xml"), "missing.xml: no such file", 2)


def test_eval_of_a_folder_without_gold(run, tmp_path):
    (tmp_path / "gold").mkdir()
    result = run("eval", "gold")
    assert result.exit_code == 2 and re.fullmatch(
        r"Error: gold: no X\.txt with an X\.entities\.tsv beside it\n", result.stderr)


def test_authority_list_and_add_in_a_copy(run, tmp_path):
    shutil.copytree(ROOT / "corpus" / "authority", tmp_path / "auth")
    assert run("authority", "list", "--dir", "auth", "--kind", "place").exit_code == 0
    result = run("authority", "add", "Jin Ban-su Test", "--kind", "person", "--dir", "auth")
    assert result.exit_code == 0, result.output
    assert "Jin Ban-su Test" in (tmp_path / "auth" / "persons.xml").read_text(encoding="utf-8")
