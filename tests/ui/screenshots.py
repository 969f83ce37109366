"""Render the main window and the dialogs off screen and save PNGs (for the README and for review).

    .venv/bin/python -m tests.ui.screenshots [--all] [OUTPUT_DIR]

Uses a throwaway SQLite database, a fixed clock and the sample referrals of tests/ui/sample_data.py.
Writes main-window.png and sign-in.png (the README's) to OUTPUT_DIR, by default docs/screenshots;
``--all`` adds the first-run dialog, the failed sign-in and the filtered list, for review.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casework.clock import FixedClock  # noqa: E402
from casework.services import directory  # noqa: E402
from casework.services.context import Context  # noqa: E402
from ui.app import application  # noqa: E402
from ui.first_run_dialog import FirstRunDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.sign_in_dialog import SignInDialog  # noqa: E402

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
    add_samples(ctx, admin)


README_SHOTS = ("main-window.png", "sign-in.png")


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
        window.show()
        window.reload()
        shot(window, "main-window.png")
        window.pathway_combo.setCurrentIndex(window.pathway_combo.findData("intact"))
        window.open_only_check.setChecked(True)
        shot(window, "main-window-filtered.png")
        window.close()
        ctx.close()
    return saved


if __name__ == "__main__":
    args = sys.argv[1:]
    everything = "--all" in args
    folders = [a for a in args if a != "--all"]
    for path in render(Path(folders[0]) if folders else Path("docs/screenshots"), everything=everything):
        print(path)
