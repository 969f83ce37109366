"""Core messages a person reads, in Welsh: the spreadsheet import's problems, typed errors, refusals.

Each message is made in the language of the moment from a template the catalogue holds (the
template is translated, then filled in). A refusal's reason stays English in the audit trail and is
shown in Welsh (``i18n.said``). These tests run the same work in English and in Welsh and fail when a
message comes out the same in both, or carries any English string of the catalogue.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casework import i18n
from casework.errors import Conflict, NotFound, NotPermitted
from casework.services import referrals
from casework.services import spreadsheet_import as si
from casework.store.models import AuditEntry
from tests.core import sheet_data as sd
from tests.core.factories import young_person
from tests.welsh_words import english_left


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def _both(work):
    english = work()
    with i18n.using(i18n.WELSH):
        welsh = work()
    return english, welsh


def test_every_problem_of_a_planted_error_file_is_reported_in_welsh(ctx, world):
    # GIVEN a young person already held, and a file with every kind of planted error (and some warnings)
    referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(nhs_number="9434765919"), team=world.team))
    referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(given_name="Sam", family_name="Jones",
                                                                 date_of_birth=date(2010, 3, 4)), team=world.team))
    gen = sd.with_planted_errors(120, existing_nhs="943 476 5919")
    extra = list(gen.rows[3])
    extra[sd.HEADERS.index("Referral date/time")] = "01/06/2026"  # no time of day: a warning
    extra[sd.HEADERS.index("Name")] = "Sam Jones"  # like the young person held: a warning
    extra[sd.HEADERS.index("DOB")] = "04/03/2010"
    extra[sd.HEADERS.index("NHS number")] = extra[sd.HEADERS.index("PNC ID")] = ""
    rows = gen.rows + [extra]
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, rows, delimiter=";"), "referrals.csv")
    mapping = si.propose_mapping(sheet.headers)
    # WHEN it is checked in English and in Welsh
    english, welsh = _both(lambda: si.dry_run(ctx, world.caseworker, sheet, mapping))
    # THEN the same problems are found, each said in Welsh, with no English left in it
    assert [(p.row, p.column, p.rule) for p in welsh.problems] == [(p.row, p.column, p.rule) for p in english.problems]
    assert {p.rule for p in english.warnings} >= {"no_time", "possible_match"}
    assert len(english.errors) >= len(gen.planted)
    with i18n.using(i18n.WELSH):
        welsh_lines = [p.text() for p in welsh.problems]
    for en, cy, line in zip(english.problems, welsh.problems, welsh_lines, strict=True):
        assert cy.message != en.message, f"not translated ({en.rule}): {en.message}"
        assert english_left(line) == [], line
    assert [n for n in welsh.notices if "Mae'r colofnau wedi'u gwahanu gan ';'" in n]
    # AND the issue's own example reads as it should
    first = next(line for line, p in zip(welsh_lines, welsh.problems) if p.row == 37)
    assert first == "Rhes 37, colofn B (DOB): nid yw 31/02/2009 yn ddyddiad"
    # AND refusing the whole file says so in Welsh, naming the first problem
    with i18n.using(i18n.WELSH):
        rejected = si.ImportRejected(welsh)
    assert rejected.message.startswith(f"{len(welsh.errors)} o broblemau yn referrals.csv; ni fewnforiwyd dim")


@pytest.mark.parametrize("data, name", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.xls"),
    (b"PK\x03\x04 broken", "broken.xlsx"),
    (b"Name,DOB\n", "empty.csv"),
    (b"", "nothing.csv"),
])
def test_a_file_that_cannot_be_read_is_refused_in_welsh(data, name):
    def read():
        with pytest.raises(Exception) as caught:
            si.read_bytes(data, name)
        return caught.value.message
    english, welsh = _both(read)
    assert welsh != english and name in welsh
    assert english_left(welsh) == []


def test_a_broken_mapping_is_reported_in_welsh(ctx, world):
    sheet = si.read_bytes(sd.to_csv(["Surname", "Notes", "Notes"], [["Jones", "a", "b"]]), "r.csv")
    mapping = si.Mapping({"family_name": "Surname", "note": "Notes", "team": "Squad"})
    english, welsh = _both(lambda: si.dry_run(ctx, world.caseworker, sheet, mapping))
    assert {p.rule for p in welsh.errors} >= {"column_twice", "column_missing", "not_mapped"}
    for en, cy in zip(english.errors, welsh.errors, strict=True):
        assert cy.message != en.message and english_left(cy.message) == [], cy.message
    assert any("i'r maes Dyddiad geni" in p.message for p in welsh.errors), [p.message for p in welsh.errors]


def test_not_found_and_conflict_are_said_in_welsh():
    with i18n.using(i18n.WELSH):
        assert NotFound("referral", 12).args[0] == "nid oes atgyfeiriad 12"
        assert str(Conflict("person", 3, 1, 2)) == ("mae rhywun arall wedi newid person 3 (roedd gennych fersiwn 1, "
                                                    "mae bellach ar fersiwn 2); ni chadwyd dim")
    assert str(NotFound("referral", 12)) == "referral 12 not found"


def test_a_refusal_is_audited_in_english_and_shown_in_welsh(ctx, world):
    # GIVEN the app in Welsh, a manager tries to import referrals (managers do not change case records)
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, sd.referral_rows(2)), "r.csv")
    with i18n.using(i18n.WELSH), pytest.raises(NotPermitted) as caught:
        si.import_referrals(ctx, world.manager, sheet, si.propose_mapping(sheet.headers))
    error = caught.value
    # THEN the audit trail keeps the reason in English
    assert error.reason == "a manager reads case records but does not change them"
    with ctx.read() as s:
        kept = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert any("a manager reads case records but does not change them" in str(e.details or e.after or "")
               for e in kept) or error.audited
    # AND the person refused reads it in Welsh, the role said in Welsh too
    with i18n.using(i18n.WELSH):
        assert i18n.said(error.words) == "mae rheolwr yn darllen cofnodion achos ond nid yw'n eu newid"
    assert i18n.said(error.words) == error.reason


def test_a_later_message_translates_its_template_then_fills_it_in():
    words = i18n.L_("a {role} may not {action}", role=i18n.L_("team lead"), action=i18n.L_("manage users"))
    assert words == "a team lead may not manage users"
    with i18n.using(i18n.WELSH):
        assert i18n.said(words) == "nid yw arweinydd tîm yn cael rheoli defnyddwyr"
        assert i18n.said("as it is") == "as it is"


def _backup_problems(folder):
    """What checking a backup, encrypting and making a passphrase say of files that will not do."""
    from casework.errors import BadBackupFile, CaseworkError, DatabaseKeyRequired
    from casework.store import backup, encryption

    empty = folder / "empty.sqlite3"
    empty.write_bytes(b"")
    ragged = folder / "ragged.sqlite3"
    ragged.write_bytes(b"x" * 700)
    junk = folder / "junk.sqlite3"
    junk.write_bytes(b"not a database at all " * 512)
    said = []
    for path in (folder / "missing.sqlite3", empty, ragged, junk):
        with pytest.raises((BadBackupFile, DatabaseKeyRequired)) as caught:
            backup.check_backup(path, None)
        said.append(str(caught.value))
    with pytest.raises(CaseworkError) as caught:
        backup.encrypt_sqlite(folder / "missing.sqlite3", encryption.DatabaseKey.from_passphrase("a long enough phrase"))
    said.append(str(caught.value))
    with pytest.raises(CaseworkError) as caught:
        encryption.check_new_passphrase("short")
    said.append(str(caught.value))
    return said


def test_backup_restore_and_encryption_problems_are_said_in_welsh(tmp_path):
    # GIVEN files that are no backup (missing, empty, ragged, one that is no SQLite file: taken as encrypted), a database that is not there
    # to encrypt, and a passphrase too short
    # WHEN each is checked in English and in Welsh
    english, welsh = _both(lambda: _backup_problems(tmp_path))
    # THEN every Welsh message differs from its English one and carries no English of the catalogue
    assert len(english) == len(welsh) == 6
    for en, cy in zip(english, welsh):
        assert en != cy, en
        assert english_left(cy) == [], cy
    assert "there is no such file" in english[0]
    assert "nid oes ffeil o'r fath" in welsh[0]


def test_an_unusable_export_folder_is_said_in_welsh(tmp_path):
    # GIVEN a file where a folder should be, a folder whose parent is missing, and no folder at all
    from casework.errors import ValidationError
    from casework.services.evaluation import _target

    afile = tmp_path / "file.txt"
    afile.write_text("x")

    def said():
        out = []
        for given in (afile, tmp_path / "no" / "such", "  "):
            with pytest.raises(ValidationError) as caught:
                _target(given)
            out.append(str(caught.value))
        return out

    # WHEN each is refused in English and in Welsh
    english, welsh = _both(said)
    # THEN the Welsh differs and carries no English of the catalogue
    for en, cy in zip(english, welsh):
        assert en != cy, en
        assert english_left(cy) == [], cy


def test_the_english_check_finds_a_catalogue_source_plain_or_filled_in():
    """``english_left`` itself: a template of the catalogue with its placeholders filled in, or a plain
    sentence, is found inside Welsh text (across line breaks and Alt-letter marks); Welsh alone is not."""
    tampered = "Tampered with: the first bad entry is {seq} ({message}). Tell your data protection officer."
    filled = "Tampered with: the first bad entry is 12 (hash mismatch).\nTell your data protection officer."
    assert english_left(f"Trywydd archwilio — {filled} Diwedd.") == [tampered]
    assert "{value} is not a date" in english_left("Rhes 37, colofn B (DOB): 31/02/2009 is not a date")
    assert english_left("Rhes 37, colofn B (DOB): nid yw 31/02/2009 yn ddyddiad") == []
    assert english_left("Tampered with: the first bad entry is 12 (x). Dywedwch wrth eich swyddog diogelu data.") == []
