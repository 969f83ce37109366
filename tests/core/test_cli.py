"""The `casework` command line, run in-process: what it prints, and the exit code for each kind of error."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from casework.cli import prompts, session
from casework.cli.main import main
from casework.services import directory
from casework.services import referrals as referrals_service
from casework.store.engine import make_engine
from casework.store.migrate import UpgradeResult, ensure_schema, head_revision

from ..conftest import ENGINE, PASSWORD

TEAM = "YOT Milton Keynes"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _environment(monkeypatch):
    """Nothing from the developer's shell leaks in; the acting password comes from the environment."""
    for name in ("CASEWORK_DB", "CASEWORK_USER", "CASEWORK_NEW_PASSWORD", "CASEWORK_PATHWAYS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEWORK_PASSWORD", PASSWORD)
    monkeypatch.setattr(prompts, "stdin_is_tty", lambda: False)


def _runner(url, clock, capsys):
    def run(*args: str, user: str | None = None) -> Result:
        argv = ["--db", url, *(["--user", user] if user else []), *args]
        code = main(argv, clock=clock)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return run


@pytest.fixture
def cli(db_url, clock, capsys):
    capsys.readouterr()
    return _runner(db_url, clock, capsys)


@pytest.fixture
def cli_empty(empty_db_url, clock, capsys):
    return _runner(empty_db_url, clock, capsys)


@pytest.fixture
def terminal(monkeypatch):
    """Pretend stdin is a terminal; the answers typed at the hidden prompts are queued in the list."""
    answers: list[str] = []
    prompted: list[str] = []

    def ask(prompt: str) -> str:
        prompted.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(prompts, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(prompts, "ask", ask)
    return types.SimpleNamespace(answers=answers, prompted=prompted)


def new_act_now(cli, *extra: str, user: str | None = None) -> Result:
    return cli("referral", "new", "--pathway", "act_now", "--source", "custody", "--given-name", "Sam",
               "--family-name", "Jones", "--dob", "2010-03-04", "--site", "mk-custody", "--team", TEAM, *extra,
               user=user)


@pytest.fixture
def world(world, monkeypatch):
    """The conftest world, with its team lead as the default acting user: case records are the case
    roles' to change (an administrator without a case role may not); admin commands say user="admin"."""
    monkeypatch.setenv("CASEWORK_USER", "tl")
    return world


@pytest.fixture
def referral_id(cli, world) -> int:
    """An Act Now referral received at 09:00 BST, an hour before the clock's now; assigned to casey."""
    result = new_act_now(cli, "--assign", "casey", "--received-at", "2026-06-15 09:00",
                         "--field", "offence=possession of a bladed article", user="tl")
    assert result.code == 0, result.err
    return int(result.out.splitlines()[0])


# --- init --------------------------------------------------------------------------------------

def test_init_creates_the_database_and_the_first_administrator(cli_empty):
    result = cli_empty("init")
    assert result.code == 0, result.err
    assert "created the database" in result.out
    assert "created the administrator admin" in result.out
    users = cli_empty("user", "list", "--json")
    assert users.code == 0, users.err
    assert [(u["username"], u["role"]) for u in users.json()] == [("admin", "admin")]


def test_init_is_idempotent_and_creates_nobody_once_users_exist(cli_empty):
    assert cli_empty("init").code == 0
    again = cli_empty("init", "--user", "someone")
    assert again.code == 0, again.err
    assert "up to date" in again.out
    assert "no administrator was created" in again.out
    assert [u["username"] for u in cli_empty("user", "list", "--json").json()] == ["admin"]


def test_init_names_the_administrator_from_the_user_option(cli_empty):
    assert cli_empty("init", "--user", "boss", "--display-name", "Bo Boss").code == 0
    users = cli_empty("user", "list", "--json", user="boss").json()
    assert [(u["username"], u["display_name"]) for u in users] == [("boss", "Bo Boss")]


def test_init_on_an_existing_head_database_without_users_creates_the_admin(cli):
    result = cli("init")
    assert result.code == 0, result.err
    assert "created the administrator admin" in result.out
    assert "created the database" not in result.out


def test_init_without_a_password_and_no_terminal_exits_2_naming_the_password(cli_empty, monkeypatch):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    result = cli_empty("init")
    assert result.code == 2
    assert result.err.startswith("error: password:")
    assert "CASEWORK_PASSWORD" in result.err


def test_init_on_a_terminal_asks_for_the_password_twice(cli_empty, monkeypatch, terminal):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    terminal.answers += ["typed-on-a-tty", "typed-on-a-tty"]
    assert cli_empty("init").code == 0
    assert len(terminal.prompted) == 2
    # Signing in then prompts once.
    terminal.answers.append("typed-on-a-tty")
    assert cli_empty("team", "list").code == 0


def test_init_refuses_two_different_passwords_typed(cli_empty, monkeypatch, terminal):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    terminal.answers += ["typed-on-a-tty", "typed-on-a-ttx"]
    result = cli_empty("init")
    assert result.code == 2
    assert "error: password:" in result.err
    assert "no administrator" not in result.out and "created the administrator" not in result.out


def test_init_refuses_a_too_short_password_naming_it(cli_empty, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "short")
    result = cli_empty("init")
    assert result.code == 2
    assert result.err.startswith("error: password:")


def test_init_refuses_a_database_newer_than_the_app(cli, db_url):
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffff99'"))
        result = cli("init")
        assert result.code == 2
        assert "ffff99" in result.err and "newer" in result.err
        assert "Traceback" not in result.err
        # Every other command refuses it too.
        assert cli("team", "list").code == 2
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()})
        engine.dispose()


