"""The one door to Qt. Every module in ``ui/`` imports its Qt names from here, never from PySide6.

Keeping the binding in one place means a change of binding or version (or a work-around for a bug
in one) is made once. Add a name here when the UI starts to use it.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

QT_BINDING = "PySide6"
QT_BINDING_VERSION = PySide6.__version__

__all__ = [
    "QT_BINDING",
    "QT_BINDING_VERSION",
    # QtCore
    "QAbstractTableModel",
    "QCoreApplication",
    "QEvent",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QPoint",
    "QRect",
    "QSettings",
    "QSize",
    "QSortFilterProxyModel",
    "Qt",
    "QThreadPool",
    "QTimer",
    "Signal",
    "Slot",
    # QtGui
    "QAction",
    "QCloseEvent",
    "QColor",
    "QFont",
    "QGuiApplication",
    "QIcon",
    "QKeySequence",
    "QPalette",
    # QtWidgets
    "QAbstractItemView",
    "QApplication",
    "QCheckBox",
    "QComboBox",
    "QDialog",
    "QDialogButtonBox",
    "QFormLayout",
    "QFrame",
    "QHBoxLayout",
    "QHeaderView",
    "QLabel",
    "QLineEdit",
    "QMainWindow",
    "QMessageBox",
    "QPushButton",
    "QSizePolicy",
    "QStackedWidget",
    "QStyle",
    "QTableView",
    "QToolBar",
    "QVBoxLayout",
    "QWidget",
]
