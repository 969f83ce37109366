"""People features under access scoping: matches, other referrals, risk flags, duplicates, merges, MASH tasks.

Milton Keynes (the ``world`` team) and Leeds each hold one referral of the same young person.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casework.errors import NotPermitted
from casework.services import directory, matching, merge, overlap, referrals, risk
from casework.services.actor import Actor
from casework.store.models import AuditEntry, User

from .factories import act_now, young_person

LEEDS = "Leeds Navigators"
PASSWORD = "correct-horse-battery"


def _user(ctx, admin, username: str, role: str, team: str | None) -> Actor:
    directory.create_user(ctx, admin, username, PASSWORD, role, team, username.title())
    with ctx.read() as s:
        return Actor.of(s.scalar(select(User).where(User.username == username)))


@pytest.fixture
def leeds(ctx, world):
    worker = _user(ctx, world.admin, "lee", "caseworker", LEEDS)
    lead = _user(ctx, world.admin, "leedslead", "team_lead", LEEDS)
    return worker, lead


def _leeds_referral(ctx, worker, **person):
    return referrals.create_referral(ctx, worker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", team=LEEDS, assigned_to=worker.username,
        **person))


def test_matches_of_people_the_user_cannot_read_carry_no_risk_flags(ctx, world, leeds):
    worker, _lead = leeds
    mk = act_now(ctx, world.caseworker)
    risk.set_flag(ctx, world.caseworker, mk.person.id, "county_lines", "seen in a trap house")
    [mine] = matching.possible_matches(ctx, world.caseworker, given_name="Sam", family_name="Jones",
                                       date_of_birth=date(2010, 3, 4))
    assert not mine.restricted and [f.flag for f in mine.risk_flags] == ["county_lines"]
    [theirs] = matching.possible_matches(ctx, worker, given_name="Sam", family_name="Jones",
                                         date_of_birth=date(2010, 3, 4))
    assert theirs.restricted and theirs.person.id == mk.person.id
    assert theirs.risk_flags == [] and theirs.referrals == [] and theirs.person.nhs_number is None
    assert theirs.known_to == [world.team] and theirs.has_open_referral


def test_other_referrals_held_elsewhere_are_only_counted(ctx, world, leeds):
    worker, _lead = leeds
    mk = act_now(ctx, world.caseworker)
    elsewhere = _leeds_referral(ctx, worker, person_id=mk.person.id)
    second_mk = act_now(ctx, world.caseworker, person=None, person_id=mk.person.id)
    found = overlap.referral_overlap(ctx, world.caseworker, mk.id)
    assert [r.id for r in found.other_referrals] == [second_mk.id]
    assert found.hidden_referrals == 1
    assert all(r.id != elsewhere.id for r in found.other_referrals)
    leeds_view = overlap.referral_overlap(ctx, worker, elsewhere.id)
    assert leeds_view.other_referrals == [] and leeds_view.hidden_referrals == 2
    assert overlap.referral_overlap(ctx, world.manager, mk.id).hidden_referrals == 0
    with pytest.raises(NotPermitted):
        overlap.referral_overlap(ctx, worker, mk.id)
    with ctx.read() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "refused",
                                                    AuditEntry.entity_id == mk.id).limit(1)) is not None


def test_risk_flags_are_read_with_the_person_and_changed_with_their_referrals(ctx, world, leeds):
    worker, leeds_lead = leeds
    mk = act_now(ctx, world.caseworker)
    view = risk.set_flag(ctx, world.team_lead, mk.person.id, "weapon_carrying")  # the team's referral
    with pytest.raises(NotPermitted):
        risk.list_flags(ctx, worker, mk.person.id)
    with pytest.raises(NotPermitted):
        risk.set_flag(ctx, leeds_lead, mk.person.id, "self_harm")
    with pytest.raises(NotPermitted):
        risk.remove_flag(ctx, worker, view.id, "not ours")
    with pytest.raises(NotPermitted):
        risk.set_flag(ctx, world.manager, mk.person.id, "self_harm")  # managers read, do not change
    assert [f.id for f in risk.list_flags(ctx, world.manager, mk.person.id)] == [view.id]
    # Once Leeds holds a referral of the young person, their caseworker on it may flag them too.
    _leeds_referral(ctx, worker, person_id=mk.person.id)
    assert risk.set_flag(ctx, worker, mk.person.id, "self_harm").flag == "self_harm"
    risk.remove_flag(ctx, worker, view.id, "no longer carrying, per police")


def test_the_duplicates_review_lists_only_people_the_reviewer_may_read(ctx, world, leeds):
    worker, leeds_lead = leeds
    a = act_now(ctx, world.caseworker, person=young_person(given_name="Jayden", family_name="Okafor"))
    b = act_now(ctx, world.caseworker, person=young_person(given_name="Jaden", family_name="Okafor"))
    c = _leeds_referral(ctx, worker, person=young_person(given_name="Jaiden", family_name="Okafor"))
    mk_pairs = {p.key for p in matching.find_duplicates(ctx, world.team_lead)}
    assert mk_pairs == {(a.person.id, b.person.id)}
    assert {p.key for p in matching.find_duplicates(ctx, leeds_lead)} == set()
    everyone = {p.key for p in matching.find_duplicates(ctx, world.manager)}
    assert everyone == {(a.person.id, b.person.id), (a.person.id, c.person.id), (b.person.id, c.person.id)}
    with pytest.raises(NotPermitted):
        matching.mark_not_duplicate(ctx, world.team_lead, a.person.id, c.person.id)
    with pytest.raises(NotPermitted):
        matching.find_duplicates(ctx, world.admin)  # an administrator without a case role
    matching.mark_not_duplicate(ctx, world.manager, a.person.id, c.person.id, "different schools")


def test_merging_needs_change_rights_on_both_people(ctx, world, leeds):
    worker, leeds_lead = leeds
    a = act_now(ctx, world.caseworker)
    c = _leeds_referral(ctx, worker, person=young_person(given_name="Samuel"))
    for actor in (world.team_lead, leeds_lead, world.manager, world.admin):
        with pytest.raises(NotPermitted):
            merge.merge_people(ctx, actor, a.person.id, c.person.id, kept_version=a.person.version,
                               other_version=c.person.version)
    b = act_now(ctx, world.caseworker, person=young_person(given_name="Samuel"))
    done = merge.merge_people(ctx, world.team_lead, a.person.id, b.person.id, kept_version=a.person.version,
                              other_version=b.person.version)
    assert [m.id for m in merge.list_merges(ctx, world.manager)] == [done.id]
    assert merge.list_merges(ctx, leeds_lead) == []
    with pytest.raises(NotPermitted):
        merge.get_merge(ctx, leeds_lead, done.id)
    with pytest.raises(NotPermitted):
        merge.undo_merge(ctx, leeds_lead, done.id)
    merge.undo_merge(ctx, world.team_lead, done.id)


def test_mash_tasks_are_those_of_readable_referrals(ctx, world, leeds):
    worker, _lead = leeds
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert [t.referral_id for t in overlap.mash_tasks(ctx, world.caseworker)] == [detail.id]
    assert [t.referral_id for t in overlap.mash_tasks(ctx, world.manager)] == [detail.id]
    assert overlap.mash_tasks(ctx, worker) == []
