"""Kill -9 the process that runs the timer: the next start resumes from the log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from avtoituba.core.clock import RUNNING
from avtoituba.core.timer_service import TimerService
from avtoituba.store.db import open_store

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_killed_mid_block_resumes_with_the_right_remaining_time(store, workshop_path):
    store.close()
    script = textwrap.dedent(f"""
        import os, signal, sys, time
        from avtoituba.core.timer_service import TimerService
        from avtoituba.store.db import open_store
        store = open_store({str(workshop_path)!r})
        timer = TimerService(store)
        timer.start()
        timer.next()          # the second block (20 min)
        timer.extend(-120)    # shortened to 18 min
        print("started", flush=True)
        time.sleep(60)        # killed long before this
    """)
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdout.readline().strip() == "started"
    started = time.monotonic()
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    again = open_store(workshop_path)
    try:
        state = TimerService(again).state()
        waited = time.monotonic() - started
        assert state.status == RUNNING and state.index == 1
        assert state.allotted_s == 18 * 60
        # the block kept running while the app was down: the time since it started counts
        assert waited - 1.0 <= state.elapsed_s <= waited + 2.0
    finally:
        again.close()
