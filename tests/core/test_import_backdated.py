"""Historical referrals in an import: clocks whose due time passed before the import are "imported — not
tracked" (no alert, no breach to review, counted apart in reports); clocks still running are tracked."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from casework.services import referrals, sla
from casework.services import spreadsheet_import as si
from casework.services.referrals import NewReferral
from casework.sla.engine import ReferralFacts, TimerState, compute_timer
from casework.store.models import Alert, AuditEntry, Breach, Referral, SlaTimer
from casework.reports import figures
from tests.core import sheet_data as sd
from tests.core.factories import young_person
from tests.core.test_reports import figures_of, report, scope_for

HEADERS = ["Name", "DOB", "NHS number", "Referral date/time", "Pathway", "Team", "Worker"]
CUSTODY = "Custody attendance"


def _sheet(*received: str) -> si.Sheet:
    nhs = sd.nhs_numbers(len(received), seed=5)
    lines = [",".join(HEADERS)]
    for i, when in enumerate(received):
        lines.append(f"Young{i} Person,04/03/2010,{nhs[i]},{when},Act Now,YOT Milton Keynes,casey")
    return si.read_bytes(("\n".join(lines) + "\n").encode(), "old-referrals.csv")


def _timers(ctx, referral_id: int) -> dict[str, SlaTimer]:
    with ctx.read() as s:
        return {t.rule_id: t for t in s.scalars(select(SlaTimer).where(SlaTimer.referral_id == referral_id))}


def _count(ctx, model) -> int:
    with ctx.read() as s:
        return len(s.scalars(select(model.id)).all())


# The clock reads Monday 15 June 2026, 10:00 in London (09:00 UTC).
OLD, RECENT = "02/02/2026 11:00", "15/06/2026 09:30"


def test_the_dry_run_says_how_many_rows_are_older_than_their_sla_windows(ctx, world):
    sheet = _sheet(OLD, RECENT, "12/06/2026 10:00")
    report_ = si.dry_run(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers))
    assert report_.ok
    assert report_.overdue_rows == 2
    assert report_.overdue_clocks == {CUSTODY: 2}
    assert report_.to_json()["overdue_rows"] == 2


def test_clocks_run_out_before_the_import_are_imported_not_tracked_and_running_ones_are_tracked(ctx, world, clock):
    sheet = _sheet(OLD, RECENT)
    result = si.import_referrals(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers))
    old, recent = result.referral_ids
    assert (result.overdue_rows, result.overdue_clocks, result.tracked_overdue) == (1, 1, False)
    # THEN the old referral's missed clock is recorded, not tracked: no breach, no alert, no next deadline
    assert _timers(ctx, old)["custody_attendance"].state == "not_tracked"
    assert _timers(ctx, recent)["custody_attendance"].state == "running"
    assert _count(ctx, Breach) == 0 and _count(ctx, Alert) == 0
    assert sla.list_breaches(ctx, world.team_lead) == []
    with ctx.read() as s:
        imported = s.get(Referral, old)
        assert imported.sla_untracked_before == clock.now() and imported.next_due_at is None
        assert s.get(Referral, recent).next_due_at is not None
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import_referrals"))
        assert (entry.details["overdue_rows"], entry.details["overdue_clocks"], entry.details["overdue_tracked"]) == \
            (1, 1, False)
    # AND the record says why, in words
    words = sla.explain(ctx, world.caseworker, old, view=None)
    custody = next(e for e in words if e.rule_id == "custody_attendance")
    assert custody.state == "not_tracked"
    assert any("before the referral was imported" in line and "not tracked" in line for line in custody.lines)
    # WHEN time passes, the clock that was running at the import breaches and alerts as at intake; the old one never
    clock.advance(timedelta(hours=2))
    sla.run_sweep(ctx)
    with ctx.read() as s:
        breached = s.scalars(select(Breach.referral_id)).all()
        alerted = set(s.scalars(select(Alert.referral_id)).all())
    assert breached == [recent] and alerted == {recent}


def test_events_recorded_later_keep_a_deadline_before_the_import_untracked_and_track_later_ones(ctx, world, clock):
    sheet = _sheet(OLD)
    (old,) = si.import_referrals(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers)).referral_ids
    clock.advance(timedelta(hours=1))
    # the custody attendance, recorded late and back-dated: the 90 minutes had run out long before the import
    referrals.record_event(ctx, world.caseworker, old, "custody_attended",
                           occurred_at=datetime(2026, 2, 2, 14, 0, tzinfo=timezone.utc))
    # released back in February too: the 48 hours to the parents' meeting ran out before the import
    referrals.record_event(ctx, world.caseworker, old, "released_from_custody",
                           occurred_at=datetime(2026, 2, 2, 16, 0, tzinfo=timezone.utc))
    timers = _timers(ctx, old)
    assert timers["custody_attendance"].state == "not_tracked"
    assert timers["parent_meeting"].state == "not_tracked"
    assert _count(ctx, Breach) == 0 and _count(ctx, Alert) == 0
    # a correction moving the release to after the import: that deadline is still to come, so it is tracked
    with ctx.read() as s:
        from casework.store.models import Event
        release = s.scalar(select(Event.id).where(Event.referral_id == old, Event.kind == "released_from_custody"))
    referrals.correct_event(ctx, world.caseworker, release, occurred_at=clock.now() - timedelta(minutes=5))
    assert _timers(ctx, old)["parent_meeting"].state == "running"
    clock.advance(timedelta(hours=49))
    sla.run_sweep(ctx)
    with ctx.read() as s:
        assert [b.rule_id for b in s.scalars(select(Breach))] == ["parent_meeting"]


def test_tracking_overdue_clocks_anyway_makes_each_a_breach_for_review(ctx, world):
    sheet = _sheet(OLD, RECENT)
    result = si.import_referrals(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers), track_overdue=True)
    old, _recent = result.referral_ids
    assert (result.overdue_rows, result.overdue_clocks, result.tracked_overdue) == (1, 1, True)
    assert _timers(ctx, old)["custody_attendance"].state == "breached"
    assert [b.referral_id for b in sla.list_breaches(ctx, world.team_lead)] == [old]
    with ctx.read() as s:
        assert s.get(Referral, old).sla_untracked_before is None


def test_a_referral_taken_in_at_intake_breaches_as_before(ctx, world):
    detail = referrals.create_referral(ctx, world.caseworker, NewReferral(
        pathway="act_now", source="custody", person=young_person(),
        received_at=datetime(2026, 2, 2, 11, 0, tzinfo=timezone.utc), team=world.team, assigned_to="casey"))
    assert _timers(ctx, detail.id)["custody_attendance"].state == "breached"
    assert _count(ctx, Breach) == 1


def test_the_timer_function_marks_only_deadlines_at_or_before_the_import(ctx):
    pathway = ctx.pathways.get("act_now")
    rule = pathway.sla_rule("custody_attendance")
    calendar = rule.calendar.build("england")
    received = datetime(2026, 6, 15, 8, 0, tzinfo=timezone.utc)
    from casework.sla.engine import EventFact

    events = [EventFact(1, "custody_notified", received, {})]
    due = received + timedelta(minutes=90)
    for imported_at, as_of, expected in (
            (due, due + timedelta(hours=1), TimerState.NOT_TRACKED),  # due exactly at the import: not tracked
            (due - timedelta(seconds=1), due + timedelta(hours=1), TimerState.BREACHED),  # due after it: tracked
            (due, due - timedelta(minutes=1), TimerState.WARNING),  # before the due time nothing is overdue yet
            (None, due + timedelta(hours=1), TimerState.BREACHED)):
        facts = ReferralFacts(received, None, "Milton Keynes", pathway.service_area, imported_at)
        assert compute_timer(rule, calendar, facts, events, as_of).state is expected, (imported_at, as_of)
    met = events + [EventFact(2, "custody_attended", received + timedelta(minutes=60), {})]
    facts = ReferralFacts(received, None, "Milton Keynes", pathway.service_area, due + timedelta(days=1))
    assert compute_timer(rule, calendar, facts, met, due + timedelta(days=2)).state is TimerState.MET


def test_reports_count_imported_clocks_apart_and_label_them(ctx, world, tmp_path):
    sheet = _sheet(OLD, "03/02/2026 11:00", RECENT)
    si.import_referrals(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers))
    f = figures_of(ctx, figures.sla, scope_for(ctx))
    assert f.not_tracked.value == 2
    assert [(label, count.value) for label, count in f.not_tracked_by_rule] == [(f"Act Now: {CUSTODY}", 2)]
    # only the clock still running at the import is in the compliance figures
    assert (f.overall.breached.n.value, f.overall.running.n.value, f.overall.total.value) == (0, 1, 1)
    pdf, _ = report(ctx, world.manager, tmp_path, "sla")
    text = " ".join(pdf.plain)
    assert "Imported — not tracked: 2 more timers" in text
    pdf, _ = report(ctx, world.manager, tmp_path, "caseload")
    assert "3 of the open cases were imported from a spreadsheet" in " ".join(pdf.plain)


@pytest.mark.parametrize("track", [False, True])
def test_the_cli_says_how_many_clocks_of_old_referrals_are_not_tracked(ctx, world, db_url, clock, tmp_path, capsys,
                                                                       track, monkeypatch):
    from .test_cli import _runner

    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    path = tmp_path / "old.csv"
    path.write_text(",".join(HEADERS) + f"\nOld Person,04/03/2010,,{OLD},Act Now,YOT Milton Keynes,casey\n",
                    encoding="utf-8")
    capsys.readouterr()
    cli = _runner(db_url, clock, capsys)
    checked = cli("import", "referrals", str(path), "--dry-run", user="casey")
    assert checked.code == 0 and "1 row is older than their SLA windows" in checked.out, checked.out
    done = cli("import", "referrals", str(path), *(["--track-overdue"] if track else []), user="casey")
    assert done.code == 0, done.err
    assert ("recorded as breaches for review" if track else "recorded as 'imported - not tracked'") in done.out
