"""Small helpers of the Homework pack page."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton


def folder_key(store_path: Path | str | None) -> str:
    """The settings key of the export folder chosen for one workshop file."""
    digest = hashlib.sha1(str(store_path or "").encode("utf-8")).hexdigest()[:16]
    return f"export/dir/{digest}"


def _button(action: QAction, name: str = "") -> QPushButton:
    """A push button that triggers ``action`` and follows its text and enabled state."""
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    if name:
        button.setObjectName(name)
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())

    action.changed.connect(follow)
    return button
