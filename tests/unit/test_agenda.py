"""The computed agenda: times from durations and anchors, conflicts, editing."""

from __future__ import annotations

import datetime as dt

import pytest

from avtoituba.core.agenda import (
    Block,
    add_block,
    compute_schedule,
    delete_block,
    hhmm,
    load_blocks,
    move_block,
    parse_time,
    restore_block,
    update_block,
)


def T(h: int, m: int) -> dt.time:
    return dt.time(h, m)


def test_default_agenda_follows_the_deck(store):
    schedule = compute_schedule(load_blocks(store))
    times = [(hhmm(b.start_s), hhmm(b.end_s)) for b in schedule.blocks]
    assert times[0] == ("13:15", "13:35")
    assert [t[0] for t in times] == ["13:15", "13:35", "13:55", "14:10", "14:15", "14:30",
                                     "15:00", "16:20", "16:35", "16:55"]
    assert times[-1] == ("16:55", "17:00")
    assert schedule.conflicts == []


def test_block_that_runs_into_an_anchor_is_flagged():
    blocks = [Block(1, "a", 40 * 60, T(13, 15)), Block(2, "b", 30 * 60),
              Block(3, "break", 15 * 60, T(14, 15), kind="break")]
    schedule = compute_schedule(blocks)
    a, b, brk = schedule.blocks
    assert a.fits and not b.fits
    assert b.overrun_s == 10 * 60 and b.conflict_anchor == T(14, 15)
    assert hhmm(brk.start_s) == "14:15"  # the anchor holds; the overlap is the flag


def test_slack_before_an_anchor_and_a_day_without_a_first_anchor():
    blocks = [Block(1, "a", 20 * 60), Block(2, "b", 30 * 60, T(10, 0))]
    schedule = compute_schedule(blocks)
    # the day starts back from the first anchor: 09:40
    assert hhmm(schedule.blocks[0].start_s) == "09:40"
    blocks = [Block(1, "a", 20 * 60, T(9, 0)), Block(2, "b", 30 * 60, T(10, 0))]
    assert compute_schedule(blocks).blocks[0].slack_after_s == 40 * 60


def test_parse_time_accepts_what_people_type():
    assert parse_time("14:15") == T(14, 15)
    assert parse_time("14.15") == T(14, 15)
    assert parse_time("915") == T(9, 15)
    with pytest.raises(ValueError):
        parse_time("lunch")


def test_add_move_update_delete_and_restore(store):
    before = load_blocks(store)
    new_id = add_block(store, 1, "Tervitus", 5 * 60)
    blocks = load_blocks(store)
    assert blocks[1].id == new_id and len(blocks) == len(before) + 1
    assert [b.position for b in blocks] == list(range(len(blocks)))

    old = move_block(store, new_id, 3)
    assert old == 1 and load_blocks(store)[3].id == new_id

    previous = update_block(store, new_id, duration_s=10 * 60, fixed_start="14.00")
    assert previous == {"duration_s": 5 * 60, "fixed_start": None}
    moved = load_blocks(store)[3]
    assert moved.duration_s == 600 and moved.fixed_start == T(14, 0)

    with pytest.raises(ValueError):
        update_block(store, new_id, duration_s=0)
    with pytest.raises(ValueError):
        update_block(store, new_id, title="   ")

    snap = delete_block(store, new_id)
    assert [b.id for b in load_blocks(store)] == [b.id for b in before]
    assert restore_block(store, snap) == new_id
    assert load_blocks(store)[3].title == "Tervitus"
