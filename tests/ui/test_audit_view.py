"""The audit viewer: the page for managers and administrators, its filters and chain check, and
"who has looked at this record" from a referral record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casework.services import audit, people, referrals
from casework.store.models import AuditEntry
from ui.audit_view import AuditPage, Column, WhoLookedDialog
from ui.main_window import MainWindow
from ui.qt import QThreadPool, Qt
from ui.referral_record import ReferralRecord
from ui.workspace import build_workspace

from ..core.factories import act_now, young_person
from ..core.test_audit import tamper


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def looked_at(ctx, world):
    """Sam's referral, opened by the caseworker and the team lead; Ria's opened by nobody."""
    sam = act_now(ctx, world.caseworker)
    ria = act_now(ctx, world.caseworker, person=young_person(given_name="Ria", family_name="Khan"))
    referrals.get_referral(ctx, world.caseworker, sam.id, view="record_window")
    referrals.get_referral(ctx, world.team_lead, sam.id, view="record_window")
    people.get_person(ctx, world.team_lead, sam.person.id, view="person_editor")
    people.update_person(ctx, world.caseworker, sam.person.id, sam.person.version, postcode="MK9 3BB")
    with ctx.write() as s:
        audit.record(s, world.caseworker, ctx.clock.now(), "refused", "referral", ria.id,
                     after={"attempted": "read_cases", "reason": "not your team"})
    return {"sam": sam, "ria": ria}


def make_page(qtbot, ctx, actor) -> AuditPage:
    page = AuditPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def search(qtbot, page: AuditPage) -> None:
    with qtbot.waitSignal(page.trail.loaded, timeout=10_000):
        page.reload()


def rows(page: AuditPage) -> list[tuple[str, str, str]]:
    model = page.trail.model
    return [(model.display(e, Column.USER), model.display(e, Column.ACTION), model.display(e, Column.RECORD))
            for e in model.rows()]


def test_a_manager_filters_by_referral_and_sees_who_opened_it_with_details(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.manager)
    page.referral_edit.setText(str(looked_at["sam"].id))
    search(qtbot, page)
    listed = rows(page)
    assert ("Terry Lead (tl)", "Opened the referral record", f"Referral {looked_at['sam'].id}") in listed
    assert ("Casey Worker (casey)", "Opened the referral record", f"Referral {looked_at['sam'].id}") in listed
    assert {r[2] for r in listed} == {f"Referral {looked_at['sam'].id}"}
    # Newest first: the team lead opened it after the caseworker.
    assert [r[0] for r in listed if r[1] == "Opened the referral record"] == ["Terry Lead (tl)", "Casey Worker (casey)"]
    first_create = next(e for e in page.trail.model.rows() if e.action == "create")
    assert first_create.details is not None


def test_person_filter_includes_their_referrals_and_the_change_reads_before_and_after(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.manager)
    page.person_edit.setText(str(looked_at["sam"].person.id))
    search(qtbot, page)
    model = page.trail.model
    update_row = next(i for i, e in enumerate(model.rows()) if e.action == "update" and e.entity_type == "person")
    page.trail.table.selectRow(update_row)
    assert "Postcode: MK9 2AA → MK9 3BB" in page.trail.detail.toPlainText()
    assert ("Terry Lead (tl)", "Opened the young person's details", f"Young person {looked_at['sam'].person.id}") \
        in rows(page)
    assert f"Referral {looked_at['ria'].id}" not in {r[2] for r in rows(page)}


def test_refused_attempts_are_listed_and_stand_out(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.manager)
    page.action_combo.setCurrentIndex(page.action_combo.findData("refused"))
    search(qtbot, page)
    (entry,) = page.trail.model.rows()
    assert page.trail.model.display(entry, Column.ACTION) == "Refused: Read cases"
    index = page.trail.model.index(0, Column.ACTION)
    assert page.trail.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None


def test_an_administrator_sees_who_and_what_but_no_case_content(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.admin)
    page.person_edit.setText(str(looked_at["sam"].person.id))
    search(qtbot, page)
    assert all(e.details is None for e in page.trail.model.rows())
    shown = "\n".join(" ".join(r) for r in rows(page))
    assert "Opened the referral record" in shown
    for personal in ("Sam", "Jones", "MK9", "2010", "Ann", "07700"):
        assert personal not in shown
    page.trail.table.selectRow(0)
    assert "only managers see them" in page.trail.detail.toPlainText()


def test_the_user_and_date_filters(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.manager)
    search(qtbot, page)
    qtbot.waitUntil(lambda: page.user_combo.findData("tl") >= 0, timeout=5_000)
    page.user_combo.setCurrentIndex(page.user_combo.findData("tl"))
    search(qtbot, page)
    assert {r[0] for r in rows(page)} == {"Terry Lead (tl)"}
    page.from_edit.setDate(page.from_edit.date().currentDate().addYears(5))
    search(qtbot, page)
    assert rows(page) == [] and page.trail.status.text() == "No entries match."
    page.to_edit.setDate(page.from_edit.date().addDays(-1))
    page.reload()
    assert "before" in page.trail.status.text()


def test_load_more_pages_through_and_only_the_search_is_recorded(qtbot, ctx, world, looked_at, monkeypatch):
    monkeypatch.setattr("ui.audit_view.PAGE_SIZE", 5)
    page = make_page(qtbot, ctx, world.manager)
    search(qtbot, page)
    assert page.trail.model.rowCount() == 5 and page.trail.more_button.isVisible()
    with qtbot.waitSignal(page.trail.loaded, timeout=10_000):
        page.trail.more_button.click()
    assert page.trail.model.rowCount() == 10
    seqs = [e.seq for e in page.trail.model.rows()]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 10
    with ctx.read() as s:
        reads = s.query(AuditEntry).filter(AuditEntry.action == "audit_read").count()
    assert reads == 1


def test_check_the_chain_says_intact_then_names_the_tampered_entry(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.admin)
    with qtbot.waitSignal(page.verified, timeout=10_000) as blocker:
        page.verify_button.click()
    assert blocker.args[0].ok and page.verify_label.text().startswith("Intact")
    tamper(ctx, "UPDATE audit_entry SET user_id = NULL WHERE seq = 3")
    with qtbot.waitSignal(page.verified, timeout=10_000) as blocker:
        page.verify_button.click()
    assert not blocker.args[0].ok
    assert "first bad entry is 3" in page.verify_label.text()


def test_the_page_is_in_the_navigation_for_managers_and_administrators_only(qtbot, ctx, world):
    for actor, expected in ((world.manager, True), (world.admin, True), (world.team_lead, False),
                            (world.caseworker, False)):
        window = MainWindow(ctx, actor)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, None)
        assert ("audit" in window.page_keys()) is expected
        workspace.shutdown()


def test_who_has_looked_from_the_referral_record(qtbot, ctx, world, looked_at):
    record = ReferralRecord(ctx, world.manager, looked_at["sam"].id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    assert record.who_looked_button.isVisible()
    dialog = record.open_who_looked()
    assert isinstance(dialog, WhoLookedDialog)
    qtbot.waitUntil(lambda: dialog.trail.model.rowCount() > 0, timeout=10_000)
    users = [dialog.trail.model.display(e, Column.USER) for e in dialog.trail.model.rows()
             if e.action == "view"]
    # The manager's own opening of the record is the newest look.
    assert users[0] == "Morgan Manager (morgan)" and "Terry Lead (tl)" in users
    person_dialog = record.open_person_looked()
    qtbot.waitUntil(lambda: person_dialog.trail.model.rowCount() > 0, timeout=10_000)
    assert any(e.entity_type == "person" for e in person_dialog.trail.model.rows())
    _save(dialog, "who-has-looked.png")
    dialog.close()
    person_dialog.close()


def test_a_caseworker_has_no_who_has_looked_button(qtbot, ctx, world, looked_at):
    record = ReferralRecord(ctx, world.caseworker, looked_at["sam"].id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    assert not record.who_looked_button.isVisible() and not record.person_looked_button.isVisible()
    assert record.open_who_looked() is None


def test_opening_the_record_window_is_one_view_and_its_reloads_none(qtbot, ctx, world, looked_at):
    referral_id = looked_at["ria"].id

    def views() -> int:
        with ctx.read() as s:
            return s.query(AuditEntry).filter(AuditEntry.action == "view", AuditEntry.entity_id == referral_id,
                                              AuditEntry.entity_type == "referral").count()

    record = ReferralRecord(ctx, world.caseworker, referral_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    assert views() == 1
    with qtbot.waitSignal(record.loaded, timeout=10_000):
        record.reload()
    assert views() == 1


def test_opening_the_person_editor_is_a_view_of_the_person(qtbot, ctx, world, looked_at):
    person_id = looked_at["ria"].person.id
    record = ReferralRecord(ctx, world.caseworker, looked_at["ria"].id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    editor = record.open_person_editor()

    def person_views() -> list[AuditEntry]:
        with ctx.read() as s:
            return s.query(AuditEntry).filter(AuditEntry.action == "view", AuditEntry.entity_type == "person",
                                              AuditEntry.entity_id == person_id).all()

    qtbot.waitUntil(lambda: len(person_views()) == 1, timeout=10_000)
    assert person_views()[0].details == {"via": "person_editor"}
    editor.reject()


def _save(widget, name: str) -> None:
    folder = os.environ.get("CASEWORK_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def test_screenshot_of_the_page(qtbot, ctx, world, looked_at):
    page = make_page(qtbot, ctx, world.manager)
    search(qtbot, page)
    page.trail.table.selectRow(next(i for i, e in enumerate(page.trail.model.rows())
                                    if e.action == "update" and e.entity_type == "person"))
    assert not page.grab().isNull()
    _save(page, "audit-trail.png")
