"""File ▸ Back up the database…: a consistent copy while everyone keeps working (store.backup).

For administrators (DESIGN.md: "administrator … backups"). The copy runs off the UI thread through
SQLite's online backup API; an encrypted database gives an encrypted copy with the same key. On
PostgreSQL the action explains that the server is backed up with pg_dump by whoever runs it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casework.services.actor import Actor
from casework.services.context import Context

from .lazy import lazy_module
from .qt import QAction, QFileDialog, QMainWindow, QMessageBox, QObject, QStandardPaths
from .tasks import Task, run_in_background
from .wording import error_text

backup = lazy_module("casework.store.backup")  # imported when a backup is first made


class BackupAction(QObject):
    def __init__(self, window: QMainWindow, ctx: Context, actor: Actor) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self._task: Task | None = None
        self.result: backup.BackupResult | None = None
        self.action = QAction(self.tr("&Back up the database…"), window)
        self.action.setObjectName("backupAction")
        self.action.setToolTip(self.tr("Save a copy of the whole database while Casework stays in use"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.setVisible(actor.is_admin)
        self.action.triggered.connect(self.start)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"casework-backup-{datetime.now():%Y%m%d-%H%M}.sqlite3")

    def choose_file(self) -> str:
        """The file to write, from a save dialog ('' when cancelled). Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"), self.suggested_path(),
                                              self.tr("Casework backup (*.sqlite3 *.bak);;All files (*)"))
        return path

    def start(self) -> None:
        if self.busy:
            return
        if self.ctx.engine.dialect.name != "sqlite":
            self.inform(self.tr("Back up the database"), self.tr(
                "This database is on a PostgreSQL server. It is backed up on the server side with pg_dump "
                "(or `casework backup FILE`, which runs pg_dump); ask whoever runs the server."))
            return
        target = self.choose_file()
        if not target:
            return
        path = Path(target)
        # The save dialog has already asked whether to replace an existing file.
        overwrite = path.exists()
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Backing up the database…"))
        engine = self.ctx.engine
        self._task = run_in_background(lambda: backup.backup_sqlite(engine, path, overwrite=overwrite),
                                       self._done, self._failed)

    def _done(self, result: backup.BackupResult) -> None:
        self.action.setEnabled(True)
        self.result = result
        how = (self.tr("It is encrypted with the database's own key.") if result.encrypted
               else self.tr("It is NOT encrypted, as the database is not: keep it somewhere safe."))
        self.window.statusBar().showMessage(self.tr("Backup saved to {file}").format(file=result.target), 10_000)
        self.inform(self.tr("Backup saved"), self.tr("The database was copied to {file} ({size} KB, {seconds} s). {how}")
                    .format(file=result.target, size=f"{result.target.stat().st_size // 1024:,}",
                            seconds=f"{result.seconds:.1f}", how=how))

    def _failed(self, error: BaseException) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        self.warn(self.tr("Backup failed"), self.tr("No backup was made. {reason}").format(reason=error_text(error)))

    # Message boxes, replaced in tests.
    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
