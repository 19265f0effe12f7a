"""The Activities page as the trainer uses it: typing, editing, moving, undoing, looking.

Everything typed is read back from a FRESH store opened on the same file, i.e. what a
restart (or a crash right after the keystroke) would find.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from avtoituba.core.capture import Capture
from avtoituba.store.db import open_store

from tests.gui.activities.helpers import column, in_file, type_activity, type_text


def test_enter_commits_to_the_file_before_the_line_clears(page, qtbot, main_window):
    col = column(page, 3)
    seen_when_cleared: list[list[str]] = []

    def on_text(text: str) -> None:
        if text == "":
            seen_when_cleared.append([r.title for r in in_file(main_window.store.path)])

    col.quick_add.title.textChanged.connect(on_text)
    type_activity(qtbot, col, "Noortevolikogu loomine", "Elva vald")
    assert seen_when_cleared == [["Noortevolikogu loomine"]]
    (row,) = in_file(main_window.store.path)
    assert (row.group_number, row.municipality, row.area_number) == (3, "Elva vald", 5)
    # ready for the next one: line empty, focus still there, municipality kept
    assert col.quick_add.title.text() == ""
    assert col.quick_add.title.hasFocus()
    assert col.quick_add.municipality_name() == "Elva vald"
    type_activity(qtbot, col, "Õpilasesinduste ümarlaud", "elva")  # completes
    assert [r.title for r in in_file(main_window.store.path)] == [
        "Noortevolikogu loomine", "Õpilasesinduste ümarlaud"]
    assert col.model.rowCount() == 2
    assert [r.municipality for r in in_file(main_window.store.path)] == ["Elva vald"] * 2


def test_area_is_suggested_from_the_theme_and_kept_after_an_add(page, qtbot, main_window):
    col = column(page, 1)
    assert col.quick_add.area.currentData() == 1
    col.quick_add.area.setCurrentIndex(col.quick_add.area.findData(6))
    type_activity(qtbot, col, "Huvide deklaratsioonid avalikuks", "Nõo vald")
    assert in_file(main_window.store.path)[0].area_number == 6
    assert col.quick_add.area.currentData() == 6  # kept for the next one, like the municipality


def test_an_empty_title_is_refused_with_a_message_and_nothing_written(page, qtbot, main_window):
    col = column(page, 2)
    type_activity(qtbot, col, "   ", "Elva vald")
    assert in_file(main_window.store.path) == []
    assert col.quick_add.message.isVisibleTo(page)
    assert col.quick_add.message.text()


def test_edit_in_the_editor_then_undo_and_redo(page, qtbot, main_window):
    path = main_window.store.path
    col = column(page, 1)
    type_activity(qtbot, col, "Nädalakiri", "Elva vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor = page.editor
    assert editor.title_edit.text() == "Nädalakiri"

    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    type_text(qtbot, editor.title_edit, "Vallavalitsuse nädalakiri")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert in_file(path)[0].title == "Vallavalitsuse nädalakiri"

    editor.description_edit.setFocus()
    type_text(qtbot, editor.description_edit, "Igal reedel e-postiga")
    editor.responsible_edit.setFocus()  # leaving the field commits it
    assert in_file(path)[0].description == "Igal reedel e-postiga"

    type_text(qtbot, editor.responsible_edit, "kommunikatsioonijuht")
    qtbot.waitUntil(lambda: in_file(path)[0].responsible == "kommunikatsioonijuht",
                    timeout=3000)  # a pause in typing commits too

    qtbot.mouseClick(editor.digital_check, Qt.MouseButton.LeftButton)
    assert in_file(path)[0].digital is True
    editor.area_edit.setCurrentIndex(editor.area_edit.findData(7))
    editor.area_edit.activated.emit(editor.area_edit.currentIndex())
    assert in_file(path)[0].area_number == 7

    stack = page.undo_stack
    stack.undo()  # area
    stack.undo()  # digital
    back = in_file(path)[0]
    assert (back.area_number, back.digital) == (1, False)
    assert editor.area_edit.currentData() == 1 and not editor.digital_check.isChecked()
    stack.undo()  # responsible
    stack.undo()  # description
    stack.undo()  # title
    assert in_file(path)[0].title == "Nädalakiri"
    assert editor.title_edit.text() == "Nädalakiri"
    assert col.model.row_at(0).title == "Nädalakiri"
    stack.undo()  # the add itself
    assert in_file(path) == [] and col.model.rowCount() == 0
    for _ in range(6):
        stack.redo()
    back = in_file(path)[0]
    assert (back.title, back.description, back.responsible, back.digital, back.area_number) \
        == ("Vallavalitsuse nädalakiri", "Igal reedel e-postiga", "kommunikatsioonijuht",
            True, 7)


def test_edits_still_pending_are_saved_when_the_window_closes(page, qtbot, main_window):
    path = main_window.store.path
    col = column(page, 2)
    type_activity(qtbot, col, "Kärajad", "Kastre vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    page.editor.notes_edit.setFocus()
    type_text(qtbot, page.editor.notes_edit, "Küsida vallavanemalt eelarvet")
    main_window.close()
    assert in_file(path)[0].notes == "Küsida vallavanemalt eelarvet"


def test_reorder_move_and_delete_with_undo_from_the_menu(page, qtbot, main_window):
    path = main_window.store.path
    c1, c2 = column(page, 1), column(page, 2)
    for t in ("A", "B", "C"):
        type_activity(qtbot, c1, t, "Elva vald")
    c1.view.setFocus()
    c1.view.setCurrentIndex(c1.proxy.index(2, 0))
    page.up_action.trigger()
    assert [r.title for r in in_file(path)] == ["A", "C", "B"]
    assert c1.current_row().title == "C"

    page.right_action.trigger()  # C to group 2
    rows = in_file(path)
    assert [(r.group_number, r.title) for r in rows] == [(1, "A"), (1, "B"), (2, "C")]
    assert c2.model.rowCount() == 1 and c1.model.rowCount() == 2

    c1.view.setCurrentIndex(c1.proxy.index(0, 0))
    page._set_current_group(c1.group.id)
    page.delete_action.trigger()
    assert [r.title for r in in_file(path)] == ["B", "C"]

    stack = page.undo_stack
    stack.undo()
    assert [r.title for r in in_file(path)] == ["A", "B", "C"]
    stack.undo()
    assert [(r.group_number, r.title) for r in in_file(path)] == [(1, "A"), (1, "C"), (1, "B")]
    stack.undo()
    assert [r.title for r in in_file(path)] == ["A", "B", "C"]
    assert [c1.model.row_at(i).title for i in range(3)] == ["A", "B", "C"]
    stack.redo()
    stack.redo()
    stack.redo()
    assert [(r.group_number, r.title) for r in in_file(path)] == [(1, "B"), (2, "C")]


def test_undo_works_from_another_page(page, qtbot, main_window):
    type_activity(qtbot, column(page, 1), "Kommunikatsiooniuuring", "Luunja vald")
    main_window.show_page(0)
    main_window.undo_action.trigger()
    assert in_file(main_window.store.path) == []
    main_window.redo_action.trigger()
    assert [r.title for r in in_file(main_window.store.path)] == ["Kommunikatsiooniuuring"]


def test_filter_by_text_municipality_and_area(page, qtbot):
    c1, c2 = column(page, 1), column(page, 2)
    type_activity(qtbot, c1, "Volikogu otseülekanne", "Elva vald")
    type_activity(qtbot, c1, "Nädalakiri", "Nõo vald")
    type_activity(qtbot, c2, "Kärajad", "Nõo vald")
    page.search.setText("VOLIKOGU")
    page.apply_filter()
    assert (c1.proxy.rowCount(), c2.proxy.rowCount()) == (1, 0)
    page.clear_filter()
    nou = page.capture.find_municipality("Nõo vald")
    page.municipality_filter.setCurrentIndex(page.municipality_filter.findData(nou))
    assert (c1.proxy.rowCount(), c2.proxy.rowCount()) == (1, 1)
    page.area_filter.setCurrentIndex(page.area_filter.findData(2))
    assert (c1.proxy.rowCount(), c2.proxy.rowCount()) == (0, 1)
    assert page.filter_status.text()
    page.clear_filter()
    assert (c1.proxy.rowCount(), c2.proxy.rowCount()) == (2, 1)


def test_an_idea_becomes_an_activity_in_one_click(page, qtbot, main_window):
    col = column(page, 2)
    col.quick_add.title.setFocus()  # capturing group 2
    page.ideas.set_municipality_name("Peipsiääre vald")
    item = page.ideas.item_for("Kaasav eelarve")
    assert item is not None
    page.side.setCurrentWidget(page.ideas)
    page.ideas.tree.scrollToItem(item)
    rect = page.ideas.tree.visualItemRect(item)
    qtbot.mouseClick(page.ideas.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    (row,) = in_file(main_window.store.path)
    assert (row.title, row.group_number, row.municipality, row.area_number) == (
        "Kaasav eelarve", 2, "Peipsiääre vald", 2)
    assert col.current_row().title == "Kaasav eelarve"


def test_coverage_grid_counts_shows_gaps_and_filters_on_click(page, qtbot):
    c1, c3 = column(page, 1), column(page, 3)
    type_activity(qtbot, c1, "Nädalakiri", "Elva vald")
    type_activity(qtbot, c3, "Noortevolikogu", "Elva vald")
    type_activity(qtbot, c3, "Noortekohvik", "Elva vald")
    type_activity(qtbot, c1, "Videod", "Nõo vald")
    page.show_view(1)
    model = page.coverage.model
    assert model.rowCount() == 2 and model.columnCount() == 8
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    elva = names.index("Elva vald")
    assert [model.index(elva, c).data() for c in range(8)] == ["1", "–", "–", "–", "2", "–",
                                                                "–", "3"]
    # 2 municipalities x 7 areas, 3 of them with something
    summary = page.coverage.summary.text()
    assert "11" in summary and "14" in summary
    # a new activity updates the grid live
    type_activity(qtbot, c1, "Huvide deklaratsioonid", "Nõo vald")
    qtbot.waitUntil(lambda: model.index(names.index("Nõo vald"), 7).data() == "2")
    # clicking a cell lists exactly those activities
    index = model.index(elva, 4)
    page.coverage.table.clicked.emit(index)
    assert page.views.currentIndex() == 0
    assert (c1.proxy.rowCount(), c3.proxy.rowCount()) == (0, 2)


def test_per_municipality_view(page, qtbot):
    type_activity(qtbot, column(page, 3), "Noortevolikogu", "Elva vald")
    type_activity(qtbot, column(page, 1), "Nädalakiri", "Elva vald")
    type_activity(qtbot, column(page, 2), "Kärajad", "Nõo vald")
    page.show_view(2)
    view = page.municipality_view
    view.select(page.capture.find_municipality("Elva vald"))
    assert [(r.group_number, r.title) for r in view.model.rows()] == [
        (1, "Nädalakiri"), (3, "Noortevolikogu")]
    assert "Elva vald" in view.heading.text()


def test_projector_wall_follows_typing_and_switches_groups(page, qtbot, main_window):
    stage = main_window.stage
    page.show_wall(column(page, 1).group.id)
    assert stage.isVisible() and stage.current_scene() == "wall"
    wall = page.wall
    assert wall.heading.text() == column(page, 1).group.name
    assert wall.statement.text() == column(page, 1).group.statement
    type_activity(qtbot, column(page, 1), "Volikogu istungite otseülekanne", "Elva vald")
    assert wall.titles() == ["Volikogu istungite otseülekanne"]
    page.wall_next_action.trigger()
    assert wall.heading.text() == column(page, 2).group.name and wall.titles() == []
    type_activity(qtbot, column(page, 2), "Kärajad", "Nõo vald")
    assert wall.titles() == ["Kärajad"]
    qtbot.keyClick(wall, Qt.Key.Key_3)
    assert wall.heading.text() == column(page, 3).group.name
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert wall.heading.text() == column(page, 1).group.name
    stage.close()


def test_the_wall_shrinks_its_type_so_the_whole_list_is_seen(page, qtbot, main_window):
    from avtoituba.gui.projector.wall_layout import full_title_px

    stage = main_window.stage
    stage.resize(1280, 720)
    page.show_wall(column(page, 1).group.id)
    wall = page.wall
    for i in range(9):
        type_activity(qtbot, column(page, 1), f"Volikogu istungi otseülekanne nr {i + 1}",
                      "Elva vald")
    def all_on_screen() -> bool:
        return len(wall.shown()) == 9 and wall.page_count() == 1

    qtbot.waitUntil(all_on_screen)
    assert wall.board.layout_.title_px < full_title_px(stage.height())  # smaller type
    stage.close()


def test_activities_menu_shows_its_shortcuts(page, main_window):
    menus = [a.menu() for a in main_window.menuBar().actions() if a.menu()]
    (menu,) = [m for m in menus if m.objectName() == "activitiesMenu"]
    shortcuts = {a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert {"Ctrl+Shift+N", "Ctrl+F", "Del", "Ctrl+Up", "Ctrl+Down", "Ctrl+Shift+Left",
            "Ctrl+Shift+Right", "F6"} <= shortcuts
    assert menu.title().replace("&", "") == "Tegevused"  # Estonian by default


def test_keyboard_shortcuts_in_the_list(page, qtbot, main_window):
    col = column(page, 1)
    for t in ("A", "B"):
        type_activity(qtbot, col, t, "Elva vald")
    col.view.setFocus()
    col.view.setCurrentIndex(col.proxy.index(1, 0))
    qtbot.keyClick(col.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in in_file(main_window.store.path)] == ["B", "A"]
    qtbot.keyClick(col.view, Qt.Key.Key_Return)  # Enter opens the editor
    assert page.editor.title_edit.hasFocus() and page.editor.title_edit.text() == "B"
    col.view.setFocus()
    qtbot.keyClick(col.view, Qt.Key.Key_Delete)
    assert [r.title for r in in_file(main_window.store.path)] == ["A"]


def test_a_workshop_with_5000_activities_opens_and_filters(tmp_path, qtbot, settings, estonian):
    from avtoituba.gui.shell.main_window import MainWindow
    from tests.bench._workshops import make_workshop

    path = make_workshop(tmp_path / "suur.avtoituba", 5000)
    window = MainWindow(open_store(path), settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page([p.key for p in window.pages].index("activities"))
    page = window.page("activities")
    assert sum(c.model.rowCount() for c in page.columns.values()) == 5000
    page.search.setText("(4999)")
    page.apply_filter()
    assert sum(c.proxy.rowCount() for c in page.columns.values()) == 1
    page.clear_filter()
    page.municipality_filter.setCurrentIndex(page.municipality_filter.findText("Nõo vald"))
    assert sum(c.proxy.rowCount() for c in page.columns.values()) == 625  # 5,000 over the demo's 8 municipalities
    page.show_view(1)
    assert page.coverage.model.rowCount() == 8
    # the lists scroll to the end and back
    col = next(iter(page.columns.values()))
    page.clear_filter()
    page.show_view(0)
    col.view.scrollToBottom()
    col.view.scrollToTop()
    # and typing still lands in the file
    type_activity(qtbot, col, "Viimane", "Elva vald")
    assert len(in_file(path)) == 5001
    window.close()


def test_read_only_workshop_shows_but_cannot_capture(tmp_path, qtbot, settings, estonian,
                                                     store):
    from avtoituba.gui.shell.main_window import MainWindow

    c = Capture(store)
    c.add(c.groups()[0].id, "Nädalakiri", "Elva vald")
    c.close()
    window = MainWindow(open_store(store.path, read_only=True), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.page("activities")
    assert not next(iter(page.columns.values())).quick_add.isEnabled()
    assert sum(col.model.rowCount() for col in page.columns.values()) == 1
    window.close()


def test_the_editor_keeps_the_title_when_it_is_emptied_and_says_when_it_saved(page, qtbot,
                                                                               main_window):
    col = column(page, 1)
    type_activity(qtbot, col, "Nädalakiri", "Elva vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor = page.editor
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert in_file(main_window.store.path)[0].title == "Nädalakiri"
    assert editor.title_edit.text() == "Nädalakiri"
    assert editor.status.isVisibleTo(editor) and editor.status.text()
    type_text(qtbot, editor.responsible_edit, "vallasekretär")
    editor.responsible_edit.setFocus()
    qtbot.keyClick(editor.responsible_edit, Qt.Key.Key_Return)
    assert in_file(main_window.store.path)[0].responsible == "vallasekretär"
    assert editor.saved.text().startswith("Salvestatud")


def test_moves_that_cannot_be_made_are_greyed_out(page, qtbot):
    c1, c3 = column(page, 1), column(page, 3)
    for t in ("A", "B"):
        type_activity(qtbot, c1, t, "Elva vald")
    type_activity(qtbot, c3, "C", "Elva vald")
    c1.view.setFocus()
    c1.view.setCurrentIndex(c1.proxy.index(0, 0))
    assert not page.up_action.isEnabled() and page.down_action.isEnabled()
    assert not page.left_action.isEnabled() and page.right_action.isEnabled()
    c3.view.setFocus()
    c3.view.setCurrentIndex(c3.proxy.index(0, 0))
    assert not page.up_action.isEnabled() and not page.down_action.isEnabled()
    assert page.left_action.isEnabled() and not page.right_action.isEnabled()
