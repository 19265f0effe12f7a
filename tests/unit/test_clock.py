"""Whole simulated days of the agenda timer, driven by a fake clock.

The default programme: 13:15 three talks (20, 20, 15 min) and Q&A (5), 14:15 break (15),
14:30 stories (30), 15:00 group work (80), 16:20 presentations (15), 16:35 homework (20),
16:55 closing (5) -> the plan ends at 17:00. Tallinn in November is UTC+2.
"""

from __future__ import annotations

import datetime as dt

import pytest

from avtoituba.core import clock as C
from avtoituba.core.agenda import hhmm, update_block
from avtoituba.core.clock import Reading, between, format_remaining
from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import TimerState, compute_state, plan_vs_actual
from avtoituba.store.db import open_store

from tests.doubles import FakeClock

TALLINN = dt.timezone(dt.timedelta(hours=2))
MIN = 60


def at(h: int, m: int, s: int = 0) -> dt.datetime:
    """A time of day on the workshop's date, Tallinn time, as the UTC wall clock."""
    return dt.datetime(2026, 11, 17, h, m, s, tzinfo=TALLINN).astimezone(dt.UTC)


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(at(13, 15))


@pytest.fixture
def timer(store, fake) -> TimerService:
    return TimerService(store, fake, tz=TALLINN)


def run_block(timer: TimerService, fake: FakeClock, minutes: float) -> TimerState:
    fake.advance(minutes * MIN)
    return timer.next()


def test_a_day_on_time(timer, fake):
    st = timer.state()
    assert st.status == C.IDLE and st.next_block.title.startswith("Mis on avatud")
    st = timer.start()
    assert st.status == C.RUNNING and st.index == 0
    assert format_remaining(st.remaining_s) == "20:00"
    fake.advance(17 * MIN + 59)
    st = timer.state()
    assert st.phase == C.NORMAL and format_remaining(st.remaining_s) == "2:01"
    fake.advance(1)
    assert timer.state().phase == C.WARNING  # the last two minutes
    fake.advance(2 * MIN)
    st = timer.state()
    assert st.phase == C.OVERTIME and format_remaining(st.remaining_s) == "0:00"
    st = timer.next()  # 13:35
    assert st.index == 1 and st.remaining_s == 20 * MIN
    st = run_block(timer, fake, 20)  # 13:55 -> the third talk
    st = run_block(timer, fake, 15)  # 14:10 -> Q&A, five minutes
    assert st.block.kind == "qa"
    fake.advance(3 * MIN + 59)
    assert timer.state().phase == C.NORMAL  # 20 % of 5 min = 1 min is shorter than 2 min
    fake.advance(2)
    assert timer.state().phase == C.WARNING
    for minutes in (0 + 59 / 60, 15, 30, 80, 15, 20):  # to 14:15 .. 16:55
        st = run_block(timer, fake, minutes)
    assert st.block.kind == "closing" and hhmm(C.local_seconds(st.now_local)) == "16:55"
    assert hhmm(st.forecast_end_s) == "17:00" and st.delay_s == 0
    st = run_block(timer, fake, 5)
    assert st.status == C.FINISHED and st.block is None
    rows = plan_vs_actual(st)
    assert all(r.actual is not None for r in rows)
    assert [hhmm(C.local_seconds(r.actual.start)) for r in rows] == \
        [hhmm(r.planned_start_s) for r in rows]
    assert all(abs(r.difference_s) < 1 for r in rows)
    assert st.delay_s == 0


def test_a_late_day_offers_plans_that_catch_up(timer, fake):
    timer.start()
    fake.advance(27 * MIN)  # the first talk runs 7 minutes over
    st = timer.state()
    assert st.phase == C.OVERTIME and format_remaining(st.remaining_s) == "+7:00"
    assert st.late_anchor == dt.time(14, 15) and round(st.late_s) == 7 * MIN
    # nothing shortened: every later block keeps its length, so the delay runs to the end
    assert hhmm(st.forecast_end_s) == "17:07"
    first = st.plans[0]
    assert first.on_time and first.moves == ()  # catch up before the break
    assert {c.block.kind for c in first.cuts} <= {"talk"} and not first.cuts[0].current
    for cut in first.cuts:
        update_block(timer.store, cut.block.id, duration_s=cut.block.duration_s - cut.by_s)
    timer.reload()
    st = timer.state()
    assert st.late_s <= 0 and st.plans == ()
    assert hhmm(st.forecast_end_s) == "17:00"


