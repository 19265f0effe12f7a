"""Which tables cross to the season database, and rows in a form both sides agree on.

A table crosses when its model inherits ``Crossing`` (a ``uuid`` column beside its ``id``):
nothing else lists it. A row crosses as a *portable row*: its columns without the local
``id``, each reference to another crossing row written as that row's uuid, so the same row
has the same portable form (and digest) in every copy of the file and on the server.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.schema import sort_tables

from avtoituba.core.season import embedded
from avtoituba.store.models import Base

Portable = dict[str, Any]


@cache
def crossing_tables() -> tuple[Table, ...]:
    """Every table whose rows cross, parents before children (ids kept outside foreign
    keys, see ``embedded``, count as parents too)."""
    tables = [t for t in Base.metadata.sorted_tables
              if "uuid" in t.c and "id" in t.c and t.c.uuid.unique]
    by_name = {t.name: t for t in tables}
    extra = [(by_name[p], t) for t in tables for p in embedded.parents(t.name)]
    return tuple(sort_tables(tables, extra_dependencies=extra))


@cache
def references(table: Table) -> tuple[tuple[str, str, bool], ...]:
    """(column, parent table, nullable) for each column that points to a crossing row."""
    names = {t.name for t in crossing_tables()}
    out = []
    for column in table.c:
        for fk in column.foreign_keys:
            parent = fk.column.table.name
            if parent in names:
                out.append((column.name, parent, bool(column.nullable)))
    return tuple(out)


def scope(table: Table, workshop_id: int) -> ColumnElement[bool]:
    """The rows of ``table`` that belong to the workshop ``workshop_id`` (in one database)."""
    if table.name == "workshop":
        return table.c.id == workshop_id
    if "workshop_id" in table.c:
        return table.c.workshop_id == workshop_id
    for column, parent_name, nullable in references(table):
        if not nullable:
            parent = Base.metadata.tables[parent_name]
            return table.c[column].in_(select(parent.c.id).where(scope(parent, workshop_id)))
    raise LookupError(f"{table.name}: no way from its rows to their workshop")


def portable(table: Table, row: Mapping[str, Any],
             uuid_of: Mapping[str, Mapping[int, str]]) -> Portable:
    out = {k: v for k, v in row.items() if k != "id"}
    for column, parent, _nullable in references(table):
        local = out.get(column)
        out[column] = None if local is None else uuid_of[parent].get(local)
    if embedded.has_embedded(table.name):
        embedded.to_portable(table.name, out, uuid_of)
    return out


def portable_many(table: Table, keys: list[str], rows: list[tuple[Any, ...]],
                  uuid_of: Mapping[str, Mapping[int, str]]) -> list[Portable]:
    """``portable`` for many rows read as tuples in ``keys`` order (the push's fast path)."""
    fks = [(keys.index(column), uuid_of[parent]) for column, parent, _n in references(table)]
    id_at = keys.index("id")
    names = [k for k in keys if k != "id"]
    inside = embedded.has_embedded(table.name)
    out = []
    for row in rows:
        values = list(row)
        for at, parent in fks:
            local = values[at]
            values[at] = None if local is None else parent.get(local)
        del values[id_at]
        row = dict(zip(names, values, strict=True))
        if inside:
            embedded.to_portable(table.name, row, uuid_of)
        out.append(row)
    return out


def digest(table: Table, row: Portable) -> str:
    """A fingerprint of a portable row. Both sides read rows through the same typed columns
    in the same order (dates as dates, instants in UTC), so ``repr`` of the values is stable
    and about ten times cheaper than a canonical JSON text."""
    text = repr((table.name, *row.values()))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=24).hexdigest()
