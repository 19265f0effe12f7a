"""What the homework pack's documents need, read from a workshop into plain data.

``load_pack`` opens read sessions of its own and hands back no ORM objects, so a worker
thread can call it while the window keeps its own session.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select

from avtoituba.core.municipalities import list_municipalities
from avtoituba.core.ogp import OPTION as OGP_OPTION
from avtoituba.core.pack_rows import PackRows, pack_rows
from avtoituba.core.programme import fill_placeholders
from avtoituba.core.seminar import RunningOrder, SeminarSlot, running_order, seminar_settings
from avtoituba.core.seminar_run import discussion_minutes
from avtoituba.export.returned.marks import workshop_identity
from avtoituba.store.db import Store
from avtoituba.store.models import (
    Activity,
    AgendaItem,
    Area,
    Group,
    Membership,
    Participant,
    VoteBallot,
    Workshop,
)


@dataclass(frozen=True)
class ActivityData:
    id: int
    municipality_id: int | None
    group_number: int | None
    area_number: int | None
    position: int
    title: str
    description: str
    leaders: bool
    key_people: bool
    partners: bool
    involve_notes: str
    responsible: str
    time_frame: str
    digital: bool
    #: the OGP commitment drafted from the activity (core.ogp; {} when none)
    ogp: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class MemberData:
    name: str
    municipality: str
    role: str
    presenter: bool
    municipality_id: int | None = None


@dataclass(frozen=True)
class GroupData:
    number: int
    name: str
    statement: str
    default_area: int | None
    members: tuple[MemberData, ...]

    @property
    def presenter(self) -> MemberData | None:
        return next((m for m in self.members if m.presenter), None)


@dataclass(frozen=True)
class AreaData:
    number: int
    title: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class MunicipalityData:
    id: int
    name: str
    slot: SeminarSlot | None


@dataclass(frozen=True)
class AppendixData:
    why_heading: str = ""
    gains: tuple[str, ...] = ()
    ogp_heading: str = ""
    ogp_cycle: tuple[str, ...] = ()
    project_label: str = ""
    project_url: str = ""


@dataclass
class PackData:
    title: str
    date: dt.date | None
    venue: str
    language: str
    trainer_name: str
    trainer_organisation: str
    trainer_email: str
    trainer_phone: str
    goals: list[str]
    areas_heading: str
    homework: list[str]
    followup_date: dt.date | None
    followup_start: dt.time | None
    followup_end: dt.time | None
    followup_platform: str
    followup_link: str
    followup_intro: str
    followup_tasks: list[str]
    areas: list[AreaData]
    groups: list[GroupData]
    ungrouped: list[MemberData]
    municipalities: list[MunicipalityData]
    activities: dict[int | None, list[ActivityData]] = field(default_factory=dict)
    order: RunningOrder | None = None
    why: str = ""
    closing_words: str = ""
    group_question: str = ""
    presenter_note: str = ""
    presentations_at: dt.time | None = None
    appendix: AppendixData = field(default_factory=AppendixData)
    #: activities without a municipality go into every pack (the trainer chose so)
    orphans_for_everyone: bool = False
    #: the workshop's identity written invisibly into each pack (export.returned.marks)
    identity: str = ""
    #: the dot vote: activity id -> dots, live activities only; empty when nobody voted
    votes: dict[int, int] = field(default_factory=dict)
    #: „AVP tegevuskava mustand“: the pack prints a commitment sheet per activity
    ogp_draft: bool = False
    #: the empty rows the pack leaves to fill in (the workshop's setting)
    rows: PackRows = field(default_factory=PackRows)

    @property
    def top_votes(self) -> int:
        """The most dots any activity got (0 when nobody voted)."""
        return max(self.votes.values(), default=0)

    def activities_of(self, municipality_id: int | None) -> list[ActivityData]:
        return self.activities.get(municipality_id, [])

    @property
    def orphans(self) -> list[ActivityData]:
        """Live activities that have no municipality."""
        return self.activities_of(None)

    def homework_texts(self) -> list[str]:
        """The homework in the deck's words, the workshop's date as prose writes it
        ("17. novembri töötoas", not the slide's "17.11 töötoas")."""
        if self.date is None:
            return [fill_placeholders(t, None) for t in self.homework]
        from avtoituba.export.labels import Labels

        day = Labels(self.language).day_of(self.date)
        return [t.replace("{workshop_date}", day) for t in self.homework]

    def members_of(self, municipality_id: int) -> list[MemberData]:
        everyone = [m for g in self.groups for m in g.members] + list(self.ungrouped)
        return sorted((m for m in everyone if m.municipality_id == municipality_id),
                      key=lambda m: m.name.casefold())

    def themes_of(self, municipality_id: int | None) -> list[int]:
        """The group numbers the municipality's people sat in or wrote activities for."""
        numbers = {g.number for g in self.groups
                   if any(m.municipality_id == municipality_id for m in g.members)}
        numbers |= {a.group_number for a in self.activities_of(municipality_id)
                    if a.group_number is not None}
        return sorted(numbers)


@cache
def _appendix_table() -> dict[str, Any]:
    from avtoituba.resources import resource

    text = resource("programme", "default.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text).get("appendix") or {})


def appendix_words(language: str) -> AppendixData:
    """The deck's words for the appendix, from the default programme."""
    table = _appendix_table()

    def pick(key: str) -> Any:
        value = table.get(key)
        if isinstance(value, dict):
            return value.get(language, value.get("et"))
        return value

    return AppendixData(pick("why_heading") or "", tuple(pick("gains") or ()),
                        pick("ogp_heading") or "", tuple(pick("ogp_cycle") or ()),
                        pick("project_label") or "", pick("project_url") or "")


def load_pack(store: Store) -> PackData:
    """Everything the pack needs as plain data."""
    order = list_municipalities(store)
    names = {m.id: m.name for m in order}
    wid = store.workshop_id
    with store.session() as session:
        w = session.get(Workshop, wid)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        settings = seminar_settings(w.options)
        # the turns the seminar will run (core.seminar_run): its discussion comes before
        # the closing, so the documents tell each team the slot it will really have
        seminar = running_order(w.followup_start, w.followup_end, len(order),
                                settings.opening_min,
                                settings.closing_min + discussion_minutes(w.options),
                                settings.slot_min)
        slots = seminar.slots
        municipalities = [MunicipalityData(m.id, m.name, slots[i] if slots else None)
                          for i, m in enumerate(order)]
        groups = session.scalars(
            select(Group).where(Group.workshop_id == wid).order_by(Group.number)).all()
        areas = session.scalars(
            select(Area).where(Area.workshop_id == wid).order_by(Area.number)).all()
        presentations = session.scalars(
            select(AgendaItem.fixed_start).where(AgendaItem.workshop_id == wid,
                                                 AgendaItem.kind == "presentations")).first()
        group_numbers = {g.id: g.number for g in groups}
        area_numbers = {a.id: a.number for a in areas}
        members: dict[int, list[MemberData]] = {g.id: [] for g in groups}
        ungrouped: list[MemberData] = []
        rows = session.execute(
            select(Participant, Membership)
            .outerjoin(Membership, Membership.participant_id == Participant.id)
            .where(Participant.workshop_id == wid)).all()
        for p, ms in rows:
            member = MemberData(p.name, names.get(p.municipality_id, ""), p.role,
                                bool(ms and ms.presenter), p.municipality_id)
            if ms is not None and ms.group_id in members:
                members[ms.group_id].append(member)
            else:
                ungrouped.append(member)
        activities: dict[int | None, list[ActivityData]] = {}
        for a in session.scalars(
                select(Activity).where(Activity.workshop_id == wid,
                                       Activity.deleted_at.is_(None))
                .order_by(Activity.position, Activity.id)):
            municipality = a.municipality_id if a.municipality_id in names else None
            activities.setdefault(municipality, []).append(ActivityData(
                a.id, municipality, group_numbers.get(a.group_id),
                area_numbers.get(a.area_id), a.position, a.title or "",
                a.description or "", bool(a.involve_leaders), bool(a.involve_key_people),
                bool(a.involve_partners), a.involve_notes or "", a.responsible or "",
                a.time_frame or "", bool(a.digital), dict(a.ogp or {})))

        votes = vote_totals(session, wid, {a.id for acts in activities.values() for a in acts})

        def by_name(m: MemberData) -> tuple[bool, str, str]:
            return (not m.presenter, m.municipality.casefold(), m.name.casefold())

        return PackData(
            title=w.title, date=w.date, venue=w.venue, language=w.language,
            trainer_name=w.trainer_name, trainer_organisation=w.trainer_organisation,
            trainer_email=w.trainer_email, trainer_phone=w.trainer_phone,
            goals=list(w.goals or []), areas_heading=w.areas_heading,
            homework=list(w.homework or []), followup_date=w.followup_date,
            followup_start=w.followup_start, followup_end=w.followup_end,
            followup_platform=w.followup_platform, followup_link=w.followup_link,
            followup_intro=w.followup_intro, followup_tasks=list(w.followup_tasks or []),
            areas=[AreaData(a.number, a.title, tuple(a.examples or ())) for a in areas],
            groups=[GroupData(g.number, g.name, g.statement, g.default_area_number,
                              tuple(sorted(members[g.id], key=by_name))) for g in groups],
            ungrouped=sorted(ungrouped, key=by_name),
            municipalities=municipalities,
            activities=activities,
            order=seminar,
            why=w.why or "", closing_words=w.closing_words or "",
            group_question=w.group_question or "", presenter_note=w.presenter_note or "",
            presentations_at=presentations,
            appendix=appendix_words(w.language),
            identity=workshop_identity(w.id, w.created_at),
            votes=votes,
            ogp_draft=bool((w.options or {}).get(OGP_OPTION)),
            rows=pack_rows(w.options),
        )


def vote_totals(session: Any, workshop_id: int, live: set[int]) -> dict[int, int]:
    """activity id -> dots over every ballot of the dot vote, as core.scribes tallies them
    (deleted activities left out; activities nobody gave a dot to are absent)."""
    totals: dict[int, int] = {}
    for dots in session.scalars(select(VoteBallot.dots).where(
            VoteBallot.workshop_id == workshop_id)):
        for key, n in (dots or {}).items():
            try:
                activity_id, count = int(key), int(n)
            except (TypeError, ValueError):
                continue
            if activity_id in live and count > 0:
                totals[activity_id] = totals.get(activity_id, 0) + count
    return totals
