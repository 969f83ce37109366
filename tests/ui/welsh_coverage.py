"""The words a window shows, and whether each is Welsh (for the Welsh coverage tests).

:func:`visible_texts` collects what a person reads or hears in a window: window titles, labels,
buttons, group and tab titles, wizard page titles, placeholders, tool tips, accessible names and
descriptions, menu entries and the header of every table or list. :func:`not_welsh` keeps those that
are neither a translation of the Welsh catalogue (as it is, or a template of it with its
``{placeholders}`` filled in), nor data (the names and codes held in the database the test made), nor
in the short list of words the same in both languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible  # tests only: the app never asks
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from sqlalchemy import select

from casework.store.models import Contact, Person, Site, Team, User
from tests.welsh_words import PLACEHOLDER, plain, translations

# The same in Welsh and English: names of things, abbreviations, the language names themselves.
SAME_IN_BOTH = {
    "Casework", "English", "Cymraeg", "NHS", "PNC", "PNC ID", "MASH", "MARF", "SLA", "CSV", "XLSX", "PDF", "JSON",
    "OK", "1-2-1", "INTACT", "A&E", "ED", "YOT", "BST", "GMT", "UTC", "TLS", "SQLite", "PostgreSQL", "…", "—", "-",
    "Act Now", "A&E Navigator", "Europe/London", "dd/mm/yyyy", "hh:mm", "yyyy-mm-dd",
}


def _calendar_words() -> set[str]:
    """Welsh day and month names (babel's, as the app shows them), which are not in the catalogue."""
    from babel import Locale  # noqa: PLC0415

    locale = Locale.parse("cy_GB")
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            words |= set(locale.days[context][width].values()) | set(locale.months[context][width].values())
    return words
_TAGS = re.compile(r"<[^>]+>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'"}


def _clean(text: str) -> str:
    if "<" in text and ">" in text:
        text = _TAGS.sub(" ", text)
        for entity, char in _ENTITIES.items():
            text = text.replace(entity, char)
    return " ".join(text.split())


def _accessible(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return []
    return [interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)]


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not hasattr(view, "horizontalHeader") and not hasattr(view, "header"):
        return []  # a list has no header
    texts = []
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount(QModelIndex())),):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            texts += [str(v) for v in (value, tip) if isinstance(v, str)]
    return texts


def visible_texts(window: QWidget) -> dict[str, str]:
    """Each text the window shows -> where it was found."""
    found: dict[str, str] = {}

    def add(text: object, where: str) -> None:
        if isinstance(text, str):
            for line in text.replace("<br>", "\n").replace("<br/>", "\n").splitlines():
                part = _clean(line)
                if part:
                    found.setdefault(part, where)

    add(window.windowTitle(), "window title")
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window and not isinstance(widget, QMenu):
            continue
        if widget.isHidden() and widget is not window and not widget.isVisibleTo(window):
            # a widget hidden on purpose (e.g. an error label with nothing to say) shows nothing
            continue
        kind = type(widget).__name__
        add(widget.toolTip(), f"{kind} tool tip")
        add(widget.whatsThis(), f"{kind} what's this")
        for text in _accessible(widget):
            add(text, f"{kind} accessible text")
        if isinstance(widget, QLabel):
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), kind)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
                add(widget.tabToolTip(index), "tab tool tip")
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText(), "placeholder")
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            add(widget.placeholderText(), "placeholder")
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), "combo item")
        elif isinstance(widget, QMenu):
            add(widget.title(), "menu")
        if isinstance(widget, QAbstractItemView):
            for text in _headers(widget):
                add(text, f"{kind} header")
        for action in widget.actions():
            add(action.text().split("\t")[0], "action")
            add(action.toolTip(), "action tool tip")
            if action.menu() is not None:
                add(action.menu().title(), "menu")
                for inner in action.menu().actions():
                    add(inner.text().split("\t")[0], "menu action")
    if hasattr(window, "page") and hasattr(window, "pageIds"):  # a wizard: every page's title and subtitle
        for page_id in window.pageIds():
            page = window.page(page_id)
            add(page.title(), "wizard page title")
            add(page.subTitle(), "wizard page subtitle")
    return found


