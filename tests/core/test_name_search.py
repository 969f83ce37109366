"""Name search through the indexes of revision 0014: the FTS5 name index (SQLite) kept in step by
triggers on every kind of write, the same answers as the exact name test, and the scope rules.

On PostgreSQL the search keeps its ``lower(name)`` prefix indexes (0009); the index of open
referrals by person is on both engines.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from casework.services import caseload, merge, people, referrals, retention
from casework.services.caseload import CaseloadQuery, search_condition, search_people
from casework.store.models import Person

from .factories import act_now, lead_of, young_person

UTC = timezone.utc
TRIGGERS = {"person_name_fts_insert", "person_name_fts_update", "person_name_fts_delete"}
REFERRAL_TRIGGERS = {"referral_person_initials_insert", "referral_person_initials_person"}


def found(ctx, actor, typed: str, **query) -> set[int]:
    """The referral ids a search finds (count and rows agree)."""
    q = CaseloadQuery(scope=query.pop("scope", "all"), open_only=query.pop("open_only", False), search=typed, **query)
    rows = {r.id for r in caseload.page(ctx, actor, q, 0, 1000)}
    assert caseload.count(ctx, actor, q) == len(rows)
    return rows


def assert_index_matches_names(ctx, engine_name) -> None:
    """FTS5's own check of an external-content index against the rows of ``person`` (SQLite), and
    every referral's initials (revision 0017) against what that index answers."""
    if engine_name != "sqlite":
        return
    with ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO person_name_fts (person_name_fts, rank) VALUES ('integrity-check', 1)"))
    assert_initials_match_names(ctx)


def assert_initials_match_names(ctx) -> None:
    """Every referral's ``person_initials`` has the bit of a letter exactly when the FTS5 name index
    finds its person by that letter (``^"s"*`` on the given or the family name). SQLite only."""
    if ctx.engine.dialect.name != "sqlite":
        return
    with ctx.engine.connect() as conn:
        held = dict(conn.execute(text("SELECT id, person_initials FROM referral")).all())
        person_of = dict(conn.execute(text("SELECT id, person_id FROM referral")).all())
        expected = dict.fromkeys(held, 0)
        for bit, letter in enumerate("abcdefghijklmnopqrstuvwxyz"):
            people = set(conn.execute(text("SELECT rowid FROM person_name_fts WHERE person_name_fts MATCH :q"),
                                      {"q": '{given_name family_name} : ^"%s"*' % letter}).scalars())
            for referral_id, person_id in person_of.items():
                if person_id in people:
                    expected[referral_id] |= 1 << bit
    assert held == expected


# --- the schema ----------------------------------------------------------------------------------------

def test_the_name_index_its_triggers_and_the_open_referral_index_exist_at_head(ctx, engine_name):
    with ctx.engine.connect() as conn:
        if engine_name == "sqlite":
            names = dict(conn.execute(text("SELECT name, type FROM sqlite_master")).all())
            assert names["person_name_fts"] == "table"
            assert {n for n, kind in names.items() if kind == "trigger" and n.startswith("person_name_fts")} == TRIGGERS
            # The referrals' initials (0017): kept by triggers on referral and, after the index, by
            # the index's update trigger; carried last by the open deadline indexes.
            assert {n for n, kind in names.items() if kind == "trigger" and n.startswith("referral_")} == \
                REFERRAL_TRIGGERS
            update = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'person_name_fts_update'")).scalar()
            assert update.index("INSERT INTO person_name_fts (rowid") < update.index("UPDATE referral SET person_initials")
            for index, lead in (("ix_referral_open_due", []), ("ix_referral_open_team_due", ["team_id"]),
                                ("ix_referral_open_worker_due", ["assigned_user_id"])):
                columns = [r[2] for r in conn.execute(text(f"PRAGMA index_info({index})"))]
                assert columns == [*lead, "next_due_at", "id", "person_id", "person_initials"], index
            assert names["ix_referral_open_person"] == "index"
            # The index is built over the existing people when the revision runs, not empty.
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'person_name_fts'")).scalar()
            assert "content='person'" in sql and "categories 'L* M* N* P* S* Co'" in sql
        else:
            found_ = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_referral_open_person'"))
            definition = found_.scalar()
            assert "WHERE (closed_at IS NULL)" in definition and "person_id" in definition


