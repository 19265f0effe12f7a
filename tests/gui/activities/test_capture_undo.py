"""One way to undo on the Activities page: a write the file refuses leaves no undo step,
the file unchanged and a message for the trainer; a replay (undo/redo) that fails does the
same and the step is dropped.

The failure is real: a trigger in the workshop file makes SQLite refuse the write, the way
a full disk or a locked file would, without touching the code under test.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest

from PySide6.QtWidgets import QApplication

from tests.gui.activities.helpers import column, in_file, type_activity

TABLES = ("activity", "municipality", "participant")


@contextmanager
def file_refuses_writes(path):
    """While inside: every insert, update and delete on the capture tables fails."""
    con = sqlite3.connect(path)
    names = []
    for table in TABLES:
        for op in ("INSERT", "UPDATE", "DELETE"):
            name = f"refuse_{op.lower()}_{table}"
            con.execute(f"CREATE TRIGGER {name} BEFORE {op} ON {table} "
                        "BEGIN SELECT RAISE(ABORT, 'write refused by the test'); END")
            names.append(name)
    con.commit()
    try:
        yield
    finally:
        for name in names:
            con.execute(f"DROP TRIGGER {name}")
        con.commit()
        con.close()


def snapshot(path):
    return [(r.id, r.group_number, r.position, r.municipality, r.area_number, r.title)
            for r in in_file(path)]


def error_shown(page) -> str:
    box = page.error_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert "SQL" not in text and "Traceback" not in text and "INSERT" not in text
    box.close()
    page.error_box = None
    return text


@pytest.fixture
def filled(page, qtbot, main_window):
    c1 = column(page, 1)
    for title in ("A", "B"):
        type_activity(qtbot, c1, title, "Elva vald")
    type_activity(qtbot, column(page, 2), "C", "Nõo vald")
    c1.view.setFocus()
    c1.view.setCurrentIndex(c1.proxy.index(1, 0))
    page._set_current_group(c1.group.id)
    return page


def test_an_add_the_file_refuses_leaves_no_step_and_keeps_the_text(filled, qtbot, main_window):
    page, path = filled, main_window.store.path
    before, steps = snapshot(path), page.undo_stack.count()
    bar = column(page, 1).quick_add
    with file_refuses_writes(path):
        type_activity(qtbot, column(page, 1), "Kärajad", "Elva vald")
    assert snapshot(path) == before and page.undo_stack.count() == steps
    assert bar.title.text() == "Kärajad"  # nothing typed is lost
    assert bar.message.isVisibleTo(page) and "SQL" not in bar.message.text()
    assert column(page, 1).model.rowCount() == 2


@pytest.mark.parametrize("kind", ["edit", "reorder", "move", "delete", "merge"])
def test_a_change_the_file_refuses_leaves_no_step(filled, main_window, kind):
    page, path = filled, main_window.store.path
    before, steps = snapshot(path), page.undo_stack.count()
    with file_refuses_writes(path):
        if kind == "edit":
            page.edit_activity(page.selected().id, {"title": "Uus pealkiri"})
        elif kind == "reorder":
            page.up_action.trigger()
        elif kind == "move":
            page.right_action.trigger()
        elif kind == "delete":
            page.delete_action.trigger()
        else:
            page.merge_municipalities(page.hub.find_municipality("Nõo vald"),
                                      page.hub.find_municipality("Elva vald"))
        if kind == "edit":  # the editor says it where the trainer typed
            assert page.editor.status.text() or error_shown(page)
        else:
            assert error_shown(page)
    assert snapshot(path) == before
    assert page.undo_stack.count() == steps
    assert page.hub.municipality_names() == ["Elva vald", "Nõo vald"]
    assert [r.title for r in page.hub.all_rows()] == ["A", "B", "C"]


@pytest.mark.parametrize("kind", ["add", "edit", "reorder", "move", "delete", "merge"])
def test_an_undo_the_file_refuses_is_shown_and_dropped(filled, main_window, kind):
    page, path = filled, main_window.store.path
    if kind == "add":
        pass  # the last step is the add of "C"
    elif kind == "edit":
        page.edit_activity(page.selected().id, {"title": "Uus pealkiri"})
    elif kind == "reorder":
        page.up_action.trigger()
    elif kind == "move":
        page.right_action.trigger()
    elif kind == "delete":
        page.delete_action.trigger()
    else:
        page.merge_municipalities(page.hub.find_municipality("Nõo vald"),
                                  page.hub.find_municipality("Elva vald"))
    after = snapshot(path)
    stack = page.undo_stack
    steps = stack.count()
    with file_refuses_writes(path):
        stack.undo()
        assert error_shown(page)
    assert snapshot(path) == after  # nothing half-undone
    assert {r.title for r in page.hub.all_rows()} == {r[5] for r in after}
    # the step that could not be replayed is gone; the ones before it are still there
    assert (stack.count(), stack.index()) == (steps - 1, steps - 1)


def test_after_a_refused_write_the_next_one_works(filled, qtbot, main_window):
    page, path = filled, main_window.store.path
    with file_refuses_writes(path):
        page.delete_action.trigger()
        error_shown(page)
    page.delete_action.trigger()
    assert [r[5] for r in snapshot(path)] == ["A", "C"]
    page.undo_stack.undo()
    assert [r[5] for r in snapshot(path)] == ["A", "B", "C"]
    assert QApplication.activeModalWidget() is None  # no dialog left in the way
