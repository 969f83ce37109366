"""The Reports page: the form, generation in the background with a progress bar, then Open and Print."""

from __future__ import annotations

import subprocess
import threading
import time
from datetime import date

import pytest

from casework.reports import ReportResult
from ui import reports_page as page_module
from ui import settings as options
from ui.qt import QApplication, QDate, Qt, QUrl
from ui.reports_page import ReportsPage

from ..conftest import START


@pytest.fixture
def make_page(qtbot, ctx, world, settings, tmp_path):
    made = []

    def make(actor=None, *, target: str | None = "report.pdf") -> ReportsPage:
        chosen = []

        def choose(suggested: str) -> str | None:
            chosen.append(suggested)
            return str(tmp_path / target) if target else None

        page = ReportsPage(ctx, actor or world.manager, settings=settings, choose_file=choose)
        page.suggested = chosen
        page.opened = []
        page.open_url = lambda url: page.opened.append(url) or True
        qtbot.addWidget(page)
        page.show()
        page.reload()
        qtbot.waitUntil(lambda: page._load_task is None, timeout=5000)
        made.append(page)
        return page

    yield make
    for page in made:
        page.shutdown()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_generates_in_the_background_then_offers_open_and_print(qtbot, make_page, samples, tmp_path, monkeypatch):
    threads = []
    real = page_module.run_report

    def slow_run(*args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(page_module, "run_report", slow_run)
    page = make_page()
    page.set_kind("caseload")
    assert not page.open_button.isEnabled() and not page.print_button.isEnabled()
    values = []
    page.progress.valueChanged.connect(values.append)

    started = time.perf_counter()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - started < 0.2  # the UI thread was not held
    assert page.busy and page.progress.isVisible() and not page.generate_button.isEnabled()
    with qtbot.waitSignal(page.generated, timeout=20_000) as done:
        pass
    result: ReportResult = done.args[0]
    assert threads and threading.main_thread() not in threads
    assert result.path == str(tmp_path / "report.pdf") and result.pages >= 2
    assert page.open_button.isEnabled() and page.print_button.isEnabled() and page.generate_button.isEnabled()
    assert page.progress.value() == 100 and values == sorted(values) and any(0 < v < 100 for v in values)
    assert "Saved the Caseload summary" in page.status_label.text()
    assert "Caseload summary" in pdf_text(result.path)
    # the suggested file: in the Documents folder, named after the report and the month
    assert page.suggested[0].endswith("Caseload summary 2026-05.pdf")

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.opened == [QUrl.fromLocalFile(result.path)]
    with qtbot.waitSignal(page.message, timeout=1000) as said:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "print it from there" in said.args[0]
    assert len(page.opened) == 2


def test_the_period_defaults_to_the_last_full_month(make_page):
    page = make_page()
    assert page.from_edit.date() == QDate(2026, 5, 1) and page.to_edit.date() == QDate(2026, 5, 31)
    request = page.request()
    assert (request.kind, request.date_from, request.date_to, request.team, request.worker) == (
        "caseload", date(2026, 5, 1), date(2026, 5, 31), None, None)


def test_the_referral_field_is_for_the_case_file_only(make_page):
    page = make_page()
    assert not page.referral_edit.isEnabled()
    page.set_kind("case")
    assert page.referral_edit.isEnabled()
    assert not page.from_edit.isEnabled() and not page.team_combo.isEnabled()
    page.set_kind("sla")
    assert not page.referral_edit.isEnabled() and not page.case_list_check.isEnabled()
    page.set_kind("caseload")
    assert page.case_list_check.isEnabled()


def test_a_case_file_without_a_referral_names_the_field_and_asks_nothing(qtbot, make_page):
    page = make_page()
    page.set_kind("case")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.referral_error.text().startswith("Referral:")
    assert page.suggested == [] and not page.busy
    assert QApplication.focusWidget() is page.referral_edit or page.referral_edit.hasFocus()


def test_a_period_ending_before_it_starts_names_the_to_field(qtbot, make_page):
    page = make_page()
    page.to_edit.setDate(QDate(2026, 4, 1))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.to_error.text().startswith("To: the period ends (1 Apr 2026) before it starts")
    assert page.suggested == []


def test_an_unknown_referral_is_reported_after_the_background_run(qtbot, make_page, samples):
    page = make_page()
    page.set_kind("case")
    page.referral_edit.setText("99999")
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        qtbot.keyClick(page.referral_edit, Qt.Key.Key_Return)
    assert failed.args[0] == "referral 99999 not found"
    assert page.error_label.text() == "referral 99999 not found"
    assert not page.open_button.isEnabled() and page.generate_button.isEnabled()


def test_a_caseworker_is_offered_the_case_file_only(qtbot, make_page, world, samples, tmp_path):
    page = make_page(world.caseworker)
    assert [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())] == ["case"]
    page.referral_edit.setText(str(samples[0]))
    with qtbot.waitSignal(page.generated, timeout=20_000) as done:
        page.generate()
    assert done.args[0].kind == "case"
    assert page.suggested[0].endswith(f"Case file referral {samples[0]}.pdf")


