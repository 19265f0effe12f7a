"""Two imports of the same list at once never double anyone: who came in after a list was
read is counted again when it is saved, and those rows are left out; namesakes (two real
people of one name and municipality) are still imported."""

from __future__ import annotations

from avtoituba.core.participants import (
    ParticipantData,
    add_participant,
    existing_keys,
    import_rows,
    list_participants,
)
from avtoituba.core.roster import read_roster


def _list(tmp_path, rows):
    path = tmp_path / "registreerunud.csv"
    path.write_text("Nimi;Omavalitsus;Ametikoht\n" + "".join(f"{n};{m};{r}\n"
                                                              for n, m, r in rows),
                    encoding="utf-8")
    return path


ROWS = [("Mari Tamm", "Elva vald", "vallavanem"), ("Mari Tamm", "Elva vald", "spetsialist"),
        ("Jüri Õunapuu", "Tartu linn", "nõunik"), ("Kati Karu", "Valga vald", "sekretär")]


def test_the_second_of_two_imports_read_at_the_same_time_saves_nobody_twice(store, tmp_path):
    path = _list(tmp_path, ROWS)
    first_known, second_known = existing_keys(store), existing_keys(store)
    first = read_roster(path, first_known)
    second = read_roster(path, second_known)  # read before the first is saved
    assert not any(r.duplicate for r in second.rows[2:])  # the namesake: the trainer's call
    done = import_rows(store, first.good_rows, known=first_known)
    late = import_rows(store, second.good_rows, known=second_known)
    assert len(done.ids) == 4 and done.arrived_meanwhile == ()
    assert late.ids == () and late.arrived_meanwhile == (2, 3, 4, 5)
    names = sorted(p.name for p in list_participants(store))
    assert names == ["Jüri Õunapuu", "Kati Karu", "Mari Tamm", "Mari Tamm"]  # namesakes both


def test_only_the_people_who_arrived_are_left_out(store, tmp_path):
    add_participant(store, ParticipantData("Mari Tamm", "Elva vald"))  # in before the read
    known = existing_keys(store)
    roster = read_roster(_list(tmp_path, ROWS), known)
    add_participant(store, ParticipantData("Kati Karu", "Valga vald"))  # came in meanwhile
    rows = roster.rows  # the trainer chose to import the namesake marked as a repeat too
    saved = import_rows(store, rows, known=known)
    assert saved.arrived_meanwhile == (5,)
    names = sorted(p.name for p in list_participants(store))
    assert names == ["Jüri Õunapuu", "Kati Karu", "Mari Tamm", "Mari Tamm", "Mari Tamm"]


def test_without_what_was_known_the_import_saves_every_row(store, tmp_path):
    roster = read_roster(_list(tmp_path, ROWS), ())
    import_rows(store, roster.good_rows)
    saved = import_rows(store, roster.good_rows)  # the caller's choice: no re-count
    assert len(saved.ids) == 4
