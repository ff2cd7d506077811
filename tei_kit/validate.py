"""The validation stage: TEI in, a report of issues out (data, never an exception).

What is checked is a :class:`Plan` (see :func:`make_plan`):

- tei-kit's own rules, the default: the RELAX NG grammar ``schemas/tei-kit.rng`` (rule
  ``rng``), the Schematron ``schemas/tei-kit.sch`` (rules named by their ids; its
  ``ref-resolves`` also accepts pointers into the corpus authority files) and the corpus
  rules of :mod:`tei_kit.corpus_rules` (``corpus-id-unique``); the root must be TEI's ``<TEI>``;
- TEI's ``tei_all.rng`` (rule ``tei-all``), a user's grammar (rule ``schema``) and a user's
  Schematron, instead of tei-kit's rules or (``project=True``) as well.

RELAX NG is checked by :mod:`tei_kit.relaxng` (jing's algorithm, compiled grammars kept
in the cache folder), so verdicts are jing's. Every finding is an :class:`Issue`; a
:class:`FileReport` holds one document's issues, a :class:`Report` those of many. Severities:

- ``fatal``: the input cannot be validated at all (unreadable, not XML, not TEI); rule
  ``input``, or ``wellformed`` for an in-memory tree that does not survive serialisation;
- ``error``: the document is invalid;
- ``warning`` and ``info``: Schematron findings (by @role) that do not make it invalid.

Documents are validated as bytes parsed with line numbers, never as a tree built in memory
(an in-memory tree is serialised first). More than :data:`POOL_THRESHOLD` files are shared
out to a pool of processes, one per core; the report keeps the order the files were given.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .errors import SchemaError, TeiKitError, XMLInputError
from .resources import cache_dir, schema_path
from .tei import parse_xml, read_xml_bytes, require_tei, to_bytes

SEVERITIES = ("fatal", "error", "warning", "info")

#: Schematron @role values -> severity; a role not listed is an error.
_ROLE_SEVERITY = {
    "fatal": "error", "error": "error", "critical": "error",
    "warning": "warning", "warn": "warning", "caution": "warning",
    "info": "info", "information": "info", "informational": "info", "hint": "info",
}

#: Batches larger than this are validated by a pool of processes.
POOL_THRESHOLD = 48


@dataclass(frozen=True)
class Issue:
    """One finding. ``line``/``column`` are 1-based; 0 when unknown. ``rule`` is the
    Schematron assertion (or rule) id, ``rng``, ``schema``, ``tei-all``,
    ``corpus-id-unique``, ``input`` or ``wellformed``."""

    file: str
    line: int
    column: int
    severity: str
    rule: str
    message: str


@dataclass(frozen=True)
class FileReport:
    """The issues of one document, in line order."""

    path: str
    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        """No ``error`` or ``fatal`` issue."""
        return not any(i.severity in ("error", "fatal") for i in self.issues)

    @property
    def fatal(self) -> bool:
        """The document could not be validated at all."""
        return any(i.severity == "fatal" for i in self.issues)

    def count(self, severity: str) -> int:
        return sum(1 for i in self.issues if i.severity == severity)


@dataclass(frozen=True)
class Report:
    """The file reports of one validation run, in the order the files were given."""

    files: tuple[FileReport, ...] = ()

    @property
    def valid(self) -> bool:
        return all(f.valid for f in self.files)

    @property
    def fatal(self) -> bool:
        return any(f.fatal for f in self.files)

    @property
    def issues(self) -> tuple[Issue, ...]:
        return tuple(i for f in self.files for i in f.issues)

    def count(self, severity: str) -> int:
        return sum(f.count(severity) for f in self.files)

    @property
    def counts(self) -> dict[str, int]:
        """Issues per severity, and files valid/invalid."""
        out = {s: self.count(s) for s in SEVERITIES}
        out["files"] = len(self.files)
        out["valid_files"] = sum(1 for f in self.files if f.valid)
        out["invalid_files"] = out["files"] - out["valid_files"]
        return out


# ------------------------------------------------------------------ what is checked


@dataclass(frozen=True)
class Plan:
    """The checks of a validation run. ``grammars``: (rule, path of a RELAX NG schema);
    ``schematrons``: paths; ``project``: tei-kit's own rules are among them (root must be
    ``<TEI>``, corpus rules apply); ``authority_ids``: the ``authority-ids`` parameter of
    the Schematron (see :mod:`tei_kit.corpus_rules`); ``cache``: folder for compiled
    schemas (None: none)."""

    grammars: tuple[tuple[str, str], ...] = ()
    schematrons: tuple[str, ...] = ()
    phase: str | None = None
    project: bool = True
    authority: str | None = None
    authority_ids: str = ""
    authority_copies: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    cache: str | None = None


def make_plan(*, schema: Path | str | None = None, schematron: Path | str | None = None,
              tei_all: Path | str | None = None, phase: str | None = None, project: bool | None = None,
              authority: Path | str | None = None, cache: Path | str | None | bool = True) -> Plan:
    """What to check. ``schema``: a RELAX NG schema (XML syntax); ``schematron``: a
    Schematron schema; ``tei_all``: path of TEI's ``tei_all.rng``; ``phase``: the
    Schematron phase; ``authority``: a folder of authority files whose ids ``@ref`` may
    point to and corpus ids must agree with. ``project``: check tei-kit's own rules too;
    by default only when no schema is named. ``cache``: a folder for compiled schemas,
    True for tei-kit's cache folder, False for none. Raises :class:`SchemaError` for a
    schema file that cannot be read, :class:`~tei_kit.errors.InputError` for broken
    authority files."""
    if project is None:
        project = schema is None and schematron is None and tei_all is None
    grammars, schematrons = [], []
    if project:
        grammars.append(("rng", str(schema_path("tei-kit.rng"))))
        schematrons.append(str(schema_path("tei-kit.sch")))
    if schema is not None:
        grammars.append(("schema", str(schema)))
    if tei_all is not None:
        grammars.append(("tei-all", str(tei_all)))
    if schematron is not None:
        schematrons.append(str(schematron))
    for _, path in grammars:
        if not Path(path).is_file():
            raise SchemaError(f"RELAX NG schema {path}: cannot read (no such file)")
    for path in schematrons:
        if not Path(path).is_file():
            raise SchemaError(f"Schematron {path}: cannot read (no such file)")
    folder = cache_dir() if cache is True else (Path(cache) if cache else None)
    from .corpus_rules import load_authority_index

    index = load_authority_index(authority if (project or schematrons) else None, folder)
    return Plan(tuple(grammars), tuple(schematrons), phase, project, index.folder, index.tokens,
                index.copies, str(folder) if folder else None)


# ------------------------------------------------------------------ entry points


def validate_tree(tree: etree._ElementTree | etree._Element, name: str, **options) -> FileReport:
    """Validate an in-memory TEI tree, as the bytes it serialises to (line numbers refer
    to those bytes). ``options``: those of :func:`make_plan`, or ``plan=``. Raises
    :class:`SchemaError` for an unusable schema."""
    return _one(to_bytes(tree), name, "wellformed", options)


def validate_bytes(data: bytes, name: str, **options) -> FileReport:
    """Validate a TEI document given as bytes (see :func:`validate_tree` for the options).
    Input that is not well-formed TEI gives a report with one ``fatal`` issue."""
    return _one(data, name, "input", options)


def validate_file(path: Path | str, **options) -> FileReport:
    """Validate the TEI file at ``path`` (see :func:`validate_tree` for the options).
    An unreadable file gives a report with one ``fatal`` issue."""
    name = str(path)
    try:
        data = read_xml_bytes(Path(path), name)
    except XMLInputError as exc:
        return _input_failure(name, exc)
    return _one(data, name, "input", options)


def validate_files(paths, *, context=(), jobs: int | None = None, progress=None, **options) -> Report:
    """Validate every file of ``paths``, as one corpus, and return their reports in order.

    ``context``: more files of the corpus, not validated but counted by the corpus rules
    (e.g. the files that did not change since a revision). ``jobs``: processes to use
    (default: one per core when there are more than :data:`POOL_THRESHOLD` files).
    ``progress(n)``: called with the number of files done, now and then. ``options``: those
    of :func:`make_plan`, or ``plan=``. An unusable schema raises :class:`SchemaError`."""
    plan = options.pop("plan", None) or make_plan(**options)
    names = [str(p) for p in paths]
    extra = [str(p) for p in context if str(p) not in set(names)]
    if not names:
        return Report()
    if not plan.project:
        extra = []
    tasks = [(n, True) for n in names] + [(n, False) for n in extra]
    results = _run(plan, tasks, jobs, progress)
    if plan.project:
        return Report(tuple(_with_corpus_rules(plan, names, extra, results)))
    return Report(tuple(r for r, _ in results))


def expand(paths, pattern: str = "*.xml") -> list[Path]:
    """``paths`` with each folder replaced by its files matching ``pattern`` (recursively,
    sorted); files, and paths that do not exist, as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob(pattern)) if p.is_dir() else [p])
    return out


