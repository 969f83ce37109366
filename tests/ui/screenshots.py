"""Render the main window and the dialogs off screen and save PNGs (for the README and for review).

    .venv/bin/python -m tests.ui.screenshots [--all] [--lang cy] [OUTPUT_DIR]

Uses a throwaway SQLite database, a fixed clock and the sample referrals of tests/ui/sample_data.py.
Writes main-window.png, caseload.png and sign-in.png (the README's) to OUTPUT_DIR, by default
docs/screenshots; ``--all`` adds the first-run dialog, the failed sign-in, the filtered caseload and
the manager's view, for review.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casework.clock import FixedClock  # noqa: E402
from casework.services import directory, referrals  # noqa: E402
from casework.services.context import Context  # noqa: E402
from casework.services.people import PersonInput  # noqa: E402
from ui.app import application  # noqa: E402
from ui.first_run_dialog import FirstRunDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.qt import QThreadPool  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.sign_in_dialog import SignInDialog  # noqa: E402
from ui.theme import LIGHT, apply_theme  # noqa: E402

from .sample_data import add_samples  # noqa: E402

PASSWORD = "correct-horse-battery"
NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)


def _world(ctx) -> None:
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    admin = directory.authenticate(ctx, "admin", PASSWORD)
    directory.create_team(ctx, admin, "YOT Milton Keynes")
    directory.create_team(ctx, admin, "Leeds Navigators")
    directory.create_site(ctx, admin, "mk-custody", "Milton Keynes custody suite", "custody_suite", "Milton Keynes", "england")
    directory.create_site(ctx, admin, "lgi-ed", "Leeds General Infirmary ED", "hospital_ed", "Leeds", "england")
    directory.create_site(ctx, admin, "carmarthen", "Carmarthen police station", "office", "Carmarthenshire", "wales")
    directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", "YOT Milton Keynes", "Casey Worker")
    directory.create_user(ctx, admin, "tl", PASSWORD, "team_lead", "YOT Milton Keynes", "Terry Lead")
    directory.create_user(ctx, admin, "morgan", PASSWORD, "manager", None, "Morgan Manager")
    add_samples(ctx, admin)
    _live(ctx, directory.authenticate(ctx, "tl", PASSWORD))


README_SHOTS = ("main-window.png", "caseload.png", "sign-in.png")

# Referrals whose first deadline is near at NOW: on track, due soon, just breached (Act Now custody
# attendance is due 90 min after the notification, with its warning at 67.5 min).
LIVE = (
    ("Ellis", "Thompson", date(2009, 4, 2), 10, "casey"),
    ("Noah", "Patel", date(2010, 1, 20), 40, "tl"),
    ("Ruby", "Clarke", date(2011, 9, 9), 72, "casey"),
    ("Harvey", "Douglas", date(2008, 12, 1), 84, None),
    ("Leon", "Grant", date(2009, 6, 30), 102, "casey"),
)


def _live(ctx, admin) -> None:
    for given, family, born, minutes_ago, worker in LIVE:
        referrals.create_referral(ctx, admin, referrals.NewReferral(
            pathway="act_now", source="custody", person=PersonInput(given, family, born),
            received_at=NOW - timedelta(minutes=minutes_ago), site="mk-custody", team="YOT Milton Keynes",
            assigned_to=worker))


def _loaded(app, window) -> None:
    """Until the caseload has its count and every row on screen has its data."""
    model, table = window.caseload.model, window.caseload.table
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        if window.caseload.started and not model.loading and all(
                model.record(r) is not None for r in range(max(first, 0), last + 1)):
            return
        time.sleep(0.01)
    raise RuntimeError("the caseload did not load")


def render(out: Path, *, everything: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    saved: list[Path] = []

    def shot(widget, name: str) -> None:
        app.processEvents()
        if everything or name in README_SHOTS:
            path = out / name
            if not widget.grab().save(str(path)):
                raise RuntimeError(f"could not save {path}")
            saved.append(path)

    with tempfile.TemporaryDirectory() as folder:
        empty = Context.open(f"sqlite:///{folder}/empty.sqlite3", clock=FixedClock(NOW))
        first_run = FirstRunDialog(empty, database=f"{folder}/empty.sqlite3")
        first_run.show()
        shot(first_run, "first-run.png")
        first_run.password_edit.setText("long enough")
        first_run.confirm_edit.setText("long enuogh")
        first_run.submit()
        shot(first_run, "first-run-error.png")
        first_run.reject()
        empty.close()

        ctx = Context.open(f"sqlite:///{folder}/casework.sqlite3", clock=FixedClock(NOW))
        _world(ctx)
        where = "/home/casey/.local/share/Casework/casework.sqlite3"
        sign_in = SignInDialog(ctx, database=where)
        sign_in.show()
        shot(sign_in, "sign-in.png")
        sign_in.username_edit.setText("casey")
        sign_in.password_edit.setText("not the password")
        sign_in.submit()
        while sign_in.busy:
            app.processEvents()
        shot(sign_in, "sign-in-failed.png")
        sign_in.reject()

        actor = directory.authenticate(ctx, "tl", PASSWORD)
        window = MainWindow(ctx, actor, settings=Settings.at(f"{folder}/settings.ini"), database=where)
        window.resize(1280, 640)
        window.show()
        window.reload()
        _loaded(app, window)
        window.caseload.table.selectRow(1)
        shot(window, "main-window.png")
        shot(window.caseload, "caseload.png")
        page = window.caseload
        page.scope_buttons["mine"].setChecked(True)
        page.sla_combo.setCurrentIndex(page.sla_combo.findData("breached"))
        _loaded(app, window)
        shot(window, "caseload-filtered.png")
        window.close()
        window.caseload.shutdown()

        manager = directory.authenticate(ctx, "morgan", PASSWORD)
        window = MainWindow(ctx, manager, settings=Settings.at(f"{folder}/manager.ini"), database=where)
        window.resize(1280, 640)
        window.show()
        window.reload()
        page = window.caseload
        page.open_only_check.setChecked(False)
        _loaded(app, window)
        page.search_edit.setText("ca")
        page.apply_filters()
        _loaded(app, window)
        shot(window, "caseload-manager-search.png")
        window.close()
        window.caseload.shutdown()
        QThreadPool.globalInstance().waitForDone(10_000)
        ctx.close()
    return saved


if __name__ == "__main__":
    from .screenshot_language import render_in, split_args
    language, args = split_args(sys.argv[1:])  # --lang cy: NAME-cy.png in Welsh
    everything = "--all" in args
    folders = [a for a in args if a != "--all"]
    apply_theme(application(), LIGHT)  # the look as shipped (light), whatever this desktop's scheme
    for path in render_in(language, lambda out: render(out, everything=everything),
                          Path(folders[0]) if folders else Path("docs/screenshots")):
        print(path)
