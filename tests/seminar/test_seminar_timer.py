"""A whole follow-up seminar driven by a fake clock: late start, added time, an absent
municipality, one moved later, undo, a restart; the state comes from the log each time."""

from __future__ import annotations

import datetime as dt

from avtoituba.core.clock import FINISHED, IDLE, RUNNING
from avtoituba.core.seminar_run import (
    ABSENT,
    CLOSING_ID,
    DISCUSSION_ID,
    MOVED,
    OPENING_ID,
    load_programme,
    set_attendance,
)
from avtoituba.core.seminar_timer import SeminarTimer, running_rows, seminar_json
from avtoituba.core.timer_service import TimerService
from avtoituba.store.db import open_store

from tests.doubles import FakeClock
from tests.seminar.conftest import SIX, TALLINN


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 12, 2, hour, minute, tzinfo=TALLINN).astimezone(dt.UTC)


def test_the_running_order_is_built_from_the_workshop(six):
    store, ids = six
    p = load_programme(store)
    assert [b.id for b in p.blocks] == [OPENING_ID, *ids.values(), DISCUSSION_ID, CLOSING_ID]
    # 14.00–16.00 less 10 opening, 15 discussion, 10 closing, shared by six: 14 minutes
    assert p.slot_min == 14
    assert p.blocks[0].fixed_start == dt.time(14, 0)
    assert [b.title for b in p.blocks[1:7]] == list(SIX)


def test_an_absent_municipality_gives_its_time_to_the_others(six):
    store, ids = six
    set_attendance(store, ids["Kambja vald"], ABSENT)
    p = load_programme(store)
    assert ids["Kambja vald"] not in [b.id for b in p.blocks]
    assert p.slot_min == 17  # 85 minutes among five


def test_a_whole_seminar_with_a_fake_clock(six, workshop_path):
    store, ids = six
    fake = FakeClock(at(14, 3), clock_id="boot:one")  # the trainer starts 3 minutes late
    timer = SeminarTimer(store, fake, tz=TALLINN)
    assert timer.state().status == IDLE
    timer.start()
    fake.advance(10 * 60)
    st = timer.next_municipality()
    assert st.block.title == "Elva vald"
    assert st.remaining_s == 14 * 60
    # Elva runs 2 minutes over; the trainer adds 3 minutes: they go to Elva
    fake.advance(14 * 60)
    st = timer.extend(180)
    assert st.block.title == "Elva vald" and st.remaining_s == 180
    added = timer.last_event
    fake.advance(2 * 60)
    # Kambja's presenter did not come; Luunja's connection broke: moved later
    set_attendance(store, ids["Kambja vald"], ABSENT)
    set_attendance(store, ids["Luunja vald"], MOVED)
    timer.reload()
    st = timer.next_municipality()
    assert st.block.title == "Tartu vald"
    assert [b.title for b in st.blocks[1:6]] == [
        "Elva vald", "Tartu vald", "Nõo vald", "Kastre vald", "Luunja vald"]
    # the day's own timer knows nothing of the seminar
    assert TimerService(store, fake).state().status == IDLE

    # an added minute taken back by mistake and undone: the log keeps both
    fake.advance(60)
    timer.extend(60)
    timer.cancel(timer.last_event.id)
    assert timer.state().allotted_s == 17 * 60

    # the laptop restarts: a new process, a new clock; the state comes from the file
    store.close()
    fake.advance(5 * 60)
    fake.restart("boot:two")
    store2 = open_store(workshop_path)
    try:
        timer = SeminarTimer(store2, fake, tz=TALLINN)
        st = timer.state()
        assert st.status == RUNNING and st.block.title == "Tartu vald"
        assert round(st.elapsed_s) == 6 * 60
        rows = {r.title: r for r in running_rows(timer.programme, st)}
        assert rows["Elva vald"].status == "done"
        assert rows["Elva vald"].added_s == 180
        assert round(rows["Elva vald"].used_s) == 16 * 60
        assert rows["Tartu vald"].status == "speaking"
        assert rows["Kambja vald"].status == ABSENT
        assert rows["Luunja vald"].moved and rows["Luunja vald"].status == "waiting"
        # undo of the added time on Elva, after the restart: Elva back to 17 minutes' plan
        timer.cancel(added.id)
        rows = {r.title: r for r in running_rows(timer.programme, timer.state())}
        assert rows["Elva vald"].added_s == 0
        for _ in range(4):  # Tartu, Nõo, Kastre, Luunja
            fake.advance(17 * 60)
            timer.next_municipality()
        assert timer.state().block.id == DISCUSSION_ID
        fake.advance(15 * 60)
        timer.next()
        fake.advance(10 * 60)
        st = timer.next()
        assert st.status == FINISHED
        data = seminar_json(timer)
        assert data["state"] == FINISHED
        assert [r["status"] for r in data["order"]][:7] == ["done"] * 7
        assert data["order"][-1]["title"] == "Kambja vald"
        assert data["order"][-1]["status"] == ABSENT
        assert data["order"][0]["actual_start"] == "14:03"
        # a stray Space in the ended seminar starts nothing
        timer.toggle()
        assert timer.last_event is None
    finally:
        store2.close()
