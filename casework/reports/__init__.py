"""Printed reports (PDF, ReportLab): caseload summary, SLA compliance and breaches, the case file and the
multi-agency meeting list. Part of the Qt-free core: the CLI and the desktop run the same service.

* :mod:`.params` — what a report is asked for, and its period in local dates;
* :mod:`.figures` — the queries, aggregated in SQL, returning plain dataclasses (suppression here);
* :mod:`.pdf` and :mod:`.charts` — the house style, streaming tables, charts;
* one module per report (:mod:`.caseload`, :mod:`.sla`, :mod:`.case_file`, :mod:`.meeting`);
* :mod:`.service` — :func:`run_report`: permissions, audit, one snapshot, progress.
"""

from .params import KINDS, TITLES, ReportRequest, last_full_month
from .service import ReportResult, default_file_name, run_report

__all__ = ["KINDS", "TITLES", "ReportRequest", "ReportResult", "default_file_name", "last_full_month", "run_report"]
