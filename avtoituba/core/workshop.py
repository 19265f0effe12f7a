"""Creating, opening and describing a workshop."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from avtoituba.core.programme import DEFAULT_LANGUAGE, Programme, load_programme
from avtoituba.store.first_look import early

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from avtoituba.store import db
    from avtoituba.store.models import Workshop

# SQLAlchemy, the store and the models are imported where used: the window's title and the
# first page are painted from the file's first look (store.first_look) before they load.


def fill_from_programme(
    session: Session,
    programme: Programme,
    title: str | None = None,
    date: dt.date | None = None,
    venue: str = "",
) -> Workshop:
    """Add a workshop with the programme's agenda, groups, areas, homework and follow-up."""
    from avtoituba.store.models import AgendaItem, Area, Group, Workshop

    workshop = Workshop(
        title=title or programme.title,
        date=date,
        venue=venue,
        language=programme.language,
        trainer_name=programme.trainer_name,
        trainer_organisation=programme.trainer_organisation,
        trainer_email=programme.trainer_email,
        closing_words=programme.closing_words,
        goals=list(programme.goals),
        why=programme.why,
        group_question=programme.group_question,
        presenter_note=programme.presenter_note,
        areas_heading=programme.areas_heading,
        homework=list(programme.homework),
        followup_date=programme.followup_date(date) if date else None,
        followup_start=programme.followup_start,
        followup_end=programme.followup_end,
        followup_platform=programme.followup_platform,
        followup_link="",
        followup_intro=programme.followup_intro,
        followup_tasks=list(programme.followup_tasks),
        options={},
    )
    workshop.agenda_items = [
        AgendaItem(
            position=i,
            kind=block.kind,
            title=block.title,
            speakers=block.speakers,
            section=block.section,
            duration_s=block.duration_min * 60,
            fixed_start=block.fixed_start,
            notes="",
        )
        for i, block in enumerate(programme.agenda)
    ]
    workshop.groups = [
        Group(number=g.number, name=g.name, statement=g.statement,
              default_area_number=g.default_area)
        for g in programme.groups
    ]
    workshop.areas = [
        Area(number=a.number, title=a.title, examples=list(a.examples)) for a in programme.areas
    ]
    session.add(workshop)
    session.flush()
    return workshop


def new_workshop(
    target: str | os.PathLike[str],
    title: str | None = None,
    date: dt.date | None = None,
    venue: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> db.Store:
    """Create a workshop file (or a workshop in a database URL) from the default programme."""
    from avtoituba.store import db

    programme = load_programme(language)

    def fill(session: Session) -> Workshop:
        return fill_from_programme(session, programme, title, date, venue)

    if db.is_url(target):
        return db.create_in_url(str(target), fill)
    return db.create_file(Path(target), fill)


def open_or_create(target: str | os.PathLike[str], read_only: bool = False) -> db.Store:
    """Open a workshop file, creating it from the default programme when it does not exist.

    Two at once on a new name: one creates it, the other opens what the first created (and
    is told the first holds it).
    """
    from avtoituba.store import db

    if not db.is_url(target) and not os.path.lexists(Path(target).expanduser()) \
            and not read_only:
        try:
            return new_workshop(target, date=dt.date.today())
        except db.errors.Exists:
            pass
    return db.open_store(target, read_only=read_only)


@dataclass(frozen=True)
class WorkshopInfo:
    title: str
    date: dt.date | None
    venue: str
    language: str
    agenda_items: int
    groups: int
    areas: int
    municipalities: int
    participants: int
    activities: int

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data


def workshop_info(store: db.Store) -> WorkshopInfo:
    from sqlalchemy import func, select

    from avtoituba.store.models import (
        Activity,
        AgendaItem,
        Area,
        Group,
        Municipality,
        Participant,
        Workshop,
    )

    wid = store.workshop_id
    with store.session() as session:
        workshop = session.get(Workshop, wid)
        assert workshop is not None

        def count(model, *where) -> int:
            stmt = select(func.count()).select_from(model).where(model.workshop_id == wid, *where)
            return session.scalar(stmt) or 0

        return WorkshopInfo(
            title=workshop.title,
            date=workshop.date,
            venue=workshop.venue,
            language=workshop.language,
            agenda_items=count(AgendaItem),
            groups=count(Group),
            areas=count(Area),
            municipalities=count(Municipality),
            participants=count(Participant),
            activities=count(Activity, Activity.deleted_at.is_(None)),
        )


@dataclass(frozen=True)
class WorkshopHeader:
    """What the window title and the pages' headers show."""

    title: str
    date: dt.date | None
    venue: str
    language: str


def workshop_header(store: db.Store) -> WorkshopHeader:
    fields = early(store, lambda look: look.header())
    if fields is not None:
        return WorkshopHeader(**fields)
    from avtoituba.store.models import Workshop

    with store.session() as session:
        w = session.get(Workshop, store.workshop_id)
        assert w is not None
        return WorkshopHeader(w.title, w.date, w.venue, w.language)


@dataclass(frozen=True)
class WorkshopDetails:
    """Everything the Workshop details dialog edits (the names of EDITABLE_FIELDS)."""

    title: str
    date: dt.date | None
    venue: str
    language: str
    trainer_name: str
    trainer_organisation: str
    trainer_email: str
    trainer_phone: str
    followup_date: dt.date | None
    followup_start: dt.time | None
    followup_end: dt.time | None
    followup_platform: str
    followup_link: str


def workshop_details(store: db.Store) -> WorkshopDetails:
    from avtoituba.store.models import Workshop

    with store.session() as session:
        w = session.get(Workshop, store.workshop_id)
        assert w is not None
        return WorkshopDetails(**{name: getattr(w, name) for name in sorted(EDITABLE_FIELDS)})


EDITABLE_FIELDS = frozenset({
    "title", "date", "venue", "language", "trainer_name", "trainer_organisation",
    "trainer_email", "trainer_phone", "followup_date", "followup_start", "followup_end",
    "followup_platform", "followup_link",
})


def update_workshop(store: db.Store, **fields: object) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    from avtoituba.store.models import Workshop

    with store.transaction() as session:
        w = session.get(Workshop, store.workshop_id)
        assert w is not None
        for name, value in fields.items():
            setattr(w, name, value)