def test_init_prints_the_backup_made_before_an_upgrade(cli, monkeypatch):
    def upgraded(engine):
        result = ensure_schema(engine)
        return UpgradeResult("0000", result.after, Path("/backups/casework.sqlite3.before-0000.bak"))

    monkeypatch.setattr(session, "ensure_schema", upgraded)
    result = cli("init")
    assert result.code == 0, result.err
    assert "from revision 0000" in result.out
    assert "/backups/casework.sqlite3.before-0000.bak" in result.out


def test_commands_other_than_init_refuse_a_database_that_does_not_exist(cli_empty, empty_db_url, engine_name):
    result = cli_empty("team", "list")
    assert result.code == 2
    assert "casework init" in result.err
    if engine_name == "sqlite":
        assert not Path(empty_db_url.removeprefix("sqlite:///")).exists()


def test_commands_on_a_database_without_users_point_to_init(cli):
    result = cli("referral", "list")
    assert result.code == 2
    assert "casework init" in result.err


# --- signing in ---------------------------------------------------------------------------------

def test_wrong_password_exits_3_without_saying_which_half_was_wrong(cli, world, monkeypatch):
    monkeypatch.setenv("CASEWORK_PASSWORD", "not-the-password")
    wrong_password = cli("referral", "list", user="casey")
    monkeypatch.setenv("CASEWORK_PASSWORD", PASSWORD)
    unknown_user = cli("referral", "list", user="nobody")
    assert wrong_password.code == unknown_user.code == 3
    assert wrong_password.err == unknown_user.err
    assert wrong_password.err.startswith("error: sign-in failed")
    assert "Traceback" not in wrong_password.err


def test_missing_password_without_a_terminal_exits_2_naming_the_password(cli, admin, monkeypatch):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    result = cli("team", "list")
    assert result.code == 2
    assert result.err.startswith("error: password:")


def test_password_is_asked_once_on_a_terminal(cli, admin, monkeypatch, terminal):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    terminal.answers.append(PASSWORD)
    assert cli("team", "list").code == 0
    assert terminal.prompted == ["Password for admin: "]


def test_acting_user_comes_from_the_option_after_the_command_or_the_environment(cli, world, monkeypatch):
    assert cli("team", "add", "Other", "--user", "casey").code == 3
    monkeypatch.setenv("CASEWORK_USER", "casey")
    assert cli("team", "add", "Other").code == 3
    assert cli("team", "add", "Other", user="admin").code == 0


