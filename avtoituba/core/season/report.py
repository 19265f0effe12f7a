"""The season report's figures, read from the season database: per workshop, per county
and across the season: municipalities × areas (counts), the activities with responsible
and deadline, and what is known of homework and the follow-up seminar."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from avtoituba.core.season.counties import county_of
from avtoituba.core.season.server import explain, open_server
from avtoituba.store.models import Activity, Area, Municipality, Participant, Workshop
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

    @property
    def activities(self) -> int:
        return sum(sum(c.values()) for c in self.coverage.values())


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

    def season_totals(self) -> Counter[int]:
        total: Counter[int] = Counter()
        for a in self.activities:
            total[a.area or 0] += 1
        return total


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
        activities = []
        query = (select(a.c.workshop_id, m.c.name, ar.c.number, a.c.title, a.c.responsible,
                        a.c.time_frame, a.c.digital)
                 .select_from(a.outerjoin(m, a.c.municipality_id == m.c.id)
                              .outerjoin(ar, a.c.area_id == ar.c.id))
                 .where(a.c.deleted_at.is_(None))
                 .order_by(a.c.workshop_id, m.c.name, ar.c.number, a.c.position, a.c.id))
        for wid, muni, area, title, responsible, deadline, digital in conn.execute(query):
            i = index[wid]
            name = muni or ""
            workshops[i].coverage.setdefault(name, Counter())[area or 0] += 1
            activities.append(ReportActivity(i, county_or_unknown(name), name, area, title,
                                             responsible, deadline, bool(digital)))
    return SeasonReport(sorted(areas.items()), workshops, activities,
                        dt.datetime.now(dt.UTC))


def load_report(raw_url: str, timeout_s: int | None = None) -> SeasonReport:
    engine = open_server(raw_url, timeout_s, create=False)
    try:
        return build_report(engine)
    except (SQLAlchemyError, OSError) as exc:
        raise explain(exc, engine, "read") from None
    finally:
        engine.dispose()
