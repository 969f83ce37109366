"""Subject access from the desktop: a manager exports everything held about the young person on a record.

The referral record shows "Subject access export…" to managers only (the core refuses anyone else
too). It asks for a folder and an optional request reference, then runs the same service as
``casework subject-access`` off the UI thread; the record's banner says where the two files went.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from casework.services.actor import Actor
from casework.services.context import Context
from casework.store.models import Role

from .qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QStandardPaths,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import error_text, tr

if TYPE_CHECKING:  # ReportLab comes with casework.reports.subject_access: imported on first use, not at start-up
    from casework.reports.subject_access import SubjectAccessResult


def file_names(person_id: int) -> tuple[str, str]:
    from casework.reports.subject_access import file_names as names

    return names(person_id)


def export_subject_access(*args, **kwargs) -> SubjectAccessResult:
    from casework.reports.subject_access import export_subject_access as export

    return export(*args, **kwargs)


def may_export(actor: Actor) -> bool:
    return actor.role is Role.MANAGER


class SubjectAccessDialog(QDialog):
    """Where to write the export, and the request's reference (kept in the audit entry)."""

    def __init__(self, person_id: int, person_name: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Subject access export"))
        self.setObjectName("subjectAccessDialog")
        json_name, pdf_name = file_names(person_id)
        intro = QLabel(tr("Export everything Casework holds about {name} (person {id}) — their details, contacts, "
                          "every referral with its events, timers, alerts and breaches, and the audit trail — as "
                          "{json} and {pdf}. The export is recorded in the audit trail.").format(
            name=person_name, id=person_id, json=json_name, pdf=pdf_name))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setAccessibleName(tr("Folder"))
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(100)
        self.reference_edit.setAccessibleName(tr("Request reference"))
        self.reference_edit.setPlaceholderText(tr("e.g. SAR-2026-014"))
        form = QFormLayout()
        folder_label = QLabel(tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        reference_label = QLabel(tr("Request &reference:"))
        reference_label.setBuddy(self.reference_edit)
        form.addRow(folder_label, row)
        form.addRow(reference_label, self.reference_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Export into folder"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    @property
    def folder(self) -> str:
        return self.folder_edit.text().strip()

    @property
    def reference(self) -> str:
        return self.reference_edit.text().strip()


def default_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class SubjectAccessExport(QObject):
    """One export in the background; ``finished`` carries the result, ``failed`` the words of the error."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: Context, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self, person_id: int, folder: str, reference: str | None) -> Task | None:
        if self.busy:
            return None
        ctx, actor = self._ctx, self._actor
        self.task = run_in_background(
            lambda: export_subject_access(ctx, actor, person_id, folder, reference=reference or None),
            self.finished.emit, lambda error: self.failed.emit(error_text(error)))
        return self.task


def done_text(result: SubjectAccessResult) -> str:
    json_path, pdf_path = Path(result.json_path), Path(result.pdf_path)
    return tr("Exported {rows} records about this young person: {json} and {pdf} in {folder}").format(
        rows=result.rows, json=json_path.name, pdf=pdf_path.name, folder=json_path.parent)


__all__ = ["SubjectAccessDialog", "SubjectAccessExport", "default_folder", "done_text", "may_export"]
