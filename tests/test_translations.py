"""The Welsh catalogues: the completeness check itself, and the wrapper strings lupdate must see.

``make check-translations`` runs ``scripts/translations check``; these tests run the same code: on
copies of the catalogue with a string missing, vanished or unfinished (each must fail), and on the
shipped catalogues (which must pass).
"""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _script():
    loader = importlib.machinery.SourceFileLoader("casework_translations_script", str(ROOT / "scripts" / "translations"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for name in ("casework_cy.ts", "qtbase_cy.ts"):
        shutil.copy(TRANSLATIONS / name, tmp_path / name)
    return tmp_path


def _edit(ts: Path, change) -> None:
    tree = ET.parse(ts)
    change(tree.getroot())
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _message(root, source: str):
    return next(m for m in root.iter("message") if m.findtext("source") == source)


def test_a_string_in_the_code_without_an_entry_fails_the_check(script, copy: Path) -> None:
    # GIVEN the catalogue without the entry of a tr() string the main window uses
    def drop(root):
        for context in root.iter("context"):
            for message in list(context.iter("message")):
                if message.findtext("source") == "&Quit":
                    context.remove(message)
    _edit(copy / "casework_cy.ts", drop)
    # THEN the check names it as missing from the catalogue
    problems = script.check(copy)
    assert any("'&Quit'" in p and "not in the catalogue" in p for p in problems), problems


def test_an_entry_whose_string_left_the_code_fails_the_check(script, copy: Path) -> None:
    def add(root):
        context = root.find("context")
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "A string no code asks for"
        ET.SubElement(message, "translation").text = "Llinyn nad oes cod yn gofyn amdano"
    _edit(copy / "casework_cy.ts", add)
    problems = script.check(copy)
    assert any("A string no code asks for" in p and "no longer in the code" in p for p in problems), problems


def test_an_unfinished_or_vanished_entry_fails_the_check(script, copy: Path) -> None:
    def unfinish(root):
        _message(root, "&Quit").find("translation").set("type", "unfinished")
        _message(root, "&Refresh").find("translation").set("type", "vanished")
    _edit(copy / "casework_cy.ts", unfinish)
    problems = script.check(copy)
    assert any("'&Quit'" in p and "unfinished" in p for p in problems), problems
    assert any("'&Refresh'" in p and "vanished" in p for p in problems), problems


def test_a_translation_that_loses_a_placeholder_fails_the_check(script, copy: Path) -> None:
    def lose(root):
        for source, text in (("{n} referral", "atgyfeiriad"), ("OK", "")):
            try:
                translation = _message(root, source).find("translation")
            except StopIteration:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    _edit(copy / "casework_cy.ts", lose)
    _edit(copy / "qtbase_cy.ts", lose)
    problems = script.check(copy)
    assert any("'{n} referral'" in p and "placeholders differ" in p for p in problems), problems
    assert any("qtbase_cy.ts" in p and "'OK'" in p and "empty" in p for p in problems), problems


def test_lupdate_finds_the_strings_of_every_kind_of_call(script) -> None:
    """tr("...") and N_("...") (empty context), self.tr("...") (the class), translate("ctx", "...") in the core,
    and the pathway files' labels: each kind must reach the catalogue, or its words would never translate."""
    entries = script.entries(TRANSLATIONS / "casework_cy.ts")
    keys = {(c, s) for c, s, _ in entries}
    assert ("", "Caseworker") in keys                       # N_ in ui/wording.py
    assert ("", "{h} h {m:02d} min") in keys                # tr() in ui/wording.py
    assert ("MainWindow", "&Quit") in keys                  # self.tr()
    assert ("pathway", "In custody") in keys                # a stage label of act_now.toml
    assert ("pathway", "Released under investigation") in keys  # a choice option's words


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            yield node


def test_ui_tr_calls_are_ones_lupdate_files_where_qt_looks_them_up() -> None:
    """``window.tr("x")`` is filed by lupdate under a context "window" that Qt never asks for, and
    ``self.tr(variable)`` is never extracted: both must go through ``tr()``/``N_()`` instead."""
    wrong = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for call in _calls(path):
            owner = call.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                wrong.append(f"{path.name}:{call.lineno}: {ast.unparse(call.func)}(...) is not self.tr")
            elif not call.args or not isinstance(call.args[0], ast.Constant):
                wrong.append(f"{path.name}:{call.lineno}: self.tr({ast.unparse(call.args[0]) if call.args else ''})")
            elif len(call.args) > 2:
                wrong.append(f"{path.name}:{call.lineno}: self.tr with a count (lupdate files it under a wrong context)")
    assert not wrong, "\n".join(wrong)


def test_the_shipped_catalogues_are_complete() -> None:
    """``make check-translations``: every string of the code, the reports and the pathway files is translated."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations"), "check"],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
