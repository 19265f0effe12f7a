"""PySide6 6.12 on Python 3.11 drops a reference to None / True / False on every call of a
Qt method returning void / bool. avtoituba.gui gives those singletons a reference count no
session can use up; without it a minute of typing ends the app ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit


def test_a_day_of_qt_calls_does_not_use_up_none_true_or_false(qapp):
    import avtoituba.gui  # noqa: F401 - the import is what installs the guard

    obj = QObject()
    line = QLineEdit()
    before = {k: sys.getrefcount(v) for k, v in (("None", None), ("True", True),
                                                   ("False", False))}
    for i in range(50_000):  # far more than the ~5,000 references None starts with
        obj.setObjectName("x")  # void
        line.isModified()  # bool
        line.hasFocus()
        obj.signalsBlocked()
        if i % 10_000 == 0:
            line.setText(str(i))
    after = {k: sys.getrefcount(v) for k, v in (("None", None), ("True", True),
                                                  ("False", False))}
    for name in before:
        assert after[name] > 1_000_000, (name, before[name], after[name])
