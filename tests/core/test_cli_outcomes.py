"""`casework programme / intervention / followup / export / report evidence / referral reopen`, in-process."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest

from .test_cli import _environment, cli, new_act_now, world  # noqa: F401 - fixtures (world: the team lead acts)

UTC = timezone.utc


@pytest.fixture
def referral_id(cli, world) -> int:
    """An Act Now referral received at 09:00 BST on 15 June 2026 with a mother as contact; assigned to casey."""
    result = new_act_now(cli, "--assign", "casey", "--received-at", "2026-06-15 09:00", "--postcode", "MK9 2AA",
                         "--contact", "Ann Jones;mother;07700 900123")
    assert result.code == 0, result.err
    return int(result.out.splitlines()[0])


def test_one_to_one_and_group_work_from_the_command_line(cli, world, referral_id, clock):
    r = cli("intervention", "add", str(referral_id), "--one-to-one", "--with", "child,parents", user="casey")
    assert r.code == 0, r.err
    assert "1-2-1 with child and parents/carers" in r.out
    work = int(r.out.split()[1].rstrip(":"))
    r = cli("intervention", "session", str(work), "--at", "2026-06-15 09:30", "--location", "Home", "--json",
            user="casey")
    assert r.code == 0, r.err
    session_id = r.json()["id"]
    contact = cli("referral", "show", str(referral_id), "--json", user="casey").json()["person"]["contacts"][0]["id"]
    r = cli("intervention", "attend", str(session_id), "attended", "--contact", str(contact), user="casey")
    assert r.code == 0, r.err
    listing = cli("intervention", "list", str(referral_id), user="casey")
    assert "attended 1" in listing.out and "child, Ann Jones" in listing.out

    assert cli("programme", "new", "Boxing — Bletchley", "--pathway", "act_now", user="casey").code == 0
    r = cli("intervention", "add", str(referral_id), "--group", "Boxing — Bletchley", user="casey")
    assert r.code == 0, r.err
    place = int(r.out.split()[1].rstrip(":"))
    r = cli("programme", "session", "Boxing — Bletchley", "--at", "2026-06-15 09:45", "--json", user="casey")
    group_session = r.json()["id"]
    r = cli("programme", "attend", str(group_session), "did_not_attend", "--participant", str(place), user="casey")
    assert r.code == 0, r.err
    shown = cli("programme", "show", "Boxing — Bletchley", user="casey")
    assert "DNA" in shown.out and "Sam Jones" in shown.out
    # errors name the field and exit 2
    r = cli("intervention", "add", str(referral_id), "--one-to-one", "--with", "uncle", user="casey")
    assert r.code == 2 and "with:" in r.err
    r = cli("intervention", "attend", str(session_id), "attended", "--contact", "999", user="casey")
    assert r.code == 2 and "contacts:" in r.err


def test_followups_due_recorded_and_cancelled_by_reopening(cli, world, referral_id, clock):
    assert cli("referral", "close", str(referral_id), "completed", user="casey").code == 0
    checks = cli("followup", "list", str(referral_id), "--json", user="casey").json()
    assert [(c["months"], c["due_on"]) for c in checks] == [(3, "2026-09-15"), (6, "2026-12-15"), (12, "2027-06-15")]
    assert "no follow-up checks due" in cli("followup", "due", user="casey").out
    clock.set(datetime(2026, 9, 20, 9, 0, tzinfo=UTC))
    due = cli("followup", "due", user="casey")
    assert "OVERDUE" in due.out and "3 months" in due.out
    r = cli("followup", "record", str(checks[0]["id"]), "--police-contact", "yes", "--ed", "0", user="casey")
    assert r.code == 2 and "police_contact_on:" in r.err
    r = cli("followup", "record", str(checks[0]["id"]), "--police-contact", "no", "--ed", "0",
            "--suspect-before", "2", user="casey")
    assert r.code == 0, r.err
    assert "no follow-up checks due" in cli("followup", "due", user="casey").out
    r = cli("referral", "reopen", str(referral_id), "--reason", "new information from the school", user="casey")
    assert r.code == 0, r.err
    assert "(no follow-up checks" in cli("followup", "list", str(referral_id), user="casey").out


def test_report_evidence_and_the_evaluation_export(cli, world, referral_id, tmp_path):
    assert cli("referral", "close", str(referral_id), "completed", user="casey").code == 0
    r = cli("report", "evidence", "--pdf", str(tmp_path / "e.pdf"), "--pathway", "act_now", user="tl")
    assert r.code == 0, r.err
    assert (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    r = cli("report", "caseload", "--pdf", str(tmp_path / "c.pdf"), "--pathway", "act_now", user="tl")
    assert r.code == 2 and "pathway:" in r.err

    out = tmp_path / "export"
    r = cli("export", "evaluation", "--out", str(out), "--from", "2026-06-01", user="morgan")
    assert r.code == 0, r.err
    assert "referrals.csv 1 rows" in r.out
    with (out / "referrals.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["outcome"] == "completed" and rows[0]["postcode_district"] == "MK9"
    assert cli("export", "evaluation", "--out", str(out), user="casey").code == 3
    r = cli("export", "evaluation", "--out", str(out), "--from", "2026-13-01", user="morgan")
    assert r.code == 2 and "from:" in r.err
    assert cli("export", "new-key", user="admin").code == 2
    assert cli("export", "new-key", "--yes", user="admin").code == 0


@pytest.mark.parametrize("command", [["programme", "--help"], ["intervention", "attend", "--help"],
                                     ["followup", "record", "--help"], ["export", "evaluation", "--help"]])
def test_help_is_there(cli, command):
    assert cli(*command).code == 0