def test_the_revision_indexes_people_who_were_there_before_it(empty_db_url, engine_name):
    """Upgrading 0013 -> 0014 over existing people puts them in the name index (the 'rebuild')."""
    if engine_name != "sqlite":
        pytest.skip("the FTS5 index is SQLite's")
    from alembic import command

    from casework.store.engine import make_engine
    from casework.store.migrate import alembic_config

    engine = make_engine(empty_db_url)
    config = alembic_config()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0013")
        conn.execute(insert(Person.__table__).values(given_name="Olu", family_name="Adeyemi-Smith",
                                                     date_of_birth=date(2010, 1, 1), created_at=now,
                                                     updated_at=now, version=1))
        command.upgrade(config, "0014")
        hits = conn.execute(text("SELECT rowid FROM person_name_fts WHERE person_name_fts MATCH :q"),
                            {"q": '{given_name family_name} : ^"adeyemi-s"*'}).all()
        assert len(hits) == 1
        command.downgrade(config, "0013")
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'person_name_fts%'")).scalar() == 0
        command.upgrade(config, "head")
    engine.dispose()


def test_the_initials_revision_reads_the_referrals_that_were_there_before_it(ctx, world, engine_name):
    """0016 -> 0017 over existing referrals gives each its person's initials (one name read through
    the index: a Kelvin sign); going back down removes the column and the triggers, and up again
    puts them back."""
    if engine_name != "sqlite":
        pytest.skip("the initials are SQLite's")
    from alembic import command

    from casework.store.migrate import alembic_config

    sam = act_now(ctx, world.caseworker, person=young_person(given_name="Sam", family_name="Jones"))
    kelly = act_now(ctx, world.caseworker, person=young_person(given_name="Kelly", family_name="Young"))
    config = alembic_config()
    with ctx.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0016")
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(referral)"))]
        assert "person_initials" not in columns
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'referral_person%'")).scalar() == 0
        conn.execute(text("UPDATE person SET given_name = :name WHERE id = :id"),
                     {"name": "\u212aelly", "id": kelly.person.id})
        command.upgrade(config, "head")
        initials = dict(conn.execute(text("SELECT id, person_initials FROM referral")).all())
    assert initials[sam.id] == 1 << (ord("s") - 97) | 1 << (ord("j") - 97)
    assert initials[kelly.id] == 1 << (ord("k") - 97) | 1 << (ord("y") - 97)
    assert_initials_match_names(ctx)


# --- kept in step on every write -------------------------------------------------------------------------

def test_a_new_person_is_found_and_a_renamed_one_only_by_the_new_name(ctx, world, engine_name):
    made = act_now(ctx, world.caseworker, person=young_person(given_name="Zebedee", family_name="Quill"))
    assert found(ctx, world.caseworker, "zeb", scope="mine") == {made.id}
    assert found(ctx, world.caseworker, "quill zebedee", scope="mine") == {made.id}
    person = people.get_person(ctx, world.caseworker, made.person.id)
    people.update_person(ctx, world.caseworker, person.id, person.version, given_name="Zachary")
    assert found(ctx, world.caseworker, "zeb", scope="mine") == set()
    assert found(ctx, world.caseworker, "zach qu", scope="mine") == {made.id}
    assert_index_matches_names(ctx, engine_name)


def test_a_change_made_outside_the_services_is_indexed_too(ctx, world, engine_name):
    made = act_now(ctx, world.caseworker, person=young_person(given_name="Ifeoma", family_name="Okafor"))
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE person SET family_name = 'Nwosu' WHERE id = :id"), {"id": made.person.id})
    assert found(ctx, world.manager, "okafor") == set()
    assert found(ctx, world.manager, "nwo") == {made.id}
    assert_index_matches_names(ctx, engine_name)


def test_a_merge_and_its_undo_keep_the_index_in_step(ctx, world, engine_name):
    team = {"scope": "team"}
    first = act_now(ctx, world.caseworker, person=young_person(given_name="Tobias", family_name="Wren"))
    second = act_now(ctx, world.caseworker, person=young_person(given_name="Toby", family_name="Wrenn",
                                                                date_of_birth=date(2010, 3, 5)))
    kept, other = first.person, second.person
    assert found(ctx, world.team_lead, "wrenn", **team) == {second.id}
    done = merge.merge_people(ctx, world.team_lead, kept.id, other.id, kept_version=kept.version,
                              other_version=other.version, choices={"family_name": "other"})
    # One person now, called Tobias Wrenn, on both referrals; nobody is called Toby any more.
    assert found(ctx, world.team_lead, "toby", **team) == set()
    assert found(ctx, world.team_lead, "wrenn", **team) == {first.id, second.id}
    assert found(ctx, world.team_lead, "tob wrenn", **team) == {first.id, second.id}
    assert_index_matches_names(ctx, engine_name)
    merge.undo_merge(ctx, world.team_lead, done.id)
    assert found(ctx, world.team_lead, "toby", **team) == {second.id}
    assert found(ctx, world.team_lead, "wren", **team) == {first.id, second.id}
    assert found(ctx, world.team_lead, "wrenn", **team) == {second.id}
    assert_index_matches_names(ctx, engine_name)


