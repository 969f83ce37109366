"""tests/kept.py itself: a fixture's rows put back are exactly those it wrote, with its result and the
clock where it left it; whenever the database or the clock is not as before its first run, it runs."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from casework.services import directory
from casework.store.models import Team

from . import kept
from .conftest import PASSWORD, START


def test_rows_put_back_are_those_written_and_anything_else_runs_the_fixture(ctx, clock):
    url = ctx.engine.url.render_as_string(hide_password=False)
    key = f"self-test-{uuid.uuid4().hex}"
    pristine, empty = kept._take(url), kept._digest(url)
    runs: list[str] = []

    def build():
        runs.append("admin")
        directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
        admin = directory.authenticate(ctx, "admin", PASSWORD)
        directory.create_team(ctx, admin, "YOT Milton Keynes")
        clock.advance(timedelta(minutes=5))
        return {"admin": admin}

    def start_again(*teams: str):
        kept._put_back(url, pristine)
        clock.set(START)
        assert kept._digest(url) == empty
        with ctx.write() as s:
            s.add_all(Team(name=name, created_at=START) for name in teams)

    # GIVEN the fixture has run for real once
    first = kept.kept(key, ctx, build)
    built = kept._digest(url)
    assert runs == ["admin"] and built != empty and clock.now() == START + timedelta(minutes=5)

    # WHEN the database and the clock are as they were before, THEN its rows and result come back
    start_again()
    again = kept.kept(key, ctx, build)
    assert runs == ["admin"], "ran again instead of putting its rows back"
    assert again == first and again is not first and again["admin"] is not first["admin"]
    assert kept._digest(url) == built and clock.now() == START + timedelta(minutes=5)
    # the test's own context reads them and writes after them, the ids going on from where they were
    assert directory.authenticate(ctx, "admin", PASSWORD).user_id == first["admin"].user_id
    directory.create_team(ctx, again["admin"], "Leeds Navigators")
    with ctx.read() as s:
        assert [(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.id))] == [
            (1, "YOT Milton Keynes"), (2, "Leeds Navigators")]

    # WHEN another row is there first, THEN it runs for real
    start_again("Cardiff")
    kept.kept(key, ctx, build)
    assert runs == ["admin", "admin"]
    # WHEN the clock has moved, THEN too
    start_again()
    clock.advance(timedelta(seconds=1))
    kept.kept(key, ctx, build)
    assert runs == ["admin", "admin", "admin"]

    # a fixture that starts from one row: the same number of rows with one value changed is not its start
    def add_team():
        runs.append("team")
        with ctx.write() as s:
            s.add(Team(name="Leeds Navigators", created_at=START))
        return "added"

    other = f"{key}-on-a-team"
    start_again("Cardiff")
    assert kept.kept(other, ctx, add_team) == "added" and runs[-1] == "team"
    start_again("Swansea")
    kept.kept(other, ctx, add_team)
    assert runs.count("team") == 2
    start_again("Cardiff")
    assert kept.kept(other, ctx, add_team) == "added" and runs.count("team") == 2
    with ctx.read() as s:
        assert [t.name for t in s.scalars(select(Team).order_by(Team.id))] == ["Cardiff", "Leeds Navigators"]