def test_late_group_work_moves_the_end_of_the_day(timer, fake):
    timer.start()
    for minutes in (20, 20, 15, 5, 15, 30):
        run_block(timer, fake, minutes)
    st = timer.state()
    assert st.block.kind == "group_work" and hhmm(C.local_seconds(st.now_local)) == "15:00"
    fake.advance(87 * MIN)  # until 16:27
    st = timer.state()
    assert hhmm(st.forecast_end_s) == "17:07" and C.format_minutes(st.delay_s) == "+7 min"
    assert st.late_anchor == dt.time(16, 20)
    # the later blocks give the time, with their fixed starts moved
    assert st.plans and all(p.on_time for p in st.plans)
    assert all(p.moves for p in st.plans)


def test_pause_stops_the_countdown_and_moves_the_forecast(timer, fake):
    timer.start()
    fake.advance(5 * MIN)
    st = timer.pause()
    assert st.status == C.PAUSED
    fake.advance(10 * MIN)
    st = timer.state()
    assert format_remaining(st.remaining_s) == "15:00"
    # 13:30 now + 15 min left + 40 more before the anchor -> 14:25, ten minutes late
    assert round(st.late_s) == 10 * MIN
    st = timer.toggle()  # Space resumes
    assert st.status == C.RUNNING
    fake.advance(60)
    assert format_remaining(timer.state().remaining_s) == "14:00"


@pytest.mark.parametrize("clock_id", ["boot:b1", "mono:run1"])
def test_sleep_and_wake_counts_the_sleep(store, clock_id):
    fake = FakeClock(at(13, 15), clock_id=clock_id)
    timer = TimerService(store, fake, tz=TALLINN)
    timer.start()
    fake.advance(5 * MIN)
    fake.sleep(20 * MIN)  # the lid is closed for twenty minutes
    st = timer.state()
    assert round(st.elapsed_s) == 25 * MIN
    assert format_remaining(st.remaining_s) == "+5:00"
    fake.advance(MIN)
    assert round(timer.state().elapsed_s) == 26 * MIN


def test_crash_and_resume_from_the_log(store, workshop_path):
    fake = FakeClock(at(13, 15), clock_id="boot:first")
    timer = TimerService(store, fake, tz=TALLINN)
    timer.start()
    run_block(timer, fake, 20)
    timer.extend(MIN)
    fake.advance(8 * MIN)
    # the app is killed at 13:43; it takes three minutes (and a reboot) to come back
    store.close()
    fake.set_wall(3 * MIN)
    fake.restart("boot:second", mono=12.0)
    again = open_store(workshop_path)
    try:
        st = TimerService(again, fake, tz=TALLINN).state()
        assert st.status == C.RUNNING and st.index == 1
        assert round(st.elapsed_s) == 11 * MIN and round(st.allotted_s) == 21 * MIN
        assert format_remaining(st.remaining_s) == "10:00"
    finally:
        again.close()


def test_restart_in_the_same_boot_uses_the_boot_clock(store, workshop_path):
    fake = FakeClock(at(13, 15), clock_id="boot:same")
    timer = TimerService(store, fake, tz=TALLINN)
    timer.start()
    fake.advance(4 * MIN)
    fake.set_wall(-3600)  # and the wall clock is wrong by an hour after the restart
    st = TimerService(store, fake, tz=TALLINN).state()
    assert round(st.elapsed_s) == 4 * MIN


@pytest.mark.parametrize("change", [3600, -3600])
def test_wall_clock_changed_by_an_hour_does_not_break_a_block(timer, fake, change):
    timer.start()
    fake.advance(6 * MIN)
    fake.set_wall(change)
    fake.advance(MIN)
    st = timer.pause()
    fake.advance(MIN)
    st = timer.resume()
    fake.advance(MIN)
    st = timer.state()
    assert round(st.elapsed_s) == 8 * MIN and st.index == 0