def test_database_can_come_from_the_environment(db_url, admin, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEWORK_DB", db_url)
    assert main(["team", "add", "From Env"], clock=clock) == 0
    assert "From Env" in capsys.readouterr().out


# --- teams, sites, users ------------------------------------------------------------------------

def test_team_add_and_list(cli, admin):
    result = cli("team", "add", TEAM)
    assert result.code == 0, result.err
    assert TEAM in result.out
    assert [t["name"] for t in cli("team", "list", "--json").json()] == [TEAM]
    assert TEAM in cli("team", "list").out


def test_team_add_twice_is_refused_naming_the_field(cli, admin):
    assert cli("team", "add", TEAM).code == 0
    result = cli("team", "add", TEAM.upper())
    assert result.code == 2
    assert result.err.startswith("error: team:")


def test_site_add_and_list(cli, admin):
    result = cli("site", "add", "LGI-ED", "--name", "Leeds General Infirmary ED", "--kind", "hospital_ed",
                 "--local-authority", "Leeds", "--nation", "england")
    assert result.code == 0, result.err
    sites = cli("site", "list", "--json").json()
    assert sites == [{"id": sites[0]["id"], "code": "lgi-ed", "name": "Leeds General Infirmary ED",
                      "kind": "hospital_ed", "local_authority": "Leeds", "nation": "england"}]


def test_site_kind_outside_the_choices_is_a_usage_error(cli, admin):
    result = cli("site", "add", "x", "--name", "X", "--kind", "church", "--local-authority", "Leeds",
                 "--nation", "england")
    assert result.code == 2
    assert "--kind" in result.err


def test_user_add_takes_the_new_password_from_the_environment(cli, admin, monkeypatch):
    assert cli("team", "add", TEAM).code == 0
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "casey-own-password")
    result = cli("user", "add", "casey", "--role", "caseworker", "--team", TEAM, "--display-name", "Casey Worker")
    assert result.code == 0, result.err
    users = {u["username"]: u for u in cli("user", "list", "--json").json()}
    assert users["casey"] == {"id": users["casey"]["id"], "username": "casey", "display_name": "Casey Worker",
                              "role": "caseworker", "team": TEAM, "active": True, "is_admin": False,
                              "locked_until": None}
    # The new user signs in with their own password.
    monkeypatch.setenv("CASEWORK_PASSWORD", "casey-own-password")
    assert cli("referral", "list", user="casey").code == 0


def test_user_add_without_a_new_password_and_no_terminal_exits_2(cli, admin):
    result = cli("user", "add", "morgan", "--role", "manager")
    assert result.code == 2
    assert result.err.startswith("error: password:")
    assert "CASEWORK_NEW_PASSWORD" in result.err
    assert [u["username"] for u in cli("user", "list", "--json").json()] == ["admin"]


def test_user_add_asks_the_new_password_twice_on_a_terminal(cli, admin, terminal):
    terminal.answers += ["morgan-password", "morgan-password"]
    assert cli("user", "add", "morgan", "--role", "manager").code == 0
    assert terminal.prompted == ["New password for morgan: ", "Repeat the password for morgan: "]


def test_caseworker_without_a_team_is_refused_before_a_password_is_asked(cli, admin, terminal):
    result = cli("user", "add", "casey", "--role", "caseworker")
    assert result.code == 2
    assert result.err.startswith("error: team:")
    assert terminal.prompted == []


def test_only_an_administrator_may_add_teams_and_users(cli, world, monkeypatch):
    assert cli("team", "add", "New team", user="casey").code == 3
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "a-long-password")
    result = cli("user", "add", "newbie", "--role", "manager", user="tl")
    assert result.code == 3
    assert result.err.startswith("error: ")


# --- pathways -----------------------------------------------------------------------------------

def test_pathway_list_needs_no_database_or_sign_in(cli_empty, monkeypatch):
    monkeypatch.delenv("CASEWORK_PASSWORD")
    result = cli_empty("pathway", "list", "--json")
    assert result.code == 0, result.err
    assert {p["id"] for p in result.json()} >= {"act_now", "intact", "ae_navigator"}
    assert "act_now" in cli_empty("pathway", "list").out


