"""Export… on the list screens, from the keyboard: File → Export list (Ctrl+Shift+E) exports the focused
list of the current page; the caseload goes through its query (every row, not the loaded window)."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from sqlalchemy import select

from casework.store.models import AuditEntry
from ui.list_export import ListExporter
from ui.main_window import MainWindow
from ui.qt import QThreadPool, Qt
from ui.workspace import build_workspace

from ..core.factories import act_now, young_person
from .caseload_helpers import wait_loaded

WAIT = 10_000


@pytest.fixture
def desktop(qtbot, ctx, settings):
    opened = []

    def open_as(actor):
        window = MainWindow(ctx, actor, settings=settings)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, settings)
        window.show()
        window.reload()
        wait_loaded(qtbot, window.caseload.model)
        opened.append(workspace)
        return window, workspace

    yield open_as
    for workspace in opened:
        workspace.shutdown()
    QThreadPool.globalInstance().waitForDone(WAIT)


def _exports(ctx):
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "export_list").order_by(AuditEntry.seq)))


def test_every_list_screen_offers_export_in_its_context_menu_with_an_accessible_name(qtbot, ctx, world, desktop):
    window, _workspace = desktop(world.team_lead)
    for key in window.page_keys():
        window.page(key)  # pages are made when first shown
    names = {e.list_name for e in window.findChildren(ListExporter)}
    assert {"caseload", "alerts", "breaches", "team_timers", "team_workload", "follow_ups", "programmes"} <= names
    for exporter in window.findChildren(ListExporter):
        assert exporter.action in exporter.view.actions()
        assert exporter.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert exporter.action.text() and exporter.action.toolTip()
    manager_window, _ = desktop(world.manager)
    for key in manager_window.page_keys():
        manager_window.page(key)
    names = {e.list_name for e in manager_window.findChildren(ListExporter)}
    assert {"audit_trail", "duplicates", "merges"} <= names


def test_ctrl_shift_e_exports_the_whole_caseload_query_not_the_loaded_window(qtbot, ctx, world, desktop, tmp_path):
    for i in range(12):
        act_now(ctx, world.caseworker, person=young_person(given_name=f"Kid{i:02d}", family_name="=cmd", nhs_number=None))
    window, workspace = desktop(world.team_lead)
    caseload = window.caseload
    caseload.model._page_size = 5  # noqa: SLF001 - a window smaller than the list
    caseload.reload()
    wait_loaded(qtbot, caseload.model)
    path = tmp_path / "caseload.xlsx"
    caseload.exporter.choose_file = lambda: str(path)
    caseload.table.setFocus()
    qtbot.waitUntil(lambda: caseload.table.hasFocus() or window.isActiveWindow() or True, timeout=WAIT)
    with qtbot.waitSignal(caseload.exporter.exported, timeout=WAIT):
        qtbot.keyClick(caseload.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Name"
    assert len(values) == 13
    assert all(row[0].startswith("'=cmd, Kid") for row in values[1:])  # formula injection defused
    [entry] = _exports(ctx)
    assert entry.details["list"] == "caseload" and entry.details["rows"] == 12


def test_the_alerts_list_exports_what_the_screen_shows_as_csv(qtbot, ctx, world, desktop, tmp_path, clock):
    from datetime import timedelta

    from casework.services import sla

    act_now(ctx, world.caseworker)
    clock.advance(timedelta(minutes=95))
    sla.run_sweep(ctx)
    window, workspace = desktop(world.caseworker)
    window.show_page("alerts")
    alerts = workspace.alerts
    qtbot.waitUntil(lambda: alerts.model.rowCount() > 0, timeout=WAIT)
    path = tmp_path / "alerts.csv"
    alerts.exporter.choose_file = lambda: str(path)
    alerts.table.setFocus()
    with qtbot.waitSignal(alerts.exporter.exported, timeout=WAIT):
        workspace.list_export.action.trigger()
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    model = alerts.model
    assert rows[0] == [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert rows[1] == [model.data(model.index(0, c)) or "" for c in range(model.columnCount())]
    assert _exports(ctx)[0].details["list"] == "alerts"