def test_a_team_lead_reports_on_their_own_team(make_page, world):
    page = make_page(world.team_lead)
    assert [page.team_combo.itemText(i) for i in range(page.team_combo.count())] == ["YOT Milton Keynes"]
    assert not page.team_combo.isEnabled()
    workers = [page.worker_combo.itemData(i) for i in range(page.worker_combo.count())]
    assert workers == [None, "casey", "tl"]
    assert page.request().team == "YOT Milton Keynes"


def test_managers_filter_by_any_team_and_its_workers(make_page):
    page = make_page()
    teams = [page.team_combo.itemText(i) for i in range(page.team_combo.count())]
    assert teams == ["All teams", "Leeds Navigators", "YOT Milton Keynes"]
    page.team_combo.setCurrentIndex(page.team_combo.findData("Leeds Navigators"))
    assert [page.worker_combo.itemData(i) for i in range(page.worker_combo.count())] == [None]
    page.team_combo.setCurrentIndex(page.team_combo.findData("YOT Milton Keynes"))
    page.worker_combo.setCurrentIndex(page.worker_combo.findData("casey"))
    page.suppress_check.setChecked(True)
    request = page.request()
    assert (request.team, request.worker, request.suppress_small_counts) == ("YOT Milton Keynes", "casey", True)


def test_cancelling_the_save_dialog_runs_nothing(qtbot, make_page, monkeypatch):
    monkeypatch.setattr(page_module, "run_report", lambda *a, **k: pytest.fail("ran without a file"))
    page = make_page(target=None)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.suggested and not page.busy and not page.progress.isVisible()


def test_the_folder_and_suppression_are_remembered(qtbot, make_page, settings, tmp_path):
    page = make_page(target="sub.pdf")
    page.suppress_check.setChecked(True)
    with qtbot.waitSignal(page.generated, timeout=20_000):
        page.generate()
    assert settings.get(options.REPORTS_FOLDER) == str(tmp_path)
    assert settings.get(options.REPORTS_SUPPRESS_SMALL_COUNTS) is True
    again = make_page()
    assert again.suppress_check.isChecked()
    again.generate()
    assert again.suggested[0].startswith(str(tmp_path))
    qtbot.waitUntil(lambda: not again.busy, timeout=20_000)


def test_a_file_name_without_pdf_gets_it(qtbot, make_page, tmp_path):
    page = make_page(target="monthly")
    with qtbot.waitSignal(page.generated, timeout=20_000) as done:
        page.generate()
    assert done.args[0].path == str(tmp_path / "monthly.pdf")


def test_controls_have_accessible_names_and_mnemonics(make_page):
    page = make_page()
    for widget in (page.kind_combo, page.from_edit, page.to_edit, page.team_combo, page.worker_combo,
                   page.referral_edit, page.suppress_check, page.case_list_check, page.generate_button,
                   page.progress, page.open_button, page.print_button, page.status_label):
        assert widget.accessibleName(), widget
    assert page.accessibleName() == "Reports"
    assert page.form.labelForField(page.kind_combo).buddy() is page.kind_combo
    assert page.period_label.buddy() is page.from_edit
    assert "&" in page.generate_button.text() and "&" in page.open_button.text()


def test_the_page_follows_the_injected_clock(qtbot, ctx, world, settings, clock):
    from datetime import datetime, timezone

    clock.set(datetime(2026, 1, 10, 12, 0, tzinfo=timezone.utc))
    page = ReportsPage(ctx, world.manager, settings=settings)
    qtbot.addWidget(page)
    assert page.from_edit.date() == QDate(2025, 12, 1) and page.to_edit.date() == QDate(2025, 12, 31)
    clock.set(START)
