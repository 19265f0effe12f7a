"""The timer's chime behind a small interface, so tests can listen without speakers.

Kinds: ``warning`` (entering the last minutes), ``zero`` (time is up) and ``handover``
(the next group presents). The chime plays resources/sounds/<kind>.wav (made by
packaging/make_sounds.py) with the first of: QtMultimedia when it is installed
(PySide6-Addons, optional), winsound on Windows, the system's sound player (pw-play,
paplay, aplay, afplay) in the background, and last the system beep. So the app never
needs more than PySide6-Essentials, and a chime never blocks the timer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import Protocol

from PySide6.QtWidgets import QApplication

from avtoituba.resources import resource_path

KINDS = ("warning", "zero", "handover")


class Chime(Protocol):
    muted: bool

    def play(self, kind: str) -> None: ...


PLAYERS = ("pw-play", "paplay", "aplay", "afplay")


class QtChime:
    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self._effects: dict[str, object] = {}
        self._player: str | None = None
        self._running: list[subprocess.Popen] = []
        try:  # QtMultimedia comes with PySide6-Addons, which is optional
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            if sys.platform != "win32":
                self._player = next((p for p in PLAYERS if shutil.which(p)), None)
            return
        for kind in KINDS:
            path = resource_path("sounds", f"{kind}.wav")
            if path.exists():
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[kind] = effect

    @property
    def backend(self) -> str:
        if self._effects:
            return "QtMultimedia"
        if sys.platform == "win32":
            return "winsound"
        return self._player or "beep"

    def play(self, kind: str) -> None:
        if self.muted:
            return
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
            return
        path = resource_path("sounds", f"{kind}.wav")
        if path.exists() and sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        if path.exists() and self._player:
            self._running = [p for p in self._running if p.poll() is None]
            try:
                self._running.append(subprocess.Popen(
                    [self._player, str(path)], stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                return
            except OSError:
                self._player = None
        QApplication.beep()
