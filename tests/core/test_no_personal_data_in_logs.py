"""Nothing personal reaches a log: the main workflows run with every logger at DEBUG (SQLAlchemy's
statement logging included), and the captured output is searched for every personal value the
test typed in: names, date of birth, identifiers, postcode, phone number and free text."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest

from casework.cli.main import main
from casework.errors import ValidationError
from casework.identifiers import nhs_check_digit, pnc_check_letter
from casework.reports import ReportRequest, run_report
from casework.services import audit, caseload, matching, people, referrals, sla
from casework.services.people import ContactInput, PersonInput

from .test_cli import _environment  # noqa: F401 - the CLI's environment fixture

GIVEN, FAMILY = "Zebedee", "Quartermaine"
DOB = date(2009, 11, 23)
PNC = f"09/123456{pnc_check_letter('09', '123456')}"
NHS_FIRST_NINE = next(f"94345{n:04d}" for n in range(10_000) if nhs_check_digit(f"94345{n:04d}") is not None)
NHS = NHS_FIRST_NINE + str(nhs_check_digit(NHS_FIRST_NINE))
POSTCODE = "SL1 4QX"
PHONE = "07700 900462"
CARER = "Marguerite Quartermaine"
NOTE = "told the worker about the knife under the bed"
REASON = "the custody sergeant at Slough refused entry"

PERSONAL = [GIVEN, FAMILY, DOB.isoformat(), f"{DOB:%d/%m/%Y}", PNC, PNC.replace("/", ""), NHS,
            f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}", POSTCODE, POSTCODE.replace(" ", ""), PHONE, PHONE.replace(" ", ""),
            CARER, NOTE, REASON]


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm", "alembic", "psycopg",
                 "casework", "ui", "reportlab"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_main_workflows_write_no_personal_data_to_the_log(everything_logged, ctx, world, clock, tmp_path, db_url,
                                                         capsys):
    person = PersonInput(GIVEN, FAMILY, DOB, gender="male", home_local_authority="Slough", postcode=POSTCODE,
                         pnc_id=PNC, nhs_number=NHS, contacts=(ContactInput(CARER, "mother", PHONE, True),))
    matching.possible_matches(ctx, world.caseworker, given_name=GIVEN, family_name=FAMILY, date_of_birth=DOB,
                              pnc_id=PNC, nhs_number=NHS)
    detail = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=person, site="mk-custody", team="YOT Milton Keynes",
        assigned_to="casey", received_at=clock.now() - timedelta(minutes=30), note=NOTE))
    referrals.get_referral(ctx, world.caseworker, detail.id)
    referrals.record_event(ctx, world.caseworker, detail.id, "note", note=NOTE + " again")
    people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version,
                         postcode=POSTCODE.replace("4", "5"))
    with pytest.raises(ValidationError):   # a refused value is not logged either
        people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version + 1,
                             nhs_number=NHS[:-1] + str((int(NHS[-1]) + 1) % 10))
    for text in (GIVEN, FAMILY, PNC, NHS):
        caseload.page(ctx, world.team_lead, caseload.CaseloadQuery(scope="team", team_id=None, search=text), 0, 50)
    clock.advance(timedelta(hours=3))
    sla.run_sweep(ctx)
    breach = sla.list_breaches(ctx, world.caseworker)[0]
    sla.give_breach_reason(ctx, world.caseworker, breach.id, "custody_access_delayed", REASON)
    run_report(ctx, world.manager, ReportRequest(kind="case", referral_id=detail.id), tmp_path / "case.pdf")
    audit.list_entries(ctx, world.manager, audit.AuditFilter(person_id=detail.person.id))
    with ctx.write() as s:
        audit.redact_details(s, [1, 2, 3], actor=world.admin, at=clock.now(), reason="retention")
    assert audit.verify(ctx, world.admin).ok
    # The command line, which sets up its own engine.
    assert main(["--db", db_url, "--user", "casey", "referral", "show", str(detail.id)], clock=clock) == 0
    assert main(["--db", db_url, "--user", "casey", "referral", "new", "--pathway", "act_now", "--source",
                 "custody", "--given-name", GIVEN, "--family-name", FAMILY, "--dob", DOB.isoformat(),
                 "--nhs-number", "1234567890", "--team", "YOT Milton Keynes"], clock=clock) == 2
    assert main(["--db", db_url, "--user", "morgan", "audit", "--person", str(detail.person.id)], clock=clock) == 0
    printed = capsys.readouterr().out
    assert GIVEN in printed   # the person asked for it on their screen; that is not a log

    logged = everything_logged.text
    assert "SELECT" in logged and "INSERT INTO audit_entry" in logged, "SQL statement logging was not captured"
    leaked = [value for value in PERSONAL if value in logged]
    assert leaked == [], f"personal data in the log: {leaked}"
