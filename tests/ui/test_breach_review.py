"""Breach review: the list with its filters, each breach's reason, and accept or challenge with a comment
(team lead or manager); caseworkers read it and give reasons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casework.services import directory, referrals, sla
from ui.breach_review import BreachReviewPage, Column, RecordRole
from ui.qt import QDialog, QThreadPool, Qt

from ..conftest import PASSWORD
from ..core.factories import act_now, young_person

MIN = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def breaches(ctx, world, clock):
    """Two Act Now breaches in YOT Milton Keynes (the second with a reason given), one in Leeds."""
    directory.create_user(ctx, world.admin, "nav", PASSWORD, "caseworker", "Leeds Navigators", "Nia Navigator")
    first = act_now(ctx, world.caseworker, person=young_person(given_name="Ade"))
    clock.advance(10 * MIN)
    second = act_now(ctx, world.caseworker, person=young_person(given_name="Bea"))
    leeds = referrals.create_referral(ctx, directory.authenticate(ctx, "nav", PASSWORD), referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person=young_person(given_name="Cai", date_of_birth=date(2008, 1, 1)),
        site="lgi-ed", team="Leeds Navigators", assigned_to="nav"))
    clock.advance(3 * 60 * MIN)
    sla.run_sweep(ctx)
    by_referral = {b.referral_id: b for b in sla.list_breaches(ctx, world.manager)}
    given = sla.give_breach_reason(ctx, world.caseworker, by_referral[second.id].id, "custody_access_delayed",
                                   "The custody sergeant kept us waiting 40 minutes")
    return dict(first=by_referral[first.id], second=given, leeds=by_referral[leeds.id])


@pytest.fixture
def make_page(qtbot, ctx):
    def build(actor) -> BreachReviewPage:
        page = BreachReviewPage(ctx, actor)
        qtbot.addWidget(page)
        page.resize(1200, 640)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        return page
    return build


def listed(page: BreachReviewPage) -> list:
    return [page.model.data(page.model.index(r, 0), RecordRole) for r in range(page.model.rowCount())]


def reload(qtbot, page: BreachReviewPage, change) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        change()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def test_a_team_lead_sees_their_own_teams_breaches_with_the_team_fixed(qtbot, make_page, world, breaches):
    page = make_page(world.team_lead)
    assert not page.team_combo.isEnabled()
    assert page.team_combo.currentText() == "YOT Milton Keynes"
    assert [b.id for b in listed(page)] == [breaches["second"].id, breaches["first"].id]  # latest due first
    assert page.count_label.text() == "2 breaches"
    assert page.table.isColumnHidden(Column.TEAM)
    assert page.model.data(page.model.index(0, Column.STATE)) == "Awaiting review"
    assert page.model.data(page.model.index(1, Column.STATE)) == "Reason needed"
    assert page.model.data(page.model.index(0, Column.REASON)) == "Access to custody was delayed"


def test_the_filters_narrow_the_list(qtbot, make_page, world, breaches, clock):
    page = make_page(world.manager)
    assert page.team_combo.isEnabled() and len(listed(page)) == 3
    reload(qtbot, page, lambda: page.choose_team("Leeds Navigators"))
    assert [b.id for b in listed(page)] == [breaches["leeds"].id]
    reload(qtbot, page, lambda: page.choose_team(None))
    reload(qtbot, page, lambda: page.pathway_combo.setCurrentIndex(page.pathway_combo.findData("act_now")))
    assert len(listed(page)) == 2
    assert page.rule_combo.itemText(1) == "Custody attendance"  # the rules of the chosen pathway
    reload(qtbot, page, lambda: page.state_combo.setCurrentIndex(page.state_combo.findData("awaiting_reason")))
    assert [b.id for b in listed(page)] == [breaches["first"].id]
    reload(qtbot, page, lambda: page.state_combo.setCurrentIndex(0))
    today = clock.now().date()
    reload(qtbot, page, lambda: page.set_period(today + timedelta(days=1), None))
    assert listed(page) == [] and page.empty_label.text() == "No breaches match these filters."
    reload(qtbot, page, lambda: page.set_period(today, today))
    assert len(listed(page)) == 2


def test_selecting_a_breach_shows_its_reason_in_words_and_who_gave_it(qtbot, make_page, world, breaches):
    page = make_page(world.team_lead)
    assert page.detail_title.text() == "No breach selected"
    page.select_breach(breaches["second"].id)
    assert page.detail_title.text() == "Custody attendance breached"
    assert "Young person: Bea Jones" in page.facts_label.text()
    reason = page.reason_label.text()
    assert "Access to custody was delayed" in reason
    assert "The custody sergeant kept us waiting 40 minutes" in reason
    assert "Given by casey" in reason
    assert page.accept_button.isEnabled() and page.challenge_button.isEnabled()
    page.select_breach(breaches["first"].id)
    assert page.reason_label.text() == "No reason given yet."
    assert not page.accept_button.isEnabled()
    assert page.detail_status.text() == "A reason is needed before this breach can be reviewed."


def test_a_challenge_needs_a_comment_named_inline_then_is_saved(qtbot, make_page, world, breaches, ctx):
    page = make_page(world.team_lead)
    page.select_breach(breaches["second"].id)
    qtbot.mouseClick(page.challenge_button, Qt.MouseButton.LeftButton)
    assert not page.comment_error.isHidden()
    assert page.comment_error.text().startswith("Comment:")
    assert page.comment_edit.hasFocus() or not page.isActiveWindow()
    page.comment_edit.setPlainText("Why was the on-call worker not called?")
    with qtbot.waitSignal(page.reviewed, timeout=5000) as reviewed:
        qtbot.mouseClick(page.challenge_button, Qt.MouseButton.LeftButton)
    assert reviewed.args[0].review_state == "challenged"
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.comment_edit.toPlainText() == ""
    assert page.comment_error.isHidden()
    assert page.notice_label.text() == "Reason challenged."
    assert page.selected_breach().id == breaches["second"].id  # still selected after the reload
    assert "Comment: Why was the on-call worker not called?" in page.review_label.text()
    assert [b.review_state for b in sla.list_breaches(ctx, world.manager, referral_id=breaches["second"].referral_id)] \
        == ["challenged"]


def test_accepting_a_reason(qtbot, make_page, world, breaches):
    page = make_page(world.team_lead)
    page.select_breach(breaches["second"].id)
    page.comment_edit.setPlainText("Noted; raised with custody")
    with qtbot.waitSignal(page.reviewed, timeout=5000) as reviewed:
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert (reviewed.args[0].review_state, reviewed.args[0].reviewed_by) == ("accepted", "tl")
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.model.data(page.model.index(0, Column.STATE)) == "Reason accepted"
    assert page.decision_area.isHidden() and page.reason_button.isHidden()


def test_a_review_someone_else_made_first_gives_a_conflict_and_keeps_the_comment(qtbot, make_page, world, breaches,
                                                                                 ctx):
    page = make_page(world.team_lead)
    page.select_breach(breaches["second"].id)
    # Meanwhile the worker rewrites the reason from another desktop.
    sla.give_breach_reason(ctx, world.caseworker, breaches["second"].id, "staff_unavailable", "Both of us were out")
    page.comment_edit.setPlainText("Fine")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "Someone else changed this breach" in page.detail_error.text()
    assert not page.detail_error.isHidden()
    assert page.comment_edit.toPlainText() == "Fine"
    assert "Both of us were out" in page.reason_label.text()  # the reloaded reason is what is shown now
    assert sla.list_breaches(ctx, world.manager, referral_id=breaches["second"].referral_id)[0].review_state \
        == "awaiting_review"


def test_a_caseworker_reads_the_list_and_gives_a_reason(qtbot, make_page, world, breaches, ctx):
    page = make_page(world.caseworker)
    assert page.decision_area.isHidden()
    page.select_breach(breaches["first"].id)
    assert page.reason_button.isVisible() and page.reason_button.isEnabled()
    qtbot.mouseClick(page.reason_button, Qt.MouseButton.LeftButton)
    dialog = page.reason_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.submit()  # no category chosen: said beside the field, nothing sent
    assert not dialog.category_error.isHidden() and not dialog.busy
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("notified_late"))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.text_error.has_error or dialog.result() != 0, timeout=5000)
        # an empty text is refused by the core, and named on the field
        assert dialog.text_error.text() == "describe what happened"
        dialog.text_edit.setPlainText("Custody rang us 70 minutes after arrest")
        dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: not page.busy and page.notice_label.text() == "Reason saved.", timeout=5000)
    [saved] = sla.list_breaches(ctx, world.manager, referral_id=breaches["first"].referral_id)
    assert (saved.reason_category, saved.reason_by, saved.review_state) == ("notified_late", "casey", "awaiting_review")
    assert "We were notified late" in page.reason_label.text()


def test_a_manager_reviews_any_team_but_gives_no_reasons(qtbot, make_page, world, breaches):
    page = make_page(world.manager)
    assert not page.table.isColumnHidden(Column.TEAM)
    page.select_breach(breaches["second"].id)
    assert page.accept_button.isEnabled()
    assert page.reason_button.isHidden()


def test_keyboard_reaches_the_filters_the_list_and_the_decision(qtbot, make_page, world, breaches):
    page = make_page(world.team_lead)
    page.select_breach(breaches["second"].id)
    order = []
    widget = page.pathway_combo
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
    for expected in (page.rule_combo, page.from_edit, page.table, page.comment_edit, page.accept_button):
        assert any(w is expected or expected.isAncestorOf(w) for w in order), expected.accessibleName()
    for widget in (page.table, page.comment_edit, page.accept_button, page.challenge_button, page.from_edit):
        assert widget.accessibleName()
