"""What counts as English left in a Welsh screen, message or page (shared by the Welsh coverage tests).

The Welsh catalogue (``resources/translations/casework_cy.ts``) holds every English string the code
marks for translation. A text shown in Welsh must contain none of them: neither a plain source
sentence nor a template with its ``{placeholders}`` filled in. Short sources (one or two words such
as "NHS", "Team") are left out of the substring check, since Welsh text may legitimately quote a
value or carry a proper noun; the checks that need them compare whole texts instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "casework_cy.ts"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}|%n|%L?\d")
# Sources the same in both languages (proper nouns, abbreviations, codes, layout).
SAME_IN_WELSH = {"NHS", "PNC", "PNC ID", "MARF", "SLA", "CSV", "XLSX", "PDF", "1-2-1", "OK", "Casework", "INTACT"}


@lru_cache(maxsize=1)
def entries() -> dict[str, str]:
    """English source -> Welsh translation (every context, finished entries)."""
    table: dict[str, str] = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = element.findall("numerusform")
        text = (forms[-1].text if forms else element.text) or ""
        table.setdefault(source, text)
    return table


@lru_cache(maxsize=1)
def translations() -> frozenset[str]:
    """Every Welsh translation of every context, ours and Qt's own (``qtbase_cy.ts``: standard buttons, the
    wizard's Back and Next...)."""
    found = set()
    for name in ("casework_cy.ts", "qtbase_cy.ts"):
        for element in ET.parse(CATALOGUE.parent / name).getroot().iter("translation"):
            if element.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = element.findall("numerusform")
            found.update(f.text or "" for f in forms) if forms else found.add(element.text or "")
    return frozenset(t for t in found if t)


def plain(text: str) -> str:
    """Without Qt mnemonics (``&File`` -> ``File``; ``&&`` stays one ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@lru_cache(maxsize=1)
def _english_patterns() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    """A search pattern for each English source worth looking for: those whose words differ in Welsh and
    whose fixed text is long enough (at least three words) not to occur by chance in a Welsh sentence.
    With each, its fixed pieces: the pattern can only match a text holding every one of them, so a plain
    substring test rules most sources out before the (much slower) search."""
    patterns = []
    for source, welsh in entries().items():
        text = plain(source).strip()
        if plain(welsh).strip() == text or text in SAME_IN_WELSH:
            continue
        pieces = PLACEHOLDER.split(text)
        fixed = [p for p in pieces if p.strip()]
        longest = max((p.strip() for p in fixed), key=len, default="")
        if len(longest.split()) < 3:
            continue
        regex = r"[\s\S]{0,300}?".join(re.escape(p) for p in pieces)
        patterns.append((source, tuple(sorted((p for p in pieces if p), key=len, reverse=True)), re.compile(regex)))
    return patterns


def english_left(text: str) -> list[str]:
    """The catalogue's English sources found in ``text`` (which should be Welsh)."""
    flat = " ".join(plain(text).split())
    return [source for source, pieces, pattern in _english_patterns()
            if all(piece in flat for piece in pieces) and pattern.search(flat)]
