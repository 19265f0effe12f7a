"""Qt's translator (the compiled .qm) and the Qt-free path say the same from one entry."""

from __future__ import annotations

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