def test_pathway_show_gives_stages_moves_event_fields_and_outcomes(cli_empty):
    shown = cli_empty("pathway", "show", "act_now", "--json").json()
    stages = {s["id"]: s["next"] for s in shown["stages"]}
    assert stages["custody"] == ["engagement", "criminal_justice"]
    kinds = {k["id"]: k for k in shown["event_kinds"]}
    assert [f["name"] for f in kinds["custody_notified"]["fields"]] == ["offence", "custody_reference"]
    assert kinds["custody_attended"]["fields"][0]["options"] == ["engaged", "declined", "not_seen"]
    assert kinds["stage_moved"]["system"] is True
    assert "completed" in shown["outcomes"]
    assert shown["first_event"] == {"custody": "custody_notified"}
    plain = cli_empty("pathway", "show", "ae_navigator").out
    assert "presenting_issues: multi" in plain
    assert "emergency_department" in plain


def test_unknown_pathway_exits_2_naming_the_pathway(cli_empty):
    result = cli_empty("pathway", "show", "knife_crime")
    assert result.code == 2
    assert result.err.startswith("error: pathway:")


def test_broken_pathway_file_at_start_up_exits_2_naming_file_and_key(cli_empty, tmp_path, monkeypatch):
    folder = tmp_path / "pathways"
    folder.mkdir()
    (folder / "knife.toml").write_text('id = "knife"\nlabel = "Knife carriers"\n', encoding="utf-8")
    monkeypatch.setenv("CASEWORK_PATHWAYS_DIR", str(folder))
    result = cli_empty("pathway", "list")
    assert result.code == 2
    assert "knife.toml" in result.err and "sources" in result.err and "missing" in result.err
    assert "Traceback" not in result.err


# --- referral new -------------------------------------------------------------------------------

def test_referral_new_prints_just_the_id(cli, world):
    result = new_act_now(cli)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0].isdigit()
    shown = cli("referral", "show", result.out.strip(), "--json").json()
    assert shown["id"] == int(result.out.strip())


def test_referral_new_json_records_the_first_event_at_the_received_time(cli, world):
    result = new_act_now(cli, "--received-at", "2026-06-15 09:40", "--assign", "casey",
                         "--field", "offence=possession of a bladed article", "--field", "custody_reference=CR1",
                         "--note", "called by the custody sergeant", "--json")
    assert result.code == 0, result.err
    detail = result.json()
    assert detail["received_at"] == "2026-06-15T09:40:00+01:00"
    assert detail["stage"] == "custody"
    assert detail["assigned_to"] == "casey"
    first = detail["events"][0]
    assert first["kind"] == "custody_notified"
    assert first["occurred_at"] == "2026-06-15T09:40:00+01:00"
    assert first["recorded_at"] == "2026-06-15T10:00:00+01:00"
    assert first["details"] == {"offence": "possession of a bladed article", "custody_reference": "CR1"}
    assert first["note"] == "called by the custody sergeant"


def test_referral_new_marks_parents_and_carers_among_contacts(cli, world):
    result = new_act_now(cli, "--contact", "Ann Jones;mother;07700 900123", "--contact", "Bill Jones;step-father",
                         "--contact", "Cal Jones;brother;07700 900456", "--json")
    assert result.code == 0, result.err
    contacts = [(c["name"], c["relationship"], c["phone"], c["is_parent_carer"])
                for c in result.json()["person"]["contacts"]]
    assert contacts == [("Ann Jones", "mother", "07700 900123", True), ("Bill Jones", "step-father", None, True),
                        ("Cal Jones", "brother", "07700 900456", False)]


def test_referral_new_takes_local_winter_time_as_gmt(cli, world):
    result = new_act_now(cli, "--received-at", "2026-01-10 23:30", "--json")
    assert result.code == 0, result.err
    assert result.json()["received_at"] == "2026-01-10T23:30:00+00:00"


