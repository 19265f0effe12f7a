"""The follow-up seminar: its default date and its running order.

The seminar is held about two weeks after the workshop, on a working day: the default is
``DAYS_AFTER`` days later (the deck's Tuesday 17.11 → Wednesday 2.12), moved forward past
weekends and Estonian public holidays. Its running order opens and closes with a few
minutes of the trainer's and shares the rest out among the municipalities in whole minutes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from avtoituba.store.db import Store

#: days from the workshop to the follow-up seminar before it is moved to a working day
DAYS_AFTER = 15
#: minutes of the seminar kept for the trainer's opening and closing (settings may change)
OPENING_MIN = 10
CLOSING_MIN = 10


def easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@cache
def estonian_holidays(year: int) -> frozenset[dt.date]:
    """Estonia's public holidays (riigipühad, Pühade ja tähtpäevade seadus § 2)."""
    easter = easter_sunday(year)
    fixed = [(1, 1), (2, 24), (5, 1), (6, 23), (6, 24), (8, 20), (12, 24), (12, 25),
             (12, 26)]
    days = {dt.date(year, m, d) for m, d in fixed}
    days |= {easter - dt.timedelta(days=2), easter, easter + dt.timedelta(days=49)}
    return frozenset(days)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in estonian_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def default_followup_date(workshop_date: dt.date, days_after: int = DAYS_AFTER) -> dt.date:
    """About two weeks after the workshop, on a working day (never a weekend or an Estonian
    public holiday): 17.11.2026 → 02.12.2026; Friday 20.11.2026 → Monday 07.12.2026."""
    return next_working_day(workshop_date + dt.timedelta(days=days_after))


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


def seminar_slots(start: dt.time | None, end: dt.time | None, count: int,
                  opening_min: int = 0, closing_min: int = 0,
                  slot_min: int | None = None) -> list[SeminarSlot]:
    """The seminar from ``start`` to ``end``, less an opening and a closing, divided into
    ``count`` turns in whole minutes; with ``slot_min`` every turn is that long instead
    (the last may then end after the closing should have begun: see ``overrun``).

    With an opening or a closing every turn has the same whole minutes (what is left over
    goes to the closing); without, each boundary is rounded to the nearest minute, so the
    turns add up exactly to the seminar. An opening and closing that leave less than a
    minute a turn are dropped (the turns take the whole seminar). An unset or empty
    seminar (end not after start) gives no slots.
    """
    if start is None or end is None or count <= 0:
        return []
    first, last = _minutes(start), _minutes(end)
    if last - first <= 0:
        return []
    opening, closing = max(0, opening_min), max(0, closing_min)
    if last - first - opening - closing < count:
        opening = closing = 0
    first, last = first + opening, last - closing
    if slot_min and slot_min > 0:
        return [SeminarSlot(i + 1, count, _time(first + i * slot_min),
                            _time(min(first + (i + 1) * slot_min, 24 * 60 - 1)))
                for i in range(count)]
    length = last - first
    if opening or closing:
        # equal turns in whole minutes; the minutes left over go to the closing
        per = length // count
        return [SeminarSlot(i + 1, count, _time(first + i * per), _time(first + (i + 1) * per))
                for i in range(count)]
    bounds = [first + (length * i + count // 2) // count for i in range(count + 1)]
    return [SeminarSlot(i + 1, count, _time(bounds[i]), _time(bounds[i + 1]))
            for i in range(count)]


@dataclass(frozen=True)
class RunningOrder:
    """The seminar's running order: the opening, each municipality's turn, the closing."""

    opening: tuple[dt.time, dt.time] | None
    slots: list[SeminarSlot]
    closing: tuple[dt.time, dt.time] | None
    #: minutes by which fixed-length turns run past the seminar's end (0: they fit)
    overrun: int = 0


def running_order(start: dt.time | None, end: dt.time | None, count: int,
                  opening_min: int = OPENING_MIN, closing_min: int = CLOSING_MIN,
                  slot_min: int | None = None) -> RunningOrder:
    slots = seminar_slots(start, end, count, opening_min, closing_min, slot_min)
    if not slots or start is None or end is None:
        return RunningOrder(None, slots, None)
    opening = (start, slots[0].start) if slots[0].start > start else None
    close_at = max(slots[-1].end, _time(max(_minutes(end) - max(0, closing_min),
                                             _minutes(slots[-1].end))))
    if not slot_min:
        close_at = slots[-1].end
    closing = (close_at, end) if close_at < end else None
    overrun = max(0, _minutes(slots[-1].end) - (_minutes(end) - (max(0, closing_min)
                                                                  if closing_min else 0)))
    return RunningOrder(opening, slots, closing, overrun)


@dataclass(frozen=True)
class SeminarSettings:
    """The trainer's choices for the running order (kept in the workshop's options)."""

    opening_min: int = OPENING_MIN
    closing_min: int = CLOSING_MIN
    slot_min: int | None = None       # None: the seminar shared out equally


def seminar_settings(options: dict | None) -> SeminarSettings:
    """Read the settings from a workshop's options (missing or bad values: the defaults)."""
    options = options or {}

    def whole(key: str, default: int | None) -> int | None:
        value = options.get(key, default)
        return value if isinstance(value, int) and not isinstance(value, bool) \
            and 0 <= value <= 240 else default

    slot = whole("seminar_slot_min", None)
    return SeminarSettings(whole("seminar_opening_min", OPENING_MIN) or 0,
                           whole("seminar_closing_min", CLOSING_MIN) or 0, slot or None)


@dataclass(frozen=True)
class SeminarDetails:
    """What the Homework pack page shows of the follow-up seminar."""

    date: dt.date | None
    start: dt.time | None
    end: dt.time | None
    platform: str
    link: str
    settings: SeminarSettings


def seminar_details(store: Store) -> SeminarDetails:
    from avtoituba.store.models import Workshop

    with store.session() as session:
        w = session.get(Workshop, store.workshop_id)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        return SeminarDetails(w.followup_date, w.followup_start, w.followup_end,
                              w.followup_platform or "", w.followup_link or "",
                              seminar_settings(w.options))


def set_seminar_settings(store: Store, settings: SeminarSettings) -> None:
    """Keep the running order's settings with the workshop."""
    from avtoituba.store.models import Workshop

    with store.transaction() as session:
        w = session.get(Workshop, store.workshop_id)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        options = dict(w.options or {})
        options.update(seminar_opening_min=settings.opening_min,
                       seminar_closing_min=settings.closing_min,
                       seminar_slot_min=settings.slot_min or 0)
        w.options = options
