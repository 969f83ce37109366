"""`casework subject-access` and `casework retention run` from the command line."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from casework.services import referrals
from casework.store.models import Referral

from .factories import act_now, young_person
from .test_cli import _environment, cli, referral_id  # noqa: F401 - fixtures shared with the CLI tests


def test_subject_access_writes_both_files_and_prints_them(cli, world, referral_id, tmp_path):
    out = tmp_path / "export"
    result = cli("subject-access", "1", "--out", str(out), "--reference", "SAR-2026-3", user="morgan")
    assert result.code == 0, result.err
    assert f"wrote {out / 'person-1.json'} and {out / 'person-1.pdf'}" in result.out
    document = json.loads((out / "person-1.json").read_text(encoding="utf-8"))
    assert document["person"]["rows"][0]["family_name"] == "Jones"
    assert document["export"]["request_reference"] == "SAR-2026-3"
    assert (out / "person-1.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "person-1.json").stat().st_mode & 0o077 == 0  # readable by its owner only

    again = cli("subject-access", "1", "--out", str(out), "--json", user="morgan")
    assert again.code == 0, again.err
    summary = again.json()
    assert summary["person_id"] == 1 and summary["pages"] >= 1
    assert summary["rows_by_table"]["referral"] == 1


def test_subject_access_refuses_a_caseworker_and_an_unknown_person(cli, world, referral_id, tmp_path):
    refused = cli("subject-access", "1", "--out", str(tmp_path), user="casey")
    assert refused.code == 3
    assert not (tmp_path / "person-1.json").exists()
    missing = cli("subject-access", "99", "--out", str(tmp_path), user="morgan")
    assert missing.code == 4
    assert "person 99 not found" in missing.err
    bad_folder = cli("subject-access", "1", "--out", str(tmp_path / "a" / "b"), user="morgan")
    assert bad_folder.code == 2
    assert bad_folder.err.startswith("error: out:")


def test_retention_dry_run_then_run_from_the_command_line(cli, ctx, world, clock):
    clock.set(datetime(2019, 6, 3, 9, 0, tzinfo=timezone.utc))
    old = act_now(ctx, world.caseworker, person=young_person(given_name="Olwen", date_of_birth=datetime(2004, 3, 4).date()))
    clock.set(datetime(2019, 6, 20, 9, 0, tzinfo=timezone.utc))
    referrals.close_referral(ctx, world.caseworker, old.id, "completed")
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc))
    act_now(ctx, world.caseworker)  # open: kept

    plan = cli("retention", "run", "--dry-run", "--json")
    assert plan.code == 0, plan.err
    summary = plan.json()
    assert summary["dry_run"] is True and summary["referrals"] == 1 and summary["people"] == 1
    assert "Olwen" not in plan.out
    with ctx.read() as s:
        assert s.get(Referral, old.id).erased_at is None

    text = cli("retention", "run", "--dry-run")
    assert text.code == 0, text.err
    assert "nothing was changed" in text.out
    assert "would erase 1 referral; would anonymise 1 person" in text.out
    assert "Act Now" in text.out and "6 years" in text.out

    done = cli("retention", "run")
    assert done.code == 0, done.err
    assert "erased 1 referral; anonymised 1 person" in done.out
    with ctx.read() as s:
        assert s.get(Referral, old.id).erased_at is not None
    again = cli("retention", "run", "--json")
    assert again.json()["referrals"] == 0


def test_retention_is_refused_to_anyone_but_an_administrator(cli, world):
    for user in ("casey", "tl", "morgan"):
        assert cli("retention", "run", "--dry-run", user=user).code == 3
