"""Printing results: aligned tables and key/value blocks for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def _out(stream: TextIO | None) -> TextIO:
    return stream if stream is not None else sys.stdout


def print_json(value: Any, stream: TextIO | None = None) -> None:
    """JSON on stdout: indented, UTF-8 as is (names are not escaped), keys in the views' order."""
    _out(stream).write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def cell(value: Any) -> str:
    """One value as table text: empty for None, yes/no for booleans, comma-joined lists."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ",".join(cell(v) for v in value)
    return str(value)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], stream: TextIO | None = None,
                empty: str = "(none)") -> None:
    """Columns padded to their widest cell; the last column is not padded."""
    out = _out(stream)
    text_rows = [[cell(v) for v in row] for row in rows]
    if not text_rows:
        out.write(empty + "\n")
        return
    widths = [len(h) for h in headers]
    for row in text_rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(value))

    def line(values: Sequence[str]) -> str:
        padded = [v.ljust(widths[i]) if i < len(values) - 1 else v for i, v in enumerate(values)]
        return "  ".join(padded).rstrip()

    out.write(line(list(headers)) + "\n")
    for row in text_rows:
        out.write(line(row) + "\n")


def print_fields(pairs: Iterable[tuple[str, Any]], stream: TextIO | None = None) -> None:
    """A block of ``Label:  value`` lines; pairs whose value is None or empty are left out."""
    out = _out(stream)
    shown = [(label, cell(value)) for label, value in pairs if value not in (None, "", [], ())]
    if not shown:
        return
    width = max(len(label) for label, _ in shown) + 1
    for label, value in shown:
        first, *rest = value.split("\n")
        out.write(f"{(label + ':').ljust(width)}  {first}\n")
        for more in rest:
            out.write(f"{'':{width}}  {more}\n")


def info(message: str) -> None:
    """A message for the person at the terminal, not for a script reading stdout."""
    sys.stderr.write(message + "\n")
