"""„AVP tegevuskava mustand“ in Workshop details shows the OGP commitment fields in the
activity editor; what the trainer types there reaches the file through the capture service
and undoes in one step. Off, nothing of it shows."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.activities.helpers import column, in_file, type_activity, type_text


def test_the_commitment_fields_show_only_with_the_option_and_are_saved(page, qtbot,
                                                                         main_window):
    from avtoituba.gui.shell.dialogs import WorkshopDialog

    path = main_window.store.path
    col = column(page, 1)
    type_activity(qtbot, col, "Kaasav eelarve", "Elva vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor = page.editor
    assert editor.form.isVisible() and not editor.ogp_box.isVisible()

    dialog = WorkshopDialog(main_window.store, main_window)
    assert dialog.ogp_check.text() == "AVP tegevuskava mustand"
    assert not dialog.ogp_check.isChecked()
    dialog.ogp_check.setChecked(True)
    dialog.accept()
    editor.set_row(None)
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor.set_row(col.current_row())
    assert editor.ogp_box.isVisible()
    assert editor.ogp_box.title() == "AVP kohustus"

    box = editor.ogp_box
    box.texts["problem"].setFocus()
    type_text(qtbot, box.texts["problem"], "Elanikud ei tea eelarvest")
    box.values["participation"].setChecked(True)
    qtbot.mouseClick(box.findChild(QPushButton, "ogpAddMilestone"), Qt.MouseButton.LeftButton)
    row = box.milestone_rows[0]
    row.title_edit.setText("Ideekorje")
    row.start_edit.setDate(QDate(2027, 1, 10))
    row.end_edit.setDate(QDate(2027, 2, 28))
    box.texts["budget"].setFocus()          # leaving a text field commits
    type_text(qtbot, box.texts["budget"], "5000 €")
    editor.flush()
    saved = in_file(path)[0].ogp
    assert saved == {"problem": "Elanikud ei tea eelarvest", "values": ["participation"],
                     "milestones": [{"title": "Ideekorje", "start": "2027-01-10",
                                     "end": "2027-02-28"}],
                     "budget": "5000 €"}

    steps = 0   # each commit (focus left a field, a pause) is one undo step
    while in_file(path)[0].ogp and steps < 5:
        page.undo_stack.undo()
        steps += 1
    assert 1 <= steps < 5 and in_file(path)[0].title == "Kaasav eelarve"
    assert box.texts["problem"].toPlainText() == "" and not box.milestone_rows
    for _ in range(steps):
        page.undo_stack.redo()
    assert in_file(path)[0].ogp == saved
    assert box.texts["budget"].text() == "5000 €" and len(box.milestone_rows) == 1

    # switched off again: nothing of it shows
    dialog = WorkshopDialog(main_window.store, main_window)
    dialog.ogp_check.setChecked(False)
    dialog.accept()
    editor.set_row(None)
    editor.set_row(col.current_row())
    assert editor.form.isVisible() and not editor.ogp_box.isVisible()


def test_a_milestone_that_ends_before_it_starts_is_not_saved_and_says_why(page, qtbot,
                                                                           main_window):
    from avtoituba.core import ogp

    ogp.set_draft_enabled(main_window.store, True)
    path = main_window.store.path
    col = column(page, 1)
    type_activity(qtbot, col, "Avatud andmed", "Elva vald")
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    editor = page.editor
    editor.set_row(None)
    editor.set_row(col.current_row())
    box = editor.ogp_box
    row = box.add_milestone()
    row.title_edit.setText("Avaldamine")
    row.start_edit.setDate(QDate(2027, 5, 1))
    row.end_edit.setDate(QDate(2027, 4, 1))
    editor.flush()
    assert in_file(path)[0].ogp == {}
    assert "paranda kuupäevad" in editor.status.text()
    assert page.undo_stack.count() == 1   # the add only: the refused edit left no step