def test_an_erased_person_is_not_found_by_their_old_name(ctx, world, clock, engine_name):
    clock.set(datetime(2018, 5, 1, 10, 0, tzinfo=UTC))
    made = act_now(ctx, world.caseworker, person=young_person(given_name="Perpetua", family_name="Lindqvist",
                                                              date_of_birth=date(2003, 1, 1)))
    referrals.close_referral(ctx, world.caseworker, made.id, "completed")
    kept = act_now(ctx, world.caseworker, person=young_person(given_name="Perry", family_name="Lind",
                                                              date_of_birth=date(2004, 1, 2)))
    assert found(ctx, world.manager, "per lind") == {made.id, kept.id}
    clock.set(datetime(2026, 6, 1, 10, 0, tzinfo=UTC))
    retention.run(ctx, world.admin)
    assert found(ctx, world.manager, "perpetua") == set()
    assert found(ctx, world.manager, "lindq") == set()
    assert found(ctx, world.manager, "per lind") == {kept.id}
    assert_index_matches_names(ctx, engine_name)
    if engine_name == "sqlite":
        # Not searchable is not enough: FTS5 deletes by tombstones, and the erased names must be gone
        # from the index's own storage too (retention merges its segments after anonymising).
        with ctx.engine.connect() as conn:
            stored = b"".join(bytes(r[0]) for r in conn.execute(text("SELECT block FROM person_name_fts_data"))
                              if isinstance(r[0], (bytes, memoryview)))
        assert b"lindqvist" not in stored and b"perpetua" not in stored
        assert b"lind" in stored  # (the kept person's name is there: the check reads the right thing)


# --- who sees what -------------------------------------------------------------------------------------

def test_a_search_finds_only_referrals_in_the_scope(ctx, world):
    ours = act_now(ctx, world.caseworker, person=young_person(given_name="Kezia", family_name="Marlowe"))
    leeds = lead_of(ctx, world.admin, "Leeds Navigators")
    theirs = referrals.create_referral(ctx, leeds, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", team="Leeds Navigators",
        person=young_person(given_name="Kezia", family_name="Marlowe", date_of_birth=date(2011, 7, 7))))
    assert found(ctx, world.caseworker, "kez mar", scope="team") == {ours.id}
    assert found(ctx, world.caseworker, "kez mar", scope="mine") == {ours.id}
    assert found(ctx, world.manager, "kez mar") == {ours.id, theirs.id}
    # Closed referrals drop out of the open-only view (the index of open referrals) and stay in the other.
    referrals.close_referral(ctx, world.caseworker, ours.id, "completed")
    assert found(ctx, world.manager, "kez", open_only=True) == {theirs.id}
    assert found(ctx, world.manager, "kez") == {ours.id, theirs.id}


# --- the same answers as the exact test ---------------------------------------------------------------

NAMES = [
    ("Sam", "Jones"), ("Samira", "Khan"), ("O'Brien", "Smith-Jones"), ("Mary Ann", "McDonald"),
    ("'t", "Hooft"), ("Émile", "Zoë"), ("émile", "ÉCOLE"), ("Zoe\u0308", "Ng"), ("Li", "Ng-Ng"),
    ("(Sam)", "Brown"), ("Sam.", "J.R."), ("100%", "Real_Name"), ("Ana\u200bLuisa", "Souza"),
    ("Ştefan", "Ionescu"), ("Straße", "STRASSE"), ("ǅenan", "Ǆ"),
    ("Sam", "Jones Sam"), ("X Æ A-12", "Musk"), ("İlker", "Şahin"), ("Jo\u00a0Jo", "Bu"),
]
WORDS = ["s", "sa", "SAM", "sam", "jones", "jon", "o", "o'", "o'b", "o'brien", "smith-j", "smith", "mary",
         "mary ann", "ann", "'t", "t", "hooft", "émile", "ÉMILE", "emile", "é", "zoë", "zoe", "zoe\u0308", "ng",
         "ng-", "ng-ng", "(sam", "(", ")", "sam.", "j.r", "j.", "100%", "%", "_", "real_", "ana", "ana\u200bl",
         "ş", "ştefan", "straße", "strasse", "STRASSE", "ǆ", "ǅe", "x", "æ", "a-12",
         "musk x", "i̇lker", "ilker", "şah", "jo", "jo\u00a0jo", "sam jones", "jones s", "s s", "sam x", "ng ng",
         "'", "-", ".", "sam 9434765919"]


