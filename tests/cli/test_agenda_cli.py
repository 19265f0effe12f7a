"""``avtoituba agenda WORKSHOP_FILE [--json]``."""

from __future__ import annotations

import datetime as dt
import json

from avtoituba.core.agenda import load_blocks, update_block
from avtoituba.core.timer_service import TimerService

from tests.doubles import FakeClock


def test_agenda_with_computed_times(run_cli, store, workshop_path):
    result = run_cli("agenda", workshop_path, check=True)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("13:15*-13:35") and "Kristina Reinsalu" in lines[0]
    assert any(line.startswith("16:20*-16:35") and "esitlused" in line for line in lines)
    assert "planned end 17:00" in result.stdout
    assert "actual" not in result.stdout


def test_agenda_flags_a_block_that_does_not_fit(run_cli, store, workshop_path):
    first = load_blocks(store)[0]
    update_block(store, first.id, duration_s=30 * 60)
    result = run_cli("agenda", workshop_path, "--json", check=True)
    data = json.loads(result.stdout)
    qa = data["blocks"][3]
    assert qa["start"] == "14:20" and not qa["fits"] and qa["conflict_anchor"] == "14:15"
    assert qa["overrun_min"] == 10
    text = run_cli("agenda", workshop_path, check=True).stdout
    assert "runs 10 min past the fixed start 14:15" in text


def test_agenda_after_the_day_shows_actual_times(run_cli, store, workshop_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # the CLI prints local times
    fake = FakeClock(dt.datetime(2026, 11, 17, 13, 15, tzinfo=dt.UTC))
    timer = TimerService(store, fake, tz=dt.UTC)
    timer.start()
    fake.advance(27 * 60)  # the first talk took 27 minutes
    timer.next()
    fake.advance(18 * 60)
    timer.finish()
    store.close()
    data = json.loads(run_cli("agenda", workshop_path, "--json", check=True).stdout)
    first, second, third = data["blocks"][:3]
    assert (first["actual_start"], first["actual_end"], first["actual_min"]) == \
        ("13:15", "13:42", 27.0)
    assert (second["actual_start"], second["actual_end"]) == ("13:42", "14:00")
    assert third["actual_start"] is None
    assert data["status"] == "finished"
    text = run_cli("agenda", workshop_path, check=True).stdout
    assert "[actual 13:15-13:42 27 min]" in text and "not run" in text


def test_missing_file_is_one_line_error(run_cli, tmp_path):
    result = run_cli("agenda", tmp_path / "nope.avtoituba")
    assert result.returncode != 0
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
