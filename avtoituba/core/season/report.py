"""The season report's figures, read from the season database: per workshop, per county
and across the season: municipalities × areas (counts), the activities with responsible
and deadline, homework returned, the follow-up seminar (held or planned, who came, what
became of each activity) and the dot votes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from avtoituba.core.season.counties import county_of
from avtoituba.core.season.server import explain, open_server
from avtoituba.store.models import (
    Activity,
    Area,
    Municipality,
    Participant,
    ReturnedPack,
    SeminarEvent,
    SeminarMark,
    SeminarNote,
    VoteBallot,
    Workshop,
)
from avtoituba.store.season.tables import SeasonPush


@dataclass(frozen=True)
class ReportActivity:
    workshop: int  # index into SeasonReport.workshops
    county: str
    municipality: str
    area: int | None
    title: str
    responsible: str
    deadline: str
    digital: bool
    #: the seminar's mark: "confirmed", "changed", "dropped" or "" (not marked)
    mark: str = ""
    #: dots given to it in the dot vote
    dots: int = 0


@dataclass
class ReportWorkshop:
    uuid: str
    title: str
    date: dt.date | None
    venue: str
    followup_date: dt.date | None
    participants: int = 0
    present: int = 0
    last_push: dt.datetime | None = None
    # municipality: Counter(area number: activities)
    coverage: dict[str, Counter[int]] = field(default_factory=dict)
    #: municipality → when its completed homework came back (the latest import)
    returned: dict[str, dt.datetime] = field(default_factory=dict)
    #: municipality → at the seminar: "" present, "absent", "moved" (only those noted)
    attendance: dict[str, str] = field(default_factory=dict)
    #: the day the seminar's timer first ran (None: it has not run)
    seminar_held: dt.date | None = None
    #: anything of the seminar recorded (the timer, a note, a mark)
    seminar_recorded: bool = False
    #: municipality → Counter(mark: activities)
    marks: dict[str, Counter[str]] = field(default_factory=dict)
    ballots: int = 0
    dots: int = 0

    @property
    def activities(self) -> int:
        return sum(sum(c.values()) for c in self.coverage.values())

    def seminar_state(self, today: dt.date) -> str:
        """"held", "planned", "past" (its date passed, nothing recorded) or "not_set"."""
        if self.seminar_held is not None or self.seminar_recorded:
            return "held"
        if self.followup_date is None:
            return "not_set"
        return "planned" if self.followup_date >= today else "past"


@dataclass
class SeasonReport:
    areas: list[tuple[int, str]]
    workshops: list[ReportWorkshop]
    activities: list[ReportActivity]
    made_at: dt.datetime

    def by_county(self) -> dict[str, Counter[int]]:
        out: dict[str, Counter[int]] = {}
        for a in self.activities:
            out.setdefault(a.county, Counter())[a.area or 0] += 1
        return dict(sorted(out.items()))

    def municipalities_by_county(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for w in self.workshops:
            for m in w.coverage:
                out.setdefault(county_or_unknown(m), set()).add(m)
        return out

    def county_follow_up(self) -> dict[str, FollowUp]:
        """Per county: municipalities, homework returned, at the seminar, marks, dots."""
        out: dict[str, FollowUp] = {}
        for w in self.workshops:
            for m in w.coverage:
                if not m:
                    continue
                f = out.setdefault(county_or_unknown(m), FollowUp())
                f.municipalities.add(m)
                if m in w.returned:
                    f.returned.add(m)
                held = w.seminar_state(self.made_at.date()) == "held"
                if held and w.attendance.get(m, "") != "absent":
                    f.at_seminar.add(m)
                f.marks.update(w.marks.get(m, Counter()))
        for a in self.activities:
            out.setdefault(a.county, FollowUp()).dots += a.dots
        return dict(sorted(out.items()))

    def season_totals(self) -> Counter[int]:
        total: Counter[int] = Counter()
        for a in self.activities:
            total[a.area or 0] += 1
        return total


@dataclass
class FollowUp:
    """What came after the day, summed over a county's municipalities."""

    # municipalities (by name: one that came to two workshops counts once)
    municipalities: set[str] = field(default_factory=set)
    returned: set[str] = field(default_factory=set)
    at_seminar: set[str] = field(default_factory=set)
    marks: Counter[str] = field(default_factory=Counter)
    dots: int = 0

    def add(self, other: FollowUp) -> None:
        self.municipalities |= other.municipalities
        self.returned |= other.returned
        self.at_seminar |= other.at_seminar
        self.marks.update(other.marks)
        self.dots += other.dots


