"""The participants and groups page, as the trainer uses it (offscreen)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from avtoituba.core import groups as groups_service
from avtoituba.core.participants import ParticipantData, list_participants


@pytest.fixture
def page(main_window, event_loop_qt):
    main_window.show_page(1)
    p = main_window.page("groups")
    assert main_window.current_page() is p
    return p


def write_list(tmp_path, rows, header="Nimi;Omavalitsus;Ametikoht;E-post;Kohal"):
    path = tmp_path / "registreerimine.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1257"))
    return path


ROWS = [f"Osaleja {i};{m};{r};o{i}@example.ee;jah" for i, (m, r) in enumerate([
    ("Elva vald", "vallavanem"), ("Nõo vald", "noorsootöötaja"), ("Elva vald", "nõunik"),
    ("Tartu linn", "volikogu liige"), ("Nõo vald", "vallavanem"), ("Elva vald", "spetsialist"),
    ("Kastre vald", "spetsialist"), ("Tartu linn", "nõunik"), ("Nõo vald", "jurist")], start=1)]


def preview(page, path, qtbot):
    """Import a list as the trainer does: it is read in the background, then previewed."""
    task = page.import_file(path)
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10000)
    return task.result()


def names(store):
    return sorted(r.name for r in list_participants(store))


def test_import_through_the_preview_saves_only_the_ticked_good_rows(page, tmp_path, qtbot):
    path = write_list(tmp_path, [*ROWS[:3], "Jaan Saar;;;;", "Osaleja 1;elva vald;;;"])
    dialog = preview(page, path, qtbot)
    assert dialog is not None and dialog.isVisible()
    table = dialog.ui.rowsTable
    assert table.rowCount() == 5
    # the bad row cannot be ticked and says why, by its row number in the file
    assert table.item(3, 1).text() == "5"
    assert table.item(3, 7).text() == "omavalitsus on tühi"
    assert not table.item(3, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    # the duplicate is pointed out and starts unticked
    assert table.item(4, 7).text() == "sama nimi ja omavalitsus kui real 2"
    assert table.item(4, 0).checkState() == Qt.CheckState.Unchecked
    assert "Windows-1257" in dialog.ui.formatLabel.text()
    # the trainer unticks one good row and imports
    dialog.set_accepted(3, False)
    assert dialog.import_button.text() == "&Impordi 2"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert names(page.store) == ["Osaleja 1", "Osaleja 3"]
    assert page.model.rowCount() == 2
    assert all(r.present for r in list_participants(page.store))
    # one undo takes the whole import back, redo brings it again
    page.undo_stack.undo()
    assert names(page.store) == []
    page.undo_stack.redo()
    assert names(page.store) == ["Osaleja 1", "Osaleja 3"]


def test_a_file_that_is_not_a_list_is_refused_with_advice(page, tmp_path, qtbot):
    path = tmp_path / "pilt.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert preview(page, path, qtbot) is None
    box = page.last_message
    assert box is not None and box.isVisible()
    assert "pilt.csv" in box.text()
    assert "PNG" in box.informativeText() and "Midagi ei imporditud" in box.informativeText()
    assert names(page.store) == []
    box.close()


def test_assign_through_the_dialog_shows_the_explanation(page, tmp_path, qtbot):
    preview(page, write_list(tmp_path, ROWS), qtbot).import_button.click()
    dialog = page.open_assign_dialog()
    dialog.set_strategy("spread")
    dialog.ui.variantSpin.setValue(5)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.explanation.isVisible())
    text = page.explanation_text()
    assert "Jaotusviis: omavalitsused jaotatakse gruppide vahel (jaotuse number 5). 9 osalejat, 3 gruppi." in text
    assert "Kõik on täidetud" in text
    counts = [c.list.count() for c in page.columns]
    assert counts == [3, 3, 3]
    for column in page.columns:
        shown = [column.list.item(i).text() for i in range(column.list.count())]
        assert any("Elva vald" in s for s in shown) and any("Nõo vald" in s for s in shown)
    # the assignment is one undo step
    page.undo_stack.undo()
    assert groups_service.memberships(page.store) == {}


def drop(source_list, items, target_list):
    mime = source_list.mimeData(items)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target_list.dropEvent(event)
    return event


def test_drag_and_drop_moves_a_member_and_undo_moves_them_back(page, demo_store_page):
    first, second = page.columns[0], page.columns[1]
    item = first.list.item(0)
    pid = int(item.data(Qt.ItemDataRole.UserRole))
    before = first.list.count()
    event = drop(first.list, [item], second.list)
    assert event.isAccepted()
    assert groups_service.memberships(page.store)[pid].group_id == page.views[1].id
    assert first.list.count() == before - 1 and pid in second.list.ids()
    assert page.model.data(page.model.index(page.model.row_of(pid), 5)) == "2. grupp"
    page.undo_stack.undo()
    assert groups_service.memberships(page.store)[pid].group_id == page.views[0].id


def test_drag_from_the_participant_table_onto_a_group(page, demo_store_page):
    pid = page.columns[0].list.ids()[0]
    row = page.model.row_of(pid)
    index = page.proxy.mapFromSource(page.model.index(row, 1))
    mime = page.proxy.mimeData([index])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.columns[2].list.dropEvent(event)
    assert groups_service.memberships(page.store)[pid].group_id == page.views[2].id


def test_move_with_the_keyboard_and_out_of_the_groups(page, demo_store_page):
    pid = page.columns[2].list.ids()[0]
    page.select_participants([pid])
    page.move_actions[0].trigger()
    assert groups_service.memberships(page.store)[pid].group_id == page.views[0].id
    page.select_participants([pid])
    page.unassign_action.trigger()
    assert pid not in groups_service.memberships(page.store)
    assert page.unassigned_column.isVisible() and pid in page.unassigned_column.list.ids()
    # and back by dropping it on a group
    drop(page.unassigned_column.list, [page.unassigned_column.list.item(0)],
         page.columns[1].list)
    assert groups_service.memberships(page.store)[pid].group_id == page.views[1].id
    assert not page.unassigned_column.isVisible()


def test_lock_keeps_a_member_through_a_new_assignment(page, demo_store_page):
    column = page.columns[0]
    column.list.item(0).setSelected(True)
    pid = column.list.selected_ids()[0]
    page.lock_action.trigger()
    assert groups_service.memberships(page.store)[pid].locked
    locked_item = next(column.list.item(i) for i in range(column.list.count())
                       if column.list.item(i).data(Qt.ItemDataRole.UserRole) == pid)
    assert not locked_item.icon().isNull() and "lukus" in locked_item.toolTip().lower()
    for seed in (1, 2, 3):
        page.assign("spread", seed)
        assert groups_service.memberships(page.store)[pid].group_id == page.views[0].id
    # unlock with the same key
    page.select_participants([pid])
    page.lock_action.trigger()
    assert not groups_service.memberships(page.store)[pid].locked


def test_presenter_is_marked_once_per_group_and_shown_on_the_projector(page, demo_store_page):
    group = page.views[1]
    a, b = group.members[0].participant_id, group.members[1].participant_id
    page.select_participants([a])
    page.presenter_action.trigger()
    page.select_participants([b])
    page.presenter_action.trigger()
    states = groups_service.memberships(page.store)
    assert states[b].presenter and not states[a].presenter
    column_texts = [page.columns[1].list.item(i).text()
                    for i in range(page.columns[1].list.count())]
    assert sum("esitaja" in t for t in column_texts) == 1
    _, _, members = page.stage_scene.texts()[1]
    assert f"{page.views[1].presenter.name} · " in members and "★ esitaja" in members


def test_projector_view_shows_the_three_groups_in_large_type(page, demo_store_page, qtbot):
    page.stage_action.trigger()
    stage = page.context.stage
    qtbot.waitUntil(stage.isVisible)
    assert stage.current_scene() == "groups"
    stage.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.stage_scene.member_pixel_size() >= 28)
    texts = page.stage_scene.texts()
    assert [t[0] for t in texts] == ["1. grupp", "2. grupp", "3. grupp"]
    for (_name, statement, members), view in zip(texts, page.views, strict=True):
        assert statement == view.statement
        for m in view.members:
            assert f"{m.name} · {m.municipality}" in members
    # a change on the page reaches the projector at once
    pid = page.views[0].members[0].participant_id
    page.move_ids([pid], page.views[2].id)
    moved_name = next(m.name for v in page.views for m in v.members if m.participant_id == pid)
    assert moved_name in page.stage_scene.texts()[2][2]
    stage.hide()


def test_check_in_with_the_checkbox_and_undo(page, demo_store_page):
    model = page.model
    row = next(i for i, r in enumerate(model.rows()) if not r.present)
    pid = model.row_at(row).id
    index = model.index(row, 0)
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert next(r for r in list_participants(page.store) if r.id == pid).present
    page.undo_stack.undo()
    assert not next(r for r in list_participants(page.store) if r.id == pid).present


def test_add_edit_remove_with_undo_and_filter(page):
    pid = page.add_participant(ParticipantData("Mari Tamm", "Elva vald", "vallavanem"))
    assert names(page.store) == ["Mari Tamm"]
    # edit a cell in the table: saved at once, one undo step
    row = page.model.row_of(pid)
    assert page.model.setData(page.model.index(row, 2), "Nõo vald")
    assert list_participants(page.store)[0].municipality == "Nõo vald"
    assert "Nõo vald" in page._municipalities  # what the completer offers
    page.undo_stack.undo()
    assert list_participants(page.store)[0].municipality == "Elva vald"
    page.add_participant(ParticipantData("Jaan Saar", "Tartu linn"))
    page.filter_edit.setText("tartu")
    assert page.proxy.rowCount() == 1
    page.filter_edit.clear()
    page.select_participants([pid])
    page.remove_action.trigger()
    assert names(page.store) == ["Jaan Saar"]
    page.undo_stack.undo()
    assert names(page.store) == ["Jaan Saar", "Mari Tamm"]


def test_menu_with_shortcuts_and_keys_only_while_the_page_is_shown(main_window, page):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert "&Osalejad" in titles
    shortcuts = {a.text(): a.shortcut().toString() for a in page.menus()[0].actions()
                 if not a.isSeparator()}
    assert shortcuts["&Impordi failist…"] == "Ctrl+Shift+I"
    assert shortcuts["&Jaota grupid…"] == "Ctrl+G"
    assert shortcuts["&Lukusta gruppi"] == "Ctrl+L"
    assert page.remove_action.isEnabled()
    main_window.show_page(0)
    assert not page.remove_action.isEnabled() and page.import_action.isEnabled()


def test_group_lists_saved_as_word(page, demo_store_page, tmp_path):
    target = page.export_group_lists(tmp_path / "grupid.docx")
    assert target is not None and target.exists() and target.stat().st_size > 5000


@pytest.fixture
def demo_store_page(page):
    """The page filled like a workshop day: eight municipalities, people in groups."""
    from avtoituba.core.demo import fill_demo
    from avtoituba.store.models import Workshop

    with page.store.transaction() as session:
        fill_demo(session, session.get(Workshop, page.store.workshop_id))
    page.refresh()
    return page


def test_a_read_only_workshop_shows_but_cannot_change(qtbot, demo_store, settings, estonian):
    from PySide6.QtGui import QUndoStack

    from avtoituba.store.db import open_store

    from avtoituba.gui.groups.page import GroupsPage
    from avtoituba.gui.projector.window import StageWindow
    from avtoituba.gui.shell.context import AppContext

    path = demo_store.path
    demo_store.close()
    store = open_store(path, read_only=True)
    stage = StageWindow()
    qtbot.addWidget(stage)
    page = GroupsPage(AppContext(store, settings, QUndoStack(), stage))
    qtbot.addWidget(page)
    page.show()
    assert [c.list.count() for c in page.columns] != [0, 0, 0]
    assert not page.import_action.isEnabled() and not page.assign_action.isEnabled()
    assert not page.lock_action.isEnabled()
    assert not page.columns[0].list.acceptDrops()
    index = page.model.index(0, 0)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    page.show_on_projector()  # looking is fine
    assert stage.current_scene() == "groups"
    stage.hide()
    store.close()


def test_projector_keeps_showing_groups_when_another_workshop_is_opened(main_window, page,
                                                                       tmp_path, qtbot):
    from avtoituba.core.demo import create_demo

    page.show_on_projector()
    other = create_demo(tmp_path / "other.avtoituba")
    other_path = other.path
    other.close()
    assert main_window.open_path(other_path)
    stage = main_window.stage
    assert stage.current_scene() == "groups"
    new_page = main_window.page("groups")
    assert stage.scene("groups") is new_page.stage_scene
    shown = new_page.stage_scene.texts()
    assert sum(len(v.members) for v in new_page.views) > 0
    assert all(m.name in shown[i][2] for i, v in enumerate(new_page.views) for m in v.members)
    stage.hide()


# -- one way to undo: a refused or failed write leaves no step -------------------------------

def _refuse(*_args, **_kwargs):
    from sqlalchemy.exc import OperationalError

    raise OperationalError("UPDATE participant", {}, Exception("disk I/O error"))


def test_a_refused_participant_edit_leaves_no_undo_step(page, demo_store_page):
    before = list_participants(page.store)
    target = before[0]
    steps = page.undo_stack.count()
    assert not page.update_participant(target.id, ParticipantData("x" * 400, "Elva vald"))
    assert page.undo_stack.count() == steps          # no phantom "Muuda: " step
    assert list_participants(page.store) == before   # the file is unchanged
    box = page.last_message
    assert box.text() == "Midagi ei muudetud." and "salvest" not in box.text()
    box.close()


def test_a_failed_group_move_and_a_failed_import_leave_no_step(page, demo_store_page,
                                                                monkeypatch, tmp_path, qtbot):
    monkeypatch.setattr(groups_service, "move_members", _refuse)
    snapshot = groups_service.memberships(page.store)
    member = page.columns[0].list.item(0)
    steps = page.undo_stack.count()
    page.move_ids([int(member.data(Qt.ItemDataRole.UserRole))], page.views[1].id)
    assert page.undo_stack.count() == steps
    assert groups_service.memberships(page.store) == snapshot
    assert "kirjutada" in page.last_message.informativeText()
    assert "sqlite" not in page.last_message.informativeText().casefold()
    page.last_message.close()

    from avtoituba.gui.groups import importing

    people = names(page.store)
    monkeypatch.setattr(importing, "import_rows", _refuse)
    dialog = preview(page, write_list(tmp_path, ROWS[:2]), qtbot)
    dialog.import_button.click()
    assert page.undo_stack.count() == steps
    assert names(page.store) == people
    page.last_message.close()


def test_reassigning_keeps_the_presenters_and_the_explanation_follows_the_groups(
        page, demo_store_page, qtbot):
    presenter = page.columns[1].list.item(0)
    pid = int(presenter.data(Qt.ItemDataRole.UserRole))
    page.set_presenter(pid, True)
    dialog = page.open_assign_dialog()
    assert dialog.ui.keepPresentersCheck.isVisible() and dialog.keep_presenters()
    assert "seed" not in dialog.ui.variantLabel.text().casefold()
    dialog.accept()
    qtbot.waitUntil(lambda: page.explanation.isVisible())
    state = groups_service.memberships(page.store)[pid]
    assert state.presenter and state.group_id == page.views[1].id
    # a manual move: the box describes the groups as they are now, and again after undo
    first_sizes = [c.list.count() for c in page.columns]
    other = int(page.columns[0].list.item(0).data(Qt.ItemDataRole.UserRole))
    page.move_ids([other], page.views[2].id)
    sizes = [c.list.count() for c in page.columns]
    assert sizes != first_sizes
    text = page.explanation_text()
    for view, size in zip(page.views, sizes, strict=True):
        assert f"{view.name}: {size} inimest" in text or f"{view.name}: {size} inimene" in text
    page.undo_stack.undo()
    assert [c.list.count() for c in page.columns] == first_sizes
    for view, size in zip(page.views, first_sizes, strict=True):
        assert f"{view.name}: {size} inimest" in page.explanation_text()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_the_participant_table_shows_at_least_ten_rows_on_a_laptop(main_window, page,
                                                                   demo_store_page, size):
    main_window.resize(*size)
    main_window.layout().activate()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    table = page.table
    row = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 10 * row
    assert main_window.height() <= size[1]


def test_the_groups_page_does_not_import_python_docx(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\nfrom PySide6.QtGui import QUndoStack\n"
        "app = QApplication([])\n"
        "from PySide6.QtCore import QSettings\n"
        "from avtoituba.core.workshop import new_workshop\n"
        "from avtoituba.gui.shell.settings import Settings\n"
        "from avtoituba.gui.shell.context import AppContext\n"
        "from avtoituba.gui.projector.window import StageWindow\n"
        "from avtoituba.gui.groups.page import GroupsPage\n"
        f"store = new_workshop({str(tmp_path / 'w.avtoituba')!r})\n"
        f"settings = Settings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        "page = GroupsPage(AppContext(store, settings, QUndoStack(), StageWindow()))\n"
        "print('docx' in sys.modules, any(m.startswith('avtoituba.export') for m in sys.modules))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
