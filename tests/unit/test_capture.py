"""The capture service: what lands in the workshop file when activities are typed and edited."""

from __future__ import annotations

import pytest

from avtoituba.core.capture import ActivityFilter, Capture, CaptureError, coverage_from_rows
from avtoituba.store.db import open_store


@pytest.fixture
def capture(store):
    c = Capture(store)
    yield c
    c.close()


def fresh(store):
    """A second, independent view of the same file (what a restart would see)."""
    other = open_store(store.path)
    return other, Capture(other)


def test_add_is_in_the_file_at_once_with_the_groups_suggested_area(store, capture):
    g1, g2, g3 = capture.groups()
    row = capture.add(g3.id, "  Noortevolikogu\tloomine ", "Elva vald")
    assert row.title == "Noortevolikogu loomine"
    assert row.area_number == 5  # group 3's theme: youth participation
    assert row.municipality == "Elva vald"
    other, c2 = fresh(store)
    try:
        (back,) = c2.list()
        assert (back.id, back.title, back.group_number, back.municipality, back.area_number) \
            == (row.id, "Noortevolikogu loomine", 3, "Elva vald", 5)
    finally:
        c2.close()
        other.close()


def test_add_reuses_a_municipality_whatever_its_case_and_creates_a_new_one(capture):
    g = capture.groups()[0]
    a = capture.add(g.id, "Nädalakiri", "Elva vald")
    b = capture.add(g.id, "Videod", "ELVA  VALD")
    c = capture.add(g.id, "Kärajad", "Nõo vald")
    assert a.municipality_id == b.municipality_id
    assert c.municipality_id != a.municipality_id
    assert capture.municipality_names() == ["Elva vald", "Nõo vald"]


def test_add_refuses_an_empty_title_and_an_unknown_area(capture):
    g = capture.groups()[0]
    with pytest.raises(CaptureError) as refused:
        capture.add(g.id, " \x00 ", "Elva vald")
    assert refused.value.code == "no_title"
    with pytest.raises(CaptureError) as refused:
        capture.add(g.id, "Midagi", "Elva vald", area_number=9)
    assert refused.value.code == "no_area" and "9" in refused.value.text("en")
    assert capture.list() == []
    assert capture.municipality_names() == []  # nothing half-made


def test_positions_follow_the_order_of_typing(capture):
    g = capture.groups()[1]
    titles = ["Kaasav eelarve", "Kärajad", "Külavanemate ümarlaud"]
    for t in titles:
        capture.add(g.id, t, "Tartu vald")
    assert [r.title for r in capture.list(ActivityFilter(group_id=g.id))] == titles


def test_update_changes_each_field_and_returns_the_old_values(store, capture):
    g = capture.groups()[0]
    row = capture.add(g.id, "Nädalakiri", "Elva vald")
    new, old = capture.update(row.id, title="Vallavalitsuse nädalakiri", digital=True,
                              description="Igal reedel\r\nlühiülevaade", area_number=6,
                              municipality="Kastre vald", responsible="kantselei",
                              time_frame="2027", involve_leaders=True, notes="märkus")
    assert old == {"title": "Nädalakiri", "digital": False, "description": "",
                   "area_number": 1, "municipality": "Elva vald", "responsible": "",
                   "time_frame": "", "involve_leaders": False, "notes": ""}
    assert new.description == "Igal reedel\nlühiülevaade"
    assert new.updated_at >= row.updated_at
    other, c2 = fresh(store)
    try:
        back = c2.get(row.id)
        assert (back.title, back.digital, back.area_number, back.municipality,
                back.responsible, back.involve_leaders) == (
            "Vallavalitsuse nädalakiri", True, 6, "Kastre vald", "kantselei", True)
    finally:
        c2.close()
        other.close()
    same, nothing = capture.update(row.id, title="Vallavalitsuse nädalakiri")
    assert nothing == {} and same.title == "Vallavalitsuse nädalakiri"
    with pytest.raises(CaptureError) as refused:
        capture.update(row.id, position=3)
    assert refused.value.code == "not_editable" and "position" in refused.value.text("en")


def test_delete_hides_and_restore_brings_back_in_place(capture):
    g = capture.groups()[0]
    ids = [capture.add(g.id, t, "Elva vald").id for t in ("A", "B", "C")]
    capture.delete(ids[1])
    assert [r.title for r in capture.list()] == ["A", "C"]
    assert [r.title for r in capture.list(include_deleted=True)] == ["A", "B", "C"]
    capture.restore(ids[1])
    assert [r.title for r in capture.list()] == ["A", "B", "C"]


def test_reorder_and_move_between_groups_and_back(capture):
    g1, g2, _ = capture.groups()
    a, b, c = (capture.add(g1.id, t, "Elva vald") for t in ("A", "B", "C"))
    assert capture.reorder(c.id, 0) == (2, 0)
    assert [r.title for r in capture.list(ActivityFilter(group_id=g1.id))] == ["C", "A", "B"]
    x = capture.add(g2.id, "X", "Nõo vald")
    old_group, old_index, new_index = capture.move_to_group(a.id, g2.id)
    assert (old_group, old_index, new_index) == (g1.id, 1, 1)
    assert [r.title for r in capture.list(ActivityFilter(group_id=g2.id))] == ["X", "A"]
    assert [r.title for r in capture.list(ActivityFilter(group_id=g1.id))] == ["C", "B"]
    # and back where it was (undo)
    capture.move_to_group(a.id, old_group, old_index)
    assert [r.title for r in capture.list(ActivityFilter(group_id=g1.id))] == ["C", "A", "B"]
    assert capture.get(a.id).area_number == 1  # the area stays what it was
    assert x.group_number == 2