def test_referral_new_for_an_existing_person(cli, world):
    first = new_act_now(cli, "--json").json()
    second = cli("referral", "new", "--pathway", "intact", "--source", "marf", "--person", str(first["person"]["id"]),
                 "--field", "low_level=yes", "--json")
    assert second.code == 0, second.err
    assert second.json()["person"]["id"] == first["person"]["id"]
    assert second.json()["events"][0]["details"] == {"low_level": True}


def test_referral_new_refuses_a_person_id_together_with_name_options(cli, world):
    result = cli("referral", "new", "--pathway", "intact", "--source", "marf", "--person", "1",
                 "--given-name", "Sam")
    assert result.code == 2
    assert result.err.startswith("error: person:")


def test_caseworker_referral_goes_to_their_own_team(cli, world):
    result = cli("referral", "new", "--pathway", "act_now", "--source", "custody", "--given-name", "Sam",
                 "--family-name", "Jones", "--dob", "2010-03-04", "--json", user="casey")
    assert result.code == 0, result.err
    assert result.json()["team"] == TEAM


@pytest.mark.parametrize("dob, rule_words", [
    ("2010-13-01", "not a date"),
    ("04/03/2010", "not a date"),
    ("2030-01-01", "future"),
    ("2000-01-01", "ages 10-17"),
])
def test_referral_new_with_a_bad_date_of_birth_exits_2_naming_it(cli, world, dob, rule_words):
    result = cli("referral", "new", "--pathway", "act_now", "--source", "custody", "--given-name", "Sam",
                 "--family-name", "Jones", "--dob", dob)
    assert result.code == 2
    assert result.err.startswith("error: date_of_birth:")
    assert rule_words in result.err
    assert cli("referral", "list", "--json").json() == []


@pytest.mark.parametrize("args, field", [
    (["--pathway", "act_now", "--source", "marf"], "source"),
    (["--pathway", "knife", "--source", "custody"], "pathway"),
    (["--pathway", "act_now", "--source", "custody", "--field", "weapon=knife"], "details.weapon"),
    (["--pathway", "act_now", "--source", "custody", "--field", "offence"], "details"),
    (["--pathway", "act_now", "--source", "custody", "--received-at", "yesterday-ish"], "received_at"),
    (["--pathway", "act_now", "--source", "custody", "--received-at", "2026-06-15 11:00"], "received_at"),
    (["--pathway", "act_now", "--source", "custody", "--contact", "Ann Jones"], "contacts[0]"),
    (["--pathway", "act_now", "--source", "custody", "--postcode", "not a postcode"], "postcode"),
    (["--pathway", "act_now", "--source", "custody", "--assign", "morgan"], "assigned_to"),
])
def test_referral_new_invalid_input_exits_2_naming_the_field(cli, world, args, field):
    result = cli("referral", "new", "--given-name", "Sam", "--family-name", "Jones", "--dob", "2010-03-04", *args)
    assert result.code == 2, result.out
    assert result.err.startswith(f"error: {field}:")


def test_manager_may_read_but_not_take_referrals(cli, world, referral_id):
    assert cli("referral", "show", str(referral_id), user="morgan").code == 0
    assert new_act_now(cli, user="morgan").code == 3


def test_missing_required_option_is_a_usage_error(cli, world):
    result = cli("referral", "new", "--pathway", "act_now")
    assert result.code == 2
    assert "--source" in result.err


# --- events, moves, assignment, closure --------------------------------------------------------

