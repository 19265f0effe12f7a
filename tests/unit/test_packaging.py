"""resources/ and ui/ are found at run time, and a built wheel carries them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from avtoituba.resources import resource, ui_root

ROOT = Path(__file__).resolve().parents[2]


def test_resources_and_ui_are_found():
    assert resource("programme", "default.toml").is_file()
    assert resource("style.qss").is_file()
    assert (ui_root() / "preferences_dialog.ui").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    return next(out.glob("avtoituba-*.whl"))


def test_the_wheel_contains_resources_ui_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "avtoituba/_resources/programme/default.toml",
        "avtoituba/_resources/style.qss",
        "avtoituba/_resources/icons/avtoituba.svg",
        "avtoituba/_resources/i18n/et/gui_shell_main_window.qm",
        "avtoituba/_ui/preferences_dialog.ui",
        "avtoituba/store/migrations/env.py",
        "avtoituba/store/migrations/script.py.mako",
        "avtoituba/store/migrations/versions/0001_initial_schema.py",
        "avtoituba/gui/forms/ui_preferences_dialog.py",
    ):
        assert expected in names, expected


def test_an_installed_wheel_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    code = ("from avtoituba.resources import resource, resources_root; "
            "print(resources_root()); "
            "print(resource('programme','default.toml').read_text(encoding='utf-8')[:1])")
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, "
                          f"{str(target)!r}); {code}"],
                         capture_output=True, text=True, check=True, cwd=tmp_path)
    root, first = out.stdout.splitlines()
    assert root.startswith(str(target)), root
    assert first == "#"


def test_the_wheel_has_every_module_of_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in (ROOT / "avtoituba").rglob("*.py"):
        rel = source.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is not in the wheel: add its package to pyproject.toml"
