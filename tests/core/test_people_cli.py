"""`casework people …` and the overlap in `casework referral show`: duplicates, merge, unmerge, flags, MASH."""

from __future__ import annotations

from datetime import date

from casework.services import people, referrals
from casework.services.people import PersonInput

from .factories import act_now, young_person
from .test_cli import _runner  # the in-process runner


def _cli(db_url, clock, capsys):
    capsys.readouterr()
    return _runner(db_url, clock, capsys)


def _duplicate_pair(ctx, world):
    a = act_now(ctx, world.caseworker, person=young_person(given_name="Jayden", family_name="Okafor"))
    b = act_now(ctx, world.caseworker, person=young_person(given_name="Jaden", family_name="Okafor",
                                                           date_of_birth=date(2010, 4, 3), postcode=None))
    return a, b


def test_people_duplicates_lists_the_pair_with_score_and_reasons(ctx, world, db_url, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    a, b = _duplicate_pair(ctx, world)
    cli = _cli(db_url, clock, capsys)
    result = cli("people", "duplicates", user="tl")
    assert result.code == 0, result.err
    assert "Jayden Okafor" in result.out and "Jaden Okafor" in result.out and "dob_day_month_swapped" in result.out
    [pair] = cli("people", "duplicates", "--json", user="tl").json()
    assert {pair["first"]["person"]["id"], pair["second"]["person"]["id"]} == {a.person.id, b.person.id}
    assert cli("people", "duplicates", user="casey").code == 3  # not for caseworkers


def test_people_merge_then_unmerge(ctx, world, db_url, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    a, b = _duplicate_pair(ctx, world)
    cli = _cli(db_url, clock, capsys)
    result = cli("people", "merge", str(a.person.id), str(b.person.id), "--take", "given_name", "--json", user="tl")
    assert result.code == 0, result.err
    merged = result.json()
    assert merged["moved"]["referral"] == 1
    assert people.get_person(ctx, world.team_lead, a.person.id).given_name == "Jaden"
    assert cli("people", "duplicates", "--json", user="tl").json() == []
    listed = cli("people", "merges", user="tl")
    assert f"merge {merged['id']}: person {b.person.id} (Jaden Okafor) into person {a.person.id}" in listed.out
    undone = cli("people", "unmerge", str(merged["id"]), user="tl")
    assert undone.code == 0 and "undone" in undone.out
    assert people.get_person(ctx, world.team_lead, b.person.id).given_name == "Jaden"
    assert cli("people", "unmerge", str(merged["id"]), user="tl").code == 2  # once only


def test_people_merge_with_a_stale_version_is_a_conflict(ctx, world, db_url, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    a, b = _duplicate_pair(ctx, world)
    people.update_person(ctx, world.caseworker, a.person.id, a.person.version, postcode="MK1 1AA")
    cli = _cli(db_url, clock, capsys)
    result = cli("people", "merge", str(a.person.id), str(b.person.id), "--keep-version", str(a.person.version),
                 user="tl")
    assert result.code == 5 and "changed by someone else" in result.err


def test_people_flag_flags_unflag_and_kinds(ctx, world, db_url, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    a = act_now(ctx, world.caseworker)
    cli = _cli(db_url, clock, capsys)
    assert "county_lines" in cli("people", "flag-kinds", user="casey").out
    set_ = cli("people", "flag", str(a.person.id), "county_lines", "--note", "found in Slough", "--json", user="casey")
    assert set_.code == 0, set_.err
    flag_id = set_.json()["id"]
    bad = cli("people", "flag", str(a.person.id), "likes_football", user="casey")
    assert bad.code == 2 and "flag:" in bad.err
    assert cli("people", "unflag", str(flag_id), user="casey").code == 2  # --reason is required
    assert cli("people", "unflag", str(flag_id), "--reason", "moved home", user="casey").code == 0
    history = cli("people", "flags", str(a.person.id), user="casey")
    assert "County lines" in history.out and "moved home" in history.out and "Casey Worker" in history.out


def test_referral_show_lists_other_referrals_risk_flags_and_the_mash_task(ctx, world, db_url, clock, capsys,
                                                                          monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    first = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Reading"))
    referrals.close_referral(ctx, world.caseworker, first.id, "completed")
    ae = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person_id=first.person.id, site="lgi-ed",
        team="YOT Milton Keynes", assigned_to="casey"))
    current = act_now(ctx, world.caseworker, person=None, person_id=first.person.id)
    referrals.record_event(ctx, world.caseworker, current.id, "custody_attended")
    cli = _cli(db_url, clock, capsys)
    assert cli("people", "flag", str(first.person.id), "weapon_carrying", user="casey").code == 0
    shown = cli("referral", "show", str(current.id), user="casey")
    assert shown.code == 0, shown.err
    assert f"#{ae.id}  A&E Navigator" in shown.out and f"#{first.id}  Act Now" in shown.out
    assert "Weapon carrying" in shown.out
    assert "needed: refer to Reading MASH by" in shown.out
    data = cli("referral", "show", str(current.id), "--json", user="casey").json()
    assert [r["id"] for r in data["other_referrals"]] == [ae.id, first.id]
    assert data["mash"]["mash"] == "Reading MASH" and data["mash"]["state"] == "running"
    tasks = cli("referral", "mash-tasks", "--json", user="casey").json()
    assert [t["referral_id"] for t in tasks] == [current.id]


def test_people_matches_prints_scores_and_reasons(ctx, world, db_url, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    a = act_now(ctx, world.caseworker, person=young_person(given_name="William"))
    cli = _cli(db_url, clock, capsys)
    found = cli("people", "matches", "--given-name", "Bill", "--family-name", "Jones", "--dob", "2010-03-04",
                user="casey")
    assert found.code == 0 and str(a.person.id) in found.out and "nickname" in found.out
    assert cli("people", "matches", "--dob", "4 March", user="casey").code == 2