UNKNOWN_COUNTY = ""


def county_or_unknown(municipality: str) -> str:
    return county_of(municipality) or UNKNOWN_COUNTY


def build_report(engine: Engine) -> SeasonReport:
    """Read the whole season (one pass over the activities, aggregated in the database
    where it can be)."""
    w, m, a, ar, p = (Workshop.__table__, Municipality.__table__, Activity.__table__,
                      Area.__table__, Participant.__table__)
    with engine.connect() as conn:
        pushed = dict(conn.execute(select(SeasonPush.workshop_uuid,
                                          func.max(SeasonPush.pushed_at))
                                   .group_by(SeasonPush.workshop_uuid)).all())
        rows = conn.execute(select(w.c.id, w.c.uuid, w.c.title, w.c.date, w.c.venue,
                                   w.c.followup_date)).all()
        rows.sort(key=lambda r: (r.date or dt.date.max, r.title.casefold()))
        index = {r.id: i for i, r in enumerate(rows)}
        workshops = [ReportWorkshop(r.uuid, r.title, r.date, r.venue, r.followup_date,
                                    last_push=pushed.get(r.uuid)) for r in rows]
        for wid, total, present in conn.execute(
                select(p.c.workshop_id, func.count(),
                       func.count().filter(p.c.present.is_(True)))
                .group_by(p.c.workshop_id)):
            workshops[index[wid]].participants = total
            workshops[index[wid]].present = present
        areas: dict[int, str] = {}
        for number, title in conn.execute(select(ar.c.number, ar.c.title)
                                          .order_by(ar.c.workshop_id, ar.c.number)):
            areas.setdefault(number, title)
        for wid, name in conn.execute(select(m.c.workshop_id, m.c.name)):
            workshops[index[wid]].coverage.setdefault(name, Counter())
        names = dict(conn.execute(select(m.c.id, m.c.name)).all())
        _follow_up(conn, workshops, index, names)
        dots = _dots(conn, workshops, index)
        mk = SeminarMark.__table__
        activities = []
        query = (select(a.c.workshop_id, m.c.name, ar.c.number, a.c.title, a.c.responsible,
                        a.c.time_frame, a.c.digital, mk.c.status, a.c.uuid)
                 .select_from(a.outerjoin(m, a.c.municipality_id == m.c.id)
                              .outerjoin(ar, a.c.area_id == ar.c.id)
                              .outerjoin(mk, mk.c.activity_id == a.c.id))
                 .where(a.c.deleted_at.is_(None))
                 .order_by(a.c.workshop_id, m.c.name, ar.c.number, a.c.position, a.c.id))
        for wid, muni, area, title, responsible, deadline, digital, mark, uuid in \
                conn.execute(query):
            i = index[wid]
            name = muni or ""
            workshops[i].coverage.setdefault(name, Counter())[area or 0] += 1
            if mark:
                workshops[i].marks.setdefault(name, Counter())[mark] += 1
            activities.append(ReportActivity(i, county_or_unknown(name), name, area, title,
                                             responsible, deadline, bool(digital),
                                             mark or "", dots.get(uuid, 0)))
            workshops[i].dots += dots.get(uuid, 0)
    return SeasonReport(sorted(areas.items()), workshops, activities,
                        dt.datetime.now(dt.UTC))