@pytest.fixture
def named(ctx):
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with ctx.engine.begin() as conn:
        for given, family in NAMES:
            conn.execute(insert(Person.__table__).values(given_name=given, family_name=family,
                                                         date_of_birth=date(2010, 1, 1), created_at=now,
                                                         updated_at=now, version=1))
    return ctx


def _people(ctx, statement) -> set[int]:
    with ctx.engine.connect() as conn:
        return set(conn.execute(statement).scalars())


@pytest.mark.parametrize("word", WORDS)
def test_the_index_finds_exactly_whom_the_name_test_finds(named, engine_name, word):
    ctx = named
    dialect = ctx.engine.dialect.name
    exact = _people(ctx, select(Person.id).where(search_condition(word, dialect)))
    assert _people(ctx, search_people(word, dialect)) == exact


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(sorted({c for n in NAMES for c in "".join(n)} | set(" '-.%_"))),
               min_size=1, max_size=8))
def test_any_typed_text_finds_exactly_whom_the_name_test_finds(named, typed):
    ctx = named
    dialect = ctx.engine.dialect.name
    exact = _people(ctx, select(Person.id).where(search_condition(typed, dialect)))
    assert _people(ctx, search_people(typed, dialect)) == exact


# Names whose first character is not printable ASCII are read through the FTS5 index by the
# initials' triggers (revision 0017): a no-break or zero-width space before the name, a control, the
# Kelvin sign, accented and Turkish capitals, nothing at all.
FIRST_CHARACTERS = ["", " ", "\u00a0", "\u200b", "\u212a", "\u0130", "É", "ş", "'", "(", "9", "_", "\t", "Ǆ",
                    "s", "S", "k", "z", "Z", "a", "\u0301", "\u3000", "ſ"]


@pytest.fixture
def one_referral(ctx, world, engine_name):
    if engine_name != "sqlite":  # (before writing anything: PostgreSQL's plan tests feel its statistics)
        pytest.skip("the initials are SQLite's")
    return act_now(ctx, world.caseworker, person=young_person(given_name="Sam", family_name="Jones"))


def _rename(ctx, person_id: int, given: str, family: str) -> None:
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE person SET given_name = :g, family_name = :f WHERE id = :id"),
                     {"g": given, "f": family, "id": person_id})


@pytest.mark.parametrize("first", FIRST_CHARACTERS)
def test_the_initials_are_what_the_name_index_answers(ctx, one_referral, first):
    """Whatever a name starts with, a referral's initials have a letter's bit exactly when the name
    index finds its person by that letter (so the walk of a one-letter search finds whom the index finds)."""
    for given, family in ((first + "am", "Jones"), ("Jones", first + "elly"), (first, first), (first + " sam", "")):
        _rename(ctx, one_referral.person.id, given, family)
        assert_initials_match_names(ctx)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from([c for c in FIRST_CHARACTERS if c] + ["a", "m", "-"]), max_size=4),
       st.text(alphabet=st.sampled_from([c for c in FIRST_CHARACTERS if c] + ["o", "n", "."]), max_size=4))
def test_any_name_has_the_initials_the_name_index_answers(ctx, one_referral, given_name, family_name):
    _rename(ctx, one_referral.person.id, given_name, family_name)
    assert_initials_match_names(ctx)


def test_a_compatibility_letter_folds_to_its_ascii_look_alike(named, engine_name):
    """The one difference from the exact test on SQLite, kept on purpose: FTS5 folds a few
    compatibility letters (the Kelvin sign) to the ASCII letter they stand for, as PostgreSQL's
    lower() does, where SQLite's lower() knows only A-Z."""
    ctx = named
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with ctx.engine.begin() as conn:
        kelly = conn.execute(insert(Person.__table__).values(given_name="\u212aelly", family_name="Young",
                                                             date_of_birth=date(2010, 1, 1), created_at=now,
                                                             updated_at=now, version=1)).inserted_primary_key[0]
    assert kelly in _people(ctx, search_people("kel", ctx.engine.dialect.name))
