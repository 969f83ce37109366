"""The Import referrals wizard, driven from the keyboard alone: choose a file, match columns, read the
check's problems (filter, copy), put them right, import."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import func, select

from casework.store.models import Referral
from ui.import_wizard import ImportReferralsAction, ImportWizard
from ui.main_window import MainWindow
from ui.qt import QApplication, QComboBox, QLineEdit, QPushButton, QThreadPool, Qt, QWizard

from ..core import sheet_data as sd

WAIT = 15_000
SHOTS = os.environ.get("CASEWORK_WIZARD_SHOTS")


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(WAIT)


def _count(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Referral.id)))


def _alt(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def files(tmp_path):
    rows = sd.referral_rows(6)
    rows[2][sd.HEADERS.index("DOB")] = "31/02/2009"
    rows[4][sd.HEADERS.index("Postcode")] = "NOT A POSTCODE"
    rows[4][sd.HEADERS.index("Gender")] = "banana"
    bad = tmp_path / "referrals.csv"
    bad.write_bytes(sd.to_csv(sd.HEADERS, rows))
    rows[2][sd.HEADERS.index("DOB")] = "28/02/2012"
    rows[4][sd.HEADERS.index("Postcode")] = "MK9 2AA"
    rows[4][sd.HEADERS.index("Gender")] = "F"
    good = tmp_path / "referrals-fixed.xlsx"
    good.write_bytes(sd.to_xlsx(sd.HEADERS, rows))
    return bad, good


def test_import_wizard_from_the_keyboard_reports_problems_then_imports_the_fixed_file(qtbot, ctx, world, files,
                                                                                     monkeypatch):
    from casework.services import spreadsheet_import

    monkeypatch.setattr(spreadsheet_import, "PROGRESS_EVERY", 2)
    bad, good = files
    wizard = ImportWizard(ctx, world.caseworker)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    # GIVEN the file typed in, Alt+N reads it and moves on to the columns
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(bad))
    _shot(wizard, "import-1-file")
    _alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=WAIT)
    # THEN the columns are matched by their names, the preview shows the first rows
    mapping = wizard.mapping_page
    assert mapping.combos["date_of_birth"].currentData() == "DOB"
    assert mapping.combos["full_name"].currentData() == "Name"
    assert mapping.combos["given_name"].currentData() == ""
    assert mapping.preview_model.rowCount() == 6
    assert mapping.preview_model.headerData(1, Qt.Orientation.Horizontal) == "B: DOB"
    _shot(wizard, "import-2-mapping")
    # WHEN checked
    _alt(qtbot, wizard, Qt.Key.Key_N)
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=WAIT)
    # THEN every problem is listed by row and column, and Import stays disabled
    problems = {(p.row, p.column, p.rule) for p in wizard.report.errors}
    assert problems == {(4, "B", "date_format"), (6, "C", "choice"), (6, "D", "postcode_format")}
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "3 errors" in check.summary.text()
    _shot(wizard, "import-3-check-errors")
    # the list filters by text, from the keyboard
    check.find_edit.setFocus()
    qtbot.keyClicks(check.find_edit, "postcode")
    assert check.proxy.rowCount() == 1
    check.find_edit.clear()
    check.show_combo.setFocus()
    qtbot.keyClick(check.show_combo, Qt.Key.Key_Down)  # errors only
    assert check.proxy.rowCount() == 3
    check.copy_button.setFocus()
    qtbot.keyClick(check.copy_button, Qt.Key.Key_Space)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:2] == ["Row", "Column"] and len(copied) == 4
    assert _count(ctx) == 0
    # WHEN the fixed file is chosen instead (back twice) and checked
    back = wizard.button(QWizard.WizardButton.BackButton)
    for _ in range(2):
        back.setFocus()  # (as Tab would: the button is in the tab order)
        qtbot.keyClick(back, Qt.Key.Key_Space)
    assert wizard.currentId() == ImportWizard.FILE
    page.path_edit.setFocus()
    page.path_edit.selectAll()
    qtbot.keyClicks(page.path_edit, str(good))
    _alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING or bool(page.error.text()), timeout=WAIT)
    assert wizard.currentId() == ImportWizard.MAPPING, page.error.text()
    assert page.path_edit.text() == str(good)
    _alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.file_name == good.name, timeout=WAIT)
    assert wizard.report.errors == []
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(commit.isEnabled, timeout=WAIT)
    _shot(wizard, "import-4-check-clean")
    # THEN Alt+I imports every row, off the UI thread, telling the page each step as it goes
    real_import = spreadsheet_import.import_referrals
    threads, steps = [], []

    def spy(*args, progress, **kwargs):
        threads.append(threading.get_ident())
        return real_import(*args, progress=lambda step, done, total: (steps.append(step), progress(step, done, total)),
                           **kwargs)

    monkeypatch.setattr(spreadsheet_import, "import_referrals", spy)
    _alt(qtbot, wizard, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=WAIT)
    assert _count(ctx) == 6
    assert "Imported 6 referrals" in wizard.result_page.result_label.text()
    assert threads and threads[0] != threading.get_ident()  # the window's thread stays free for events
    assert steps[0] == "check" and steps[-1] == "audit" and "timers" in steps
    assert wizard.result_page.busy.maximum() == 100  # the progress of the import was shown
    _shot(wizard, "import-5-result")


def test_every_control_of_the_wizard_has_an_accessible_name(qtbot, ctx, world, files):
    wizard = ImportWizard(ctx, world.caseworker)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(files[0]))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=WAIT)
    for kind in (QLineEdit, QComboBox, QPushButton):
        for widget in wizard.findChildren(kind):
            if widget.isVisibleTo(wizard) and not isinstance(widget.parent(), QComboBox):
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()!r} has no accessible name"


def test_import_referrals_is_in_the_file_menu_for_those_who_take_referrals(qtbot, ctx, world, settings):
    for actor, visible in ((world.caseworker, True), (world.team_lead, True), (world.manager, False)):
        window = MainWindow(ctx, actor, settings=settings)
        qtbot.addWidget(window)
        action = ImportReferralsAction(window, ctx, actor)
        assert action.action.isVisible() == visible
        if visible:
            wizard = action.open()
            qtbot.addWidget(wizard)
            assert wizard.isVisible() and wizard.windowTitle() == "Import referrals"
            wizard.close()


@pytest.mark.parametrize("track", [False, True])
def test_old_referrals_are_named_on_the_check_page_and_tracked_only_when_asked(qtbot, ctx, world, tmp_path, track):
    from casework.store.models import Breach, SlaTimer

    rows = sd.referral_rows(3)  # received from January on: the clock reads 15 June
    rows[2][sd.HEADERS.index("Referral date/time")] = "15/06/2026 09:30"  # half an hour ago: still running
    path = tmp_path / "old.csv"
    path.write_bytes(sd.to_csv(sd.HEADERS, rows))
    wizard = ImportWizard(ctx, world.caseworker)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=WAIT)
    check = wizard.check_page
    # THEN the page says how many rows are older than their SLA windows, and what the import will do with them
    assert check.overdue_label.isVisible() and check.track_overdue.isVisible()
    assert check.overdue_label.text().startswith("2 rows are older than their SLA windows: 2 clocks")
    assert "imported — not tracked" in check.overdue_label.text()
    assert not check.track_overdue.isChecked()
    _shot(wizard, "import-6-check-old-referrals")
    if track:
        _alt(qtbot, wizard, Qt.Key.Key_T)  # the check box's mnemonic (it clicks after a short animation)
        qtbot.waitUntil(check.track_overdue.isChecked, timeout=WAIT)
    _alt(qtbot, wizard, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=WAIT)
    text = wizard.result_page.result_label.text()
    assert ("recorded as breaches for review" if track else "recorded as “imported — not tracked”") in text
    with ctx.read() as s:
        states = sorted(s.scalars(select(SlaTimer.state).where(SlaTimer.rule_id == "custody_attendance")))
        breaches = len(s.scalars(select(Breach.id)).all())
    assert states == (["breached", "breached", "running"] if track else ["not_tracked", "not_tracked", "running"])
    assert breaches == (2 if track else 0)
    _shot(wizard, f"import-7-result-old-referrals{'-tracked' if track else ''}")
