"""resources.py finds resources/ and ui/ in a PyInstaller bundle, as the spec lays them out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from avtoituba import resources


@pytest.fixture
def fake_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder laid out like dist/avtoituba/_internal (sys._MEIPASS) by packaging/avtoituba.spec."""
    (tmp_path / "avtoituba" / "_resources" / "icons").mkdir(parents=True)
    (tmp_path / "avtoituba" / "_resources" / "style.qss").write_text("/* bundled */")
    (tmp_path / "avtoituba" / "_ui").mkdir(parents=True)
    (tmp_path / "avtoituba" / "_ui" / "about_dialog.ui").write_text("<ui/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return tmp_path


def test_a_frozen_app_reads_its_resources_from_the_bundle(fake_bundle: Path) -> None:
    assert resources.resource_path("style.qss") == fake_bundle / "avtoituba" / "_resources" / "style.qss"
    assert resources.resource("style.qss").read_text() == "/* bundled */"
    assert Path(str(resources.ui_root())) == fake_bundle / "avtoituba" / "_ui"


def test_a_frozen_app_without_the_folders_falls_back_instead_of_failing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.resource_path("programme", "default.toml").is_file()


def test_a_checkout_reads_its_own_resources_even_when_meipass_is_set(
        fake_bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen")
    root = Path(__file__).resolve().parents[2]
    assert resources.resource_path("style.qss") == root / "resources" / "style.qss"