def test_event_with_fields_and_a_back_dated_time(cli, world, referral_id, clock):
    result = cli("referral", "event", str(referral_id), "custody_attended", "--at", "2026-06-15 09:45",
                 "--field", "outcome_of_visit=engaged", "--note", "seen with appropriate adult", "--json")
    assert result.code == 0, result.err
    event = result.json()
    assert event["kind"] == "custody_attended"
    assert event["occurred_at"] == "2026-06-15T09:45:00+01:00"
    assert event["recorded_at"] == "2026-06-15T10:00:00+01:00"
    assert event["details"] == {"outcome_of_visit": "engaged"}
    assert event["recorded_by"] == "tl"
    # Shown in time order: the back-dated event sits before the note recorded at 10:00.
    assert cli("referral", "event", str(referral_id), "note", "--note", "rang the mother").code == 0
    events = cli("referral", "show", str(referral_id), "--json").json()["events"]
    assert [e["kind"] for e in events] == ["custody_notified", "assigned", "custody_attended", "note"]
    assert [e["occurred_at"][11:16] for e in events] == ["09:00", "09:00", "09:45", "10:00"]


def test_event_plain_output_shows_local_time(cli, world, referral_id):
    result = cli("referral", "event", str(referral_id), "note", "--note", "rang the mother")
    assert result.code == 0, result.err
    assert "2026-06-15 10:00 BST" in result.out


@pytest.mark.parametrize("args, field", [
    (["custody_attended", "--at", "2026-06-15 08:00"], "occurred_at"),
    (["custody_attended", "--at", "2026-06-15 12:00"], "occurred_at"),
    (["custody_attended", "--field", "outcome_of_visit=maybe"], "details.outcome_of_visit"),
    (["custody_attended", "--field", "mood=calm"], "details.mood"),
    (["triage_decision"], "kind"),
    (["stage_moved"], "kind"),
    (["note"], "note"),
])
def test_event_invalid_input_exits_2_naming_the_field(cli, world, referral_id, args, field):
    result = cli("referral", "event", str(referral_id), *args)
    assert result.code == 2
    assert result.err.startswith(f"error: {field}:")


def test_move_to_an_allowed_stage(cli, world, referral_id):
    result = cli("referral", "move", str(referral_id), "engagement", "--note", "released on bail")
    assert result.code == 0, result.err
    assert "Engaging family" in result.out
    detail = cli("referral", "show", str(referral_id), "--json").json()
    assert detail["stage"] == "engagement"
    assert detail["allowed_moves"] == ["intervention", "criminal_justice"]
    moved = detail["events"][-1]
    assert (moved["kind"], moved["details"], moved["note"]) == (
        "stage_moved", {"from_stage": "custody", "to_stage": "engagement"}, "released on bail")


def test_move_not_allowed_from_the_current_stage_exits_2_naming_the_stage(cli, world, referral_id):
    result = cli("referral", "move", str(referral_id), "review")
    assert result.code == 2
    assert result.err.startswith("error: stage:")
    assert "allowed: engagement, criminal_justice" in result.err
    assert cli("referral", "show", str(referral_id), "--json").json()["stage"] == "custody"


def test_move_with_a_stale_expected_version_exits_5_and_saves_nothing(cli, world, referral_id):
    version = cli("referral", "show", str(referral_id), "--json").json()["version"]
    assert cli("referral", "move", str(referral_id), "engagement", "--expected-version", str(version)).code == 0
    stale = cli("referral", "move", str(referral_id), "intervention", "--expected-version", str(version))
    assert stale.code == 5
    assert "changed by someone else" in stale.err
    assert cli("referral", "show", str(referral_id), "--json").json()["stage"] == "engagement"


def test_assign_to_a_caseworker(cli, world, referral_id):
    result = cli("referral", "assign", str(referral_id), "tl", "--json")
    assert result.code == 0, result.err
    detail = result.json()
    assert detail["assigned_to"] == "tl"
    assert detail["events"][-1]["details"] == {"to_user": "tl", "from_user": "casey"}
    assert "assigned to casey" in cli("referral", "assign", str(referral_id), "casey").out


def test_assign_to_a_manager_exits_2_naming_the_assignee(cli, world, referral_id):
    result = cli("referral", "assign", str(referral_id), "morgan")
    assert result.code == 2
    assert result.err.startswith("error: assigned_to:")


def test_assign_with_a_stale_expected_version_exits_5(cli, world, referral_id):
    result = cli("referral", "assign", str(referral_id), "tl", "--expected-version", "99")
    assert result.code == 5


