"""Find the files under resources/ and ui/ the same way in a checkout, a wheel and a bundle.

In a wheel and an editable install, setuptools maps resources/ to the package
``avtoituba._resources`` and ui/ to ``avtoituba._ui``; importlib.resources reads them.
A PyInstaller bundle ships both folders under the same package names (see packaging/).
In a source checkout (this package beside pyproject.toml) the folders themselves are used,
so that several checkouts can share one virtual environment.
"""

from __future__ import annotations

import sys
from importlib import resources as _ir
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _in_checkout(folder: str) -> Path | None:
    """The folder of a source checkout this package sits in, if it does."""
    candidate = _CHECKOUT / folder
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "avtoituba").is_dir() \
            and candidate.is_dir():
        return candidate
    return None


def _in_bundle(package: str) -> Path | None:
    """The folder a PyInstaller bundle ships ``package`` in (sys._MEIPASS/avtoituba/...)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle, *package.split("."))
        if candidate.is_dir():
            return candidate
    return None


def _root(package: str, folder: str) -> Traversable:
    if getattr(sys, "frozen", False):
        bundled = _in_bundle(package)
        if bundled is not None:
            return bundled
    checkout = _in_checkout(folder)
    if checkout is not None:
        return checkout
    try:
        root = _ir.files(package)
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    bundled = _in_bundle(package)
    if bundled is not None:
        return bundled
    return _CHECKOUT / folder


def resources_root() -> Traversable:
    return _root("avtoituba._resources", "resources")


def ui_root() -> Traversable:
    return _root("avtoituba._ui", "ui")


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. ``resource("programme", "default.toml")``."""
    node = resources_root()
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """A real filesystem path for a resource (resources are always unpacked on disk here)."""
    return Path(str(resource(*parts)))
