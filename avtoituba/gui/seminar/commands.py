"""Undo steps of the Seminar page: each change is written through core first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from avtoituba.core.seminar_run import set_attendance, set_mark
from avtoituba.store.db import Store

from avtoituba.gui.shell.undo import Change

Refresh = Callable[[], None]


class SetAttendance(Change):
    """A municipality marked present, absent or moved later (the order kept with it)."""

    def __init__(self, store: Store, municipality_id: int, before: str, after: str,
                 order_before: list[int], refresh: Refresh):
        super().__init__(QCoreApplication.translate("SeminarPage", "Change attendance"))
        self.store, self.mid, self.before, self.after = store, municipality_id, before, after
        self.order_before, self.refresh = order_before, refresh

    def revert(self) -> None:
        from avtoituba.core.municipalities import set_seminar_order

        set_attendance(self.store, self.mid, self.before)
        set_seminar_order(self.store, self.order_before)
        self.refresh()

    def reapply(self) -> None:
        set_attendance(self.store, self.mid, self.after)
        self.refresh()


class SetMark(Change):
    """An activity marked confirmed, changed or dropped."""

    def __init__(self, store: Store, activity_id: int, before: str, after: str,
                 refresh: Refresh):
        super().__init__(QCoreApplication.translate("SeminarPage", "Mark the activity"))
        self.store, self.aid, self.before, self.after = store, activity_id, before, after
        self.refresh = refresh

    def revert(self) -> None:
        set_mark(self.store, self.aid, self.before)
        self.refresh()

    def reapply(self) -> None:
        set_mark(self.store, self.aid, self.after)
        self.refresh()
