"""Bad input typed at the issue-6 commands (programme, intervention, followup, people, export), run in-process
through ``casework.cli.main`` against a database holding one of everything.

Whatever the arguments, the command exits with the code of a typed outcome — 0 done, 2 invalid (a usage
error or a ValidationError, which names the field), 3 not permitted, 4 not found, 5 conflict — and never
with an uncaught exception (which would escape ``main``) or a database failure (exit 1).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casework.services import followups, interventions, referrals, risk

from ..core.factories import act_now, young_person
from ..core.test_cli import _environment, cli, world  # noqa: F401 - fixtures
from .conftest import FIGURES
from .fuzz import CASES, REJECTED, nasty_text
from .test_fuzz_services import FUZZ

TYPED_EXITS = {0: "done", 2: "invalid", 3: "not permitted", 4: "not found", 5: "conflict"}
# An argument as a shell passes it: any text but NUL (which no argv can hold).
TYPED = nasty_text().map(lambda t: t.replace("\x00", ""))


@pytest.fixture(autouse=True, scope="module")
def _report():
    yield
    FIGURES.append("cli command cases run (exit other than 0), issue-6 commands: " + "; ".join(
        f"{k[4:]} {CASES[k]} ({REJECTED[k]})" for k in sorted(CASES) if k.startswith("cli ")))


def token(*valid: str) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
    """A command's argument: (what a user means to type, what they may type instead)."""
    numbers = st.sampled_from(["0", "-1", "99999999999999999999", "1e3", "\u0663", " 2 ", "2147483648", ""])
    return st.sampled_from(valid), st.one_of(numbers, TYPED)


def test_fuzz_the_outcome_and_people_commands(cli, world, ctx, clock, tmp_path):
    now = clock.now()
    mine = act_now(ctx, world.team_lead, received_at=now - timedelta(days=30))
    act_now(ctx, world.team_lead, received_at=now - timedelta(days=30), person=young_person(given_name="Samuel"))
    closed = act_now(ctx, world.team_lead, received_at=now - timedelta(days=500), person=young_person(given_name="Kai"))
    referrals.close_referral(ctx, world.team_lead, closed.id, "completed", at=now - timedelta(days=400))
    check = followups.list_follow_ups(ctx, world.team_lead, closed.id)[0]
    interventions.create_programme(ctx, world.team_lead, "Boxing", pathway="act_now")
    one = interventions.add_intervention(ctx, world.team_lead, mine.id, "one_to_one",
                                         started_on=now.date() - timedelta(days=3))
    place = interventions.add_intervention(ctx, world.team_lead, mine.id, "group", programme="Boxing",
                                           started_on=now.date() - timedelta(days=3))
    session = interventions.plan_session(ctx, world.team_lead, intervention_id=one.id, starts_at=now - timedelta(hours=2))
    group = interventions.plan_session(ctx, world.team_lead, programme="Boxing", starts_at=now - timedelta(hours=2))
    flag = risk.set_flag(ctx, world.team_lead, mine.person.id, "county_lines")
    contact = str(mine.person.contacts[0].id)
    ref, person, fu = str(mine.id), str(mine.person.id), str(check.id)
    day, at = now.date().isoformat(), (now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    exports = tmp_path / "exports"
    exports.mkdir()

    commands = {
        "programme new": lambda d: ["programme", "new", d(token("Art club", "Mentoring")), "--pathway",
                                    d(token("act_now", "intact")), "--description", d(token("Tuesdays"))],
        "programme show": lambda d: ["programme", "show", d(token("Boxing", "1"))],
        "programme session": lambda d: ["programme", "session", d(token("Boxing")), "--at", d(token(at, "2026-06-16 18:00")),
                                        "--minutes", d(token("60", "90")), "--location", d(token("Gym"))],
        "programme attend": lambda d: ["programme", "attend", d(token(str(group.id))),
                                       d(token("attended", "did_not_attend", "cancelled")),
                                       "--participant", d(token(str(place.id))), "--contact", d(token(contact))],
        "programme end": lambda d: ["programme", "end", d(token("Mentoring", "Art club"))],
        "intervention add": lambda d: ["intervention", "add", d(token(ref)), "--one-to-one", "--with",
                                       d(token("child", "parents", "child,parents")), "--start", d(token(day))],
        "intervention add --group": lambda d: ["intervention", "add", d(token(ref)), "--group", d(token("Boxing"))],
        "intervention end": lambda d: ["intervention", "end", d(token(str(one.id))), "--on", d(token(day)),
                                       "--expected-version", d(token("1", "2"))],
        "intervention session": lambda d: ["intervention", "session", d(token(str(one.id))), "--at", d(token(at))],
        "intervention attend": lambda d: ["intervention", "attend", d(token(str(session.id))),
                                          d(token("attended", "did_not_attend")), "--contact", d(token(contact))],
        "intervention cancel-session": lambda d: ["intervention", "cancel-session", d(token(str(session.id)))],
        "followup due": lambda d: ["followup", "due", "--worker", d(token("casey", "tl")), "--within", d(token("14"))],
        "followup record": lambda d: ["followup", "record", d(token(fu)), "--police-contact", d(token("yes", "Y")),
                                      "--contact-date", d(token(day)), "--suspect-before", d(token("0", "2")),
                                      "--victim-before", d(token("1")), "--ed", d(token("0", "3"))],
        "people flag": lambda d: ["people", "flag", d(token(person)), d(token("county_lines", "knife_carrying")),
                                  "--note", d(token("Seen with older boys"))],
        "people unflag": lambda d: ["people", "unflag", d(token(str(flag.id))), "--reason", d(token("Moved away"))],
        "people not-duplicate": lambda d: ["people", "not-duplicate", d(token(person)), d(token("2", "3")),
                                           "--note", d(token("twins"))],
        "people merge": lambda d: ["people", "merge", d(token(person)), d(token("2")), "--take",
                                   d(token("postcode", "gender")), "--keep-version", d(token("1"))],
        "people unmerge": lambda d: ["people", "unmerge", d(token("1"))],
        "people duplicates": lambda d: ["people", "duplicates", "--min-score", d(token("70", "0")),
                                        "--limit", d(token("10"))],
        "people merges": lambda d: ["people", "merges", "--person", d(token(person))],
        "export evaluation": lambda d: ["export", "evaluation", "--out", str(exports / d(token("out")).replace("/", "_")),
                                        "--from", d(token("2025-01-01")), "--to", d(token(day))],
    }

    @FUZZ
    @given(name=st.sampled_from(sorted(commands)), data=st.data(), user=st.sampled_from(["tl", "tl", "casey", "morgan"]))
    def run(name, data, user):
        # Every argument as meant but none, one or two (the slots drawn here), so that commands also succeed.
        broken = set(data.draw(st.lists(st.integers(0, 7), max_size=2), label="broken"))
        slot = iter(range(100))

        def draw(choices):
            good, bad = choices
            return data.draw(bad if next(slot) in broken else good)
        argv = commands[name](draw)
        service = f"cli {name}"
        CASES[service] += 1
        result = cli(*argv, user=user)
        assert result.code in TYPED_EXITS, (argv, result.code, result.err)
        if result.code:
            REJECTED[service] += 1
            assert result.err.strip(), argv
    run()