def validate_paths(paths, *, changed_since: str | None = None, jobs: int | None = None, **options) -> Report:
    """Validate files and folders of ``.xml`` files as one corpus (see :func:`validate_files`).
    ``changed_since``: a git revision; only the files changed since then (or new) are
    validated, the others still count for the corpus rules. Raises
    :class:`~tei_kit.errors.GitError` when git cannot say which files changed."""
    files = expand(paths)
    context: list[Path] = []
    if changed_since is not None:
        from .gitfiles import changed_files

        changed = changed_files(changed_since)
        context = [f for f in files if f.resolve() not in changed]
        files = [f for f in files if f.resolve() in changed]
    return validate_files(files, context=context, jobs=jobs, **options)


def _one(data: bytes, name: str, parse_rule: str, options: dict) -> FileReport:
    plan = options.pop("plan", None) or make_plan(**options)
    return _checker(plan).check(data, name, parse_rule)[0]


# ------------------------------------------------------------------ the checks


class _Checker:
    """The compiled schemas of one plan, in one process; Schematron (and with it Saxon)
    only once a document needs it."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.grammars = self._grammars(learned=False)
        self._schematrons = None
        self._params = {"authority-ids": plan.authority_ids}
        from .corpus_rules import AuthorityIndex

        self.authority = AuthorityIndex(plan.authority, plan.authority_copies, plan.authority_ids)

    def _grammars(self, learned: bool):
        from .relaxng import load_grammar

        cache = Path(self.plan.cache) if self.plan.cache else None
        return [(rule, load_grammar(path, cache, learned=learned)) for rule, path in self.plan.grammars]

    def prepare_batch(self) -> None:
        """For a batch: take over the derivatives earlier runs stored (see :mod:`tei_kit.relaxng`)."""
        self.grammars = self._grammars(learned=True)

    def save_learned(self) -> None:
        """Store the derivatives computed, if there are many new ones."""
        from .relaxng import save_learned

        for _, grammar in self.grammars:
            save_learned(grammar)

    def schematrons(self):
        if self._schematrons is None:
            from .schematron import compile_schematron

            cache = Path(self.plan.cache) if self.plan.cache else None
            self._schematrons = [compile_schematron(p, phase=self.plan.phase, cache=cache)
                                 for p in self.plan.schematrons]
        return self._schematrons

    def check(self, data: bytes, name: str, parse_rule: str = "input"):
        """One document: its :class:`FileReport` and its xml:ids (for the corpus rules)."""
        try:
            tree = parse_xml(data, name=name)
        except XMLInputError as exc:
            return _input_failure(name, exc, parse_rule), ()
        if self.plan.project:
            try:
                require_tei(tree, name)
            except XMLInputError as exc:
                return _input_failure(name, exc), ()
        issues: list[Issue] = []
        for rule, grammar in self.grammars:
            issues += [Issue(name, line, 0, "error", rule, message) for line, message in grammar.errors(tree)]
        for schematron in self.schematrons():
            for result in schematron.validate(tree, self._params):
                message = " ".join([result.message, *result.diagnostics])
                severity = _ROLE_SEVERITY.get((result.role or "error").strip().lower(), "error")
                rule = result.id or result.rule_id or "schematron"
                issues.append(Issue(name, result.line or 0, 0, severity, rule, message))
        issues.sort(key=lambda i: (i.line, i.column))
        uses = ()
        if self.plan.project:
            from .corpus_rules import id_uses

            uses = id_uses(tree, self.authority)
        return FileReport(name, tuple(issues)), uses

    def facts(self, data: bytes, name: str):
        """Only the xml:ids of a document (one that is not validated)."""
        from .corpus_rules import id_uses

        try:
            return id_uses(parse_xml(data, name=name), self.authority)
        except XMLInputError:
            return ()


_checkers: dict[Plan, _Checker] = {}


def _checker(plan: Plan) -> _Checker:
    if plan not in _checkers:
        _checkers[plan] = _Checker(plan)
    return _checkers[plan]


def _task(plan: Plan, name: str, validate: bool):
    try:
        data = read_xml_bytes(Path(name), name)
    except XMLInputError as exc:
        return (_input_failure(name, exc) if validate else None), ()
    checker = _checker(plan)
    if validate:
        return checker.check(data, name)
    return None, checker.facts(data, name)


_pool_plan: Plan | None = None


def _init_pool(plan: Plan) -> None:
    global _pool_plan
    _pool_plan = plan
    _checker(plan).prepare_batch()  # inherited from the parent when forked


def _chunk(tasks):
    """Run in a pool process: validate a list of tasks; a library error comes back as data."""
    plan = _pool_plan
    try:
        results = [_task(plan, name, validate) for name, validate in tasks]
        _checker(plan).save_learned()
        return results
    except TeiKitError as exc:
        return _Failure(type(exc).__name__, exc.message, exc.hint)


@dataclass(frozen=True)
class _Failure:
    kind: str
    message: str
    hint: str | None

    def raise_it(self):
        from . import errors

        cls = getattr(errors, self.kind, TeiKitError)
        raise cls(self.message, hint=self.hint)


def _run(plan: Plan, tasks: list[tuple[str, bool]], jobs: int | None, progress):
    workers = _workers(jobs, len(tasks))
    checker = _checker(plan)  # compiles the grammars before the first file
    if len(tasks) > 16:
        checker.prepare_batch()
    if workers <= 1:
        results = []
        for i, (name, validate) in enumerate(tasks, 1):
            results.append(_task(plan, name, validate))
            if progress and (i % 25 == 0 or i == len(tasks)):
                progress(i)
        checker.save_learned()
        return results
    import multiprocessing

    size = max(4, min(32, len(tasks) // (workers * 6)))
    chunks = [tasks[i:i + size] for i in range(0, len(tasks), size)]
    context = multiprocessing.get_context(_start_method())
    results, done = [], 0
    gc.freeze()  # the grammars' memo tables, shared by forked workers: the collector need not walk them
    try:
        with context.Pool(workers, initializer=_init_pool, initargs=(plan,)) as pool:
            for part in pool.imap(_chunk, chunks):
                if isinstance(part, _Failure):
                    pool.terminate()
                    part.raise_it()
                results += part
                done += len(part)
                if progress:
                    progress(done)
    finally:
        gc.unfreeze()
    return results


def _workers(jobs: int | None, count: int) -> int:
    if jobs is not None:
        return max(1, min(jobs, count))
    if count <= POOL_THRESHOLD:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, count // 16))


def _start_method() -> str:
    """fork where it is safe (Linux, and no Saxon running in this process: a forked copy
    of a running Saxon can hang); spawn elsewhere."""
    from . import saxon

    return "fork" if sys.platform.startswith("linux") and saxon._processor is None else "spawn"


def _with_corpus_rules(plan: Plan, names: list[str], extra: list[str], results) -> list[FileReport]:
    from .corpus_rules import RULE, AuthorityIndex, id_issues

    uses = {name: u for name, (_, u) in zip(names + extra, results)}
    authority = AuthorityIndex(plan.authority, plan.authority_copies, plan.authority_ids)
    found = id_issues(uses, authority, set(names))
    reports = []
    for name, (report, _) in zip(names, results):
        more = [Issue(name, line, 0, "error", RULE, message) for line, message in found.get(name, ())]
        if more:
            issues = sorted(report.issues + tuple(more), key=lambda i: (i.line, i.column))
            report = FileReport(name, tuple(issues))
        reports.append(report)
    return reports


# ------------------------------------------------------------------ input that cannot be validated


def _input_failure(name: str, exc: XMLInputError, rule: str = "input") -> FileReport:
    """A report with one fatal issue, its line taken from the message."""
    message, line, column = str(exc), 0, 0
    match = re.match(re.escape(name) + r":(?:(\d+):)? ", message)
    if match:
        message = message[match.end():]
        line = int(match.group(1) or 0)
    cause = exc.__cause__
    if isinstance(cause, etree.XMLSyntaxError) and line:
        column = max(cause.offset or 0, 0)
    if exc.hint:
        message += f" ({exc.hint})"
    return FileReport(name, (Issue(name, line, 0 if not line else column, "fatal", rule, message),))
