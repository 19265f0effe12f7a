"""Bookkeeping of the season push and pull, in the same schema on both sides.

- ``season_pushed`` (in a workshop file): for each row that crossed, a digest of what was
  last sent; a push sends only rows whose digest changed, and a row that is gone from the
  file but still listed here travels as a tombstone.
- ``season_state`` (in a workshop file): the season database the file was last pushed to
  (its URL without password) and when.
- ``season_tombstone`` (on the server): rows a push deleted, so the report and a later pull
  know they are gone on purpose.
- ``season_push`` (on the server): one line per push (which workshop, when, how much).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from avtoituba.store.models import Base, utcnow


class SeasonPushed(Base):
    __tablename__ = "season_pushed"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))


class SeasonState(Base):
    __tablename__ = "season_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000), default="")


class SeasonTombstone(Base):
    __tablename__ = "season_tombstone"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    workshop_uuid: Mapped[str] = mapped_column(String(36), index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SeasonPush(Base):
    __tablename__ = "season_push"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_uuid: Mapped[str] = mapped_column(String(36), index=True)
    pushed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rows_sent: Mapped[int] = mapped_column(Integer, default=0)
    rows_deleted: Mapped[int] = mapped_column(Integer, default=0)
