"""The workshop file's data model (SQLAlchemy 2.0 typed declarative).

Portable types only (no SQLite-only SQL), so any SQLAlchemy URL works. Times of day are
stored as ``Time``; wall-clock instants as timezone-aware UTC ``DateTime``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A DateTime that always comes back timezone-aware in UTC (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Crossing:
    """A row that crosses to the season database: a stable id, given when the row is made,
    that stays the same in every copy of the file and on the server (the season push and
    pull match rows by it). A new table joins the season by inheriting this mixin."""

    # A unique index rather than a constraint: SQLite adds it without rebuilding the table.
    uuid: Mapped[str | None] = mapped_column(String(36), unique=True, index=True,
                                             default=new_uuid, sort_order=1000)


class Workshop(Crossing, Base):
    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(8), default="et")
    trainer_name: Mapped[str] = mapped_column(String(200), default="")
    trainer_organisation: Mapped[str] = mapped_column(String(200), default="")
    trainer_email: Mapped[str] = mapped_column(String(200), default="")
    trainer_phone: Mapped[str] = mapped_column(String(100), default="")
    closing_words: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[list[str]] = mapped_column(default=list)
    why: Mapped[str] = mapped_column(Text, default="")
    group_question: Mapped[str] = mapped_column(Text, default="")
    presenter_note: Mapped[str] = mapped_column(Text, default="")
    areas_heading: Mapped[str] = mapped_column(String(500), default="")
    homework: Mapped[list[str]] = mapped_column(default=list)
    followup_date: Mapped[dt.date | None] = mapped_column(Date)
    followup_start: Mapped[dt.time | None] = mapped_column(Time)
    followup_end: Mapped[dt.time | None] = mapped_column(Time)
    followup_platform: Mapped[str] = mapped_column(String(200), default="")
    followup_link: Mapped[str] = mapped_column(String(2000), default="")
    followup_intro: Mapped[str] = mapped_column(Text, default="")
    followup_tasks: Mapped[list[str]] = mapped_column(default=list)
    # Free-form options that later features keep with the workshop (timer warnings, ...).
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="workshop", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    groups: Mapped[list[Group]] = relationship(
        back_populates="workshop", order_by="Group.number", cascade="all, delete-orphan"
    )
    areas: Mapped[list[Area]] = relationship(
        back_populates="workshop", order_by="Area.number", cascade="all, delete-orphan"
    )
    municipalities: Mapped[list[Municipality]] = relationship(
        back_populates="workshop", order_by="Municipality.name", cascade="all, delete-orphan"
    )


class AgendaItem(Crossing, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="talk")
    title: Mapped[str] = mapped_column(Text)
    speakers: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str] = mapped_column(Text, default="")
    duration_s: Mapped[int] = mapped_column(Integer)
    fixed_start: Mapped[dt.time | None] = mapped_column(Time)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: may give time when the day runs late (the late-day plans take from it first)
    compressible: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    workshop: Mapped[Workshop] = relationship(back_populates="agenda_items")


class TimerEvent(Crossing, Base):
    """Append-only log of what the trainer did with the timer; the running state derives from it."""

    __tablename__ = "timer_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    amount_s: Mapped[float | None] = mapped_column(Float)
    wall_time: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # A monotonic reading (seconds) and the id of the boot/session it belongs to, so that
    # durations within one run use the monotonic clock and a restart falls back to wall time.
    mono_time: Mapped[float | None] = mapped_column(Float)
    clock_id: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Municipality(Crossing, Base):
    __tablename__ = "municipality"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    # Running order in the follow-up seminar (None: after those that have one, by name).
    seminar_position: Mapped[int | None] = mapped_column(Integer)

    workshop: Mapped[Workshop] = relationship(back_populates="municipalities")


class Participant(Crossing, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    municipality: Mapped[Municipality | None] = relationship()
    membership: Mapped[Membership | None] = relationship(
        back_populates="participant", cascade="all, delete-orphan", uselist=False
    )


class Group(Crossing, Base):
    __tablename__ = "work_group"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    statement: Mapped[str] = mapped_column(Text)
    default_area_number: Mapped[int | None] = mapped_column(Integer)

    workshop: Mapped[Workshop] = relationship(back_populates="groups")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Membership(Crossing, Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("work_group.id", ondelete="CASCADE"), index=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    presenter: Mapped[bool] = mapped_column(Boolean, default=False)

    participant: Mapped[Participant] = relationship(back_populates="membership")
    group: Mapped[Group] = relationship(back_populates="memberships")


class Area(Crossing, Base):
    __tablename__ = "area"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    examples: Mapped[list[str]] = mapped_column(default=list)

    workshop: Mapped[Workshop] = relationship(back_populates="areas")


class Activity(Crossing, Base):
    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_group.id", ondelete="SET NULL"), index=True
    )
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    involve_leaders: Mapped[bool] = mapped_column(Boolean, default=False)
    involve_key_people: Mapped[bool] = mapped_column(Boolean, default=False)
    involve_partners: Mapped[bool] = mapped_column(Boolean, default=False)
    involve_notes: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    time_frame: Mapped[str] = mapped_column(Text, default="")
    digital: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: the OGP commitment drafted from this activity (core.ogp); None until written. Last,
    #: after the season's uuid, where revision 0003_ogp adds it to an older file.
    ogp: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True, sort_order=1001)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Deleting keeps the row (undo, and nothing typed is ever gone); lists skip deleted rows.
    deleted_at: Mapped[dt.datetime | None] = mapped_column()

    group: Mapped[Group | None] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    area: Mapped[Area | None] = relationship()

    # the end of a group's list (where an Enter adds) found without reading the whole list
    __table_args__ = (Index("ix_activity_group_position", "group_id", "position"),)


# -- scribe mode and voting (phones on the room's network) ---------------------------------
class ScribeKey(Base):
    """The secret in a join address: one per group (``purpose`` "group") and one for voting
    (``purpose`` "vote"). Kept in the file so printed table cards stay valid after a restart."""

    __tablename__ = "scribe_key"
    __table_args__ = (UniqueConstraint("workshop_id", "purpose", "group_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(16))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_group.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScribeDevice(Base):
    """A phone or laptop that wrote through scribe mode (a cookie-held id); can be blocked."""

    __tablename__ = "scribe_device"
    __table_args__ = (UniqueConstraint("workshop_id", "device"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    device: Mapped[str] = mapped_column(String(64))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_group.id", ondelete="SET NULL"))
    label: Mapped[str] = mapped_column(String(100), default="")
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScribeEntry(Base):
    """Which activity a phone's entry became: the client-made id makes a resend idempotent."""

    __tablename__ = "scribe_entry"
    __table_args__ = (UniqueConstraint("workshop_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    client_id: Mapped[str] = mapped_column(String(64))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    device: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class VoteBallot(Crossing, Base):
    """One device's ballot in the dot vote (a cookie-held token)."""

    __tablename__ = "vote_ballot"
    __table_args__ = (UniqueConstraint("workshop_id", "token"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(64))
    dots: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# -- the homework that came back ----------------------------------------------------------
class ReturnedPack(Crossing, Base):
    """One completed homework document imported: which file, for which municipality, when;
    the team's answers to the homework and seminar questions; what the import changed."""

    __tablename__ = "returned_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"))
    municipality_name: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(String(500))
    digest: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: "homework", "a", "b", "c" … → the text the team wrote in that box
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: counts of new, changed and unchanged activities
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


# The season bookkeeping tables (their own module; registered on the same metadata).
from avtoituba.store.season import tables as _season_tables  # noqa: E402, F401


# -- the follow-up seminar ------------------------------------------------------------------
class SeminarEvent(Crossing, Base):
    """Append-only log of the follow-up seminar's timer (the day's log stays the day's).

    ``item`` is the running order's item: a municipality's id, or a negative id for the
    opening, the discussion and the closing (see core/seminar_run.py)."""

    __tablename__ = "seminar_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    item: Mapped[int | None] = mapped_column(Integer)
    amount_s: Mapped[float | None] = mapped_column(Float)
    wall_time: Mapped[dt.datetime] = mapped_column(default=utcnow)
    mono_time: Mapped[float | None] = mapped_column(Float)
    clock_id: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SeminarNote(Crossing, Base):
    """A municipality at the seminar: present, absent or moved later, and the trainer's
    notes against the three tasks (a) activities, (b) how the plan was made, (c) next."""

    __tablename__ = "seminar_note"
    __table_args__ = (UniqueConstraint("workshop_id", "municipality_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"))
    attendance: Mapped[str] = mapped_column(String(16), default="")
    note_a: Mapped[str] = mapped_column(Text, default="")
    note_b: Mapped[str] = mapped_column(Text, default="")
    note_c: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SeminarMark(Crossing, Base):
    """What became of an activity at the seminar: confirmed, changed or dropped."""

    __tablename__ = "seminar_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
