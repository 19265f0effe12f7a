"""SIGKILL at random moments while the app captures activities and runs the timer.

20 kills in the ordinary run; ``AVTOITUBA_FULL=1`` (``make test-full``) runs 200.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.reliability.kill_harness import run_kills

FULL = bool(os.environ.get("AVTOITUBA_FULL"))
KILLS = 200 if FULL else 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.slow
def test_nothing_reported_saved_is_lost_after_sigkill(tmp_path, capsys):
    report = run_kills(tmp_path, KILLS, seed=int(os.environ.get("AVTOITUBA_KILL_SEED", "7")))
    with capsys.disabled():
        print("\n" + report.summary())
    assert report.kills == KILLS
    # The kills hit both moments that matter: during start-up and while writing.
    assert report.start_rounds >= KILLS // 5
    assert report.killed_before_ready < KILLS
    # every round timed from READY waited for the first write, so it killed a writing app
    assert report.killed_while_writing >= KILLS - report.start_rounds
    assert report.saved_activities > 0
    assert report.timer_events >= 1
    assert report.backups_checked >= 1
