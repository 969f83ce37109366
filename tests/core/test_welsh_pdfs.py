"""Every printed report in Welsh carries no English string of the catalogue (text extracted with pdftotext).

The reports are made with the Welsh language chosen, from the small service of ``test_reports``; the
subject access export too. A string that goes back to English (an f-string, a label from the models, a
word from a pathway file) fails the test, naming it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from casework import i18n
from casework.reports.service import ReportRequest, run_report
from casework.reports.subject_access import export_subject_access
from casework.services import referrals
from tests.welsh_words import english_left

from .test_reports import MAY, Service, service  # noqa: F401  (fixture)


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def test_every_report_and_the_subject_access_export_in_welsh_have_no_english_left(ctx, world, service: Service,
                                                                                   tmp_path):
    person_id = referrals.get_referral(ctx, world.manager, service.b).person.id
    requests = {
        "caseload": ReportRequest("caseload", case_list=True, **MAY),
        "sla": ReportRequest("sla", **MAY),
        "meeting": ReportRequest("meeting", **MAY),
        "case": ReportRequest("case", referral_id=service.b),
        "evidence": ReportRequest("evidence", **MAY),
    }
    found = {}
    with i18n.using(i18n.WELSH):
        ctx.pathways = ctx.pathways.localised(i18n.pathway_word)  # as the desktop and `report --lang cy` do
        for name, request in requests.items():
            path = tmp_path / f"{name}-cy.pdf"
            run_report(ctx, world.manager, request, path)
            found[name] = english_left(_text(path))
        result = export_subject_access(ctx, world.manager, person_id, tmp_path / "sar")
        text = _text(result.pdf_path)
    if os.environ.get("CASEWORK_PDF_SHOTS"):  # to look at them (pdftoppm -png -r 60)
        for pdf in [*tmp_path.glob("*-cy.pdf"), Path(result.pdf_path)]:
            shutil.copy(pdf, Path(os.environ["CASEWORK_PDF_SHOTS"]) / pdf.name.replace("person-", "subject-access-cy-"))
    found["subject access"] = english_left(text)
    left = {name: strings for name, strings in found.items() if strings}
    assert left == {}, "\n".join(f"{name}: {strings}" for name, strings in left.items())
    # the subject access export's section titles and field labels are Welsh (from the models' metadata)
    for words in ("Person ifanc", "Rhieni, gofalwyr a chysylltiadau eraill", "Digwyddiadau (y llinell amser)",
                  "Amseryddion SLA", "Dyddiad geni", "Daeth i law am", "Cofnodwyd gan", "Trywydd archwilio"):
        assert words in " ".join(text.split()), words