def test_close_with_an_outcome(cli, world, referral_id):
    result = cli("referral", "close", str(referral_id), "completed", "--at", "2026-06-15 09:30",
                 "--note", "family engaged well")
    assert result.code == 0, result.err
    detail = cli("referral", "show", str(referral_id), "--json").json()
    assert (detail["stage"], detail["outcome"], detail["closed_at"]) == (
        "closed", "completed", "2026-06-15T09:30:00+01:00")
    assert detail["allowed_moves"] == []
    # Closed: no more events other than notes.
    refused = cli("referral", "event", str(referral_id), "custody_attended")
    assert refused.code == 2
    assert refused.err.startswith("error: referral:")


def test_close_with_an_outcome_the_pathway_does_not_have_exits_2(cli, world, referral_id):
    result = cli("referral", "close", str(referral_id), "no_further_police_contact")
    assert result.code == 2
    assert result.err.startswith("error: outcome:")


def test_close_with_a_stale_expected_version_exits_5(cli, world, referral_id):
    result = cli("referral", "close", str(referral_id), "completed", "--expected-version", "99")
    assert result.code == 5


@pytest.mark.parametrize("args", [
    ["show", "999"],
    ["show", "999", "--json"],
    ["event", "999", "note", "--note", "x"],
    ["move", "999", "engagement"],
    ["assign", "999", "casey"],
    ["close", "999", "completed"],
])
def test_unknown_referral_exits_4(cli, world, args):
    result = cli("referral", *args)
    assert result.code == 4
    assert result.err == "error: referral 999 not found\n"
    assert result.out == ""


def test_referral_id_must_be_a_number(cli, world):
    result = cli("referral", "show", "twelve")
    assert result.code == 2
    assert "invalid int value" in result.err


# --- show and list -----------------------------------------------------------------------------

def test_show_json_contains_the_person_and_the_events(cli, world, referral_id):
    cli("referral", "event", str(referral_id), "custody_attended", "--field", "outcome_of_visit=engaged")
    detail = cli("referral", "show", str(referral_id), "--json").json()
    assert detail["person"]["given_name"] == "Sam"
    assert detail["person"]["date_of_birth"] == "2010-03-04"
    assert [e["kind"] for e in detail["events"]] == ["custody_notified", "assigned", "custody_attended"]
    assert detail["events"][0]["details"] == {"offence": "possession of a bladed article"}
    assert all(e["occurred_at"].endswith("+01:00") for e in detail["events"])


def test_show_for_people_gives_person_stage_moves_and_local_times(cli, world, referral_id):
    result = cli("referral", "show", str(referral_id))
    assert result.code == 0, result.err
    out = result.out
    assert "Sam Jones" in out and "born 2010-03-04" in out and "age 16" in out
    assert "In custody (custody)" in out
    assert "engagement, criminal_justice" in out
    assert "casey" in out
    assert "2026-06-15 09:00 BST  Custody notified" in out
    assert "Received:  2026-06-15 09:00 BST" in out
    assert "offence=possession of a bladed article" in out


def test_list_filters_by_open_pathway_team_assignee_and_limit(cli, world, ctx, admin):
    assert cli("team", "add", "Carmarthenshire INTACT", user="admin").code == 0
    directory.create_user(ctx, admin, "rhian", PASSWORD, "team_lead", "Carmarthenshire INTACT")
    first = int(new_act_now(cli, "--assign", "casey", "--received-at", "2026-06-15 08:00").out)
    second = int(new_act_now(cli, "--received-at", "2026-06-15 09:00").out)
    third = int(cli("referral", "new", "--pathway", "intact", "--source", "marf", "--given-name", "Rhys",
                    "--family-name", "Evans", "--dob", "2012-05-06", "--team", "Carmarthenshire INTACT",
                    user="rhian").out)
    assert cli("referral", "close", str(second), "no_further_action").code == 0
    # The team lead lists their own team's referrals only; the manager every one.
    assert [r["id"] for r in cli("referral", "list", "--json").json()] == [second, first]

    def ids(*args):
        result = cli("referral", "list", "--json", *args, user="morgan")
        assert result.code == 0, result.err
        return [r["id"] for r in result.json()]

    assert ids() == [third, second, first]  # newest received first
    assert ids("--open") == [third, first]
    assert ids("--pathway", "intact") == [third]
    assert ids("--team", TEAM) == [second, first]
    assert ids("--assigned", "casey") == [first]
    assert ids("--open", "--pathway", "act_now") == [first]
    assert ids("--limit", "2") == [third, second]
    rows = cli("referral", "list", user="morgan").out.splitlines()
    assert rows[0].split()[:3] == ["ID", "RECEIVED", "PATHWAY"]
    assert len(rows) == 4


