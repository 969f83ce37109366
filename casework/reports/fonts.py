"""The typeface of the reports: a Unicode TrueType family when the system has one, else Helvetica.

Young people's names need more than Latin-1 (Llŷr, Gwenllïan, Łukasz), which the PDF standard
fonts cannot show. The first family found among the usual places on Windows, macOS and Linux is
registered with ReportLab once per process, and DejaVu Sans ships with Casework
(``resources/fonts``) so Welsh (ŵ ŷ â ê î ô û ï) always prints; ``CASEWORK_REPORT_FONT_DIR`` can point at a folder
holding a family of its own (``Regular``, ``Bold``, ``Italic`` and ``BoldItalic`` files, by the
file names of one of the families below).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR_ENV = "CASEWORK_REPORT_FONT_DIR"


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    unicode: bool
    """Whether the family shows any Unicode letter (a TrueType font), not only Latin-1."""


HELVETICA = FontFamily("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", False)

# (family name, regular, bold, italic, bold italic) file names, most council-like first.
_FAMILIES = (
    ("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    ("Arial", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
    ("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
     "LiberationSans-BoldItalic.ttf"),
    ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
    ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
)

_FOLDERS = (
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
    Path("/System/Library/Fonts/Supplemental"),
    Path("/Library/Fonts"),
    Path.home() / "Library" / "Fonts",
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/liberation-sans"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
)


def _shipped_folder() -> Path:
    """DejaVu Sans, shipped in ``resources/fonts`` (with its licence): found when the system has none of the above."""
    from importlib.resources import files  # noqa: PLC0415
    return Path(str(files("casework_resources") / "fonts"))

_lock = threading.Lock()
_chosen: FontFamily | None = None


def _find() -> tuple[str, list[Path]] | None:
    folders = list(_FOLDERS)
    extra = os.environ.get(FONT_DIR_ENV)
    if extra:
        folders.insert(0, Path(extra))
    folders.append(_shipped_folder())
    for folder in folders:
        for name, *files in _FAMILIES:
            paths = [folder / f for f in files]
            if all(p.is_file() for p in paths):
                return name, paths
    return None


def family() -> FontFamily:
    """The registered family (registering it on first use)."""
    global _chosen
    with _lock:
        if _chosen is not None:
            return _chosen
        found = _find()
        if found is None:
            _chosen = HELVETICA
            return _chosen
        name, paths = found
        names = [f"Casework-{name}", f"Casework-{name}-Bold", f"Casework-{name}-Italic", f"Casework-{name}-BoldItalic"]
        try:
            for font_name, path in zip(names, paths):
                pdfmetrics.registerFont(TTFont(font_name, str(path)))
        except Exception:  # noqa: BLE001 - an unreadable font file: the standard fonts still work
            _chosen = HELVETICA
            return _chosen
        addMapping(names[0], 0, 0, names[0])
        addMapping(names[0], 1, 0, names[1])
        addMapping(names[0], 0, 1, names[2])
        addMapping(names[0], 1, 1, names[3])
        _chosen = FontFamily(*names, unicode=True)
        return _chosen
