"""The one module that prints: messages and progress on stderr (rich), data on stdout."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str, hint: str | None = None) -> None:
    """``Error: message (hint)`` on one line of stderr."""
    text = " ".join(str(message).split())
    if hint:
        text += f" (hint: {' '.join(hint.split())})"
    err.print(f"[bold red]Error:[/] {escape(text)}")


def warn(message: str) -> None:
    err.print(f"[yellow]Warning:[/] {escape(' '.join(message.split()))}")


def info(message: str) -> None:
    err.print(escape(message))


def data(text: str | bytes) -> None:
    """Write a result (TEI, HTML, a citation, a report) to stdout, unchanged."""
    if isinstance(text, bytes):
        sys.stdout.buffer.write(text)
        sys.stdout.buffer.flush()
    else:
        click.echo(text, nl=not text.endswith("\n"))


@contextmanager
def progress(total: int, label: str):
    """A progress bar on stderr for long jobs; yields ``advance(description)``."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=err, transient=True, disable=total < 2 or not err.is_terminal)
    with bar:
        task = bar.add_task(label, total=total)

        def advance(description: str | None = None) -> None:
            bar.update(task, advance=1, description=description or label)

        yield advance


def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    """A table on stdout (for eval, authority list, review)."""
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for col in columns:
        t.add_column(col)
    for row in rows:
        t.add_row(*[escape(str(c)) for c in row])
    Console(highlight=False).print(t)