def _follow_up(conn, workshops: list[ReportWorkshop], index: dict[int, int],
               names: dict[int, str]) -> None:
    """Homework returned and the seminar, per workshop and municipality."""
    r, n, e = ReturnedPack.__table__, SeminarNote.__table__, SeminarEvent.__table__
    for wid, mid, name, when in conn.execute(
            select(r.c.workshop_id, r.c.municipality_id, r.c.municipality_name,
                   func.max(r.c.imported_at))
            .group_by(r.c.workshop_id, r.c.municipality_id, r.c.municipality_name)):
        muni = names.get(mid, name or "")
        w = workshops[index[wid]]
        if muni and (muni not in w.returned or when > w.returned[muni]):
            w.returned[muni] = when
    for wid, mid, attendance, a, b, c in conn.execute(
            select(n.c.workshop_id, n.c.municipality_id, n.c.attendance, n.c.note_a,
                   n.c.note_b, n.c.note_c)):
        w = workshops[index[wid]]
        if mid in names:
            w.attendance[names[mid]] = attendance or ""
        w.seminar_recorded |= bool(attendance or a or b or c)
    for wid, first in conn.execute(select(e.c.workshop_id, func.min(e.c.wall_time))
                                   .group_by(e.c.workshop_id)):
        if first is not None:
            workshops[index[wid]].seminar_held = first.astimezone().date()  # the local day
    mk, a = SeminarMark.__table__, Activity.__table__
    for (wid,) in conn.execute(select(a.c.workshop_id).distinct()
                               .select_from(mk.join(a, a.c.id == mk.c.activity_id))
                               .where(mk.c.status != "")):
        workshops[index[wid]].seminar_recorded = True


def _dots(conn, workshops: list[ReportWorkshop], index: dict[int, int]) -> dict[str, int]:
    """Activity uuid → dots over every ballot; each workshop's ballots."""
    v = VoteBallot.__table__
    out: Counter[str] = Counter()
    for wid, dots in conn.execute(select(v.c.workshop_id, v.c.dots)):
        w = workshops[index[wid]]
        w.ballots += 1
        for key, count in (dots or {}).items():
            if isinstance(key, str) and isinstance(count, int) and count > 0:
                out[key] += count
    return dict(out)


@dataclass(frozen=True)
class FollowUpSummary:
    """One workshop's follow-up as the season list shows it."""

    returned: int
    seminar: str  # "held", "planned", "past", "not_set"
    seminar_day: dt.date | None
    ballots: int
    dots: int


def follow_up_summaries(conn, today: dt.date | None = None) -> dict[str, FollowUpSummary]:
    """Workshop uuid → its homework returned, seminar and dot vote (for the season list)."""
    w, a = Workshop.__table__, Activity.__table__
    rows = conn.execute(select(w.c.id, w.c.uuid, w.c.title, w.c.date, w.c.venue,
                               w.c.followup_date)).all()
    index = {r.id: i for i, r in enumerate(rows)}
    workshops = [ReportWorkshop(r.uuid, r.title, r.date, r.venue, r.followup_date)
                 for r in rows]
    names = dict(conn.execute(select(Municipality.id, Municipality.name)).all())
    _follow_up(conn, workshops, index, names)
    dots = _dots(conn, workshops, index)
    for wid, uuid in conn.execute(select(a.c.workshop_id, a.c.uuid)
                                  .where(a.c.deleted_at.is_(None))):
        workshops[index[wid]].dots += dots.get(uuid, 0)
    today = today or dt.date.today()
    return {x.uuid: FollowUpSummary(len(x.returned), x.seminar_state(today),
                                    x.seminar_held or x.followup_date, x.ballots, x.dots)
            for x in workshops}


def load_report(raw_url: str, timeout_s: int | None = None) -> SeasonReport:
    engine = open_server(raw_url, timeout_s, create=False)
    try:
        return build_report(engine)
    except (SQLAlchemyError, OSError) as exc:
        raise explain(exc, engine, "read") from None
    finally:
        engine.dispose()
