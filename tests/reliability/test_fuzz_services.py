"""Bad input: every service that takes what a user typed, fuzzed with hypothesis.

Whatever comes in (overlong text, NUL and other control characters, lone surrogates, huge and negative
numbers and ids, naive and extreme datetimes, unknown choices, wrong field types in event details),
the service either does its work or raises one of the core's typed errors (ValidationError naming
the field, NotFound, NotPermitted, Conflict), and a rejected call writes nothing: a digest of every
row of every table is the same before and after.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casework.services import caseload, directory, matching, people, referrals, sla
from casework.services.people import EDITABLE, ContactInput, PersonInput

from ..conftest import PASSWORD
from ..core.factories import act_now, young_person
from .conftest import EXAMPLES, FIGURES
from .fuzz import (
    attempt,
    dates,
    datetimes,
    details_for,
    figures,
    why,
    ids,
    maybe,
    nasty_text,
    text_or,
)

FUZZ = settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PERSON_FIELDS = ("given_name", "family_name", "date_of_birth", "gender", "home_local_authority", "postcode", "pnc_id",
                 "nhs_number", "contacts")


@pytest.fixture(autouse=True, scope="module")
def _report():
    yield
    FIGURES.append(f"fuzz cases run (rejected): {figures()}")
    if os.environ.get("FUZZ_WHY"):
        FIGURES.append(why())


def contacts_strategy():
    contact = st.builds(ContactInput, text_or("Ann Jones"), text_or("mother", "uncle"),
                        maybe(text_or("07700 900123", "+44 (0)1908 123456")), st.booleans())
    return st.lists(contact, max_size=3).map(tuple)


PERSON_VALUES = {
    "given_name": text_or("Sam", "Zoë"), "family_name": text_or("Jones", "O'Neill"),
    "date_of_birth": maybe(dates()), "gender": maybe(text_or("male", "female", "not_known")),
    "home_local_authority": maybe(text_or("Milton Keynes", "Luton")), "postcode": maybe(text_or("MK9 2AA", "sl11aa")),
    "pnc_id": maybe(text_or("12/3456789A", "99/1234567Z")), "nhs_number": maybe(text_or("943 476 5919", "9434765919")),
    "contacts": contacts_strategy(),
}


@st.composite
def person_strategy(draw, dob=date(2010, 3, 4)):
    """A valid young person with none, one or a few of their fields generated (valid or not)."""
    broken = draw(st.lists(st.sampled_from(sorted(PERSON_VALUES)), max_size=3, unique=True))
    return young_person(**{"date_of_birth": dob, **{name: draw(PERSON_VALUES[name]) for name in broken}})


def test_fuzz_intake_of_a_new_person(ctx, world):
    @FUZZ
    @given(person=person_strategy())
    def run(person):
        attempt(ctx, "people.create (intake)", lambda: referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
            pathway="act_now", source="custody", person=person, site="mk-custody", team="YOT Milton Keynes",
            assigned_to="casey")), fields=PERSON_FIELDS)
    run()


def test_fuzz_person_update(ctx, world):
    person = act_now(ctx, world.caseworker).person
    values = {
        "given_name": text_or("Sam"), "family_name": text_or("Jones"), "date_of_birth": maybe(dates()),
        "gender": maybe(text_or("male")), "home_local_authority": maybe(text_or("Luton")),
        "postcode": maybe(text_or("MK9 2AA")), "pnc_id": maybe(text_or("12/3456789A")),
        "nhs_number": maybe(text_or("9434765919")),
    }

    unknown = st.one_of(st.just({}), st.just({}), st.just({}), st.fixed_dictionaries({"favourite": nasty_text()}))

    @FUZZ
    @given(changes=st.builds(lambda a, b: {**a, **b}, st.fixed_dictionaries({}, optional=values), unknown),
           contacts=maybe(contacts_strategy()), person_id=ids(person.id), version=st.one_of(st.just(None), ids(1)),
           who=st.sampled_from(["caseworker", "team_lead", "manager"]))
    def run(changes, contacts, person_id, version, who):
        current = people.get_person(ctx, world.caseworker, person.id).version
        attempt(ctx, "people.update", lambda: people.update_person(
            ctx, getattr(world, who), person_id, current if version is None else version, contacts=contacts,
            **changes), fields=tuple(EDITABLE) + ("contacts", "favourite"))
    run()


def test_fuzz_referral_intake_on_every_pathway(ctx, world, clock):
    now = clock.now()
    pathways = list(ctx.pathways)

    @st.composite
    def new_referral(draw):
        pathway = draw(st.sampled_from(pathways))
        first = pathway.event_kind(pathway.first_event.get(pathway.sources[0], ""))
        age = draw(st.integers(pathway.age_min, pathway.age_max))
        person = draw(person_strategy(date(now.year - age - 1, 6, 1)))
        return referrals.NewReferral(
            pathway=draw(st.one_of(st.just(pathway.id), text_or(*ctx.pathways.ids()))),
            source=draw(st.one_of(st.sampled_from(pathway.sources), text_or("custody", "marf", "emergency_department"))),
            person=draw(st.one_of(st.just(person), st.none())),
            person_id=draw(maybe(ids(1))),
            received_at=draw(maybe(datetimes(now))),
            site=draw(maybe(text_or("mk-custody", "lgi-ed", "carmarthen"))),
            team=draw(maybe(text_or("YOT Milton Keynes", "Leeds Navigators"))),
            assigned_to=draw(maybe(text_or("casey", "tl", "morgan", "admin"))),
            first_event_details=draw(maybe(details_for(first))),
            note=draw(maybe(text_or("Seen at the front desk"))))

    @FUZZ
    @given(new=new_referral())
    def run(new):
        attempt(ctx, "referrals.create", lambda: referrals.create_referral(ctx, world.caseworker, new),
                fields=PERSON_FIELDS + ("pathway", "source", "person", "person_id", "received_at", "site", "team",
                                        "assigned_to", "details", "note"))
    run()


def _open_referrals(ctx, world):
    """One open referral on each pathway, assigned to the caseworker of the team."""
    made = [act_now(ctx, world.caseworker)]
    for pathway, source in (("intact", "marf"), ("ae_navigator", "emergency_department")):
        p = ctx.pathways.get(pathway)
        made.append(referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
            pathway=pathway, source=source, person=young_person(given_name=pathway, date_of_birth=date(2010, 3, 4)
                                                                 if p.age_min <= 16 <= p.age_max else date(2004, 3, 4)),
            team="YOT Milton Keynes", assigned_to="casey",
            first_event_details={f.name: (f.options[0] if f.options else "x") for f in
                                 p.event_kind(p.first_event[source]).fields if f.required})))
    return made


def test_fuzz_record_event_with_each_pathways_fields(ctx, world, clock):
    made = _open_referrals(ctx, world)
    clock.advance(timedelta(hours=2))
    now = clock.now()

    @st.composite
    def event(draw):
        detail = draw(st.sampled_from(made))
        pathway = ctx.pathways.get(detail.pathway)
        typed = st.sampled_from([k.id for k in pathway.event_kinds if not k.system])
        kind_id = draw(st.one_of(typed, typed, typed, st.sampled_from([k.id for k in pathway.event_kinds]),
                                 text_or("note")))
        mine = st.just(detail.id)
        return (draw(st.one_of(mine, mine, mine, mine, ids(detail.id))), kind_id,
                draw(details_for(pathway.event_kind(kind_id))), draw(maybe(datetimes(now))),
                draw(maybe(text_or("Spoke to mum"))), draw(st.sampled_from(["caseworker", "team_lead"])))

    @FUZZ
    @given(args=event())
    def run(args):
        referral_id, kind, details, at, note, who = args
        attempt(ctx, "referrals.record_event", lambda: referrals.record_event(
            ctx, getattr(world, who), referral_id, kind, occurred_at=at, details=details, note=note),
                fields=("kind", "details", "occurred_at", "note", "referral"))
    run()


def test_fuzz_correct_and_void_event(ctx, world, clock):
    made = _open_referrals(ctx, world)
    clock.advance(timedelta(hours=1))
    now = clock.now()
    event_ids = [e.id for d in made for e in d.events]

    @FUZZ
    @given(event_id=st.one_of(st.sampled_from(event_ids), ids(1)), void=st.booleans(), reason=text_or("typo"),
           at=maybe(datetimes(now)), note=maybe(text_or("fixed")), details=st.one_of(st.none(), details_for(None)),
           who=st.sampled_from(["caseworker", "team_lead"]))
    def run(event_id, void, reason, at, note, details, who):
        actor = getattr(world, who)
        if void:
            attempt(ctx, "referrals.void_event", lambda: referrals.void_event(ctx, actor, event_id, reason),
                    fields=("reason", "event", "referral"))
        else:
            attempt(ctx, "referrals.correct_event", lambda: referrals.correct_event(
                ctx, actor, event_id, occurred_at=at, details=details, note=note, reason=reason),
                    fields=("reason", "event", "occurred_at", "details", "note", "referral"))
    run()


def test_fuzz_move_assign_close(ctx, world, clock):
    made = _open_referrals(ctx, world)
    clock.advance(timedelta(hours=1))
    now = clock.now()
    stages = sorted({s.id for p in ctx.pathways for s in p.stages})
    outcomes = sorted({o for p in ctx.pathways for o in p.outcomes})

    @FUZZ
    @given(index=st.integers(0, len(made) - 1), op=st.sampled_from(["move", "assign", "close"]), data=st.data(),
           user=text_or("casey", "tl", "morgan", "admin"), outcome=text_or(*outcomes),
           version=st.one_of(st.none(), st.just("current"), st.just("current"), ids(1)), at=maybe(datetimes(now)),
           note=maybe(text_or("ok")), referral_id=st.one_of(st.none(), ids(1)),
           who=st.sampled_from(["caseworker", "team_lead"]))
    def run(index, op, data, user, outcome, version, at, note, referral_id, who):
        if made[index].closed_at is not None:  # closed by an earlier example: start a new one
            made[index] = act_now(ctx, world.caseworker)
        detail = referrals.get_referral(ctx, world.caseworker, made[index].id)
        stage = data.draw(text_or(*(detail.allowed_moves or stages)), label="stage")
        rid = detail.id if referral_id is None else referral_id
        expected = detail.version if version == "current" else version
        actor = getattr(world, who)
        if op == "move":
            call = lambda: referrals.move_stage(ctx, actor, rid, stage, expected_version=expected, at=at, note=note)  # noqa: E731
        elif op == "assign":
            call = lambda: referrals.assign(ctx, actor, rid, user, expected_version=expected, at=at)  # noqa: E731
        else:
            call = lambda: referrals.close_referral(ctx, actor, rid, outcome, expected_version=expected, at=at,  # noqa: E731
                                                    note=note)
        result = attempt(ctx, f"referrals.{op}", call, fields=("stage", "assigned_to", "outcome", "at", "note",
                                                                "referral"))
        if result is not None and result.id == made[index].id:
            made[index] = result
    run()


def test_fuzz_breach_reasons_and_reviews(ctx, world, clock):
    for n in range(4):
        act_now(ctx, world.caseworker, person=young_person(given_name=f"B{n}"))
    clock.advance(timedelta(hours=3))
    sla.run_sweep(ctx)
    breach_ids = [b.id for b in sla.list_breaches(ctx, world.team_lead)]
    assert len(breach_ids) == 4

    @FUZZ
    @given(breach_id=st.one_of(st.sampled_from(breach_ids), ids(1)), review=st.booleans(),
           category=text_or(*sla.BREACH_REASONS), words=text_or("Notified two hours late"),
           decision=text_or("accept", "challenge"), comment=maybe(text_or("Say who you called")),
           version=st.one_of(st.none(), ids(1)), who=st.sampled_from(["caseworker", "team_lead", "manager"]))
    def run(breach_id, review, category, words, decision, comment, version, who):
        actor = getattr(world, who)
        if review:
            attempt(ctx, "sla.review_breach", lambda: sla.review_breach(ctx, actor, breach_id, decision, comment,
                                                                        expected_version=version),
                    fields=("decision", "comment", "breach"))
        else:
            attempt(ctx, "sla.give_breach_reason", lambda: sla.give_breach_reason(
                ctx, actor, breach_id, category, words, expected_version=version),
                    fields=("category", "text", "breach"))
    run()


def test_fuzz_directory_teams_sites_users_and_sign_in(ctx, world):
    @settings(FUZZ, max_examples=2 * EXAMPLES)
    @given(op=st.sampled_from(["team", "site", "user", "sign_in"]), name=text_or("YOT Slough", "Leeds Navigators"),
           code=text_or("slough-custody", "MK-CUSTODY"), kind=text_or("custody_suite", "office"),
           la=text_or("Slough"), nation=text_or("england", "wales"),
           username=st.one_of(st.builds("user{}".format, st.integers(0, 10**9)), text_or("casey", "Jo.Bloggs")),
           password=text_or(PASSWORD, "short"),
           role=text_or("caseworker", "manager", "team_lead"),
           team=st.one_of(st.just("YOT Milton Keynes"), maybe(text_or("YOT Milton Keynes"))),
           display=maybe(text_or("Jo Bloggs")))
    def run(op, name, code, kind, la, nation, username, password, role, team, display):
        if op == "team":
            attempt(ctx, "directory.create_team", lambda: directory.create_team(ctx, world.admin, name), fields=("team",))
        elif op == "site":
            attempt(ctx, "directory.create_site", lambda: directory.create_site(ctx, world.admin, code, name, kind, la,
                                                                                nation),
                    fields=("code", "name", "kind", "local_authority", "nation"))
        elif op == "user":
            attempt(ctx, "directory.create_user", lambda: directory.create_user(ctx, world.admin, username, password,
                                                                                role, team, display),
                    fields=("username", "password", "role", "team", "display_name"))
        else:
            # A failed sign-in is counted and audited (lock-out), so it writes by design: called directly,
            # it must fail with the typed error and nothing else.
            try:
                directory.authenticate(ctx, username, password)
            except directory.AuthenticationFailed:
                pass
    run()


def test_fuzz_searches_and_list_filters(ctx, world, clock):
    _open_referrals(ctx, world)
    now = clock.now()

    @FUZZ
    @given(search=text_or("sam", "jones s", "943 476 5919", "12/3456789A"), worker=maybe(text_or("casey")),
           pathway=maybe(text_or("act_now")), stage=maybe(text_or("custody")), state=maybe(text_or("breached")),
           given_name=text_or("Sam"), family=text_or("Jones"), dob=maybe(dates()), pnc=maybe(text_or("12/3456789A")),
           nhs=maybe(text_or("9434765919")), team=maybe(text_or("YOT Milton Keynes")), as_of=maybe(datetimes(now)))
    def run(search, worker, pathway, stage, state, given_name, family, dob, pnc, nhs, team, as_of):
        query = caseload.CaseloadQuery(scope="team", team_id=world.team_lead.team_id, search=search, worker=worker,
                                       pathway=pathway, stage=stage, sla_state=state, as_of=as_of)
        attempt(ctx, "caseload.search", lambda: caseload.page(ctx, world.team_lead, query, 0, 50),
                fields=("search", "worker", "pathway", "stage", "sla_state", "as_of"))
        attempt(ctx, "matching.possible_matches", lambda: matching.possible_matches(
            ctx, world.caseworker, given_name=given_name, family_name=family, date_of_birth=dob, pnc_id=pnc,
            nhs_number=nhs), fields=("given_name", "family_name", "date_of_birth", "pnc_id", "nhs_number"))
        attempt(ctx, "referrals.list", lambda: referrals.list_referrals(ctx, world.team_lead, pathway=pathway, team=team,
                                                                        assigned_to=worker),
                fields=("pathway", "team", "assigned_to"))
        attempt(ctx, "sla.list_breaches", lambda: sla.list_breaches(ctx, world.team_lead, team=team, pathway=pathway,
                                                                    due_from=as_of, review_state=state),
                fields=("team", "pathway", "from", "review_state"))
    run()


def test_fuzz_subject_access_export(ctx, world, tmp_path):
    person = act_now(ctx, world.caseworker).person
    from casework.reports.subject_access import export_subject_access

    @settings(FUZZ, max_examples=EXAMPLES // 2)  # each success writes a PDF
    @given(person_id=ids(person.id), reference=maybe(text_or("SAR-2026-001")),
           who=st.sampled_from(["manager", "manager", "caseworker"]))
    def run(person_id, reference, who):
        attempt(ctx, "subject_access.export", lambda: export_subject_access(
            ctx, getattr(world, who), person_id, tmp_path, reference=reference), fields=("reference", "person"))
    run()


def test_fuzz_audit_trail_filters(ctx, world, clock):
    from casework.services import audit

    detail = act_now(ctx, world.caseworker)

    @FUZZ
    @given(referral_id=maybe(ids(detail.id)), person_id=maybe(ids(detail.person.id)),
           user=maybe(text_or("casey", "tl")), date_from=maybe(dates()), date_to=maybe(dates()),
           action=maybe(text_or("create", "view", "record_event")), who=st.sampled_from(["manager", "admin"]),
           limit=maybe(st.integers(-5, 10**6)))
    def run(referral_id, person_id, user, date_from, date_to, action, who, limit):
        filters = audit.AuditFilter(referral_id=referral_id, person_id=person_id, user=user, date_from=date_from,
                                    date_to=date_to, action=action)
        attempt(ctx, "audit.list_entries", lambda: audit.list_entries(ctx, getattr(world, who), filters, limit=limit),
                fields=("referral", "person", "user", "from", "to", "action", "limit"))
    run()
