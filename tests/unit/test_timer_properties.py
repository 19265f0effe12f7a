"""Whatever the trainer presses, takes back, puts back, and however often the app is killed
and started again, the record of the day is the one the surviving actions make.

The reference is the same day replayed without any undo: only the actions still standing,
each at the moment it was taken, on a fresh file. Both must agree on the state and on the
planned-and-actual record, and a restart must change nothing.
"""

from __future__ import annotations

import datetime as dt
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import plan_vs_actual
from avtoituba.core.workshop import new_workshop
from avtoituba.store.db import open_store

from tests.doubles import FakeClock

TALLINN = dt.timezone(dt.timedelta(hours=2))
START = dt.datetime(2026, 11, 17, 13, 15, tzinfo=TALLINN).astimezone(dt.UTC)
ACTIONS = ("toggle", "next", "previous", "finish", "reopen", "next_presenter",
           "previous_presenter", "plus5", "minus1", "jump_presentations", "reset")


def act(timer: TimerService, name: str) -> None:
    if name == "plus5":
        timer.extend(300)
    elif name == "minus1":
        timer.extend(-60)
    elif name == "jump_presentations":
        timer.jump(next(b.id for b in timer.blocks if b.kind == "presentations"))
    else:
        getattr(timer, name)()


def record(timer: TimerService, fake: FakeClock) -> tuple:
    s = timer.state(fake.now())
    rows = [(r.block.id, r.actual and (r.actual.start, r.actual.end, round(r.actual.active_s, 6)))
            for r in plan_vs_actual(s)]
    presenter = s.presenter and (s.presenter.index, round(s.presenter.remaining_s, 6))
    turns = [(t.index, t.start, round(t.active_s, 6)) for t in s.turns]
    return (s.status, s.index, round(s.remaining_s, 6), presenter, rows, turns,
            round(s.forecast_end_s, 6))


op = st.one_of(
    st.tuples(st.just("advance"), st.integers(1, 1500)),
    st.tuples(st.sampled_from(ACTIONS), st.just(0)),
    st.tuples(st.just("undo"), st.just(0)),
    st.tuples(st.just("redo"), st.just(0)),
    st.tuples(st.just("restart"), st.just(0)),
)


def test_undo_redo_and_restarts_keep_the_record_right(tmp_path):
    template = tmp_path / "template.avtoituba"
    new_workshop(template, date=dt.date(2026, 11, 17)).close()
    counter = iter(range(10**9))

    @settings(max_examples=25, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(op, max_size=24))
    def run(ops):
        n = next(counter)
        real_path, ref_path = tmp_path / f"real{n}.avtoituba", tmp_path / f"ref{n}.avtoituba"
        shutil.copy(template, real_path)
        shutil.copy(template, ref_path)
        fake = FakeClock(START, clock_id="boot:a")
        store = open_store(real_path)
        timer = TimerService(store, fake, tz=TALLINN)
        done: list[tuple[int, str, FakeClock]] = []   # (event id, action, when)
        undone: list[tuple[int, str, FakeClock]] = []
        restarts: list[int] = []
        try:
            for kind, amount in ops:
                if kind == "advance":
                    fake.advance(amount)
                elif kind == "undo" and done:
                    step = done.pop()
                    timer.cancel(step[0])
                    undone.append(step)
                elif kind == "redo" and undone:
                    step = undone.pop()
                    timer.restore(step[0])
                    done.append(step)
                elif kind == "restart":
                    before = record(timer, fake)
                    store.close()  # killed: every action was committed when it returned
                    restarts.append(1)  # after a reboot: another monotonic clock
                    fake.restart(f"boot:{n}-{len(restarts)}", mono=7.0)
                    store = open_store(real_path)
                    timer = TimerService(store, fake, tz=TALLINN)
                    assert record(timer, fake) == before
                elif kind in ACTIONS:
                    act(timer, kind)
                    if timer.last_event is not None:
                        done.append((timer.last_event.id, kind,
                                     FakeClock(fake.wall, fake.mono, fake.clock_id)))
                        undone.clear()  # a new action drops what could be redone
            # the reference: only the standing actions, at their moments, never undone
            ref_store = open_store(ref_path)
            try:
                ref_clock = FakeClock(START, clock_id="boot:ref")
                ref = TimerService(ref_store, ref_clock, tz=TALLINN)
                for _, kind, when in done:
                    ref_clock.wall, ref_clock.mono, ref_clock.clock_id = \
                        when.wall, when.mono, when.clock_id
                    act(ref, kind)
                    assert ref.last_event is not None  # it fitted the day then, too
                ref_clock.wall, ref_clock.mono, ref_clock.clock_id = \
                    fake.wall, fake.mono, fake.clock_id
                assert record(timer, fake) == record(ref, ref_clock)
            finally:
                ref_store.close()
            # and the record is honest: nothing ran longer than the day so far
            s = timer.state()
            total = sum(a.active_s for a in s.actuals.values())
            assert total <= (fake.wall - START).total_seconds() + 1e-6
            for a in s.actuals.values():
                assert a.end is None or a.start <= a.end
        finally:
            store.close()

    run()
