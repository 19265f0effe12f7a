"""Qt's translator (the compiled .qm) and the Qt-free path say the same from one entry."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import QCoreApplication

from avtoituba.core import grouping, roster

from avtoituba import wording


@pytest.mark.parametrize("lang", ["et", "en"])
def test_qt_and_the_qt_free_path_word_a_core_message_alike(qapp, lang):
    from avtoituba.gui.shell.i18n import install_translators

    install_translators(lang)
    try:
        assert wording.language() == lang  # the GUI's choice reaches core's messages
        messages = [grouping.WORDS("participants", n=n) for n in (1, 2, 5)]
        messages += [grouping.WORDS("head", grouping.STRATEGY_NAMES["spread"], "",
                                    grouping.WORDS("participants", n=9), n=3),
                     roster.problem_message("missing_columns", missing=["municipality"],
                                            found="A")]
        for message in messages:
            by_qt = message.text(translate=QCoreApplication.translate)
            assert by_qt == message.text(lang) == message.text()
        one, two = (m.text(translate=QCoreApplication.translate) for m in messages[:2])
        assert (one, two) == (("1 osaleja", "2 osalejat") if lang == "et"
                              else ("1 participant", "2 participants"))
    finally:
        install_translators("et")


ENGLISH_IN_DIALOGS = re.compile(
    r"\b(Open|Save|Choose|Cancel|Look|File|Files|name|type|Back|Forward|Parent|Directory|"
    r"Directories|Folder|View|Name|Size|Type|Date|Modified|Show|hidden|Delete|Rename|New|"
    r"Find|Create|Sidebar|All)\b")


def _shown_texts(dialog) -> list[str]:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QWidget

    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation()))
                      for i in range(widget.count())]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    return [t for t in texts if t]


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_qts_own_file_dialog_speaks_estonian(qtbot, estonian, tmp_path, mode):
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "", str(tmp_path), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _shown_texts(dialog)
    assert "Loobu" in texts
    english = [t for t in texts if ENGLISH_IN_DIALOGS.search(t.replace("&", ""))]
    assert not english, f"English in the Estonian file dialog: {english}"
