"""Workshop files for the benchmarks: many activities, written in one go."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from avtoituba.core.capture import Capture
from avtoituba.core.demo import MUNICIPALITIES
from avtoituba.core.municipalities import get_or_create
from avtoituba.core.workshop import new_workshop
from avtoituba.store.models import Activity

TITLES = (
    "Volikogu istungite otseülekanne ja salvestised veebis",
    "Vallavalitsuse nädalakiri e-postiga ja kodulehel",
    "Kaasava eelarve teine voor",
    "Kärajad kõigis osavaldades",
    "Külavanemate ümarlaud",
    "Noortevolikogu loomine",
    "Noored õpetavad eakatele e-teenuseid",
)


def make_workshop(path: Path, activities: int = 5000) -> Path:
    """A workshop file with ``activities`` activities over the three groups."""
    store = new_workshop(path, date=dt.date(2026, 11, 17), venue="Tartu")
    capture = Capture(store)
    try:
        groups = capture.groups()
        areas = {a.number: a.id for a in capture.areas()}
        with store.engine.begin() as conn:
            with Session(bind=conn) as s:
                munis = [get_or_create(s, store.workshop_id, name).id for name in MUNICIPALITIES]
                s.flush()
            now = dt.datetime.now(dt.UTC)
            conn.execute(insert(Activity), [
                {"workshop_id": store.workshop_id, "group_id": groups[i % 3].id,
                 "municipality_id": munis[i % len(munis)], "area_id": areas[i % 7 + 1],
                 "position": i // 3, "title": f"{TITLES[i % len(TITLES)]} ({i})",
                 "description": "Kirjeldus " * (i % 5), "created_at": now, "updated_at": now}
                for i in range(activities)])
    finally:
        capture.close()
        store.close()
    return path
