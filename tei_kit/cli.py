"""The ``tei-kit`` command line: a thin layer over the library.

Each command parses its options, calls one library function and hands the result to
:mod:`tei_kit.console`. Library errors become ``Error: ...`` and an exit code here, in
:class:`TeiKitGroup`, and nowhere else.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, console
from .errors import InputError, TeiKitError

FORMATS = ("text", "json", "junit", "sarif", "github")  # of reports.render, for `validate --format`


class TeiKitGroup(click.Group):
    """Turns library errors into one line on stderr and an exit code; no tracebacks
    unless ``--debug``."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TeiKitError as exc:
            if _debug(ctx):
                _print_traceback()
            console.error(str(exc), exc.hint)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            console.error("interrupted")
            ctx.exit(130)
        except BrokenPipeError:  # the reader of the output went away (`| head`): stop quietly
            _silence_stdout()
            ctx.exit(1)
        except OSError as exc:  # the system refused something (disk full, permissions, ...)
            if _debug(ctx):
                _print_traceback()
            where = f"{exc.filename}: " if exc.filename else ""
            console.error(f"{where}{exc.strerror or exc}", "check the path, its permissions and free space")
            ctx.exit(1)
        except MemoryError:
            console.error("out of memory", "the input is too large for this machine")
            ctx.exit(1)
        except Exception as exc:  # a bug: say so in one line
            if _debug(ctx):
                _print_traceback()
            console.error(f"internal error: {type(exc).__name__}: {exc}",
                          "run again with --debug for a traceback, and report it")
            ctx.exit(1)


def _print_traceback() -> None:
    import traceback  # only with --debug: not worth its import time on every run

    traceback.print_exc()


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _debug(ctx) -> bool:
    root = ctx.find_root()
    return bool(root.params.get("debug"))


@click.group(cls=TeiKitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei-kit")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails.")
def cli(debug):
    """tei-kit: archive exports of historical documents -> validated TEI P5 -> HTML and citations."""


# ------------------------------------------------------------------ shared options

force_option = click.option("--force", is_flag=True,
                            help="Replace an existing output that differs (a .bak copy is kept).")
authority_option = click.option(
    "--authority", "authority_dir", type=click.Path(file_okay=False, path_type=Path),
    help="Folder of authority files (persons.xml, places.xml, orgs.xml); default: tei-kit's own.")
encoding_option = click.option("--encoding", help="Encoding of the source text (default: detect).")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                             help="Write here instead of standard output.")


def _write(result: str | bytes, output: Path | None, force: bool) -> None:
    from .fileio import write_output

    if output is None:
        console.data(result)
        return
    data = result.encode("utf-8") if isinstance(result, str) else result
    status = write_output(output, data, force=force)
    console.info(f"{status}: {output}")


# ------------------------------------------------------------------ convert / build


@cli.command()
@click.argument("source", type=click.Path(path_type=Path))
@output_option
@force_option
@encoding_option
@authority_option
@click.option("--date", help="The document's date (YYYY-MM-DD) when the source gives none.")
def convert(source, output, force, encoding, authority_dir, date):
    """Convert SOURCE (an archive export or a plain transcription) to validated TEI."""
    from .pipeline import convert as run

    result = run(source, encoding=encoding, authority_dir=authority_dir, date=date)
    for warning in result.warnings:
        console.warn(warning)
    _write(result.data, output, force)


@cli.command()
@click.argument("sources", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the TEI files.")
@force_option
@authority_option
def build(sources, out_dir, force, authority_dir):
    """Convert every .txt in SOURCES into OUTPUT, leaving hand-edited TEI alone."""
    from .pipeline import build_corpus

    files = sorted(sources.glob("*.txt"))
    if not files:
        raise InputError(f"{sources}: no .txt files to convert", hint="build converts the .txt files of a folder")
    with console.progress(len(files), "converting") as advance:
        result = build_corpus(files, out_dir, authority_dir=authority_dir, force=force,
                              progress=lambda p: advance(f"converting {Path(p).name}"))
    for w in result.warnings:
        console.warn(w)
    for path in result.written:
        console.info(f"written: {path}")
    for path in result.unchanged:
        console.info(f"unchanged: {path}")
    for path in result.hand_edited:
        console.warn(f"{path} was edited by hand; left alone (use --force to regenerate, a .bak is kept)")
    for path, message in result.failed:
        console.error(message)
    if result.failed:
        sys.exit(1)


# ------------------------------------------------------------------ validate


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format: text (file:line:col: severity: rule: message), json, junit, "
                   "sarif (GitHub code scanning) or github (workflow annotations).")
@click.option("--tei-all", "tei_all", is_flag=True,
              help="Validate against TEI's tei_all.rng (the copy 'make tei-all' fetches) instead of "
                   "tei-kit's rules.")
@click.option("--tei-all-rng", type=click.Path(dir_okay=False, path_type=Path), metavar="PATH",
              help="Where tei_all.rng is (implies --tei-all).")
