"""The timer's chime behind a small interface, so tests can listen without speakers.

Kinds: ``warning`` (entering the last minutes), ``zero`` (time is up) and ``handover``
(the next group presents). The Qt chime plays resources/sounds/<kind>.wav through
QtMultimedia when that module is installed (PySide6-Addons), and otherwise falls back to
the system beep, so the app never needs more than PySide6-Essentials.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QApplication

from avtoituba.resources import resource_path

KINDS = ("warning", "zero", "handover")


class Chime(Protocol):
    muted: bool

    def play(self, kind: str) -> None: ...


class RecordingChime:
    """A chime for tests: remembers what it was asked to play (and whether it sounded)."""

    def __init__(self) -> None:
        self.muted = False
        self.played: list[str] = []
        self.sounded: list[str] = []

    def play(self, kind: str) -> None:
        self.played.append(kind)
        if not self.muted:
            self.sounded.append(kind)


class QtChime:
    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self._effects: dict[str, object] = {}
        try:  # QtMultimedia comes with PySide6-Addons, which is optional
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        for kind in KINDS:
            path = resource_path("sounds", f"{kind}.wav")
            if path.exists():
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[kind] = effect

    @property
    def has_sounds(self) -> bool:
        return bool(self._effects)

    def play(self, kind: str) -> None:
        if self.muted:
            return
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        else:
            QApplication.beep()
