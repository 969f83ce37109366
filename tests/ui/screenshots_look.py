"""Screenshots of the look: the dark colour scheme, large text, the Settings dialog and the reports page.

    .venv/bin/python -m tests.ui.screenshots_look [--lang cy] [OUTPUT_DIR]      (part of `make screenshots`)

Writes caseload-dark.png, caseload-large-text.png (the application font at 1.5 times), settings.png
and reports.png to OUTPUT_DIR (default docs/screenshots), from the same throwaway database, fixed
clock and sample referrals as tests/ui/screenshots.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casework.clock import FixedClock  # noqa: E402
from casework.services import directory  # noqa: E402
from casework.services.context import Context  # noqa: E402
from ui.app import application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.qt import QApplication, QFont, QThreadPool  # noqa: E402
from ui.reports_page import ReportsPage  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.settings_dialog import SettingsDialog  # noqa: E402
from ui.theme import DARK, LIGHT, apply_theme  # noqa: E402

from .screenshots import NOW, PASSWORD, _loaded, _world  # noqa: E402


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = out / name
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not save {path}")
        saved.append(path)

    def caseload(ctx, actor, folder: str, name: str) -> None:
        window = MainWindow(ctx, actor, settings=Settings.at(f"{folder}/{name}.ini"), database="casework.sqlite3")
        window.resize(1280, 640)
        window.show()
        window.reload()
        _loaded(app, window)
        window.caseload.table.selectRow(1)
        save(window, name)
        window.close()
        window.caseload.shutdown()

    with tempfile.TemporaryDirectory() as folder:
        ctx = Context.open(f"sqlite:///{folder}/casework.sqlite3", clock=FixedClock(NOW))
        try:
            _world(ctx)
            lead = directory.authenticate(ctx, "tl", PASSWORD)
            manager = directory.authenticate(ctx, "morgan", PASSWORD)

            apply_theme(app, DARK)
            caseload(ctx, lead, folder, "caseload-dark.png")
            apply_theme(app, LIGHT)

            original = QApplication.font()
            large = QFont(original)
            large.setPointSizeF(original.pointSizeF() * 1.5)
            QApplication.setFont(large)
            caseload(ctx, lead, folder, "caseload-large-text.png")
            QApplication.setFont(original)

            settings = SettingsDialog(Settings.at(f"{folder}/settings.ini"))
            settings.show()
            save(settings, "settings.png")
            settings.reject()

            reports = ReportsPage(ctx, manager, settings=Settings.at(f"{folder}/reports.ini"))
            reports.resize(1000, 560)
            reports.show()
            reports.reload()
            QThreadPool.globalInstance().waitForDone(10_000)
            app.processEvents()
            reports.kind_combo.setCurrentIndex(max(0, reports.kind_combo.findData("caseload")))
            save(reports, "reports.png")
            reports.close()
        finally:
            QThreadPool.globalInstance().waitForDone(10_000)
            ctx.close()
    return saved


if __name__ == "__main__":
    from .screenshot_language import render_in, split_args
    language, args = split_args(sys.argv[1:])  # --lang cy: NAME-cy.png in Welsh
    apply_theme(application(), LIGHT)
    for written in render_in(language, render, Path(args[0]) if args else Path("docs/screenshots")):
        print(written)
