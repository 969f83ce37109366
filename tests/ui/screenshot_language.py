"""Screenshots in another language: ``--lang cy`` on any of the screenshot scripts.

The script's ``render`` runs with the language's catalogues installed and every ``Context.open``
giving pathways in that language; the pictures are written as ``NAME-cy.png`` beside the English ones.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from casework.i18n import pathway_word
from casework.services.context import Context
from ui import i18n
from ui.app import application


def split_args(argv: list[str]) -> tuple[str, list[str]]:
    """(language, the other arguments): ``--lang cy`` or ``--lang=cy``; English by default."""
    language, rest, it = i18n.ENGLISH, [], iter(argv)
    for arg in it:
        if arg == "--lang":
            language = next(it, i18n.ENGLISH)
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    if language not in i18n.LANGUAGES:
        raise SystemExit(f"unknown language {language!r} (known: {', '.join(i18n.LANGUAGES)})")
    return language, rest


def render_in(language: str, render: Callable[[Path], list[Path]], out: Path) -> list[Path]:
    if language == i18n.ENGLISH:
        return render(out)
    app = application()
    i18n.install(app, language)
    original = Context.__dict__["open"]

    def open_localised(cls, *args, **kwargs):
        ctx = original.__func__(cls, *args, **kwargs)
        ctx.pathways = ctx.pathways.localised(pathway_word)
        return ctx

    Context.open = classmethod(open_localised)  # type: ignore[method-assign]
    saved = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            out.mkdir(parents=True, exist_ok=True)
            for path in render(Path(folder)):
                target = out / f"{path.stem}-{language}{path.suffix}"
                shutil.move(str(path), target)
                saved.append(target)
    finally:
        Context.open = original  # type: ignore[method-assign]
        i18n.uninstall(app)
    return saved
