"""A demo workshop with realistic Estonian content, so a newcomer sees a full day at once."""

from __future__ import annotations

import datetime as dt
import os
import random

from sqlalchemy.orm import Session

from avtoituba.store import db
from avtoituba.store.models import (
    Activity,
    Area,
    Group,
    Membership,
    Municipality,
    Participant,
    Workshop,
)

MUNICIPALITIES = (
    "Elva vald", "Tartu vald", "Kambja vald", "Luunja vald", "Nõo vald",
    "Kastre vald", "Peipsiääre vald", "Tartu linn",
)
FIRST = ("Mari", "Jaan", "Kadri", "Toomas", "Liis", "Peeter", "Kersti", "Andres", "Triin",
         "Margus", "Helen", "Urmas", "Piret", "Rein", "Ülle", "Märt", "Õie", "Jüri")
LAST = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel",
        "Lepik", "Õunapuu", "Käär", "Pihlak", "Vaher", "Jõgi")
ROLES = ("vallavanem", "abivallavanem", "volikogu liige", "kommunikatsioonijuht",
         "noorsootöötaja", "arendusnõunik", "kantselei juhataja", "raamatukogu juhataja")

# (group number, area number, title, description, responsible, time frame, digital)
ACTIVITIES = (
    (1, 1, "Volikogu istungite otseülekanne ja salvestised veebis",
     "Istungid kantakse üle valla kodulehel ja YouTube'is, salvestised jäävad järelvaadatavaks.",
     "kantselei", "2027 I kvartal", True),
    (1, 1, "Vallavalitsuse nädalakiri e-postiga ja kodulehel",
     "Igal reedel lühiülevaade nädala otsustest ja eelinfo tulevatest aruteludest.",
     "kommunikatsioonijuht", "alates jaanuarist", True),
    (1, 6, "Volikogu liikmete huvide deklaratsioonid avalikuks",
     "Deklaratsioonid ja istungitel osalemine on kodulehel ühes kohas näha.",
     "vallasekretär", "2027 kevad", True),
    (1, 1, "Ametnike tutvustusvideod kodulehele",
     "Iga osakond tutvustab lühivideos, millega tegeleb ja kelle poole pöörduda.",
     "kommunikatsioonijuht", "2027", True),
    (2, 2, "Kaasava eelarve teine voor",
     "Elanikud esitavad ideid ja hääletavad; tulemused avaldatakse kaardil.",
     "arendusosakond", "märts–mai 2027", True),
    (2, 2, "Kärajad kõigis osavaldades",
     "Kord aastas arutelu osavalla elanikega enne eelarve koostamist.",
     "abivallavanem", "sügis 2027", False),
    (2, 3, "Külavanemate ümarlaud",
     "Kord kvartalis kohtumine külavanemate ja piirkonnakogudega.",
     "vallavanem", "alates 2027", False),
    (2, 4, "Ühenduste võimekuse kaardistus",
     "Kaardistada, millised MTÜ-d saaksid osutada kogukonnateenuseid.",
     "arendusnõunik", "2027 I poolaasta", False),
    (3, 5, "Noortevolikogu loomine",
     "Noortevolikogu põhimäärus ja valimised koolides.",
     "noorsootöötaja", "2027 sügis", False),
    (3, 5, "Kooliõpilased kujundavad staadioni ümbrust",
     "Õpilased teevad ettepanekud ja hääletavad veebis.",
     "noortekeskus", "kevad 2027", True),
    (3, 7, "Noored õpetavad eakatele e-teenuseid",
     "Vabatahtlikud gümnaasiumiõpilased nõustavad raamatukogus.",
     "raamatukogu", "talv 2027", True),
)


def fill_demo(session: Session, workshop: Workshop, seed: int = 7) -> None:
    """Add municipalities, participants in groups and activities to ``workshop``."""
    rng = random.Random(seed)
    munis = [Municipality(workshop_id=workshop.id, name=name, seminar_position=i)
             for i, name in enumerate(MUNICIPALITIES)]
    session.add_all(munis)
    session.flush()
    groups = session.query(Group).filter_by(workshop_id=workshop.id).order_by(Group.number).all()
    areas = {a.number: a for a in session.query(Area).filter_by(workshop_id=workshop.id)}
    used: set[str] = set()
    k = 0
    for muni in munis:
        for j in range(rng.randint(3, 5)):
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            p = Participant(workshop_id=workshop.id, name=name, municipality_id=muni.id,
                            role=ROLES[(k + j) % len(ROLES)],
                            email=_email(name, muni.name), present=j < 3)
            session.add(p)
            session.flush()
            group = groups[(k + j) % len(groups)]
            session.add(Membership(participant_id=p.id, group_id=group.id,
                                   presenter=False, locked=False))
        k += 1
    session.flush()
    for group in groups:
        first = session.query(Membership).filter_by(group_id=group.id).first()
        if first:
            first.presenter = True
    by_group = {g.number: g for g in groups}
    for i, (gnum, anum, title, desc, resp, frame, digital) in enumerate(ACTIVITIES):
        muni = munis[i % len(munis)]
        session.add(Activity(
            workshop_id=workshop.id, group_id=by_group[gnum].id, municipality_id=muni.id,
            area_id=areas[anum].id, position=i, title=title, description=desc,
            involve_leaders=i % 2 == 0, involve_key_people=True, involve_partners=i % 3 == 0,
            responsible=resp, time_frame=frame, digital=digital,
        ))


def _email(name: str, municipality: str) -> str:
    table = str.maketrans("äöõüšž", "aooush")
    local = name.lower().translate(table).replace(" ", ".")
    domain = municipality.split()[0].lower().translate(table)
    return f"{local}@{domain}.ee"


def create_demo(target: str | os.PathLike[str], date: dt.date | None = None) -> db.Store:
    from avtoituba.core.workshop import new_workshop

    store = new_workshop(target, title="Avatud valitsemise ja digivõimekuse töötuba – Tartumaa",
                         date=date or dt.date.today(), venue="Tartu, Raekoja plats 1")
    with store.transaction() as session:
        workshop = session.get(Workshop, store.workshop_id)
        assert workshop is not None
        fill_demo(session, workshop)
    return store
