"""Looking into the season database the way the Academy would: plain SQL counts."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool


def server_counts(url: str, tables: tuple[str, ...] = (
        "workshop", "municipality", "participant", "membership", "activity", "agenda_item",
        "area", "work_group", "timer_event")) -> dict[str, int]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                           poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                    for t in tables}
    finally:
        engine.dispose()


def server_query(url: str, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                           poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def file_counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("workshop", "municipality", "participant", "membership",
                          "activity", "agenda_item", "area", "work_group", "timer_event")}
