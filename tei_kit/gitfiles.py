"""Which files changed since a git revision (for ``tei-kit validate --changed-since REV``).

Asks git in a subprocess: ``git diff --name-only REV`` (committed, staged and unstaged
changes of tracked files, deletions left out) plus ``git ls-files --others
--exclude-standard`` (new files not yet added). Paths come back absolute and resolved, so
they compare with the paths a user gave.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .errors import GitError


def _git(args: list[str], cwd: Path) -> str:
    try:
        run = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except FileNotFoundError as exc:
        raise GitError("--changed-since needs git, which is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise GitError(f"git {args[0]} took longer than a minute") from exc
    if run.returncode != 0:
        message = " ".join(run.stderr.split()) or f"exit status {run.returncode}"
        raise GitError(f"git {args[0]} failed: {message}")
    return run.stdout


def changed_files(revision: str, cwd: Path | str | None = None) -> set[Path]:
    """Absolute paths of the files that differ from ``revision`` in the work tree of the
    repository holding ``cwd`` (default: the current folder), and of untracked files.
    Raises :class:`GitError` (no git, not a repository, unknown revision)."""
    cwd = Path(cwd or Path.cwd()).resolve()
    if not revision or revision.startswith("-"):
        raise GitError(f"--changed-since {revision!r} is not a git revision",
                       hint="give a branch, tag or commit, e.g. origin/main or HEAD~1")
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    if not top:
        raise GitError(f"{cwd} is not inside a git work tree")
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd)
    except GitError as exc:
        raise GitError(f"--changed-since {revision}: no such revision in {top}",
                       hint="fetch it first (CI checkouts are often shallow: fetch-depth: 0)") from exc
    root = Path(top)
    names = _git(["diff", "--name-only", "-z", "--diff-filter=d", revision, "--"], root).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0")
    return {(root / name).resolve() for name in names if name}