@click.option("--schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own RELAX NG schema (XML syntax) instead of tei-kit's rules.")
@click.option("--schematron", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own Schematron instead of tei-kit's rules.")
@click.option("--project", is_flag=True,
              help="Check tei-kit's own rules as well as --tei-all, --schema or --schematron.")
@click.option("--phase", metavar="NAME",
              help="The Schematron phase to run (default: the schema's own). tei-kit's: validate "
                   "(the default), review (entities the tagger added, as info), '#ALL' (both), "
                   "header, links, dates, datatypes.")
@click.option("--authority", "authority_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of authority files that @ref may point into "
                   "(default: corpus/authority, if it exists).")
@click.option("--changed-since", metavar="REV",
              help="Validate only the files changed since git revision REV (the others still count "
                   "for the corpus rules).")
@click.option("--jobs", type=click.IntRange(min=1),
              help="Processes to use (default: one per core for more than 48 files).")
@click.option("--warn-only", is_flag=True, help="Report problems but exit 0.")
def validate(files, fmt, tei_all, tei_all_rng, schema, schematron, project, phase, authority_dir,
             changed_since, jobs, warn_only):
    """Validate TEI FILES (or folders of .xml) as one corpus: tei-kit's RELAX NG, Schematron and
    corpus rules by default, or the schemas named.

    Exit status: 0 all valid, 1 some invalid, 2 unreadable input or usage error."""
    from . import reports
    from .corpus_rules import default_authority_folder
    from .resources import tei_all_path
    from .validate import validate_paths

    tei_all_file = tei_all_path(tei_all_rng) if tei_all or tei_all_rng else None
    report = validate_paths(files, changed_since=changed_since, jobs=jobs, tei_all=tei_all_file, schema=schema,
                            schematron=schematron, project=project or None, phase=phase,
                            authority=authority_dir or default_authority_folder())
    output = reports.render(report, fmt)
    if output:
        console.data(output)
    console.info(reports.summary_line(report))
    if not warn_only:
        sys.exit(_exit_status(report))


def _exit_status(report) -> int:
    """0 all valid, 1 some invalid, 2 some unreadable."""
    return 2 if report.fatal else 0 if report.valid else 1


def _expand(paths, pattern: str) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob(pattern)) if p.is_dir() else [p])
    return out


# ------------------------------------------------------------------ views


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--view", type=click.Choice(["reading", "citation"]), default="reading", show_default=True,
              help="The reading page, or the page of citations in every style.")
@output_option
@force_option
def render(file, view, output, force):
    """Render a TEI FILE as an HTML reading view or citation view (XSLT 3.0)."""
    from .views import render as run

    _write(run(file, view), output, force)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--style", type=click.Choice(["chicago", "mla", "bibtex", "ris", "csl-json"]),
              default="chicago", show_default=True, help="The citation style.")
def cite(file, style):
    """Print the citation of a TEI FILE in one style."""
    from .views import cite as run

    console.data(run(file, style))


# ------------------------------------------------------------------ export


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The package to write: a .zip file, or a folder for a BagIt bag.")
@click.option("--with-views/--no-views", default=True, show_default=True,
              help="Include the reading and citation views of each file.")
@force_option
def export(files, output, with_views, force):
    """Package validated TEI FILES as a checksummed BagIt bag (folder or .zip) for an archive."""
    from .export import export as run

    paths = _expand(files, "*.xml")
    with console.progress(len(paths), "packaging") as advance:
        result = run(paths, output, with_views=with_views, force=force, progress=advance)
    console.info(f"exported {result.count} file(s) to {result.path} ({result.payload_files} payload files, "
                 f"sha256 manifest)")


# ------------------------------------------------------------------ eval / review / authority


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@authority_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_(gold_dir, authority_dir, fmt):
    """Score the tagger on GOLD_DIR (X.txt beside X.entities.tsv): precision, recall, F1."""
    from .evaluate import evaluate, report_json, report_rows

    result = evaluate(gold_dir, authority_dir=authority_dir)
    if fmt == "json":
        console.data(report_json(result))
        return
    for title, columns, rows in report_rows(result):
        console.table(title, columns, rows)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
def review(file):
    """List the names in a TEI FILE that an encoder should check first (new, uncertain)."""
    from .review import review as run

    rows = run(file)
    if not rows:
        console.info("nothing to review: every name comes from the authority files")
        return
    console.table(f"To review in {file}", ["kind", "name", "id", "cert", "why", "mentions"],
                  [[r.kind, r.name, r.id, r.cert, r.why, str(r.count)] for r in rows])


@cli.group()
def authority():
    """List or grow the authority files (persons, places, organisations)."""


authority_dir_option = click.option(
    "--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus/authority"),
    show_default=True, help="Folder of the authority files.")


@authority.command(name="list")
@authority_dir_option
@click.option("--kind", type=click.Choice(["person", "place", "org"]))
def authority_list(folder, kind):
    """List the entries of the authority files."""
    from .authority import load_authority

    entries = load_authority(folder).entries(kind)
    console.table(f"{len(entries)} entries", ["id", "kind", "name", "variants", "ids"],
                  [[e.id, e.kind, e.name, "; ".join(e.variants), " ".join(f"{t}:{v}" for t, v in e.idnos)]
                   for e in entries])


@authority.command(name="add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["person", "place", "org"]), required=True)
@click.option("--variant", "variants", multiple=True, help="Another form of the name (repeatable).")
@click.option("--surname", "surnames", multiple=True, help="A surname that alone names this person.")
@click.option("--idno", "idnos", multiple=True, metavar="TYPE:VALUE",
              help="An external id, e.g. geonames:1871859 or wikidata:Q123 (repeatable).")
@authority_dir_option
def authority_add(name, kind, variants, surnames, idnos, folder):
    """Add NAME to the authority files (e.g. a name 'tei-kit review' found)."""
    from .authority import add_entry

    entry = add_entry(folder, name, kind, variants=variants, surnames=surnames, idnos=idnos)
    console.info(f"added {entry.id} ({entry.kind}) to {folder}")


def main() -> None:
    """Entry point of the ``tei-kit`` script."""
    cli(prog_name="tei-kit")


if __name__ == "__main__":
    main()
