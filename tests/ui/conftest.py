"""UI test fixtures: settings kept out of the user's own files, and sample referrals."""

from __future__ import annotations

import pytest

from ui.qt import QSettings
from ui.settings import Settings

from .sample_data import add_samples


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """Anything that asks for the user's settings gets a file under this test's tmp_path."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(str(tmp_path / "settings.ini"))


@pytest.fixture
def samples(ctx, world) -> list[int]:
    return add_samples(ctx, world.admin)
