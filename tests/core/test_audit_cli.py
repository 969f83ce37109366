"""`casework audit` and `casework audit verify`, run in-process."""

from __future__ import annotations

from casework.store import chain

from .test_audit import entries, tamper
from .test_cli import _environment, cli, new_act_now, referral_id  # noqa: F401 - fixtures used here

__all__ = ["_environment", "cli", "referral_id"]


def test_referral_show_is_recorded_as_a_view_and_listed_by_referral(cli, referral_id):
    assert cli("referral", "show", str(referral_id), user="casey").code == 0
    listed = cli("audit", "--referral", str(referral_id), "--json", user="morgan")
    assert listed.code == 0, listed.err
    rows = listed.json()
    assert rows[0]["action"] == "view" and rows[0]["user"] == "casey"
    assert rows[0]["details"] == {"via": "command_line"}
    assert {r["entity_id"] for r in rows} == {referral_id}
    assert [r["seq"] for r in rows] == sorted((r["seq"] for r in rows), reverse=True)


def test_the_table_names_user_action_and_record(cli, referral_id):
    cli("sla", "explain", str(referral_id), user="tl")
    listed = cli("audit", "--user", "tl", user="morgan")
    assert listed.code == 0, listed.err
    header, row = listed.out.splitlines()[:2]
    assert header.split()[:5] == ["SEQ", "WHEN", "USER", "ACTION", "RECORD"]
    assert "tl" in row and "view" in row and f"referral {referral_id}" in row and "sla" not in header


def test_an_administrator_lists_without_details(cli, referral_id):
    rows = cli("audit", "--referral", str(referral_id), "--json", user="admin").json()
    assert rows and all(r["details"] is None for r in rows)
    table = cli("audit", "--referral", str(referral_id), user="admin").out
    assert "(hidden)" in table and "bladed" not in table


def test_a_caseworker_may_not_read_the_trail(cli, referral_id):
    result = cli("audit", user="casey")
    assert result.code == 3 and "managers and administrators" in result.err
    assert cli("audit", "verify", user="casey").code == 3


def test_dates_and_person_filters_and_bad_input(cli, referral_id):
    person = cli("referral", "show", str(referral_id), "--json", user="casey").json()["person"]["id"]
    rows = cli("audit", "--person", str(person), "--from", "2026-06-15", "--to", "2026-06-15", "--json",
               user="morgan").json()
    assert {(r["entity_type"], r["entity_id"]) for r in rows} >= {("person", person), ("referral", referral_id)}
    assert cli("audit", "--from", "2026-06-16", "--json", user="morgan").json() == []
    bad = cli("audit", "--from", "15/06/2026", user="morgan")
    assert bad.code == 2 and "from" in bad.err
    unknown = cli("audit", "--user", "nobody", user="morgan")
    assert unknown.code == 2 and "user" in unknown.err


def test_verify_passes_then_names_the_first_tampered_entry(cli, referral_id, ctx):
    ok = cli("audit", "verify", user="morgan")
    assert ok.code == 0, ok.err
    assert "audit trail intact" in ok.out
    tamper(ctx, "UPDATE audit_entry SET action = 'view' WHERE seq = 4")
    tamper(ctx, "DELETE FROM audit_entry WHERE seq = 7")
    bad = cli("audit", "verify", user="morgan")
    assert bad.code == 6
    assert "first bad entry is 4" in bad.err and "entry 7" in bad.err
    as_json = cli("audit", "verify", "--json", user="admin")
    assert as_json.code == 6 and as_json.json()["first_bad_seq"] == 4


def test_verify_against_a_head_kept_outside_catches_a_rewritten_trail(cli, referral_id, ctx):
    first = cli("audit", "verify", user="morgan")
    head = first.out.split("head ")[1].split()[0]
    assert cli("audit", "verify", "--expect-head", head, user="morgan").code == 0
    seq = int(head.split(":")[0])
    # Rewrite that entry (and, to stay consistent, every later one and the head) with fresh hashes.
    rewritten = entries(ctx)
    prev = next(e.entry_hash for e in rewritten if e.seq == seq - 1)
    for e in (e for e in rewritten if e.seq >= seq):
        action = "create" if e.seq == seq else e.action
        new_hash = chain.entry_hash(e.seq, prev, e.at, e.user_id, action, e.entity_type, e.entity_id,
                                    e.details_digest)
        tamper(ctx, "UPDATE audit_entry SET prev_hash = :p, action = :a, entry_hash = :h WHERE seq = :s",
               p=prev, a=action, h=new_hash, s=e.seq)
        prev = new_hash
    tamper(ctx, "UPDATE audit_chain SET last_hash = :h", h=prev)
    assert cli("audit", "verify", user="morgan").code == 0   # consistent on its own...
    caught = cli("audit", "verify", "--expect-head", head, user="morgan")   # ...but not with the kept head
    assert caught.code == 6 and f"first bad entry is {seq}" in caught.err
    bad = cli("audit", "verify", "--expect-head", "12:nothex", user="morgan")
    assert bad.code == 2 and "expect_head" in bad.err