def test_mono_clock_put_back_an_hour_is_ignored():
    a = Reading(at(13, 20), 100.0, "mono:x")
    b = Reading(at(12, 21), 160.0, "mono:x")
    assert between(a, b) == 60.0
    assert between(a, Reading(at(13, 21), 5.0, "mono:other")) == 60.0
    assert between(a, Reading(at(13, 10), 5.0, "mono:other")) == 0.0


def test_minutes_added_and_removed_prev_jump_and_reset(timer, fake):
    timer.start()
    fake.advance(10 * MIN)
    assert format_remaining(timer.extend(MIN).remaining_s) == "11:00"
    assert format_remaining(timer.extend(-5 * MIN).remaining_s) == "6:00"
    st = timer.next()
    fake.advance(2 * MIN)
    st = timer.previous()  # back to the first talk: its clock goes on where it was
    assert st.index == 0 and format_remaining(st.remaining_s) == "6:00"
    closing = st.blocks[-1]
    st = timer.jump(closing.id)
    assert st.block.kind == "closing"
    assert st.actuals[st.blocks[1].id].active_s == 2 * MIN
    st = timer.reset()
    assert st.status == C.IDLE and st.actuals == {}


def test_presentations_are_split_among_the_groups(timer, fake):
    st = timer.state()
    pres = next(b for b in st.blocks if b.kind == "presentations")
    timer.start(pres.id)
    st = timer.state()
    assert st.presenter.count == 3 and st.presenter.index == 0
    assert st.presenter.name == timer.groups[0]
    assert format_remaining(st.display_remaining_s) == "5:00"
    fake.advance(4 * MIN + 1)
    st = timer.state()
    assert st.presenter.phase == C.WARNING and st.phase == C.NORMAL  # 1 min = 20 % of 5
    fake.advance(MIN)
    st = timer.state()  # the first group overruns: it stays on stage until the trainer says
    assert st.presenter.index == 0 and format_remaining(st.display_remaining_s) == "+0:01"
    st = timer.next_presenter()
    assert st.presenter.index == 1 and st.presenter.name == timer.groups[1]
    assert format_remaining(st.display_remaining_s) == "5:00"
    assert format_remaining(st.remaining_s) == "9:59"  # the block as a whole
    fake.advance(12 * MIN)
    st = timer.next_presenter()
    assert st.presenter.index == 2 and format_remaining(st.display_remaining_s) == "5:00"
    assert timer.next_presenter().presenter.index == 2 and timer.last_event is None
    assert [(t.index, round(t.active_s)) for t in st.turns] == \
        [(0, 5 * MIN + 1), (1, 12 * MIN), (2, 0)]


def test_time_added_during_the_presentations_goes_to_the_presenter(timer, fake, store,
                                                                  workshop_path):
    pres = next(b for b in timer.blocks if b.kind == "presentations")
    timer.start(pres.id)
    fake.advance(4 * MIN)
    timer.next_presenter()
    timer.next_presenter()
    fake.advance(4 * MIN + 34)  # group 3 has 0:26 left
    st = timer.state()
    assert st.presenter.index == 2 and format_remaining(st.display_remaining_s) == "0:26"
    timer.extend(5 * MIN)
    st = timer.extend(5 * MIN)  # two presses of +5: still group 3, with 10:26
    assert st.presenter.index == 2 and format_remaining(st.display_remaining_s) == "10:26"
    # who presents when survives a restart
    store.close()
    fake.restart("boot:again")
    again = open_store(workshop_path)
    try:
        st = TimerService(again, fake, tz=TALLINN).state()
        assert st.presenter.index == 2 and format_remaining(st.display_remaining_s) == "10:26"
        assert [t.name for t in st.turns] == list(timer.groups)
        assert [hhmm(C.local_seconds(t.start)) for t in st.turns] == \
            ["13:15", "13:19", "13:19"]  # jumped straight to them at 13:15
    finally:
        again.close()


def test_an_ended_day_ignores_the_run_keys_until_reopened(timer, fake):
    timer.start()
    fake.advance(10 * MIN)
    timer.finish()
    for action in (timer.toggle, timer.next, timer.previous, lambda: timer.extend(60),
                   lambda: timer.jump(timer.blocks[3].id), timer.start):
        fake.advance(MIN)
        st = action()
        assert st.status == C.FINISHED and timer.last_event is None
    rows = plan_vs_actual(st)
    assert hhmm(C.local_seconds(rows[0].actual.end)) == "13:25"  # not 13:15–16:48
    assert rows[1].actual is None
    st = timer.reopen()
    assert st.status == C.PAUSED and st.index == 0
    assert format_remaining(st.remaining_s) == "10:00"  # the ended time did not count
    st = timer.toggle()
    assert st.status == C.RUNNING


