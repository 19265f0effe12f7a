"""Helpers for the reliability tests: file fingerprints and answering message boxes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: How many inputs each property test tried in this run (reported in the summary).
TRIED: dict[str, int] = {}


def count(name: str) -> None:
    TRIED[name] = TRIED.get(name, 0) + 1


def pytest_terminal_summary(terminalreporter) -> None:
    if TRIED:
        width = max(map(len, TRIED))
        terminalreporter.write_sep("-", "inputs tried per property test")
        for name, n in sorted(TRIED.items()):
            terminalreporter.write_line(f"{name:<{width}}  {n}")


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (recursively) with its hash: nothing added, nothing changed."""
    return {str(p.relative_to(folder)): file_hash(p)
            for p in sorted(Path(folder).rglob("*")) if p.is_file()}


@dataclass
class Boxes:
    """Message boxes shown during a test: their texts, answered without blocking."""

    shown: list[dict[str, str]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)  # button texts/roles to click, in order

    def texts(self) -> str:
        return "\n".join(" ".join(b.values()) for b in self.shown)


@pytest.fixture
def boxes(monkeypatch):
    """Record every QMessageBox instead of showing it; click ``boxes.answers`` in order
    (a substring of a button's text, or a StandardButton name), else the default/escape."""
    from PySide6.QtWidgets import QMessageBox

    record = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        record.shown.append({"title": box.windowTitle(), "text": box.text(),
                             "informative": box.informativeText(),
                             "details": box.detailedText()})
        wanted = record.answers.pop(0) if record.answers else None
        button = None
        for candidate in box.buttons():
            std = box.standardButton(candidate)
            if wanted and (wanted.lower() in candidate.text().replace("&", "").lower()
                           or (std != QMessageBox.StandardButton.NoButton
                               and std.name == wanted)):
                button = candidate
                break
        if button is None:
            button = box.defaultButton() if wanted is None else None
        if button is None:
            button = box.escapeButton() or box.buttons()[-1]
        button.click()
        return box.result()

    def fake_question(parent, title, text, *args, **kwargs):
        record.shown.append({"title": title, "text": text, "informative": "", "details": ""})
        wanted = record.answers.pop(0) if record.answers else "No"
        return getattr(QMessageBox.StandardButton, wanted, QMessageBox.StandardButton.No)

    def fake_simple(parent, title, text, *args, **kwargs):
        record.shown.append({"title": title, "text": text, "informative": "", "details": ""})
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", fake_question)
    monkeypatch.setattr(QMessageBox, "warning", fake_simple)
    monkeypatch.setattr(QMessageBox, "information", fake_simple)
    return record
