"""A typed municipality compared with the registration list; merging two into one."""

from __future__ import annotations

import pytest

from avtoituba.core import municipalities as munis
from avtoituba.core.capture import Capture
from avtoituba.core.participants import ParticipantData, add_participant, list_participants
from avtoituba.store.db import open_store

KNOWN = ["Elva vald", "Nõo vald", "Tartu linn", "Tartu vald", "Põltsamaa vald", "Saue vald"]


@pytest.mark.parametrize(("typed", "kind", "name"), [
    ("ELVA  VALD", "known", "Elva vald"),           # case and spacing
    ("elva", "known", "Elva vald"),                 # the one name it begins
    ("Elvva vald", "close", "Elva vald"),           # a letter too many
    ("Elav vald", "close", "Elva vald"),            # two letters swapped
    ("Elva valla", "close", "Elva vald"),           # the genitive
    ("Poltsamaa vald", "close", "Põltsamaa vald"),  # no accents
    ("Noo", "close", "Nõo vald"),
    ("Tartu valla", "close", "Tartu vald"),
    ("Rõuge vald", "new", "Rõuge vald"),
    ("Rae vald", "new", "Rae vald"),                # short names are not typos of each other
    ("Kambja vald", "new", "Kambja vald"),
    ("  ", "empty", ""),
])
def test_a_typed_name_is_known_close_or_new(typed, kind, name):
    match = munis.match_municipality(typed, KNOWN)
    assert (match.kind, match.name) == (kind, name)


def test_with_no_list_every_name_is_new():
    assert munis.match_municipality("Elva vald", []).kind == "new"


@pytest.fixture
def capture(store):
    c = Capture(store)
    yield c
    c.close()


def test_merge_moves_activities_and_participants_and_undo_puts_them_back(store, capture):
    g1, g2, _ = capture.groups()
    a = capture.add(g1.id, "Nädalakiri", "Elva vald")
    typo = capture.add(g2.id, "Kärajad", "Elvva vald")
    other = capture.add(g2.id, "Videod", "Nõo vald")
    add_participant(store, ParticipantData("Mari Maasikas", "Elvva vald"))
    add_participant(store, ParticipantData("Jaan Tamm", "Elva vald"))
    elvva = capture.find_municipality("Elvva vald")
    elva = capture.find_municipality("Elva vald")

    record = munis.merge(store, elvva, elva)
    assert record.activity_ids == (typo.id,) and len(record.participant_ids) == 1
    assert capture.municipality_names() == ["Elva vald", "Nõo vald"]
    assert {r.title: r.municipality for r in capture.list()} == {
        "Nädalakiri": "Elva vald", "Kärajad": "Elva vald", "Videod": "Nõo vald"}

    munis.unmerge(store, record)
    assert capture.municipality_names() == ["Elva vald", "Elvva vald", "Nõo vald"]
    assert {r.title: r.municipality for r in capture.list()} == {
        "Nädalakiri": "Elva vald", "Kärajad": "Elvva vald", "Videod": "Nõo vald"}
    other_store = open_store(store.path)
    try:
        assert sorted((p.name, p.municipality) for p in list_participants(other_store)) == [
            ("Jaan Tamm", "Elva vald"), ("Mari Maasikas", "Elvva vald")]
    finally:
        other_store.close()
    assert a.id != other.id


def test_merge_refuses_the_same_municipality_and_an_unknown_one(store, capture):
    capture.add(capture.groups()[0].id, "X", "Elva vald")
    elva = capture.find_municipality("Elva vald")
    with pytest.raises(munis.MunicipalityError):
        munis.merge(store, elva, elva)
    with pytest.raises(munis.MunicipalityError, match="no municipality"):
        munis.merge(store, 9999, elva)
    assert capture.municipality_names() == ["Elva vald"]


def test_groups_by_municipality_lists_the_themes_each_team_sat_in(demo_store):
    from avtoituba.core.participants import list_participants

    expected: dict[str, set[int]] = {}
    for p in list_participants(demo_store):
        if p.municipality and p.group_number is not None:
            expected.setdefault(p.municipality, set()).add(p.group_number)
    names = {m.id: m.name for m in munis.list_municipalities(demo_store)}
    found = {names[mid]: groups for mid, groups in munis.groups_by_municipality(demo_store).items()}
    assert found == expected and any(len(g) > 1 for g in found.values())