def test_filters_by_municipality_area_and_text_ignoring_case_and_accents_as_typed(capture):
    g1, g2, g3 = capture.groups()
    capture.add(g1.id, "Volikogu istungite otseülekanne", "Elva vald")
    capture.add(g2.id, "Kärajad osavaldades", "Nõo vald", area_number=2)
    capture.add(g3.id, "Noortevolikogu", "Nõo vald")
    nou = capture.find_municipality("nõo VALD")
    assert [r.title for r in capture.list(ActivityFilter(municipality_id=nou))] == [
        "Kärajad osavaldades", "Noortevolikogu"]
    assert [r.title for r in capture.list(ActivityFilter(area_number=5))] == ["Noortevolikogu"]
    assert [r.title for r in capture.list(ActivityFilter(text="VOLIKOGU"))] == [
        "Volikogu istungite otseülekanne", "Noortevolikogu"]
    assert [r.title for r in capture.list(ActivityFilter(text="kärajad nõo"))] == [
        "Kärajad osavaldades"]


def test_coverage_counts_and_gaps(capture):
    g1, g2, _ = capture.groups()
    capture.add(g1.id, "A", "Elva vald")
    capture.add(g1.id, "B", "Elva vald")
    capture.add(g2.id, "C", "Nõo vald", area_number=1)
    gone = capture.add(g2.id, "D", "Nõo vald", area_number=7)
    capture.delete(gone.id)
    cov = capture.coverage()
    elva, nou = capture.find_municipality("Elva vald"), capture.find_municipality("Nõo vald")
    assert cov.count(elva, 1) == 2 and cov.count(nou, 1) == 1 and cov.count(nou, 7) == 0
    assert cov.area_total(1) == 3
    assert len(cov.gaps()) == 2 * 7 - 2
    # the same counts from rows already in memory (what the page does)
    again = coverage_from_rows(cov.municipalities, capture.list())
    assert again.counts == cov.counts


def test_for_municipality_lists_across_groups(capture):
    g1, g2, g3 = capture.groups()
    capture.add(g3.id, "Noortevolikogu", "Elva vald")
    capture.add(g1.id, "Nädalakiri", "Elva vald")
    capture.add(g2.id, "Kärajad", "Nõo vald")
    elva = capture.find_municipality("Elva vald")
    assert [(r.group_number, r.title) for r in capture.for_municipality(elva)] == [
        (1, "Nädalakiri"), (3, "Noortevolikogu")]


def test_read_only_store_refuses_writes(store):
    path = store.path
    ro = open_store(path, read_only=True)
    c = Capture(ro)
    try:
        with pytest.raises(CaptureError) as refused:
            c.add(c.groups()[0].id, "A", "Elva vald")
        assert refused.value.code == "read_only"
    finally:
        c.close()
        ro.close()


def test_a_typed_beginning_completes_to_the_one_municipality_it_fits(capture):
    g = capture.groups()[0]
    for name in ("Elva vald", "Tartu vald", "Tartu linn"):
        capture.add(g.id, "X", name)
    assert capture.complete_municipality("elva") == "Elva vald"
    assert capture.complete_municipality("TARTU LINN") == "Tartu linn"
    assert capture.complete_municipality("Tartu") == "Tartu"  # two fit: taken as typed
    assert capture.complete_municipality("Nõo vald") == "Nõo vald"  # new


def test_positions_and_names_come_from_the_file_when_another_writer_added(store, capture):
    """The CLI (another Capture on the same file) adds between two Enters in the window:
    neither position is reused and the new municipality is known at once."""
    g = capture.groups()[0]
    capture.add(g.id, "Esimene", "Elva vald")
    other, c2 = fresh(store)
    try:
        c2.add(g.id, "Teine", "Nõo vald")
    finally:
        c2.close()
        other.close()
    third = capture.add(g.id, "Kolmas", "NÕO VALD")
    assert [(r.title, r.position, r.municipality) for r in capture.list()] == [
        ("Esimene", 0, "Elva vald"), ("Teine", 1, "Nõo vald"), ("Kolmas", 2, "Nõo vald")]
    assert third.municipality == "Nõo vald"  # what the file holds, not what was typed
    assert capture.municipality_names() == ["Elva vald", "Nõo vald"]


def test_the_last_municipality_of_a_group_and_the_activities_without_one(capture):
    g1, g2, _ = capture.groups()
    assert capture.last_municipality(g1.id) == ""
    capture.add(g1.id, "A", "Elva vald")
    b = capture.add(g1.id, "B", "Nõo vald")
    capture.add(g2.id, "C", "Elva vald")
    orphan = capture.add(g2.id, "D", None)
    assert capture.last_municipality(g1.id) == "Nõo vald"
    capture.delete(b.id)
    assert capture.last_municipality(g1.id) == "Elva vald"
    assert [r.id for r in capture.without_municipality()] == [orphan.id]
