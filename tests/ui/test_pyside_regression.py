"""Guards against the PySide6 6.12.0 crash and against pulling in the PySide6 meta-package.

PySide6 6.12.0 on Python 3.11 aborts the whole process with "Fatal Python error: none_dealloc"
after roughly 5,000 wrapped calls (the reference count of ``None`` runs down to zero): a
caseworker's window dies mid-shift, taking unsaved work with it. pyproject.toml pins
``PySide6-Essentials<6.12`` for that reason. The hammer test below makes tens of thousands of
wrapped calls in a child process, so a dependency upgrade that brings the bug back fails here, in
the test run, and not on a desktop. Only when it passes on a newer release may the pin be lifted.

The app depends on ``PySide6-Essentials`` only: the ``PySide6`` meta-package also installs
``PySide6-Addons``, whose WebEngine adds ~400 MB the app never uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib import metadata

import pytest

CALLS_PER_KIND = 20_000

# Runs in a child process: the failure mode is an abort, which would take pytest down with it.
HAMMER = textwrap.dedent(
    f"""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLabel

    N = {CALLS_PER_KIND}


    class Rows(QAbstractListModel):
        def __init__(self):
            super().__init__()
            self._rows = []

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self._rows)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and index.isValid():
                return self._rows[index.row()]
            return None

        def append(self, value):
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(value)
            self.endInsertRows()


    app = QApplication([])

    label = QLabel()
    for i in range(N):
        label.setText(f"referral {{i}}")
    assert label.text() == f"referral {{N - 1}}", label.text()

    for i in range(N):
        label.blockSignals(i % 2 == 0)
    label.blockSignals(False)

    inserted = []
    model = Rows()
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    for i in range(N):
        model.append(str(i))
    assert model.rowCount() == N
    assert len(inserted) == N
    for row in range(0, N, 7):
        assert model.data(model.index(row, 0)) == str(row)

    standard = QStandardItemModel()
    for i in range(N // 4):
        standard.appendRow(QStandardItem(f"item {{i}}"))
    assert standard.rowCount() == N // 4

    app.processEvents()
    print("ok")
    """
)


def test_many_thousand_wrapped_qt_calls_do_not_abort_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", HAMMER],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"Qt child process exited with {result.returncode} "
        f"(negative = killed by signal; -6 is the none_dealloc abort)\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    assert "ok" in result.stdout.split(), result.stdout


def test_installed_pyside6_is_older_than_6_12():
    import PySide6

    assert PySide6.__version_info__[:2] < (6, 12), (
        f"PySide6 {PySide6.__version__} is installed; 6.12.0 aborts with none_dealloc "
        "(see this module's docstring) and pyproject.toml pins PySide6-Essentials<6.12"
    )
    assert metadata.version("PySide6-Essentials") == PySide6.__version__
    assert metadata.version("shiboken6") == PySide6.__version__


@pytest.mark.parametrize("distribution", ["PySide6", "PySide6-Addons"])
def test_pyside6_meta_package_and_webengine_addons_are_not_installed(distribution):
    with pytest.raises(metadata.PackageNotFoundError):
        metadata.distribution(distribution)
