"""Every activity typed reaches the right municipality: no orphan, no typo municipality,
nothing hidden by a filter without a word (issue 13, capture side)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from avtoituba.store.db import open_store

from tests.gui.activities.helpers import column, in_file, type_activity, type_text


def test_enter_with_no_municipality_asks_for_one_and_saves_nothing(page, qtbot, main_window):
    col = column(page, 1)
    assert col.quick_add.municipality_name() == ""  # a new workshop: nothing used yet
    type_activity(qtbot, col, "Nädalakiri")
    assert in_file(main_window.store.path) == []
    bar = col.quick_add
    assert bar.message.isVisibleTo(page) and bar.message.text()
    assert bar.title.text() == "Nädalakiri"
    assert bar.municipality.hasFocus()
    type_text(qtbot, bar.municipality.lineEdit(), "Elva vald")
    qtbot.keyClick(bar.municipality.lineEdit(), Qt.Key.Key_Return)
    (row,) = in_file(main_window.store.path)
    assert (row.title, row.municipality) == ("Nädalakiri", "Elva vald")


def test_each_column_starts_with_its_last_municipality_after_a_restart(page, qtbot, main_window,
                                                                       settings):
    from avtoituba.gui.shell.main_window import MainWindow

    path = main_window.store.path
    type_activity(qtbot, column(page, 1), "Nädalakiri", "Elva vald")
    type_activity(qtbot, column(page, 3), "Noortevolikogu", "Nõo vald")
    main_window.close()
    window = MainWindow(open_store(path), settings)
    qtbot.addWidget(window)
    window.show()
    again = window.page("activities")
    assert [column(again, n).quick_add.municipality_name() for n in (1, 2, 3)] == [
        "Elva vald", "", "Nõo vald"]
    type_activity(qtbot, column(again, 1), "Videod")  # Enter straight away: no orphan
    assert [(r.title, r.municipality) for r in in_file(path)] == [
        ("Nädalakiri", "Elva vald"), ("Videod", "Elva vald"), ("Noortevolikogu", "Nõo vald")]
    window.close()


def test_a_typo_asks_did_you_mean_and_saves_only_after_the_answer(page, qtbot, main_window):
    path = main_window.store.path
    col = column(page, 2)
    type_activity(qtbot, col, "Kärajad", "Elva vald")
    type_activity(qtbot, col, "Kaasav eelarve", "Elvva vald")
    bar = col.quick_add
    assert [r.title for r in in_file(path)] == ["Kärajad"]  # nothing yet
    assert bar.question_is_open() and "Elva vald" in bar.question_label.text()
    assert bar.use_known_button.text() == "Elva vald"
    qtbot.mouseClick(bar.use_known_button, Qt.MouseButton.LeftButton)
    assert [(r.title, r.municipality) for r in in_file(path)] == [
        ("Kärajad", "Elva vald"), ("Kaasav eelarve", "Elva vald")]
    assert page.hub.municipality_names() == ["Elva vald"]
    assert not bar.question_is_open() and bar.title.text() == ""

    # a really new one with a name like a known one: the trainer says so
    type_activity(qtbot, col, "Videod", "Elva valla")
    assert bar.question_is_open()
    qtbot.mouseClick(bar.add_new_button, Qt.MouseButton.LeftButton)
    assert page.hub.municipality_names() == ["Elva vald", "Elva valla"]
    assert in_file(path)[-1].municipality == "Elva valla"


def test_a_typo_in_the_editor_asks_too(page, qtbot, main_window):
    col = column(page, 1)
    type_activity(qtbot, col, "A", "Elva vald")
    type_activity(qtbot, col, "B", "Nõo vald")
    col.view.setCurrentIndex(col.proxy.index(1, 0))
    editor = page.editor
    editor.municipality_edit.setFocus()
    editor.municipality_edit.lineEdit().selectAll()
    type_text(qtbot, editor.municipality_edit.lineEdit(), "Elav vald")
    qtbot.keyClick(editor.municipality_edit.lineEdit(), Qt.Key.Key_Return)
    assert in_file(main_window.store.path)[1].municipality == "Nõo vald"
    assert editor.question.isVisibleTo(page)
    qtbot.mouseClick(editor.use_known_button, Qt.MouseButton.LeftButton)
    assert in_file(main_window.store.path)[1].municipality == "Elva vald"


def test_a_new_activity_hidden_by_the_filter_is_announced_with_show(page, qtbot, main_window):
    c1 = column(page, 1)
    type_activity(qtbot, c1, "Nädalakiri", "Elva vald")
    type_activity(qtbot, c1, "Videod", "Nõo vald")
    page.set_filter(page.hub.find_municipality("Elva vald"))
    assert c1.proxy.rowCount() == 1
    type_activity(qtbot, c1, "Kärajad", "Nõo vald")
    notice = page.hidden_notice
    assert notice.isVisibleTo(page) and "Kärajad" in notice.label.text()
    qtbot.mouseClick(notice.show_button, Qt.MouseButton.LeftButton)
    assert page.current_filter().is_empty() and not notice.isVisibleTo(page)
    assert c1.proxy.rowCount() == 3 and c1.current_row().title == "Kärajad"
    # one the filter shows is not announced
    page.set_filter(page.hub.find_municipality("Elva vald"))
    type_activity(qtbot, c1, "Otseülekanne", "Elva vald")
    assert not notice.isVisibleTo(page)


def test_the_idea_panel_adds_for_the_municipality_of_the_column(page, qtbot, main_window):
    c1, c3 = column(page, 1), column(page, 3)
    type_activity(qtbot, c1, "Nädalakiri", "Elva vald")
    type_activity(qtbot, c3, "Noortevolikogu", "Nõo vald")
    c1.quick_add.title.setFocus()
    assert page.ideas.municipality_name() == "Elva vald"
    c3.quick_add.title.setFocus()
    assert page.ideas.municipality_name() == "Nõo vald"
    row = page.add_idea(5, "Noortevolikogud")
    assert (row.group_number, row.municipality) == (3, "Nõo vald")


def test_merge_two_municipalities_and_undo(page, qtbot, main_window):
    path = main_window.store.path
    c1, c2 = column(page, 1), column(page, 2)
    type_activity(qtbot, c1, "Nädalakiri", "Elva vald")
    type_activity(qtbot, c2, "Kärajad", "Elvva vald")
    c2.quick_add.add_new_button.click()
    assert page.hub.municipality_names() == ["Elva vald", "Elvva vald"]
    page.merge_municipalities(page.hub.find_municipality("Elvva vald"),
                              page.hub.find_municipality("Elva vald"))
    assert {r.municipality for r in in_file(path)} == {"Elva vald"}
    assert page.hub.municipality_names() == ["Elva vald"]
    assert c2.model.row_at(0).municipality == "Elva vald"
    assert [page.municipality_filter.itemText(i)
            for i in range(page.municipality_filter.count())][1:] == ["Elva vald"]
    page.undo_stack.undo()
    assert [r.municipality for r in in_file(path)] == ["Elva vald", "Elvva vald"]
    assert c2.model.row_at(0).municipality == "Elvva vald"
    page.undo_stack.redo()
    assert {r.municipality for r in in_file(path)} == {"Elva vald"}


def test_the_merge_dialog_suggests_the_name_a_typo_came_from(page, qtbot):
    from avtoituba.gui.activities.merge_dialog import MergeDialog

    col = column(page, 1)
    for name in ("Elva vald", "Nõo vald"):
        type_activity(qtbot, col, "X", name)
    type_activity(qtbot, col, "Y", "Elvva vald")
    col.quick_add.add_new_button.click()
    rows = page.hub.municipality_rows()
    dialog = MergeDialog(rows, {page.hub.find_municipality("Elvva vald"): 1}, {}, page)
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(dialog.source.findText("Elvva vald"))
    assert dialog.target.currentText() == "Elva vald"
    assert "Elva vald" in dialog.summary.text()


def test_the_editor_does_not_empty_the_municipality(page, qtbot, main_window):
    col = column(page, 1)
    type_activity(qtbot, col, "A", "Elva vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor = page.editor
    editor.municipality_edit.setFocus()
    editor.municipality_edit.lineEdit().selectAll()
    qtbot.keyClick(editor.municipality_edit.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClick(editor.municipality_edit.lineEdit(), Qt.Key.Key_Return)
    assert in_file(main_window.store.path)[0].municipality == "Elva vald"
    assert editor.status.text() and editor.municipality_edit.currentText() == "Elva vald"


def test_after_a_merge_the_quick_add_line_offers_the_name_that_stays(page, qtbot, main_window):
    c1, c2 = column(page, 1), column(page, 2)
    type_activity(qtbot, c1, "Nädalakiri", "Elva vald")
    type_activity(qtbot, c2, "Kärajad", "Elvva vald")
    c2.quick_add.add_new_button.click()
    page.merge_municipalities(page.hub.find_municipality("Elvva vald"),
                              page.hub.find_municipality("Elva vald"))
    assert c2.quick_add.municipality_name() == "Elva vald"
    type_activity(qtbot, c2, "Videod")   # Enter straight away: no question, the real name
    assert not c2.quick_add.question_is_open()
    assert [(r.title, r.municipality) for r in in_file(main_window.store.path)][-1] == (
        "Videod", "Elva vald")
