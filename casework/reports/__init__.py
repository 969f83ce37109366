"""Printed reports (PDF, ReportLab): caseload summary, SLA compliance and breaches, the case file, the
multi-agency meeting list, and outcomes and evidence. Part of the Qt-free core: the CLI and the desktop run the same service.

* :mod:`.params` — what a report is asked for, and its period in local dates;
* :mod:`.figures` — the queries, aggregated in SQL, returning plain dataclasses (suppression here);
* :mod:`.pdf` and :mod:`.charts` — the house style, streaming tables, charts;
* one module per report (:mod:`.caseload`, :mod:`.sla`, :mod:`.case_file`, :mod:`.meeting`, :mod:`.evidence`);
* :mod:`.service` — :func:`run_report`: permissions, audit, one snapshot, progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .params import KINDS, TITLES, ReportRequest, last_full_month

if TYPE_CHECKING:
    from .service import ReportResult, default_file_name, run_report

# The service (and with it ReportLab, about a third of the desktop's import time) is imported on
# first use, not when the desktop starts: ``from casework.reports import run_report`` still works.
_FROM_SERVICE = ("ReportResult", "default_file_name", "run_report")


def __getattr__(name: str) -> Any:
    if name in _FROM_SERVICE:
        from . import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["KINDS", "TITLES", "ReportRequest", "ReportResult", "default_file_name", "last_full_month", "run_report"]
