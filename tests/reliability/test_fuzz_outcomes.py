"""Bad input to the issue-6 services: interventions, group programmes (sessions, rosters, attendance),
follow-up checks, risk flags, merging people and undoing it, the duplicates review, the evaluation export.

The same property as ``test_fuzz_services``: whatever comes in, the service does its work or raises one of
the core's typed errors (a ValidationError naming one of the call's fields, NotFound, NotPermitted,
Conflict), and a rejected call leaves every row of every table as it was (``fuzz.attempt``).

Each call is drawn valid in every argument except none, one or two, which are drawn from what a user or a
caller could send instead (overlong and control-character text, lone surrogates, huge, negative and
non-integer ids and counts, extreme and naive dates and times, wrong types), so that the calls get past
their first check and reach the database as often as they are refused.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casework.services import evaluation, followups, interventions, matching, merge, people, referrals, risk
from casework.services.followups import FIELD_LABELS, FollowUpInput
from casework.services.merge import MERGE_FIELDS

from ..core.factories import act_now, lead_of, young_person
from .conftest import FIGURES
from .fuzz import HUGE, attempt, dates, datetimes, figures, ids, json_values, maybe, nasty_text, text_or, why
from .test_fuzz_services import FUZZ

# Who calls: mostly those who may (the team lead, the caseworker on their own referrals), now and then a manager.
WHO = st.sampled_from(["team_lead", "team_lead", "caseworker", "caseworker", "manager"])
BAD_IDS = st.one_of(st.sampled_from(HUGE + [True, "1", 1.0, None]), st.integers())
BAD_BOOLS = st.sampled_from([None, 0, 1, 2, "yes", "", [], "no"])


def _in_range(index: object) -> bool:
    """An index the test maps onto a real merge; 1.0 and True compare equal to ints but are bad ids."""
    return type(index) is int and 0 <= index <= 100


@pytest.fixture(autouse=True, scope="module")
def _report():
    yield
    FIGURES.append(f"fuzz cases run (rejected), issue-6 services: {figures()}")
    if os.environ.get("FUZZ_WHY"):
        FIGURES.append(why())


@st.composite
def calls(draw, valid: dict, nasty: dict) -> dict:
    """Keyword arguments, each drawn from ``valid`` except none, one or two drawn from ``nasty``."""
    broken = draw(st.lists(st.sampled_from(sorted(nasty)), max_size=2, unique=True), label="broken")
    return {name: draw(nasty[name] if name in broken else valid[name], label=name) for name in valid}


def _programme_keys(*valid):
    return st.one_of(text_or(*valid), ids(1), st.sampled_from(["99999999999999999999", " 7 ", "\u0663", "²", "-1", "0",
                                                               None, 2.5, True]))


def _current(version, current):
    return current if version == "current" else version


VERSIONS = st.one_of(st.just("current"), st.just("current"), st.none(), ids(1))


def test_fuzz_programmes(ctx, world):
    interventions.create_programme(ctx, world.team_lead, "Boxing", pathway="act_now")
    valid = {"name": st.sampled_from(["Art club", "Mentoring", "Boxing"]).map(lambda n: n),
             "pathway": st.sampled_from([None, "act_now", "intact", "ae_navigator"]),
             "team": st.sampled_from([None, "YOT Milton Keynes"]), "description": st.sampled_from([None, "Tuesdays"]),
             "key": st.sampled_from(["Boxing", "boxing", "1"]), "active": st.booleans()}
    nasty = {"name": nasty_text(), "pathway": text_or(), "team": text_or(), "description": nasty_text(),
             "key": _programme_keys("Art club"), "active": BAD_BOOLS}
    serial = iter(range(10**6))

    @FUZZ
    @given(op=st.sampled_from(["create", "create", "active", "detail"]), args=calls(valid, nasty), who=WHO)
    def run(op, args, who):
        actor = getattr(world, who)
        if op == "create":
            name = args["name"] if args["name"] != "Mentoring" else f"Mentoring {next(serial)}"
            attempt(ctx, "interventions.create_programme", lambda: interventions.create_programme(
                ctx, actor, name, pathway=args["pathway"], team=args["team"], description=args["description"]),
                    fields=("name", "pathway", "team", "description"))
        elif op == "active":
            attempt(ctx, "interventions.set_programme_active",
                    lambda: interventions.set_programme_active(ctx, actor, args["key"], args["active"]),
                    fields=("programme", "active"))
        else:
            attempt(ctx, "interventions.programme_detail", lambda: interventions.programme_detail(ctx, actor, args["key"]),
                    fields=("programme",))
    run()


def _open_referral(ctx, world, clock, given_name="Sam", **overrides):
    return act_now(ctx, world.team_lead, received_at=clock.now() - timedelta(days=30),
                   person=young_person(given_name=given_name), **overrides)


def test_fuzz_interventions(ctx, world, clock):
    made = [_open_referral(ctx, world, clock), _open_referral(ctx, world, clock, "Kai")]
    theirs = _open_referral(ctx, world, clock, "Lee", assigned_to="tl")
    interventions.create_programme(ctx, world.team_lead, "Boxing", pathway="act_now")
    interventions.create_programme(ctx, world.team_lead, "Art club")
    today = clock.now().date()
    started = [interventions.add_intervention(ctx, world.team_lead, made[0].id, "one_to_one",
                                              started_on=today - timedelta(days=5))]
    referral_ids = [r.id for r in made] + [theirs.id]
    valid = {"referral_id": st.sampled_from(referral_ids), "kind": st.sampled_from(["one_to_one", "group"]),
             "programme": st.sampled_from(["Boxing", "art club"]), "with_child": st.booleans(),
             "with_parents": st.booleans(), "day": st.one_of(st.none(), st.integers(0, 25).map(lambda n: today - timedelta(days=n))),
             "version": st.just("current")}
    nasty = {"referral_id": BAD_IDS, "kind": text_or(), "programme": _programme_keys("Boxing"), "with_child": BAD_BOOLS,
             "with_parents": BAD_BOOLS, "day": st.one_of(dates(), st.integers(-40, -1).map(lambda n: today - timedelta(days=n)),
                                                         st.sampled_from(["2026-06-01", 20260601])),
             "version": st.one_of(st.none(), ids(1))}

    @FUZZ
    @given(op=st.sampled_from(["add", "add", "end"]), args=calls(valid, nasty), index=st.integers(0, 10),
           other_id=st.one_of(st.none(), st.none(), st.none(), BAD_IDS), who=WHO)
    def run(op, args, index, other_id, who):
        actor = getattr(world, who)
        if op == "add":
            programme = args["programme"] if args["kind"] == "group" or "programme" in args.get("_broken", ()) else None
            result = attempt(ctx, "interventions.add_intervention", lambda: interventions.add_intervention(
                ctx, actor, args["referral_id"], args["kind"], programme=programme, with_child=args["with_child"],
                with_parents=args["with_parents"], started_on=args["day"]),
                             fields=("kind", "with", "programme", "referral", "started_on"))
            if result is not None:
                started.append(result)
            return
        current = started[index % len(started)]
        target = current.id if other_id is None else other_id
        attempt(ctx, "interventions.end_intervention", lambda: interventions.end_intervention(
            ctx, actor, target, ended_on=args["day"], expected_version=_current(args["version"], current.version)),
                fields=("intervention", "ended_on"))
    run()


def test_fuzz_sessions_and_attendance(ctx, world, clock):
    mine = _open_referral(ctx, world, clock)
    other = _open_referral(ctx, world, clock, "Kai")
    theirs = _open_referral(ctx, world, clock, "Lee", assigned_to="tl")
    interventions.create_programme(ctx, world.team_lead, "Boxing", pathway="act_now")
    today = clock.now().date()
    one = interventions.add_intervention(ctx, world.team_lead, mine.id, "one_to_one", with_parents=True,
                                         started_on=today - timedelta(days=20))
    group = [interventions.add_intervention(ctx, world.team_lead, r.id, "group", programme="Boxing",
                                            started_on=today - timedelta(days=20)) for r in (mine, other, theirs)]
    sessions = [interventions.plan_session(ctx, world.team_lead, intervention_id=one.id,
                                           starts_at=clock.now() - timedelta(days=d)) for d in (1, 2)]
    sessions += [interventions.plan_session(ctx, world.team_lead, programme="Boxing",
                                            starts_at=clock.now() - timedelta(days=d)) for d in (1, 3)]
    sessions.append(interventions.plan_session(ctx, world.team_lead, programme="Boxing",
                                               starts_at=clock.now() + timedelta(days=2)))
    contact_ids = [c.id for c in people.get_person(ctx, world.team_lead, mine.person.id, view=None).contacts]
    now = clock.now()
    valid = {"index": st.integers(0, 50), "owner": st.sampled_from(["intervention", "programme"]),
             "intervention_id": st.sampled_from([None, one.id] + [g.id for g in group]),
             "programme": st.sampled_from(["Boxing", "boxing"]),
             "starts_at": st.integers(-60 * 24 * 20, 60 * 24 * 20).map(lambda m: now + timedelta(minutes=m)),
             "minutes": st.sampled_from([5, 60, 90, 720]), "location": st.sampled_from([None, "Youth centre"]),
             "status": st.sampled_from(["attended", "attended", "did_not_attend", "cancelled"]),
             "child": st.sampled_from([None, True, False]),
             "contacts": st.lists(st.sampled_from(contact_ids), max_size=2), "version": st.just("current")}
    contact = st.one_of(ids(*contact_ids), nasty_text(), st.none(), st.floats(), st.sampled_from(HUGE + [10**400, True]))
    nasty = {"owner": st.sampled_from(["both", "neither"]), "intervention_id": BAD_IDS,
             "programme": _programme_keys("Boxing"), "starts_at": datetimes(now),
             "minutes": st.one_of(st.integers(), st.sampled_from(HUGE + ["60", 60.0, True, None])),
             "location": nasty_text(), "status": text_or(), "child": BAD_BOOLS,
             "contacts": st.one_of(st.lists(contact, min_size=1, max_size=3), st.sampled_from(["12", None, 7, {1: 2}])),
             "version": st.one_of(st.none(), ids(1))}

    @FUZZ
    @given(op=st.sampled_from(["plan", "cancel", "attend", "attend", "attend", "get"]), args=calls(valid, nasty),
           session_id=st.one_of(st.none(), st.none(), st.none(), BAD_IDS), group=st.one_of(st.none(), st.none(), st.booleans()),
           who=WHO)
    def run(op, args, session_id, group, who):
        actor = getattr(world, who)
        index = args["index"] % len(sessions)
        view = sessions[index]
        target = view.id if session_id is None else session_id
        as_group = view.group if group is None else group
        expected = _current(args["version"], view.version)
        if op == "plan":
            owner = args["owner"]
            owners = {"intervention": dict(intervention_id=args["intervention_id"] or one.id),
                      "programme": dict(programme=args["programme"]),
                      "both": dict(intervention_id=args["intervention_id"], programme=args["programme"]),
                      "neither": {}}[owner]
            result = attempt(ctx, "interventions.plan_session", lambda: interventions.plan_session(
                ctx, actor, starts_at=args["starts_at"], minutes=args["minutes"], location=args["location"], **owners),
                             fields=("session", "starts_at", "minutes", "location", "intervention", "programme"))
            if result is not None:
                sessions.append(result)
        elif op == "cancel":
            result = attempt(ctx, "interventions.cancel_session", lambda: interventions.cancel_session(
                ctx, actor, target, group=as_group, expected_version=expected), fields=("session",))
            if result is not None and session_id is None:
                sessions[index] = result
        elif op == "attend":
            result = attempt(ctx, "interventions.record_attendance", lambda: interventions.record_attendance(
                ctx, actor, target, args["status"], group=as_group, intervention_id=args["intervention_id"],
                child_attended=args["child"], contact_ids=args["contacts"], expected_version=expected),
                             fields=("status", "session", "intervention", "contacts", "attended"))
            if result is not None and session_id is None:
                sessions[index] = result
        else:
            attempt(ctx, "interventions.get_session", lambda: interventions.get_session(ctx, actor, target,
                                                                                      group=as_group),
                    fields=("session",))
    run()


def _closed_referral(ctx, world, clock, given_name: str, **overrides):
    """A referral received 500 days ago and closed 400 days ago: its 3, 6 and 12-month checks are all due."""
    now = clock.now()
    detail = act_now(ctx, world.team_lead, received_at=now - timedelta(days=500),
                     person=young_person(given_name=given_name), **overrides)
    referrals.close_referral(ctx, world.team_lead, detail.id, "completed", at=now - timedelta(days=400))
    return followups.list_follow_ups(ctx, world.team_lead, detail.id)


def test_fuzz_follow_up_checks(ctx, world, clock):
    checks = (_closed_referral(ctx, world, clock, "Sam") + _closed_referral(ctx, world, clock, "Kai")
              + _closed_referral(ctx, world, clock, "Lee", assigned_to="tl"))
    closed_on = clock.now().date() - timedelta(days=400)
    good_count = st.one_of(st.integers(0, 20), st.sampled_from(["3", " 12 ", "0"]))
    bad_count = st.one_of(st.sampled_from(["", "1_000", "\u0663", "1e3", "-4", "1000", "1.5", "1" * 5000, None]),
                          st.sampled_from(HUGE + [10**400, True]), st.floats(), st.integers(), json_values(), nasty_text())
    bad_day = st.one_of(st.integers(-5, 420).map(lambda n: closed_on + timedelta(days=n)), dates(),
                        st.sampled_from(["2025-02-30", "tomorrow", "10000-01-01", ""]), json_values(), nasty_text())
    valid = {"contact": st.sampled_from([False, "no", "N", "0"]), "contact_on": st.just(None),
             **{name: good_count for name in ("suspect_before", "victim_before", "suspect_after", "victim_after",
                                              "ed_reattendances")},
             "index": st.integers(0, 20), "version": st.just("current"), "worker": st.sampled_from([None, "casey", "tl"]),
             "within": st.integers(0, 366), "everyone": st.booleans()}
    nasty = {"contact": st.one_of(st.sampled_from([True, "yes", "maybe", "", None, 2]), json_values(), nasty_text()),
             "contact_on": bad_day, **{name: bad_count for name in ("suspect_before", "victim_before", "suspect_after",
                                                                     "victim_after", "ed_reattendances")},
             "version": st.one_of(st.none(), ids(1)), "worker": text_or(),
             "within": st.one_of(st.integers(), st.sampled_from(HUGE + [True, "14", None, 1.5]))}

    @FUZZ
    @given(op=st.sampled_from(["record", "record", "record", "due"]), args=calls(valid, nasty),
           follow_up_id=st.one_of(st.none(), st.none(), st.none(), BAD_IDS), who=WHO)
    def run(op, args, follow_up_id, who):
        actor = getattr(world, who)
        if op == "record":
            index = args["index"] % len(checks)
            current = checks[index]
            target = current.id if follow_up_id is None else follow_up_id
            twelve = current.months == 12
            data = FollowUpInput(args["contact"], args["contact_on"], args["suspect_before"], args["victim_before"],
                                 args["suspect_after"] if twelve else None, args["victim_after"] if twelve else None,
                                 args["ed_reattendances"])
            result = attempt(ctx, "followups.record_follow_up", lambda: followups.record_follow_up(
                ctx, actor, target, data, expected_version=_current(args["version"], current.version)),
                             fields=("follow_up",) + tuple(FIELD_LABELS))
            if result is not None and follow_up_id is None:
                checks[index] = result
        else:
            attempt(ctx, "followups.due_follow_ups", lambda: followups.due_follow_ups(
                ctx, actor, worker=args["worker"], within_days=args["within"], everyone=args["everyone"]),
                    fields=("worker", "within_days", "everyone"))
    run()


def test_fuzz_risk_flags(ctx, world, clock):
    made = [_open_referral(ctx, world, clock), _open_referral(ctx, world, clock, "Kai")]
    theirs = _open_referral(ctx, world, clock, "Lee", assigned_to="tl")
    person_ids = [d.person.id for d in made] + [theirs.person.id]
    flags = [risk.set_flag(ctx, world.team_lead, pid, "county_lines") for pid in person_ids]
    known = [f.id for f in ctx.pathways.risk_flags]
    valid = {"person_id": st.sampled_from(person_ids), "flag": st.sampled_from(known),
             "note": st.sampled_from([None, "Seen with older boys", "Two lines\nof note"]), "index": st.integers(0, 50),
             "reason": st.sampled_from(["No longer applies", "Moved away\nconfirmed by police"]),
             "include_removed": st.booleans()}
    nasty = {"person_id": BAD_IDS, "flag": st.one_of(text_or(), st.sampled_from([None, 3, ["county_lines"]])),
             "note": nasty_text(), "reason": st.one_of(nasty_text(), st.none()), "include_removed": BAD_BOOLS}

    @FUZZ
    @given(op=st.sampled_from(["set", "set", "remove", "remove", "list"]), args=calls(valid, nasty),
           flag_id=st.one_of(st.none(), st.none(), st.none(), BAD_IDS), who=WHO)
    def run(op, args, flag_id, who):
        actor = getattr(world, who)
        if op == "set":
            result = attempt(ctx, "risk.set_flag", lambda: risk.set_flag(ctx, actor, args["person_id"], args["flag"],
                                                                         args["note"]),
                             fields=("flag", "note", "person"))
            if result is not None:
                flags.append(result)
        elif op == "remove":
            live = [f for f in flags if f.active] or flags
            target = live[args["index"] % len(live)].id if flag_id is None else flag_id
            result = attempt(ctx, "risk.remove_flag", lambda: risk.remove_flag(ctx, actor, target, args["reason"]),
                             fields=("reason", "flag_id"))
            if result is not None:
                flags[:] = [result if f.id == result.id else f for f in flags]
        else:
            attempt(ctx, "risk.list_flags", lambda: risk.list_flags(ctx, actor, args["person_id"],
                                                                    include_removed=args["include_removed"]),
                    fields=("person",))
    run()


def test_fuzz_merge_undo_and_the_duplicates_review(ctx, world, clock):
    serial = iter(range(10**6))

    def twins():
        n = next(serial)
        a = act_now(ctx, world.team_lead, person=young_person(given_name="Sam", family_name=f"Jones{n}"))
        b = act_now(ctx, world.team_lead, person=young_person(given_name="Samuel", family_name=f"Jones{n}",
                                                              postcode=None))
        return [a.person.id, b.person.id]

    people_ids = twins() + twins()
    leeds = lead_of(ctx, world.admin, "Leeds Navigators")
    theirs = act_now(ctx, leeds, assigned_to=leeds.username, team="Leeds Navigators",
                     person=young_person(given_name="Lee")).person.id
    merges: list[int] = []
    sides = st.sampled_from(["kept", "other"])
    valid = {"a": st.integers(0, 100), "b": st.integers(0, 100), "version": st.just("current"),
             "choices": st.one_of(st.none(), st.dictionaries(st.sampled_from(MERGE_FIELDS), sides, max_size=3)),
             "merge_index": st.integers(0, 100), "note": st.sampled_from([None, "Different mothers"]),
             "min_score": st.sampled_from([matching.DUPLICATE_MIN_SCORE, 0, 100]), "limit": st.sampled_from([1, 10, 500]),
             "undone": st.booleans()}
    nasty = {"a": st.one_of(BAD_IDS, st.just(theirs)), "b": st.one_of(BAD_IDS, st.just(theirs)),
             "version": st.one_of(st.none(), ids(1)),
             "choices": st.one_of(st.dictionaries(text_or(*MERGE_FIELDS), st.one_of(sides, json_values()), min_size=1,
                                                  max_size=2), st.sampled_from([[], "kept", 3])),
             "merge_index": BAD_IDS, "note": nasty_text(),
             "min_score": st.one_of(st.integers(), st.sampled_from(HUGE + [70.5, "70", None])),
             "limit": st.one_of(st.integers(), st.sampled_from(HUGE + [1.5, "10", None]))}

    def person(value):
        """An index into the people not merged away, or (broken) any id as it came."""
        return people_ids[value % len(people_ids)] if isinstance(value, int) and 0 <= value <= 100 else value

    @FUZZ
    @given(op=st.sampled_from(["merge", "merge", "undo", "undo", "not_duplicate", "review", "list"]),
           args=calls(valid, nasty), who=st.sampled_from(["team_lead", "team_lead", "team_lead", "caseworker", "manager"]))
    def run(op, args, who):
        actor = getattr(world, who)
        if len(people_ids) < 3:
            people_ids.extend(twins())
        kept, other = person(args["a"]), person(args["b"])
        if op == "merge":
            if kept == other and args["a"] in range(101):
                other = people_ids[(args["a"] + 1) % len(people_ids)]

            def call():
                current = {pid: people.get_person(ctx, world.team_lead, pid, view=None).version
                           for pid in {kept, other} if pid in people_ids}
                return merge.merge_people(ctx, actor, kept, other,
                                          kept_version=_current(args["version"], current.get(kept, 1)),
                                          other_version=_current(args["version"], current.get(other, 1)),
                                          choices=args["choices"])
            result = attempt(ctx, "merge.merge_people", call,
                             fields=("other_id", "choices", "person", "nhs_number", "pnc_id"))
            if result is not None:
                merges.append(result.id)
                people_ids.remove(result.merged_person_id)
        elif op == "undo":
            index = args["merge_index"]
            target = (merges[index % len(merges)] if merges else 1) if _in_range(index) else index
            expected = None if args["version"] == "current" else args["version"]
            result = attempt(ctx, "merge.undo_merge", lambda: merge.undo_merge(ctx, actor, target,
                                                                               expected_version=expected),
                             fields=("merge_id",))
            if result is not None:
                people_ids.append(result.merged_person_id)
        elif op == "not_duplicate":
            attempt(ctx, "matching.mark_not_duplicate", lambda: matching.mark_not_duplicate(ctx, actor, kept, other,
                                                                                            args["note"]),
                    fields=("other_id", "note", "person_id"))
        elif op == "review":
            attempt(ctx, "matching.find_duplicates", lambda: matching.find_duplicates(
                ctx, actor, min_score=args["min_score"], limit=args["limit"]), fields=("min_score", "limit"))
        else:
            attempt(ctx, "merge.list_merges", lambda: merge.list_merges(
                ctx, actor, person_id=kept if args["undone"] else None, include_undone=args["undone"],
                limit=args["limit"]), fields=("person_id", "limit"))
            index = args["merge_index"]
            target = (merges[index % len(merges)] if merges else 1) if _in_range(index) else index
            attempt(ctx, "merge.get_merge", lambda: merge.get_merge(ctx, actor, target), fields=("merge_id",))
    run()


def test_fuzz_evaluation_export_options(ctx, world, clock, tmp_path):
    _closed_referral(ctx, world, clock, "Sam")
    (tmp_path / "a-file").write_text("x")
    exports = tmp_path / "exports"
    exports.mkdir()
    valid = {"folder": st.sampled_from(["out", "out2", "."]), "date_from": st.sampled_from([None, clock.now().date().replace(year=2025)]),
             "date_to": st.one_of(st.none(), st.just(clock.now().date()))}
    nasty = {"folder": st.one_of(st.sampled_from(["../a-file", "missing/deeper", "", "~nobody-here/x", "x" * 300,
                                                  "ok\x00no", "\ud800", 7, None]), nasty_text()),
             "date_from": st.one_of(dates(), st.sampled_from(["2025-01-01", 20250101])),
             "date_to": st.one_of(dates(), st.sampled_from([clock.now()]))}

    @FUZZ
    @given(op=st.sampled_from(["export", "export", "export", "new_key"]), args=calls(valid, nasty),
           who=st.sampled_from(["manager", "manager", "manager", "team_lead", "admin"]))
    def run(op, args, who):
        actor = getattr(world, who)
        if op == "new_key":
            attempt(ctx, "evaluation.replace_key", lambda: evaluation.replace_key(ctx, actor), fields=())
            return
        folder = args["folder"]
        # Inside the test's folder, but for the blank and ~user names, given as they came (a blank one must be
        # refused, not taken as the working directory).
        target = exports / folder if isinstance(folder, str) and folder.strip() and not folder.startswith("~") else folder
        attempt(ctx, "evaluation.export", lambda: evaluation.export_evaluation(
            ctx, actor, target, date_from=args["date_from"], date_to=args["date_to"]), fields=("out", "from", "to"))
    run()