@lru_cache(maxsize=1)
def _welsh() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], frozenset[str]]:
    exact, templates, suffixes = set(_calendar_words()), [], set()
    for welsh in translations():
        text = _clean(plain(welsh))
        exact |= {text, _trimmed(text)}
        if plain(welsh)[:1] in (" ", ",") and len(text) > 3:
            suffixes.add(" " + text if plain(welsh)[:1] == " " else text)  # " (gofynnol)", ", rhiant/gofalwr"
        if PLACEHOLDER.search(text):
            pieces = PLACEHOLDER.split(text)
            if len(re.findall(r"[^\W\d_]", "".join(pieces))) < 2:
                continue  # "{name}", "{a} · {b}": no Welsh words of its own to match
            templates.append(re.compile("(?:.+?)".join(re.escape(p) for p in pieces) + r"\Z", re.DOTALL))
    return frozenset(exact), tuple(templates), frozenset(suffixes)


def _trimmed(text: str) -> str:
    return text.strip().rstrip(":*…").strip()


def is_welsh(text: str, data: frozenset[str] = frozenset()) -> bool:
    return _is_welsh(" ".join(text.split()), data)


@lru_cache(maxsize=20_000)
def _is_welsh(text: str, data: frozenset[str]) -> bool:
    exact, templates, suffixes = _welsh()
    candidates = {text, plain(text), _trimmed(plain(text)), _trimmed(text)}
    for candidate in candidates:
        if not re.search(r"[A-Za-zÀ-ÿŵŷŴŶ]", candidate) or candidate in SAME_IN_BOTH or candidate in data:
            return True
        if candidate in exact or candidate[:1].upper() + candidate[1:] in exact:
            return True
        if any(template.match(candidate) for template in templates):
            return True
    for suffix in suffixes:  # a label with a translated ending joined on ("Nodyn" + " (gofynnol)")
        if text.endswith(suffix) and text != suffix and _is_welsh(text[:-len(suffix)].strip(), data):
            return True
    # Welsh pieces joined: a title and its data, a line of facts, sentences, "name (code)"
    bracketed = re.fullmatch(r"(.+?) \((.+)\)", text)
    if bracketed and all(_is_welsh(p.strip(), data) for p in bracketed.groups()):
        return True
    for separator in (". ", " · ", " — ", ": ", ", ", "; ", " / "):
        start = text.find(separator)
        while start > 0:
            left, right = text[:start].strip(), text[start + len(separator):].strip()
            if separator == ". ":
                left_ok = _is_welsh(left + ".", data) or _is_welsh(left, data)
            else:
                left_ok = _is_welsh(left, data)
            if right and left_ok and _is_welsh(right, data):
                return True
            start = text.find(separator, start + 1)
    return False


def not_welsh(texts: dict[str, str], data: frozenset[str] = frozenset()) -> dict[str, str]:
    return {text: where for text, where in texts.items() if not is_welsh(text, data)}


def shown_data(ctx) -> frozenset[str]:
    """Names and codes held in the test's database: shown as they are, in either language."""
    values: set[str] = set()
    with ctx.read() as s:
        for given, family, postcode in s.execute(select(Person.given_name, Person.family_name, Person.postcode)):
            values |= {given, family, f"{given} {family}", f"{family}, {given}", postcode}
        for name, phone in s.execute(select(Contact.name, Contact.phone)):
            values |= {name, phone, (phone or "").replace(" ", chr(0xA0))}
        for username, name in s.execute(select(User.username, User.display_name)):
            values |= {username, name}
        values |= set(s.scalars(select(Team.name)))
        for code, name, authority in s.execute(select(Site.code, Site.name, Site.local_authority)):
            values |= {code, name, authority}
    for pathway in ctx.pathways:  # the local authorities a pathway serves: place names, as the file has them
        values |= set(pathway.service_area)
    return frozenset(v for v in values if v)


def english_report(problems: dict[str, dict[str, str]]) -> str:
    return "English in Welsh mode:\n" + "\n".join(
        f"  {where}:\n" + "\n".join(f"    - {text!r} ({kind})" for text, kind in found.items())
        for where, found in problems.items())
