"""Words in the chosen language for the core (printed reports, pathway labels), without Qt.

One source of truth: the core reads the same Qt Linguist catalogues the desktop loads
(``resources/translations/casework_<lang>.ts``, an XML file read here with ``xml.etree``), so a
string is translated once, checked once (``make check-translations``) and shows the same in a window
and on paper. A string is marked for the catalogue by ``translate("context", "text")`` (translated
now) or ``translate_noop("context", "text")`` (a literal kept in a table, translated when shown), and the
short forms ``_("text")`` / ``N_("text")`` for the empty context the desktop's ``tr()`` uses; lupdate reads
them all (``scripts/translations``). English is the source language: it needs no catalogue.

A message with values is made from its template: ``_("{value} is not a date").format(value=shown)``: the
template is looked up, then filled in, so its ``{placeholders}`` survive translation and no formatted text
is ever looked up. Core messages (ValidationError, NotFound, Conflict...) are made in the language of the
moment, the desktop's. The one exception is a refusal's reason (``NotPermitted``), which the audit trail
keeps in English: it is made with ``L_("...", **values)``, a :class:`Later` (a ``str`` in English that
remembers its template and values), and :func:`said` gives it in the reader's language where it is shown.

Dates in words (month and day names) come from ``babel`` (CLDR), not from the catalogue.

The language is process-wide (:func:`set_language`: the desktop sets it from its settings, the CLI
from ``--lang``), with :func:`using` to run one piece of work in another language.
"""

from __future__ import annotations

import contextvars
import locale as _locale
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)
LANG_ENV = "CASEWORK_LANG"

_default = ENGLISH
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("casework_language", default=None)
_lock = threading.Lock()


def translations_dir() -> Path:
    return Path(str(files("casework_resources") / "translations"))


def system_language() -> str:
    """``$CASEWORK_LANG``, else the POSIX/Windows locale's language if Casework speaks it, else English."""
    chosen = os.environ.get(LANG_ENV, "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return WELSH if value.lower().startswith("cy") else ENGLISH
    try:
        code = _locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return WELSH if code.lower().startswith(("cy", "welsh")) else ENGLISH


def set_language(language: str) -> None:
    global _default
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
    _default = language


def language() -> str:
    return _override.get() or _default


@contextmanager
def using(language_code: str | None) -> Iterator[None]:
    """Run the block in ``language_code`` (None: the process's language)."""
    if language_code is not None and language_code not in LANGUAGES:
        raise ValueError(f"unknown language {language_code!r} (known: {', '.join(LANGUAGES)})")
    token = _override.set(language_code)
    try:
        yield
    finally:
        _override.reset(token)


@lru_cache(maxsize=8)
def catalogue(language_code: str, path: str | None = None) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation, finished entries only."""
    file = Path(path) if path else translations_dir() / f"casework_{language_code}.ts"
    with _lock:
        if not file.is_file():
            return {}
        root = ET.parse(file).getroot()
    table: dict[tuple[str, str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = element.findall("numerusform")
            text = forms[-1].text if forms else element.text
            if text:
                table[(name, source, comment)] = text
    return table


def translate(context: str, text: str, disambiguation: str = "") -> str:
    """``text`` in the current language (itself when English, or when the catalogue lacks it)."""
    code = language()
    if code == ENGLISH or not text:
        return text
    return catalogue(code).get((context, text, disambiguation or ""), text)


def _(text: str, disambiguation: str = "") -> str:
    """``text`` in the current language, from the catalogue's empty context: the one the desktop's plain
    ``tr("...")`` uses, so a word printed and a word on screen are translated once (lupdate reads ``_("...")``
    as ``tr``, a second argument as the disambiguation: ``_("Referral", "narrow column")``)."""
    return translate("", text, disambiguation)


def N_(text: str) -> str:  # noqa: N802 - the usual name for a no-op translation marker
    """Marks a literal kept in a table (module constants, dict values); ``_(value)`` translates it when shown."""
    return text


class Later(str):
    """Words that stay English where they are kept, and are said in the reader's language where they are shown.

    For the few messages that must be written down in English (a refusal's reason goes to the audit
    trail, which is read by whoever audits, in one language) but are also shown to the person refused.
    The value *is* the English text (a ``str``: store it, log it, compare it); :func:`said` gives it in the
    current language, from its template (marked for the catalogue by :func:`L_`, which lupdate reads as
    ``tr``) and its values, each of them said in turn. The template is translated, then filled in: a
    placeholder survives translation, and no formatted text is ever looked up.
    """

    __slots__ = ("template", "values")
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Later:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # a copy or a pickle keeps the English text (a plain str)
        return (str, (str(self),))


def L_(template: str, /, **values: object) -> Later:  # noqa: N802 - a translation marker, like _ and N_
    """``Later(template, **values)``: English now, translated where shown (:func:`said`)."""
    return Later(template, **values)


def said(text: object) -> str:
    """``text`` as the reader should see it: a :class:`Later` in the current language, anything else as it is."""
    if not isinstance(text, Later):
        return "" if text is None else str(text)
    values = {name: said(value) if isinstance(value, Later) else value for name, value in text.values.items()}
    words = _(text.template)
    return words.format(**values) if values else words


def translate_noop(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context`` (lupdate reads it as ``QT_TRANSLATE_NOOP``);
    translated later, when shown, by ``translate(context, value)``."""
    return text


def humanise(code: str | None) -> str:
    """``released_under_investigation`` -> ``Released under investigation``."""
    if not code:
        return ""
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


PATHWAY_CONTEXT = "pathway"


def pathway_word(text: str) -> str:
    """A label or description from a pathway file (or a choice option's humanised code) in the current language."""
    return translate(PATHWAY_CONTEXT, text)


# --- dates in words (babel, CLDR) ---------------------------------------------------------------------

def _babel_locale() -> str:
    return "cy_GB" if language() == WELSH else "en_GB"


def format_date(value: date, pattern: str = "d MMM y") -> str:
    """``15 Jun 2026`` / ``15 Meh 2026``; pattern in CLDR/babel form."""
    from babel.dates import format_date as babel_format_date  # noqa: PLC0415 - only reports need babel
    return babel_format_date(value, pattern, locale=_babel_locale())


def format_time(value: datetime, pattern: str = "HH:mm") -> str:
    from babel.dates import format_datetime  # noqa: PLC0415
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=_babel_locale())


def month_year(value: date) -> str:
    """``June 2026`` / ``Mehefin 2026`` (the stand-alone month name)."""
    return format_date(value, "LLLL y")


def month_short(value: date) -> str:
    """``Jun`` / ``Meh`` (for chart axes)."""
    return format_date(value, "LLL")


def number(value: int) -> str:
    """``10,000`` in both languages (CLDR grouping)."""
    from babel.numbers import format_decimal  # noqa: PLC0415
    return format_decimal(value, locale=_babel_locale())
