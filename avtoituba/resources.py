"""Find the files under resources/ and ui/ the same way in a checkout, a wheel and a bundle.

In a wheel and an editable install, setuptools maps resources/ to the package
``avtoituba._resources`` and ui/ to ``avtoituba._ui``; importlib.resources reads them.
A PyInstaller bundle ships both folders under the same package names (see packaging/).
A plain checkout on sys.path without an install falls back to the folders themselves.
"""

from __future__ import annotations

import sys
from importlib import resources as _ir
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _root(package: str, folder: str) -> Traversable:
    try:
        root = _ir.files(package)
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle, *package.split("."))
        if candidate.is_dir():
            return candidate
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
