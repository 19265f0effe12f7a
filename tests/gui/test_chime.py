"""The chime without QtMultimedia: the system's sound player plays the bundled WAV."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from avtoituba.gui.shell.chime import PLAYERS, QtChime

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script player")


def test_chime_plays_the_wav_through_a_system_player(qapp, qtbot, tmp_path, monkeypatch):
    log = tmp_path / "played.txt"
    for name in PLAYERS:  # whichever the chime picks, it is ours
        player = tmp_path / name
        player.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n')
        player.chmod(player.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(tmp_path))
    chime = QtChime()
    if chime.backend == "QtMultimedia":
        pytest.skip("QtMultimedia is installed: it plays the chime itself")
    assert chime.backend == PLAYERS[0]
    chime.play("zero")
    qtbot.waitUntil(lambda: log.exists() and log.read_text().strip() != "")
    played = log.read_text().split()
    assert len(played) == 1 and played[0].endswith("zero.wav") and os.path.getsize(played[0])
    chime.muted = True
    chime.play("warning")
    chime.muted = False
    chime.play("handover")  # a sound after the muted one: when it is heard, the other was not
    qtbot.waitUntil(lambda: len(log.read_text().split()) == 2)
    later = log.read_text().split()
    assert later[0] == played[0] and later[1].endswith("handover.wav")
