"""Local ids a crossing row keeps outside its foreign keys, and how they cross.

A foreign key is translated by ``rows.references``; a few rows hold another row's local id
where no foreign key can say so:

- ``vote_ballot.dots``: activity id → dots (JSON, keys as text);
- ``timer_event.data["event"]`` and ``seminar_event.data["event"]``: the event a
  correction takes back or puts back (an id of the same table);
- ``seminar_event.item``: the running order's item, a municipality's id (negative ids are
  the opening, discussion and closing, not rows).

In the portable form (digests, what a push sends) each becomes the row's uuid. On the
server a reference inside JSON *stays* a uuid (self-references need no second pass, and
the season report reads votes by activity uuid); an integer column holds the server's id,
like a foreign key. A pull turns the uuids inside JSON back into the new file's ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: integer columns holding a local id: table → ((column, parent table), ...)
INT_REFS: dict[str, tuple[tuple[str, str], ...]] = {
    "seminar_event": (("item", "municipality"),),
}
#: tables whose JSON holds local ids (the parents must cross before them)
JSON_PARENTS: dict[str, tuple[str, ...]] = {
    "vote_ballot": ("activity",),
    "timer_event": ("timer_event",),
    "seminar_event": ("seminar_event",),
}

Ids = Mapping[str, Mapping[Any, Any]]


def parents(table_name: str) -> tuple[str, ...]:
    """The tables whose rows ``table_name`` points to outside its foreign keys."""
    ints = tuple(p for _c, p in INT_REFS.get(table_name, ()))
    return ints + tuple(p for p in JSON_PARENTS.get(table_name, ()) if p != table_name)


def has_embedded(table_name: str) -> bool:
    return table_name in INT_REFS or table_name in JSON_PARENTS


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _event_ref(data: Any, table: str, ids: Ids, want_text: bool) -> Any:
    """``data`` with ``data["event"]`` looked up in ``ids[table]``. ``want_text``: the
    value is a uuid to translate to an id (a pull); else a local id to translate to a uuid."""
    if not isinstance(data, dict) or "event" not in data:
        return data
    value = data["event"]
    if want_text and isinstance(value, str) or not want_text and _is_id(value):
        return {**data, "event": ids[table].get(value)}
    return data


def _dots(dots: Any, lookup: Mapping[Any, Any], key_in: Any, key_out: Any) -> Any:
    if not isinstance(dots, dict):
        return dots
    out = {}
    for key, n in dots.items():
        try:
            found = lookup.get(key_in(key))
        except (TypeError, ValueError):
            found = None
        if found is not None:
            out[key_out(found)] = n
    return dict(sorted(out.items()))


def to_portable(table_name: str, row: dict[str, Any], uuid_of: Ids) -> None:
    """Local ids → uuids, in place (``uuid_of``: table → local id → uuid)."""
    if table_name == "vote_ballot":
        row["dots"] = _dots(row.get("dots"), uuid_of["activity"], int, str)
    elif table_name in ("timer_event", "seminar_event"):
        row["data"] = _event_ref(row.get("data"), table_name, uuid_of, want_text=False)
    for column, parent in INT_REFS.get(table_name, ()):
        value = row.get(column)
        if _is_id(value) and value > 0:
            row[column] = uuid_of[parent].get(value)


def to_server(table_name: str, row: dict[str, Any], server_ids: Ids) -> None:
    """Portable → the server's form, in place: uuids in integer columns → server ids."""
    for column, parent in INT_REFS.get(table_name, ()):
        value = row.get(column)
        if isinstance(value, str):
            row[column] = server_ids[parent].get(value)


def to_file(table_name: str, row: dict[str, Any], id_of: Ids) -> None:
    """The server's form → a pulled file's, in place: uuids inside JSON → ids (``id_of``:
    table → uuid → id; a pulled file keeps the server's ids)."""
    if table_name == "vote_ballot":
        dots = _dots(row.get("dots"), id_of["activity"], str, str)
        if isinstance(dots, dict):
            dots = dict(sorted(dots.items(), key=lambda kv: int(kv[0])))
        row["dots"] = dots
    elif table_name in ("timer_event", "seminar_event"):
        row["data"] = _event_ref(row.get("data"), table_name, id_of, want_text=True)
