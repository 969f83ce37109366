"""The record window offers no change on a referral the user may only read (the core refuses them: access.py).

A caseworker reads every referral of their team but changes only those assigned to them; a manager reads
everything and changes nothing. On a referral they may only read, the record shows it read-only: no event
or note to record, no stage to move to, no assignment or closure, no correction or void, no breach reason.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import referrals, sla
from casework.store.models import AuditEntry, Event
from sqlalchemy import func, select
from tests.core.factories import act_now, young_person
from ui.field_widgets import FormDialog

from .test_referral_record import open_record


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def _counts(ctx) -> tuple[int, int]:
    with ctx.read() as s:
        return (s.scalar(select(func.count()).select_from(Event)),
                s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "refused")))


def _read_only(qtbot, rec) -> None:
    assert rec.data is not None and not rec.changeable
    qtbot.wait(50)  # the rows made on loading are shown by the layout on the next pass of the event loop
    assert rec.read_only_label.isVisible()
    for button in (rec.record_button, rec.note_button, rec.assign_button, rec.close_button, rec.void_button,
                   rec.correct_button):
        assert not button.isEnabled(), button.text()
    assert not rec.record_action.isEnabled() and not rec.note_action.isEnabled()
    assert rec.move_buttons == {} and not rec.moves_label.isVisible()
    assert not any(button.isVisible() for _label, button in rec.breach_rows.values())
    assert rec.open_event_dialog() is None and rec.open_event_dialog("note") is None
    assert rec.open_assign_dialog() is None and rec.open_close_dialog() is None
    rec.timeline.selectRow(0)
    assert rec.open_correct_dialog() is None and rec.open_void_dialog() is None


def test_a_referral_the_user_may_only_read_is_shown_read_only(qtbot, ctx, world, clock, tmp_path):
    theirs = act_now(ctx, world.team_lead, assigned_to="tl", person=young_person(given_name="Kai", family_name="Evans"))
    referrals.record_event(ctx, world.team_lead, theirs.id, "note", note="Spoke to mum")
    clock.advance(timedelta(hours=3))
    sla.run_sweep(ctx)
    assert sla.list_breaches(ctx, world.team_lead, referral_id=theirs.id)
    before = _counts(ctx)

    for reader in (world.caseworker, world.manager):
        rec = open_record(qtbot, ctx, reader, theirs.id)
        assert rec.breach_rows and rec.detail.allowed_moves
        _read_only(qtbot, rec)
        assert not rec.edit_person_button.isEnabled() and rec.open_person_editor() is None
        # Nothing reached the core: no event written, no refusal audited.
        rec.move_to(rec.detail.allowed_moves[0])
        assert not rec.busy
        if reader is world.caseworker:
            rec.grab().save(str(tmp_path / "read_only_record.png"))
    assert _counts(ctx) == before

    # The team lead, whose team's referral it is, is offered every change, and a move goes through.
    lead = open_record(qtbot, ctx, world.team_lead, theirs.id)
    assert lead.changeable and not lead.read_only_label.isVisible()
    assert lead.record_button.isEnabled() and lead.note_button.isEnabled() and lead.assign_button.isEnabled()
    assert lead.close_button.isEnabled() and lead.edit_person_button.isEnabled()
    assert set(lead.move_buttons) == set(lead.detail.allowed_moves)
    assert all(b.isEnabled() for b in lead.move_buttons.values())
    qtbot.waitUntil(lambda: any(button.isVisible() for _label, button in lead.breach_rows.values()), timeout=5000)
    stage = lead.detail.allowed_moves[0]
    with qtbot.waitSignal(lead.loaded, timeout=5000):
        lead.move_to(stage)
    qtbot.waitUntil(lambda: not lead.busy, timeout=5000)
    assert lead.detail.stage == stage


def test_the_caseworkers_own_referral_offers_changes(qtbot, ctx, world):
    mine = act_now(ctx, world.team_lead)  # assigned to casey
    rec = open_record(qtbot, ctx, world.caseworker, mine.id)
    assert rec.changeable and not rec.read_only_label.isVisible()
    assert rec.record_button.isEnabled() and rec.note_button.isEnabled()
    assert rec.move_buttons and all(b.isEnabled() for b in rec.move_buttons.values())
    assert rec.open_event_dialog("note") is not None
