"""The follow-up seminar's date rule and running order."""

from __future__ import annotations

import datetime as dt

import pytest

from avtoituba.core.programme import load_programme
from avtoituba.core.seminar import (
    default_followup_date,
    easter_sunday,
    estonian_holidays,
    is_working_day,
    running_order,
    seminar_settings,
)

D = dt.date


@pytest.mark.parametrize("year, easter", [(2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)),
                                          (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)),
                                          (2038, D(2038, 4, 25)), (2000, D(2000, 4, 23))])
def test_easter(year, easter):
    assert easter_sunday(year) == easter


def test_estonian_public_holidays_of_2026():
    assert sorted(estonian_holidays(2026)) == [
        D(2026, 1, 1), D(2026, 2, 24), D(2026, 4, 3), D(2026, 4, 5), D(2026, 5, 1),
        D(2026, 5, 24), D(2026, 6, 23), D(2026, 6, 24), D(2026, 8, 20), D(2026, 12, 24),
        D(2026, 12, 25), D(2026, 12, 26)]


def test_the_decks_case_stays():
    assert default_followup_date(D(2026, 11, 17)) == D(2026, 12, 2)
    assert load_programme("et").followup_date(D(2026, 11, 17)) == D(2026, 12, 2)


@pytest.mark.parametrize("workshop, seminar", [
    (D(2026, 11, 20), D(2026, 12, 7)),    # Friday: 15 days is a Saturday → Monday
    (D(2026, 12, 9), D(2026, 12, 28)),    # 24.12 Christmas Eve, weekend, 25-26.12
    (D(2027, 2, 9), D(2027, 2, 25)),      # 24.02 Independence Day
    (D(2026, 3, 19), D(2026, 4, 6)),      # 03.04 Good Friday, Easter weekend
    (D(2026, 6, 8), D(2026, 6, 25)),      # 23.06 and 24.06
])
def test_never_a_weekend_or_a_public_holiday(workshop, seminar):
    assert default_followup_date(workshop) == seminar


def test_every_default_of_two_years_is_a_working_day_about_two_weeks_later():
    day = D(2026, 1, 1)
    while day < D(2028, 1, 1):
        seminar = default_followup_date(day)
        assert is_working_day(seminar)
        assert 15 <= (seminar - day).days <= 19
        day += dt.timedelta(days=1)


def test_running_order_leaves_an_opening_and_a_closing():
    order = running_order(dt.time(14), dt.time(16), 6)
    assert order.opening == (dt.time(14), dt.time(14, 10))
    assert order.closing == (dt.time(15, 46), dt.time(16))  # the spare minutes close
    assert [s.minutes for s in order.slots] == [16] * 6
    assert order.slots[0].start == dt.time(14, 10) and order.slots[-1].end == dt.time(15, 46)


def test_a_slot_length_setting_gives_every_municipality_as_long():
    order = running_order(dt.time(14), dt.time(16), 6, slot_min=15)
    assert [s.minutes for s in order.slots] == [15] * 6
    assert order.overrun == 0
    long = running_order(dt.time(14), dt.time(16), 8, slot_min=15)
    assert long.overrun == 20  # eight turns of 15 minutes do not fit: the trainer is told


def test_settings_come_from_the_workshops_options_with_defaults_for_bad_values():
    assert seminar_settings({}).slot_min is None
    s = seminar_settings({"seminar_slot_min": 12, "seminar_opening_min": 5,
                          "seminar_closing_min": "x"})
    assert (s.slot_min, s.opening_min, s.closing_min) == (12, 5, 10)
