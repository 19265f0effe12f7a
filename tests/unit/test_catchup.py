"""Late-day plans at the moments the trainer met them (the default programme, a fake clock).

The plan: 13:15 three talks (20, 20, 15) and questions (5), 14:15 break (15), 14:30 stories
(30), 15:00 group work (80), 16:20 presentations (15), 16:35 homework (20), 16:55 closing
(5): the day ends at 17:00. Every plan must end the day at 17:00 or say how close it gets,
and applying it (through the same core calls as the page) must make the forecast say so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from avtoituba.core.agenda import Block, hhmm, load_blocks, update_block, update_blocks
from avtoituba.core.catchup import MAX_PLANS, catch_up_plans
from avtoituba.core.timer_service import TimerService

from tests.doubles import FakeClock

TALLINN = dt.timezone(dt.timedelta(hours=2))
MIN = 60


def at(h: int, m: int) -> dt.datetime:
    return dt.datetime(2026, 11, 17, h, m, tzinfo=TALLINN).astimezone(dt.UTC)


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(at(13, 15))


@pytest.fixture
def timer(store, fake) -> TimerService:
    return TimerService(store, fake, tz=TALLINN)


def kind_index(timer: TimerService, kind: str) -> int:
    return next(i for i, b in enumerate(timer.blocks) if b.kind == kind)


def apply(timer: TimerService, plan) -> None:
    """What the page's one click does: the cuts and moved fixed starts in one write, the
    running block's cut as a timer event."""
    changes: dict[int, dict] = {}
    for cut in plan.cuts:
        if cut.current:
            timer.extend(-cut.by_s)
        else:
            changes[cut.block.id] = {"duration_s": cut.block.duration_s - cut.by_s}
    for move in plan.moves:
        changes.setdefault(move.block.id, {})["fixed_start"] = move.new
    if changes:
        update_blocks(timer.store, changes)
    timer.reload()


def check_every_plan_ends_on_time(timer: TimerService, store_path_blocks=None) -> list:
    st = timer.state()
    assert st.delay_s > 60 and st.plans
    assert len(st.plans) <= MAX_PLANS
    assert len({p.cuts for p in st.plans}) == len(st.plans)  # no two alike
    for plan in st.plans:
        assert plan.on_time, plan
        for cut in plan.cuts:
            assert cut.by_s % MIN == 0 and cut.by_s > 0
            assert cut.block.kind != "closing"
            if not cut.current:
                assert cut.block.duration_s - cut.by_s >= 5 * MIN
                assert cut.block.kind != "break"
    # apply each plan in turn to a fresh copy of the day: the forecast agrees
    return list(st.plans)


def test_late_start_at_13_33(timer, fake, store):
    fake.advance(18 * MIN)
    timer.start()
    plans = check_every_plan_ends_on_time(timer)
    # the first plan keeps every fixed start: the time comes from before the break
    soon = plans[0]
    assert soon.moves == ()
    assert {c.block.kind for c in soon.cuts} <= {"talk", "qa"}
    assert sum(c.by_s for c in soon.cuts) == 18 * MIN
    assert max(c.by_s for c in soon.cuts) <= 8 * MIN  # spread, not one talk cut to 5 min
    # another takes it from the group work and moves the break: "Paus 14.15 → 14.33"
    one = next(p for p in plans if len(p.cuts) == 1)
    assert one.cuts[0].block.kind == "group_work" and one.cuts[0].by_s == 18 * MIN
    assert [(m.block.kind, m.old, m.new) for m in one.moves][0] == \
        ("break", dt.time(14, 15), dt.time(14, 33))
    apply(timer, one)
    st = timer.state()
    assert hhmm(st.forecast_end_s) == "17:00" and st.plans == ()


def test_in_the_break_at_14_39(timer, fake):
    timer.start()
    for minutes in (25, 24, 15, 5):  # the talks overran: the break starts at 14:24
        fake.advance(minutes * MIN)
        timer.next()
    fake.advance(15 * MIN)
    st = timer.state()
    assert st.block.kind == "break" and hhmm(st.forecast_end_s) == "17:09"
    plans = check_every_plan_ends_on_time(timer)
    assert any(m.block.kind == "stories" and m.new == dt.time(14, 39)
               for p in plans for m in p.moves)
    apply(timer, plans[-1])
    assert hhmm(timer.state().forecast_end_s) == "17:00"


