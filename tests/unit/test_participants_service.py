"""Participants and group memberships in the workshop file."""

from __future__ import annotations

import pytest

from avtoituba.core import groups as groups_service
from avtoituba.core.participants import (
    ParticipantData,
    ParticipantError,
    add_participant,
    existing_keys,
    import_rows,
    list_participants,
    remove_participant,
    restore_participant,
    set_present,
    update_participant,
)
from avtoituba.core.roster import read_roster
from avtoituba.store.db import open_store


def people(store, rows):
    return [add_participant(store, ParticipantData(*r)) for r in rows]


def test_add_edit_remove_and_restore(store, workshop_path):
    pid = add_participant(store, ParticipantData("  Mari\tTamm ", "Elva vald", "vallavanem",
                                                 "mari@elva.ee"))
    (row,) = list_participants(store)
    assert (row.name, row.municipality, row.present) == ("Mari Tamm", "Elva vald", False)
    update_participant(store, pid, ParticipantData("Mari Tamm", "elva VALD", "vallavanem",
                                                   "", True))
    row = list_participants(store)[0]
    assert row.municipality == "Elva vald" and row.present  # the known spelling is kept
    group = groups_service.list_groups(store)[1]
    groups_service.move_member(store, pid, group.id)
    groups_service.set_presenter(store, pid, True)
    snapshot = remove_participant(store, pid)
    assert list_participants(store) == []
    restore_participant(store, snapshot)
    row = list_participants(store)[0]
    assert row.id == pid and row.group_id == group.id and row.presenter
    # what is saved is in the file: another connection sees it
    other = open_store(workshop_path, read_only=True)
    try:
        assert [r.name for r in list_participants(other)] == ["Mari Tamm"]
    finally:
        other.close()


def test_a_name_is_required(store):
    with pytest.raises(ParticipantError):
        add_participant(store, ParticipantData("  ", "Elva vald"))


def test_check_in(store):
    a, b = people(store, [("A", "M"), ("B", "M")])
    set_present(store, [a], True)
    assert {r.name: r.present for r in list_participants(store)} == {"A": True, "B": False}


def test_import_saves_all_accepted_rows_in_one_go(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Nimi;Omavalitsus;Amet\nMari Tamm;Elva vald;vallavanem\n"
                    "Jaan Saar;Tartu linn;\nMari Tamm;Elva vald;\n", encoding="utf-8")
    roster = read_roster(path, existing_keys(store))
    accepted = [r for r in roster.rows if r.accepted_by_default]
    result = import_rows(store, accepted)
    assert len(result.ids) == 2 and set(result.municipalities_created) == {"Elva vald",
                                                                           "Tartu linn"}
    # a second import of the same file points at everyone as already here
    again = read_roster(path, existing_keys(store))
    assert all(r.duplicate for r in again.rows)


def test_import_with_a_bad_row_saves_nothing(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Nimi;Omavalitsus\nMari Tamm;Elva vald\nJaan Saar;\n", encoding="utf-8")
    roster = read_roster(path)
    with pytest.raises(ParticipantError, match="3"):
        import_rows(store, roster.rows)
    assert list_participants(store) == []


def test_import_is_one_transaction(store, tmp_path):
    # a row too long for the file fails the whole import, after the first rows were fine
    from avtoituba.core.roster import RosterRow

    rows = [RosterRow(2, "A", "M"), RosterRow(3, "B", "M"), RosterRow(4, "C" * 400, "M")]
    with pytest.raises(ParticipantError):
        import_rows(store, rows)
    assert list_participants(store) == []


def test_assign_spreads_and_keeps_locks_and_presenters(store):
    rows = [(f"P{i}", f"Vald {i % 4}", "", "", i % 5 != 0) for i in range(24)]
    ids = people(store, rows)
    outcome = groups_service.assign_groups(store, "spread", seed=3)
    views = groups_service.list_groups(store)
    assert [len(g.members) for g in views] == [8, 8, 8]
    for g in views:
        assert {m.municipality for m in g.members} == {f"Vald {i}" for i in range(4)}
    assert outcome.assignment.issues == []
    # GIVEN a locked person and a presenter
    locked_id = views[0].members[0].participant_id
    groups_service.set_locked(store, locked_id, True)
    presenter = views[1].members[0].participant_id
    groups_service.set_presenter(store, presenter, True)
    # WHEN re-run with another seed
    groups_service.assign_groups(store, "spread", seed=99)
    after = {m.participant_id: (g.id, m) for g in groups_service.list_groups(store)
             for m in g.members}
    assert after[locked_id][0] == views[0].id and after[locked_id][1].locked
    if after[presenter][0] == views[1].id:
        assert after[presenter][1].presenter
    else:
        assert not after[presenter][1].presenter
    assert sum(1 for _, m in after.values() if m.presenter) <= 1
    assert set(after) == set(ids)


def test_the_last_choice_is_remembered_with_the_workshop(store):
    people(store, [("A", "M"), ("B", "N")])
    assert groups_service.last_assignment_options(store) == {
        "strategy": "spread", "seed": None, "present_only": False}
    groups_service.assign_groups(store, "random", seed=77, present_only=True)
    assert groups_service.last_assignment_options(store) == {
        "strategy": "random", "seed": 77, "present_only": True}


def test_present_only_leaves_the_absent_out(store):
    ids = people(store, [(f"P{i}", f"Vald {i % 3}", "", "", i < 9) for i in range(12)])
    groups_service.assign_groups(store, "spread", seed=1)
    absent_locked = ids[10]
    groups_service.set_locked(store, absent_locked, True)
    outcome = groups_service.assign_groups(store, "spread", seed=1, present_only=True)
    members = {m.participant_id for g in groups_service.list_groups(store) for m in g.members}
    assert members == set(ids[:9]) | {absent_locked}
    assert outcome.left_out == 2 and outcome.kept_absent_locked == 1
    text = "\n".join(outcome.explanation("en"))
    assert "2 absent participants left out of the groups." in text
    assert "1 absent participant kept in their group because locked there." in text


def test_one_presenter_per_group_and_moving_drops_it(store):
    a, b = people(store, [("A", "M"), ("B", "N")])
    g1, g2, _ = groups_service.list_groups(store)
    groups_service.move_member(store, a, g1.id)
    groups_service.move_member(store, b, g1.id)
    groups_service.set_presenter(store, a, True)
    groups_service.set_presenter(store, b, True)
    g1 = groups_service.list_groups(store)[0]
    assert g1.presenter.name == "B" and sum(m.presenter for m in g1.members) == 1
    groups_service.set_locked(store, b, True)
    groups_service.move_member(store, b, g2.id)
    moved = groups_service.list_groups(store)[1].members[0]
    assert moved.locked and not moved.presenter


def test_membership_snapshot_round_trip(store):
    ids = people(store, [(f"P{i}", "M") for i in range(6)])
    groups_service.assign_groups(store, "random", seed=1)
    before = groups_service.memberships(store)
    groups_service.assign_groups(store, "random", seed=2)
    groups_service.move_member(store, ids[0], None)
    groups_service.restore_memberships(store, before)
    assert groups_service.memberships(store) == before
