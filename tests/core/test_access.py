"""Roles enforced in the core: who reads and who changes which referrals, people, timers, alerts and
breaches, and every refusal a typed error written to the audit trail in a transaction of its own.

The matrix: role (caseworker, team lead, manager, administrator without a case role, manager who is
also an administrator) × referral (own team or other team × assigned to the actor, to someone else,
or to nobody) × read / change. Every cell is checked through the services (SQL listings and
single-record calls) and through the Python mirror of the rule, and the two must agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casework.errors import NotPermitted, ValidationError
from casework.services import access, caseload, directory, matching, people, referrals, sla
from casework.services.caseload import CaseloadQuery
from casework.store.models import AuditEntry, Event, Referral, Role, User

from ..conftest import PASSWORD, START
from ..kept import kept
from .factories import young_person

MK, LEEDS = "YOT Milton Keynes", "Leeds Navigators"
ROLES = ("caseworker", "team_lead", "manager", "admin", "manager_admin")
REFERRALS = ("own_mine", "own_other", "own_nobody", "other_theirs", "other_nobody")


@dataclass
class Setup:
    actors: dict
    ids: dict[str, int]


def _act_now(ctx, actor, given, *, team=MK, assigned_to=None, site="mk-custody"):
    return referrals.create_referral(ctx, actor, referrals.NewReferral(
        pathway="act_now", source="custody", site=site, team=team, assigned_to=assigned_to,
        person=young_person(given_name=given, date_of_birth=date(2010, 3, 4)),
        received_at=START - timedelta(hours=3))).id


@pytest.fixture
def setup(ctx, world) -> Setup:
    return kept("access.setup", ctx, lambda: _setup(ctx, world))


def _setup(ctx, world) -> Setup:
    admin = world.admin
    directory.create_user(ctx, admin, "nav", PASSWORD, "caseworker", LEEDS, "Nadia Navigator")
    directory.create_user(ctx, admin, "lee", PASSWORD, "team_lead", LEEDS, "Lee Lead")
    directory.create_user(ctx, admin, "boss", PASSWORD, "manager", None, "Bea Boss", admin=True)
    lee = directory.authenticate(ctx, "lee", PASSWORD)
    tl = world.team_lead
    ids = {
        # From the caseworker's (casey's) point of view; the team lead (tl) is in the same team.
        "own_mine": _act_now(ctx, tl, "Amy", assigned_to="casey"),
        "own_other": _act_now(ctx, tl, "Ben", assigned_to="tl"),
        "own_nobody": _act_now(ctx, tl, "Cal"),
        "other_theirs": _act_now(ctx, lee, "Dee", team=LEEDS, assigned_to="nav", site="lgi-ed"),
        "other_nobody": _act_now(ctx, lee, "Eve", team=LEEDS, site="lgi-ed"),
    }
    actors = {"caseworker": world.caseworker, "team_lead": tl, "manager": world.manager, "admin": admin,
              "manager_admin": directory.authenticate(ctx, "boss", PASSWORD)}
    return Setup(actors, ids)


# What each role may do with each referral (from the issue; see casework/services/access.py).
READ = {
    "caseworker": {"own_mine", "own_other", "own_nobody"},
    "team_lead": {"own_mine", "own_other", "own_nobody"},
    "manager": set(REFERRALS),
    "admin": set(),
    "manager_admin": set(REFERRALS),
}
CHANGE = {
    "caseworker": {"own_mine"},
    "team_lead": {"own_mine", "own_other", "own_nobody"},
    "manager": set(),
    "admin": set(),
    "manager_admin": set(),
}


def refusals(ctx) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "refused").order_by(AuditEntry.id)))


def event_count(ctx, referral_id: int) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Event.id)).where(Event.referral_id == referral_id)) or 0


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_reading_a_referral_follows_the_matrix(ctx, setup, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    before = len(refusals(ctx))
    if which in READ[role]:
        detail = referrals.get_referral(ctx, actor, referral_id)
        assert detail.id == referral_id
        assert people.get_person(ctx, actor, detail.person.id).id == detail.person.id
        assert [e.referral_id for e in sla.explain(ctx, actor, referral_id)] != []
        assert len(refusals(ctx)) == before
    else:
        with pytest.raises(NotPermitted):
            referrals.get_referral(ctx, actor, referral_id)
        entries = refusals(ctx)
        assert len(entries) == before + 1
        last = entries[-1]
        assert (last.user_id, last.entity_type, last.entity_id) == (actor.user_id, "referral", referral_id)
        assert last.details["after"]["attempted"] in ("read_referral", "read_cases")
        with ctx.read() as s:
            person_id = s.get(Referral, referral_id).person_id
        with pytest.raises(NotPermitted):
            people.get_person(ctx, actor, person_id)
        with pytest.raises(NotPermitted):
            sla.explain(ctx, actor, referral_id)
        assert len(refusals(ctx)) == before + 3


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_changing_a_referral_follows_the_matrix(ctx, setup, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    events = event_count(ctx, referral_id)
    before = len(refusals(ctx))
    if which in CHANGE[role]:
        referrals.record_event(ctx, actor, referral_id, "note", note="spoke to the young person")
        assert event_count(ctx, referral_id) == events + 1
        assert len(refusals(ctx)) == before
    else:
        with pytest.raises(NotPermitted):
            referrals.record_event(ctx, actor, referral_id, "note", note="spoke to the young person")
        # Nothing of the attempt is written, but the refusal is.
        assert event_count(ctx, referral_id) == events
        entries = refusals(ctx)
        assert len(entries) == before + 1
        assert entries[-1].user_id == actor.user_id
        assert entries[-1].details["after"]["attempted"] in ("record_event", "write_cases")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_python_mirror_of_the_rules_equals_the_sql_clause(ctx, setup, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    with ctx.read() as s:
        referral = s.get(Referral, referral_id)
        in_read = s.scalar(select(Referral.id).where(Referral.id == referral_id,
                                                     access.readable_referrals(actor))) is not None
        in_change = s.scalar(select(Referral.id).where(Referral.id == referral_id,
                                                       access.changeable_referrals(actor))) is not None
        assert access.may_read_referral(actor, referral) is in_read is (which in READ[role])
        assert access.may_change_referral(actor, referral) is in_change is (which in CHANGE[role])
        assert access.may_read_person(s, actor, referral.person_id) is (which in READ[role])
        assert access.may_change_person(s, actor, referral.person_id) is (which in CHANGE[role])


@pytest.mark.parametrize("role", ROLES)
def test_listings_show_exactly_the_readable_referrals(ctx, setup, role):
    actor = setup.actors[role]
    expected = {setup.ids[w] for w in READ[role]}
    if role == "admin":
        with pytest.raises(NotPermitted):
            referrals.list_referrals(ctx, actor)
        with pytest.raises(NotPermitted):
            sla.list_timers(ctx, actor)
        with pytest.raises(NotPermitted):
            sla.list_breaches(ctx, actor)
        return
    assert {r.id for r in referrals.list_referrals(ctx, actor)} == expected
    assert {t.referral_id for t in sla.list_timers(ctx, actor)} == expected
    # Every referral has breached its 90-minute custody timer by now.
    sla.run_sweep(ctx)
    assert {b.referral_id for b in sla.list_breaches(ctx, actor)} == expected
    # Asking for another team's breaches by name gives nothing out of scope.
    assert {b.referral_id for b in sla.list_breaches(ctx, actor, team=LEEDS)} == \
        expected & {setup.ids["other_theirs"], setup.ids["other_nobody"]}
    # The caseload's every scope is inside what the role reads.
    for scope in caseload.allowed_scopes(actor):
        team_id = actor.team_id if actor.team_id is not None else setup.actors["caseworker"].team_id
        rows = caseload.page(ctx, actor, CaseloadQuery(scope=scope, team_id=team_id), 0, 100)
        assert {r.id for r in rows} <= expected
    # A name search finds only readable referrals too ("e" starts none of the names; "dee" one in Leeds).
    rows = caseload.page(ctx, actor, CaseloadQuery(scope=caseload.allowed_scopes(actor)[0], search="dee",
                                                   team_id=actor.team_id), 0, 100)
    assert {r.id for r in rows} <= expected


def test_alerts_are_only_about_readable_referrals(ctx, setup, world):
    sla.run_sweep(ctx)
    casey = setup.actors["caseworker"]
    mine = sla.list_alerts(ctx, casey)
    assert mine and {a.referral_id for a in mine} <= {setup.ids[w] for w in READ["caseworker"]}
    # An alert addressed to casey about a referral since moved to another team is not shown to casey.
    with ctx.write() as s:
        s.get(Referral, setup.ids["own_mine"]).team_id = s.get(Referral, setup.ids["other_theirs"]).team_id
        s.get(Referral, setup.ids["own_mine"]).assigned_user_id = s.scalar(select(User.id).where(User.username == "nav"))
    assert setup.ids["own_mine"] not in {a.referral_id for a in sla.list_alerts(ctx, casey)}
    assert sla.unread_alert_count(ctx, casey) == len([a for a in sla.list_alerts(ctx, casey) if a.read_at is None])


def test_a_caseworker_may_give_a_breach_reason_only_on_their_own_referrals(ctx, setup):
    sla.run_sweep(ctx)
    casey = setup.actors["caseworker"]
    breaches = {b.referral_id: b for b in sla.list_breaches(ctx, casey)}
    done = sla.give_breach_reason(ctx, casey, breaches[setup.ids["own_mine"]].id, "notified_late", "called late")
    assert done.review_state == "awaiting_review"
    with pytest.raises(NotPermitted):
        sla.give_breach_reason(ctx, casey, breaches[setup.ids["own_other"]].id, "notified_late", "called late")
    assert refusals(ctx)[-1].details["after"]["attempted"] == "give_breach_reason"
    # The team lead reviews it; a caseworker may not; the Leeds lead may not review Milton Keynes's.
    with pytest.raises(NotPermitted):
        sla.review_breach(ctx, casey, done.id, "accept")
    with pytest.raises(NotPermitted):
        sla.review_breach(ctx, directory.authenticate(ctx, "lee", PASSWORD), done.id, "accept")
    assert sla.review_breach(ctx, setup.actors["team_lead"], done.id, "accept").review_state == "accepted"


def test_people_are_changed_only_through_a_changeable_referral(ctx, setup):
    casey, tl = setup.actors["caseworker"], setup.actors["team_lead"]
    mine = referrals.get_referral(ctx, casey, setup.ids["own_mine"]).person
    theirs = referrals.get_referral(ctx, casey, setup.ids["own_other"]).person
    assert people.update_person(ctx, casey, mine.id, mine.version, postcode="MK9 3BB").postcode == "MK9 3BB"
    with pytest.raises(NotPermitted):
        people.update_person(ctx, casey, theirs.id, theirs.version, postcode="MK9 3BB")
    assert people.get_person(ctx, casey, theirs.id).postcode == theirs.postcode
    assert people.update_person(ctx, tl, theirs.id, theirs.version, postcode="MK9 3BB").postcode == "MK9 3BB"
    with pytest.raises(NotPermitted):
        people.update_person(ctx, setup.actors["manager"], theirs.id, theirs.version + 1, postcode="MK9 4CC")


def test_a_caseworker_takes_in_referrals_for_their_own_team_only(ctx, setup):
    casey = setup.actors["caseworker"]
    made = _act_now(ctx, casey, "Fay", assigned_to="casey")
    assert referrals.get_referral(ctx, casey, made).team == MK
    before = len(refusals(ctx))
    with pytest.raises(NotPermitted):
        _act_now(ctx, casey, "Gus", team=LEEDS, site="lgi-ed")
    assert len(refusals(ctx)) == before + 1
    with ctx.read() as s:
        assert s.scalar(select(func.count(Referral.id))) == len(setup.ids) + 1


def test_assignment_and_closure_are_changes(ctx, setup):
    casey, tl = setup.actors["caseworker"], setup.actors["team_lead"]
    with pytest.raises(NotPermitted):
        referrals.assign(ctx, casey, setup.ids["own_nobody"], "casey")  # taking unassigned work is the lead's call
    assert referrals.assign(ctx, tl, setup.ids["own_nobody"], "casey").assigned_to == "casey"
    assert referrals.close_referral(ctx, casey, setup.ids["own_nobody"], "completed").closed_at is not None
    with pytest.raises(NotPermitted):
        referrals.close_referral(ctx, setup.actors["manager"], setup.ids["own_other"], "completed")


def test_the_match_panel_reveals_that_a_person_exists_but_not_what_is_held(ctx, setup):
    casey = setup.actors["caseworker"]
    [own] = matching.possible_matches(ctx, casey, given_name="Amy", family_name="Jones", date_of_birth=date(2010, 3, 4))
    assert not own.restricted and own.person.postcode == "MK9 2AA" and own.referrals
    [other] = matching.possible_matches(ctx, casey, given_name="Dee", family_name="Jones",
                                        date_of_birth=date(2010, 3, 4))
    assert other.restricted
    assert (other.person.given_name, other.person.date_of_birth) == ("Dee", date(2010, 3, 4))
    assert (other.person.postcode, other.person.home_local_authority, other.person.contacts) == (None, None, [])
    assert other.referrals == [] and other.known_to == [LEEDS] and other.has_open_referral
    # The manager reads everyone: nothing is restricted.
    [full] = matching.possible_matches(ctx, setup.actors["manager"], given_name="Dee", family_name="Jones",
                                       date_of_birth=date(2010, 3, 4))
    assert not full.restricted and full.person.postcode == "MK9 2AA"


def test_a_refusal_is_audited_in_its_own_transaction_and_the_attempt_rolls_back(ctx, setup):
    casey = setup.actors["caseworker"]
    referral_id = setup.ids["own_other"]
    with ctx.read() as s:
        version = s.get(Referral, referral_id).version
    with pytest.raises(NotPermitted) as excinfo:
        referrals.move_stage(ctx, casey, referral_id, "engagement")
    assert excinfo.value.audited
    assert (excinfo.value.entity_type, excinfo.value.entity_id) == ("referral", referral_id)
    with ctx.read() as s:
        assert s.get(Referral, referral_id).version == version
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.user_id, entry.entity_type, entry.entity_id) == \
        ("refused", casey.user_id, "referral", referral_id)
    assert entry.details["after"] == {"attempted": "move_stage",
                                      "reason": "a caseworker changes only the referrals assigned to them"}


# --- the administrator grant ------------------------------------------------------------------------

def test_an_administrator_manages_users_but_reads_no_case_content(ctx, setup, world):
    admin = setup.actors["admin"]
    assert admin.is_admin and admin.role is Role.ADMIN and not admin.has_case_role
    directory.create_team(ctx, admin, "INTACT Dyfed-Powys")
    with pytest.raises(NotPermitted):
        caseload.count(ctx, admin, CaseloadQuery(scope="all"))
    with pytest.raises(NotPermitted):
        matching.possible_matches(ctx, admin, given_name="Amy", family_name="Jones", date_of_birth=date(2010, 3, 4))
    for who in ("caseworker", "team_lead", "manager"):
        with pytest.raises(NotPermitted):
            directory.create_team(ctx, setup.actors[who], f"Team of a {who}")
    assert refusals(ctx)[-1].details["after"] == {"attempted": "manage_teams",
                                                  "reason": "only an administrator may manage teams"}


def test_a_manager_who_is_also_an_administrator_does_both(ctx, setup):
    boss = setup.actors["manager_admin"]
    assert boss.is_admin and boss.role is Role.MANAGER
    directory.create_team(ctx, boss, "INTACT Dyfed-Powys")
    assert len(referrals.list_referrals(ctx, boss)) == len(setup.ids)
    assert {u.username: u.is_admin for u in directory.list_users(ctx, boss)}["boss"] is True


def test_the_administrator_grant_is_given_and_taken_and_the_last_one_kept(ctx, setup, world):
    admin = setup.actors["admin"]
    view = directory.update_user(ctx, admin, "morgan", admin=True)
    assert (view.role, view.is_admin) == ("manager", True)
    morgan = directory.authenticate(ctx, "morgan", PASSWORD)
    directory.create_team(ctx, morgan, "Made by Morgan")
    assert directory.update_user(ctx, morgan, "morgan", admin=False).is_admin is False
    directory.update_user(ctx, admin, "boss", admin=False)
    with pytest.raises(ValidationError) as excinfo:
        directory.update_user(ctx, admin, "admin", active=False)  # the last administrator
    assert (excinfo.value.field, excinfo.value.rule) == ("admin", "last_administrator")
    # The case role "admin" always carries the grant: it cannot be taken while the role is "admin".
    assert directory.update_user(ctx, admin, "admin", admin=False).is_admin is True
    with pytest.raises(NotPermitted):
        directory.update_user(ctx, setup.actors["team_lead"], "casey", role="team_lead")


def test_an_administrator_can_be_given_a_case_role(ctx, setup):
    admin = setup.actors["admin"]
    directory.update_user(ctx, admin, "admin", role="team_lead", team=MK)
    lead_admin = directory.authenticate(ctx, "admin", PASSWORD)
    assert (lead_admin.role, lead_admin.is_admin) == (Role.TEAM_LEAD, True)
    assert {r.id for r in referrals.list_referrals(ctx, lead_admin)} == {setup.ids[w] for w in READ["team_lead"]}
    with pytest.raises(ValidationError) as excinfo:
        directory.update_user(ctx, lead_admin, "casey", team=None)
    assert (excinfo.value.field, excinfo.value.rule) == ("team", "required")


def test_the_command_line_gives_and_takes_the_administrator_grant(ctx, setup, clock, capsys, monkeypatch):
    from casework.cli.main import main

    monkeypatch.setenv("CASEWORK_PASSWORD", PASSWORD)
    url = ctx.engine.url.render_as_string(hide_password=False)

    def cli(*args, user="admin"):
        code = main(["--db", url, "--user", user, *args], clock=clock)
        return code, capsys.readouterr()

    code, out = cli("user", "update", "morgan", "--admin", "--json")
    assert code == 0, out.err
    assert '"is_admin": true' in out.out and '"role": "manager"' in out.out
    code, out = cli("team", "add", "Made by Morgan", user="morgan")
    assert code == 0, out.err
    code, out = cli("user", "update", "casey", "--role", "team_lead", user="casey")
    assert code == 3 and "only an administrator may manage users" in out.err
    code, out = cli("user", "update", "casey", "--no-team")
    assert code == 2 and out.err.startswith("error: team:")
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "another-good-password")
    code, out = cli("user", "add", "dana", "--role", "manager", "--admin")
    assert code == 0 and "created user dana (manager, administrator)" in out.out
    code, out = cli("user", "list")
    assert "ADMIN" in out.out.splitlines()[0]