def test_every_action_can_be_taken_back_and_put_back(timer, fake):
    timer.start()
    fake.advance(5 * MIN)
    timer.next()
    mistake = timer.last_event
    fake.advance(2 * MIN)
    st = timer.cancel(mistake.id)  # undo: the first talk never stopped
    assert st.index == 0 and round(st.elapsed_s) == 7 * MIN
    assert st.blocks[1].id not in st.actuals
    st = timer.restore(mistake.id)  # redo
    assert st.index == 1 and round(st.elapsed_s) == 2 * MIN
    kinds = [e.kind for e in timer.events]
    assert kinds == ["start", "next", "cancel", "restore"]  # appended, never rewritten


def test_format_remaining():
    assert format_remaining(0.2) == "0:01"
    assert format_remaining(0) == "0:00"
    assert format_remaining(-0.5) == "0:00"
    assert format_remaining(-61) == "+1:01"
    assert format_remaining(3723) == "1:02:03"
    assert C.format_minutes(-180) == "\u22123 min"


def test_deleting_a_past_block_and_undoing_replays_the_same_day(timer, fake, store):
    from avtoituba.core.agenda import delete_block, restore_block

    timer.start()
    fake.advance(MIN)
    third = timer.blocks[2]
    timer.jump(third.id)
    fake.advance(15 * MIN)
    timer.next()
    fake.advance(MIN)
    before = timer.state()
    assert before.index == 3
    restore_block(store, delete_block(store, third.id))  # delete, then undo
    timer.reload()
    after = timer.state()
    assert after.index == 3
    assert after.actuals[third.id] == before.actuals[third.id]


def test_any_sequence_of_actions_keeps_time_honest(tmp_path):
    """Whatever the trainer presses and however the clocks move, no block gets more time
    than really passed, and a wall clock changed by an hour adds none."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from avtoituba.core.agenda import load_blocks
    from avtoituba.core.workshop import new_workshop

    store = new_workshop(tmp_path / "prop.avtoituba", date=dt.date(2026, 11, 17))
    blocks = load_blocks(store)
    store.close()
    op = st.one_of(
        st.tuples(st.just("advance"), st.integers(0, 900)),
        st.tuples(st.just("sleep"), st.integers(0, 1800)),
        st.tuples(st.just("wall"), st.sampled_from([-3600, 3600])),
        st.tuples(st.sampled_from(["start", "pause", "resume", "next", "prev", "finish"]),
                  st.just(0)),
        st.tuples(st.just("extend"), st.sampled_from([-300, -60, 60, 300])),
    )

    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(op, max_size=40), st.sampled_from(["boot:x", "mono:x"]))
    def run(ops, clock_id):
        fake = FakeClock(at(13, 15), clock_id=clock_id)
        events: list[C.Event] = []
        real = 0.0
        for kind, amount in ops:
            if kind == "advance":
                fake.advance(amount)
                real += amount
            elif kind == "sleep":
                fake.sleep(amount)
                real += amount
            elif kind == "wall":
                if clock_id.startswith("mono") and amount > 0:
                    continue  # documented: taken for a sleep on such a clock
                fake.set_wall(amount)
            else:
                st_now = compute_state(blocks, events, fake.now(), tz=TALLINN)
                target = None
                if kind == "start":
                    target = blocks[0].id
                elif kind in ("next", "prev") and st_now.index is not None:
                    i = st_now.index + (1 if kind == "next" else -1)
                    target = blocks[i].id if 0 <= i < len(blocks) else None
                events.append(C.Event(kind, fake.now(), target, amount or None))
        state = compute_state(blocks, events, fake.now(), tz=TALLINN)
        total = sum(a.active_s for a in state.actuals.values())
        assert 0 <= total <= real + 1e-6
        assert state.elapsed_s >= 0 and state.allotted_s >= 0

    run()