def test_list_with_an_unknown_team_exits_2(cli, world):
    result = cli("referral", "list", "--team", "Nowhere")
    assert result.code == 2
    assert result.err.startswith("error: team:")


def test_list_with_nothing_to_show(cli, world):
    assert cli("referral", "list", "--json").json() == []
    assert cli("referral", "list").out == "(no referrals)\n"


# --- demo ---------------------------------------------------------------------------------------

def test_demo_prints_counts_and_users_with_their_password(cli, admin, monkeypatch):
    calls = []

    def generate(ctx, actor, referrals, seed, progress=None):
        calls.append((actor.username, referrals, seed))
        return types.SimpleNamespace(users=[("casey", "caseworker", TEAM), ("morgan", "manager", None)],
                                     password="demo-password-1", counts={"referrals": referrals, "teams": 1})

    monkeypatch.setitem(sys.modules, "casework.demo", types.SimpleNamespace(generate=generate))
    result = cli("demo", "--referrals", "25", "--seed", "7")
    assert result.code == 0, result.err
    assert calls == [("admin", 25, 7)]
    assert "demo-password-1" in result.out
    assert "casey" in result.out and "morgan" in result.out and "25" in result.out
    as_json = cli("demo", "--referrals", "3", "--seed", "1", "--json").json()
    assert as_json["counts"] == {"referrals": 3, "teams": 1}
    assert as_json["users"][0] == {"username": "casey", "role": "caseworker", "team": TEAM}


def test_demo_missing_from_the_build_is_reported_without_a_traceback(cli, admin, monkeypatch):
    monkeypatch.setitem(sys.modules, "casework.demo", None)
    result = cli("demo", "--referrals", "3")
    assert result.code == 1
    assert result.err.startswith("error: the demo data generator")


def test_demo_refuses_a_count_below_one(cli, admin):
    assert cli("demo", "--referrals", "0").code == 2


# --- the process boundary ----------------------------------------------------------------------

def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "referral" in capsys.readouterr().out


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


def test_unreachable_database_server_is_reported_without_a_traceback(clock, capsys):
    code = main(["--db", "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none?connect_timeout=2", "team", "list"],
                clock=clock)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: database:")
    assert "s3cret" not in err and "Traceback" not in err


@pytest.mark.skipif(ENGINE != "sqlite", reason="a SQLite file path")
def test_a_sqlite_path_under_the_home_folder_is_opened_where_it_is_made(tmp_path, clock, capsys, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    url = "sqlite:///~/casework/cw.sqlite3"
    assert main(["--db", url, "init"], clock=clock) == 0, capsys.readouterr().err
    assert (tmp_path / "casework" / "cw.sqlite3").exists()
    assert main(["--db", url, "team", "list"], clock=clock) == 0


@pytest.mark.skipif(not hasattr(referrals_service, "void_event"), reason="events cannot be voided in this build")
def test_show_marks_a_void_event_and_keeps_it_on_the_record(cli, ctx, world, referral_id):
    event = cli("referral", "event", str(referral_id), "custody_attended", "--json").json()
    referrals_service.void_event(ctx, world.team_lead, event["id"], "recorded on the wrong referral")
    out = cli("referral", "show", str(referral_id)).out
    assert f"(event {event['id']})" in out
    assert "VOID since 2026-06-15 10:00 BST: recorded on the wrong referral" in out