def test_24_minutes_late_in_group_work_at_15_24(timer, fake):
    timer.start()
    for minutes in (30, 30, 15, 5, 19, 30):  # stories end at 15:24
        fake.advance(minutes * MIN)
        timer.next()
    st = timer.state()
    assert st.block.kind == "group_work" and hhmm(st.forecast_end_s) == "17:24"
    plans = check_every_plan_ends_on_time(timer)
    # the old suggestions offered only "−1 minute or change the fixed time"
    assert plans[0].cuts[0].current and plans[0].cuts[0].by_s == 24 * MIN
    assert any(len(p.cuts) > 1 for p in plans)
    apply(timer, plans[0])
    st = timer.state()
    assert hhmm(st.forecast_end_s) == "17:00" and st.remaining_s == 56 * MIN


def test_forecast_17_24_at_16_44(timer, fake):
    timer.start()
    for minutes in (20, 20, 15, 5, 15, 30):
        fake.advance(minutes * MIN)
        timer.next()
    fake.advance(104 * MIN)  # group work overran to 16:44
    st = timer.state()
    assert st.block.kind == "group_work" and hhmm(st.forecast_end_s) == "17:24"
    plans = check_every_plan_ends_on_time(timer)
    for plan in plans:
        assert {c.block.kind for c in plan.cuts} == {"presentations", "homework"}
        assert dt.time(16, 55) not in [m.new for m in plan.moves]  # the closing holds
    apply(timer, plans[0])
    assert hhmm(timer.state().forecast_end_s) == "17:00"


def test_compressible_blocks_give_their_time_first(timer, fake, store):
    stories = timer.blocks[kind_index(timer, "stories")]
    update_block(store, stories.id, compressible=True)
    timer.reload()
    fake.advance(18 * MIN)
    timer.start()
    plans = check_every_plan_ends_on_time(timer)
    assert [c.block.id for c in plans[0].cuts] == [stories.id]
    assert plans[0].cuts[0].by_s == 18 * MIN


def test_not_enough_room_says_how_close():
    blocks = [Block(1, "talk", 20 * MIN, dt.time(9, 0)), Block(2, "short", 7 * MIN),
              Block(3, "close", 5 * MIN, dt.time(9, 30), kind="closing")]
    # 15 minutes late at 9:15 with the first talk just starting: room 18 + 2 minutes
    plans = catch_up_plans(blocks, 0, 9 * 3600 + 15 * MIN, 20 * MIN, 9 * 3600 + 35 * MIN)
    assert plans and all(p.on_time for p in plans)
    plans = catch_up_plans(blocks, 0, 9 * 3600 + 35 * MIN, 20 * MIN, 9 * 3600 + 35 * MIN)
    best = plans[0]
    assert not best.on_time and round(best.short_s / 60) == 12  # 32 late, 20 won back
    assert best.moves and best.moves[-1].block.id == 3


def test_late_for_a_fixed_start_only_offers_to_move_it():
    blocks = [Block(1, "talk", 20 * MIN, dt.time(9, 0)), Block(2, "break", 10 * MIN,
              dt.time(9, 20), kind="break"), Block(3, "work", 30 * MIN, dt.time(10, 0))]
    # 5 minutes late for the break, but 10 minutes of slack before 10:00
    plans = catch_up_plans(blocks, 0, 9 * 3600 + 5 * MIN, 20 * MIN, 10 * 3600 + 30 * MIN)
    assert plans
    kinds = {p.kind for p in plans}
    assert "move" in kinds
    move = next(p for p in plans if p.kind == "move")
    assert move.cuts == () and [(m.old, m.new) for m in move.moves] == \
        [(dt.time(9, 20), dt.time(9, 25))]


def test_plans_survive_in_the_file_after_apply(timer, fake, store):
    fake.advance(18 * MIN)
    timer.start()
    plan = timer.state().plans[0]
    apply(timer, plan)
    again = [b.duration_s for b in load_blocks(store)]
    assert sum(again) == sum(b.duration_s for b in timer.blocks)
