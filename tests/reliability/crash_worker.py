"""The process the crash test kills: real service writes in a loop, each reported only once committed.

It runs in a forked child. Each write is reported on a pipe as one line (``os.write`` of fewer than
PIPE_BUF bytes is atomic, so a kill never leaves half a line) *after* the service call has returned,
that is after COMMIT. A shared byte says where in the write cycle the child is, so the parent can aim
its kills (inside COMMIT, between COMMIT and the report) and say where each one landed.
"""

from __future__ import annotations

import os
import random
from datetime import date, datetime, timedelta

from sqlalchemy import event

from casework.clock import FixedClock
from casework.services import people, referrals, sla
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.people import ContactInput, PersonInput

# Phases written to the shared byte.
STARTING, IDLE, IN_TRANSACTION, IN_COMMIT, COMMITTED = range(5)
PHASE_NAMES = {STARTING: "starting", IDLE: "between writes", IN_TRANSACTION: "inside a transaction",
               IN_COMMIT: "inside COMMIT", COMMITTED: "committed, not yet reported"}
CONTACTS = 2
FIRST_EVENTS = {"act_now": ("custody_notified", "assigned")}


def run(db_url: str, pathways, actor: Actor, start: datetime, seed: int, report_fd: int, phase) -> None:
    """Write until killed. Never returns normally: the parent kills it, or it exits with the error."""
    rng = random.Random(seed)
    clock = FixedClock(start)
    ctx = Context.open(db_url, clock=clock, pathways=pathways, migrate=False)

    def set_phase(value):
        def listener(*_args, **_kw):
            phase[0] = value
        return listener

    event.listen(ctx.writer, "after_begin", set_phase(IN_TRANSACTION))
    event.listen(ctx.engine, "commit", set_phase(IN_COMMIT))  # just before the DBAPI COMMIT
    event.listen(ctx.writer, "after_commit", set_phase(COMMITTED))
    event.listen(ctx.writer, "after_rollback", set_phase(IDLE))

    def report(*fields) -> None:
        os.write(report_fd, (" ".join(str(f) for f in fields) + "\n").encode())
        phase[0] = IDLE
        phase[1] = min(phase[1] + 1, 255)  # writes reported so far

    mine: list[tuple[int, int, int]] = []  # (referral id, person id, person version)
    phase[0] = IDLE
    n = 0
    while True:
        n += 1
        clock.advance(timedelta(minutes=rng.randint(1, 20)))
        step = rng.random()
        if step < 0.45 or not mine:
            person = PersonInput(
                given_name=f"Crash{seed}", family_name=f"Test{n}", date_of_birth=date(start.year - 14, 1, 1 + n % 28),
                gender="male", home_local_authority=rng.choice(["Milton Keynes", "Luton"]), postcode="MK9 2AA",
                contacts=tuple(ContactInput(f"Carer {i}", "mother" if i == 0 else "uncle", "07700 900123", i == 0)
                               for i in range(CONTACTS)))
            detail = referrals.create_referral(ctx, actor, referrals.NewReferral(
                pathway="act_now", source="custody", person=person, site="mk-custody", team="YOT Milton Keynes",
                assigned_to=actor.username, received_at=clock.now() - timedelta(minutes=rng.randint(0, 30)),
                first_event_details={"offence": "possession of a bladed article", "custody_reference": f"CR{n}"},
                note="x" * rng.randint(0, 2000)))
            mine.append((detail.id, detail.person.id, detail.person.version))
            report("R", detail.id, detail.person.id, clock.now().isoformat())
        elif step < 0.75:
            referral_id = rng.choice(mine)[0]
            kind = rng.choice(["custody_attended", "released_from_custody", "parent_meeting_held", "note"])
            details = {"outcome_of_visit": "engaged"} if kind == "custody_attended" else {}
            made = referrals.record_event(ctx, actor, referral_id, kind, details=details, note="seen")
            report("E", made.id, referral_id, kind)
        elif step < 0.85:
            index = rng.randrange(len(mine))
            referral_id, person_id, version = mine[index]
            postcode = rng.choice(["MK9 2AA", "SL1 1AA", "LU1 1AA"])
            updated = people.update_person(ctx, actor, person_id, version, postcode=postcode)
            mine[index] = (referral_id, person_id, updated.version)
            report("P", person_id, updated.version, postcode.replace(" ", "_"))
        elif step < 0.95:
            ids = [m[0] for m in rng.sample(mine, min(len(mine), 5))]
            sla.rebuild_timers(ctx, ids)
            report("T", clock.now().isoformat(), *ids)
        else:
            sla.run_sweep(ctx)
            report("S", clock.now().isoformat())
