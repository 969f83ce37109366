"""The evaluation export: no direct identifier in any file, stable keyed pseudonyms, a complete dictionary."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select

from casework.errors import NotPermitted, ValidationError
from casework.services import evaluation
from casework.store.models import AuditEntry, SecretKey

from . import outcomes_fixture


@pytest.fixture
def planted(ctx, world):
    return outcomes_fixture.build(ctx, world.caseworker)


def _read(folder, name) -> list[dict[str, str]]:
    with (folder / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _dob_forms(dob: date) -> list[str]:
    return [dob.isoformat(), dob.strftime("%d/%m/%Y"), dob.strftime("%d/%m/%y"), dob.strftime("%Y%m%d"),
            dob.strftime("%d%m%Y"), dob.strftime("%d-%m-%Y"), dob.strftime("%m/%d/%Y"),
            f"{dob.day} {dob:%B %Y}", f"{dob.day} {dob:%b %Y}", dob.strftime("%Y/%m/%d")]


def test_the_export_contains_no_direct_identifier(ctx, world, planted, tmp_path):
    out = tmp_path / "export"
    result = evaluation.export_evaluation(ctx, world.manager, out)
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(result.files) == sorted(["referrals.csv", "interventions.csv", "attendance.csv",
                                                   "follow_ups.csv", "data_dictionary.csv", "data_dictionary.md"])
    with ctx.read() as s:
        key = s.scalar(select(SecretKey.key))
    needles: list[str] = []
    needles += planted.names + planted.notes + planted.pnc_ids + planted.nhs_numbers
    for phone in planted.phones:
        needles += [phone, phone.replace(" ", ""), phone.replace(" ", "")[-6:]]
    for dob in planted.dobs:
        needles += _dob_forms(dob)
    for postcode in planted.postcodes:
        needles += [postcode, postcode.replace(" ", ""), postcode.split()[1]]  # the inward code gives a street
    needles += [key, key[:16]]
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        lowered = text.lower()
        for needle in needles:
            if len(needle) < 3:
                continue
            # the inward code of a postcode (e.g. "2AA") is short; look for it as a whole cell only
            if len(needle) == 3:
                assert f",{needle}," not in text and f",{needle}\n" not in text, (path.name, needle)
                continue
            assert needle.lower() not in lowered, (path.name, needle)
    # the fixture's ids are not there either, as cells
    referrals = _read(out, "referrals.csv")
    for row in referrals:
        assert row["referral"].startswith("R-") and len(row["referral"]) == 18
        assert row["person"].startswith("P-")
        assert str(planted.referrals["I1"]) not in (row["referral"], row["person"])
    assert len(referrals) == len(outcomes_fixture.PEOPLE)
    i1 = next(r for r in referrals if r["postcode_district"] == "SA15")
    assert (i1["age_band"], i1["received_month"], i1["closed_month"], i1["outcome"], i1["engaged"],
            i1["outcome_completed"], i1["days_open"]) == ("13 to 15", "2025-03", "2025-05", "completed", "yes", "yes",
                                                          "70")


def test_every_column_is_in_the_data_dictionary(ctx, world, planted, tmp_path):
    out = tmp_path / "export"
    evaluation.export_evaluation(ctx, world.manager, out)
    described = {(r["file"], r["column"]) for r in _read(out, "data_dictionary.csv")}
    markdown = (out / "data_dictionary.md").read_text(encoding="utf-8")
    for name in evaluation.FILES:
        with (out / name).open(newline="", encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        for column in header:
            assert (name, column) in described
            assert f"| {column} |" in markdown


def test_pseudonyms_are_stable_across_exports_and_change_with_the_key(ctx, world, planted, tmp_path):
    first = tmp_path / "one"
    second = tmp_path / "two"
    evaluation.export_evaluation(ctx, world.manager, first)
    evaluation.export_evaluation(ctx, world.manager, second, date_from=date(2025, 3, 1), date_to=date(2025, 3, 31))
    a, b = _read(first, "referrals.csv"), _read(second, "referrals.csv")
    assert [(r["referral"], r["person"]) for r in a] == [(r["referral"], r["person"]) for r in b]
    assert len({r["person"] for r in a}) == len(a)  # one referral each in the fixture
    assert _read(first, "follow_ups.csv") == _read(second, "follow_ups.csv")

    evaluation.replace_key(ctx, world.admin)
    third = tmp_path / "three"
    evaluation.export_evaluation(ctx, world.manager, third)
    c = _read(third, "referrals.csv")
    assert len(c) == len(a)
    assert not ({r["person"] for r in a} & {r["person"] for r in c})
    assert not ({r["referral"] for r in a} & {r["referral"] for r in c})
    # the rest of each row is the same data
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("referral", "person")} for r in rows]  # noqa: E731
    assert strip(a) == strip(c)


def test_the_period_selects_referrals_by_the_day_received(ctx, world, planted, tmp_path):
    out = tmp_path / "none"
    result = evaluation.export_evaluation(ctx, world.manager, out, date_from=date(2025, 4, 1))
    assert result.rows == {"referrals.csv": 0, "interventions.csv": 0, "attendance.csv": 0, "follow_ups.csv": 0}
    assert _read(out, "referrals.csv") == []


def test_follow_ups_and_attendance_rows(ctx, world, planted, tmp_path):
    out = tmp_path / "export"
    result = evaluation.export_evaluation(ctx, world.manager, out)
    follow_ups = _read(out, "follow_ups.csv")
    # 12 closed referrals (I1–I9, A1–A3; I10's checks were cancelled with its reopening, O1 is open) × 3 checks
    assert len(follow_ups) == 12 * 3 == result.rows["follow_ups.csv"]
    contact = [r for r in follow_ups if r["further_police_contact"] == "yes"]
    # I6: closed 12 May 2025, contact 1 September: 19 + 30 + 31 + 31 + 1 = 112 days
    assert {(r["months"], r["days_closure_to_police_contact"]) for r in contact} == {("6", "112"), ("12", "112")}
    attendance = _read(out, "attendance.csv")
    # 6 on the boxing roster × 2 sessions + I7, A1, A2 one 1-2-1 session each
    assert len(attendance) == 15
    assert sorted(r["attendance"] for r in attendance).count("attended") == 12  # 6 + 5 boxing, A1
    a1 = next(r for r in attendance if r["kind"] == "one_to_one" and r["attendance"] == "attended")
    assert (a1["child_attended"], a1["parents_carers_attended"]) == ("yes", "1")


def test_export_is_for_managers_audited_and_refuses_a_file_as_folder(ctx, world, planted, tmp_path):
    with pytest.raises(NotPermitted):
        evaluation.export_evaluation(ctx, world.team_lead, tmp_path / "x")
    with pytest.raises(NotPermitted):
        evaluation.replace_key(ctx, world.manager)
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(ValidationError) as e:
        evaluation.export_evaluation(ctx, world.manager, target)
    assert (e.value.field, e.value.rule) == ("out", "not_a_folder")
    with pytest.raises(ValidationError) as e:
        evaluation.export_evaluation(ctx, world.manager, tmp_path / "y", date_from=date(2025, 5, 2),
                                     date_to=date(2025, 5, 1))
    assert (e.value.field, e.value.rule) == ("to", "before_from")
    evaluation.export_evaluation(ctx, world.manager, tmp_path / "z", date_from=date(2025, 1, 1))
    with ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
        key = s.scalar(select(SecretKey.key))
    assert entry.user_id == world.manager.user_id and entry.entity_type == "evaluation_export"
    assert entry.details["after"]["from"] == "2025-01-01" and entry.details["after"]["rows"]["referrals.csv"] == 14
    assert key not in str(entry.details)


def test_postcode_district_and_months():
    assert evaluation.postcode_district("CF10 1AA") == "CF10"
    assert evaluation.postcode_district("mk92aa") == "MK9"
    assert evaluation.postcode_district("SW1A 1AA") == "SW1A"
    assert evaluation.postcode_district(None) == evaluation.postcode_district("AB") == ""
    assert evaluation.month(date(2025, 5, 31)) == "2025-05"


def _key_value(ctx) -> str | None:
    with ctx.read() as s:
        return s.scalar(select(SecretKey.key).where(SecretKey.purpose == evaluation.KEY_PURPOSE))


def test_replacing_the_key_needs_the_administrator_grant_not_the_no_case_role(ctx, world):
    """Revision 0011: the administrator grant (``is_admin``) is separate from the case role, so a manager who
    holds it may replace the key, and a manager without it may not, whatever the role says."""
    from casework.services import directory

    from ..conftest import PASSWORD

    directory.create_user(ctx, world.admin, "mina", PASSWORD, "manager", None, "Mina Manager-Admin", admin=True)
    manager_admin = directory.authenticate(ctx, "mina", PASSWORD)
    assert manager_admin.is_admin and manager_admin.role.value == "manager"

    evaluation.replace_key(ctx, manager_admin)
    first = _key_value(ctx)
    assert first is not None
    evaluation.replace_key(ctx, world.admin)  # the administrator without a case role, as before
    assert _key_value(ctx) not in (None, first)

    # The grant taken away: the same user is refused, the refusal audited, the key kept.
    directory.update_user(ctx, world.admin, "mina", admin=False)
    demoted = directory.authenticate(ctx, "mina", PASSWORD)
    kept = _key_value(ctx)
    for actor in (demoted, world.manager, world.team_lead):
        with pytest.raises(NotPermitted) as refused:
            evaluation.replace_key(ctx, actor)
        assert refused.value.audited
    assert _key_value(ctx) == kept
    with ctx.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.user_id, AuditEntry.details)
                            .order_by(AuditEntry.id)).all()
    replaced = [user for action, user, _ in entries if action == "replace_key"]
    assert replaced == [manager_admin.user_id, world.admin.user_id]
    refusals = [(user, details["after"]["attempted"]) for action, user, details in entries if action == "refused"]
    assert refusals[-3:] == [(demoted.user_id, "replace_pseudonym_key"), (world.manager.user_id, "replace_pseudonym_key"),
                             (world.team_lead.user_id, "replace_pseudonym_key")]
