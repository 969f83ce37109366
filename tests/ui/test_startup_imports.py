"""Start-up time: the desktop does not import what it only needs later (issue 9's cold-start target)."""

from __future__ import annotations

import json
import subprocess
import sys

# Imported on first use: ReportLab (and PIL with it) when a report is run, holidays when a
# working-day or service-hours calendar is first computed.
LATER = ("reportlab", "PIL", "holidays")


def test_starting_the_desktop_leaves_reportlab_and_holidays_unimported():
    code = ("import json, sys; import ui.app, ui.workspace, ui.main_window; "
            f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({LATER!r}))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_reports_package_still_offers_run_report_when_asked():
    import casework.reports as reports

    assert callable(reports.run_report) and callable(reports.default_file_name)
    assert reports.ReportResult.__name__ == "ReportResult"
