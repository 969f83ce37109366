"""Running a GUI test in Welsh: the catalogues built and installed, the pathways' words localised."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from casework.i18n import pathway_word
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]


@cache
def build_catalogues() -> None:
    """The .qm files (`make translations` builds them; pytest run on its own builds them here, once)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations"), "build"], check=True)


@contextmanager
def in_language(qapp, ctx, language: str):
    """The app in ``language`` ("en" or "cy") for the widgets built inside the block."""
    if language == i18n.ENGLISH:
        yield
        return
    build_catalogues()
    installed = i18n.install(qapp, language)
    assert installed.missing == [], f"catalogues not built (make translations): {installed.missing}"
    if ctx is not None:
        ctx.pathways = ctx.pathways.localised(pathway_word)
    try:
        yield
    finally:
        i18n.uninstall(qapp)
