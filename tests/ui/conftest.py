"""UI test fixtures: settings kept out of the user's own files, sample referrals, caseload models."""

from __future__ import annotations

import pytest

from ui.qt import QSettings
from ui.settings import Settings

from .caseload_helpers import settle as settle_caseload
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


@pytest.fixture
def make_model(qapp, ctx, world):
    """Caseload models (``make_model(actor=None, **options)``, the manager's by default), shut down after
    the test with their background reads finished."""
    from ui.caseload_model import CaseloadModel

    made = []

    def make(actor=None, **kwargs) -> CaseloadModel:
        model = CaseloadModel(ctx, actor or world.manager, **kwargs)
        made.append(model)
        return model
    yield make
    for model in made:
        model.shutdown()
    settle_caseload()
