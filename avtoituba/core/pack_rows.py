"""How many empty rows the homework pack leaves to fill in by hand: a few under each area's
activities and a table of rows for new activities. Kept with the workshop (its options), so
the window, the command line and a colleague's copy of the file print the same pack."""

from __future__ import annotations

from dataclasses import dataclass

from avtoituba.store.db import Store

#: the defaults: two empty rows under each area, five rows for new activities
EMPTY_ROWS_PER_AREA = 2
EMPTY_ROWS_NEW = 5
#: a sane upper bound (a page of rows); more is a typo, not a wish
MAX_ROWS = 20

_AREA_KEY = "pack_empty_rows"
_NEW_KEY = "pack_new_rows"


@dataclass(frozen=True)
class PackRows:
    empty_rows: int = EMPTY_ROWS_PER_AREA   # under each area's activities
    new_rows: int = EMPTY_ROWS_NEW          # in the table for new activities


class RowCountError(ValueError):
    """A count outside 0…MAX_ROWS."""


def _count(value: object, default: int) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ROWS
    return value if ok else default  # type: ignore[return-value]


def pack_rows(options: dict | None) -> PackRows:
    """The counts in a workshop's options (missing or bad values: the defaults)."""
    options = options or {}
    return PackRows(_count(options.get(_AREA_KEY), EMPTY_ROWS_PER_AREA),
                    _count(options.get(_NEW_KEY), EMPTY_ROWS_NEW))


def check_rows(rows: PackRows) -> PackRows:
    for value in (rows.empty_rows, rows.new_rows):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_ROWS:
            raise RowCountError(f"an empty-row count is a whole number from 0 to {MAX_ROWS}, "
                                f"not {value!r}")
    return rows


def load_pack_rows(store: Store) -> PackRows:
    from avtoituba.store.models import Workshop

    with store.session() as session:
        w = session.get(Workshop, store.workshop_id)
        return pack_rows(w.options if w is not None else None)


def set_pack_rows(store: Store, rows: PackRows) -> None:
    """Keep the counts with the workshop."""
    from avtoituba.store.models import Workshop

    check_rows(rows)
    with store.transaction() as session:
        w = session.get(Workshop, store.workshop_id)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        # a new dict, so SQLAlchemy sees the change
        w.options = {**(w.options or {}), _AREA_KEY: rows.empty_rows, _NEW_KEY: rows.new_rows}
