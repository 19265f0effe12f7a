"""The follow-up seminar's running order: its length shared out among the municipalities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SeminarSlot:
    """One municipality's turn: ``index`` counts from 1 up to ``count``."""

    index: int
    count: int
    start: dt.time
    end: dt.time

    @property
    def minutes(self) -> int:
        return _minutes(self.end) - _minutes(self.start)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def seminar_slots(start: dt.time | None, end: dt.time | None, count: int) -> list[SeminarSlot]:
    """The seminar from ``start`` to ``end`` divided into ``count`` turns, in whole minutes.

    Each boundary is rounded to the nearest minute, so the turns add up to the whole
    seminar exactly. An unset or empty seminar (end not after start) gives no slots.
    """
    if start is None or end is None or count <= 0:
        return []
    first, last = _minutes(start), _minutes(end)
    length = last - first
    if length <= 0:
        return []
    bounds = [first + (length * i + count // 2) // count for i in range(count + 1)]
    return [SeminarSlot(i + 1, count, _time(bounds[i]), _time(bounds[i + 1]))
            for i in range(count)]
