"""Scribe mode and the Activities page, joined: phones' entries appear in the trainer's lists
and on the wall, marked with the device; the trainer's own edits reach the phones.

The :class:`~avtoituba.core.scribes.ScribeService` reports each change to its listeners; the
dialog turns that into a Qt signal (queued onto the GUI thread if it came from elsewhere),
and :class:`ScribeLink` asks the activities hub to read those rows again. The hub's own
signals (the trainer typed, moved, deleted or undid) go the other way, to the phones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from avtoituba.core.capture import ActivityRow
from avtoituba.core.scribes import ScribeChange

from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.gui.activities.hub import ActivityHub
    from avtoituba.gui.scribes.dialog import ScribeDialog


class ScribeLink(QObject):
    """Keeps the hub and the phones in step while the workshop is open."""

    def __init__(self, dialog: ScribeDialog, hub: ActivityHub):
        super().__init__(dialog)
        self.dialog = dialog
        self.hub = hub
        dialog.changed.connect(self._from_phone)
        hub.inserted.connect(self._row_changed)
        hub.updated.connect(self._row_changed)
        hub.removed.connect(self._row_removed)
        self.refresh_marks()

    def mark_text(self, group_number: int | None, label: str) -> str:
        if not label:
            return ""
        if group_number is None:
            return fill(self.tr("device %1"), label)
        return fill(self.tr("group %1 device %2"), group_number, label)

    def refresh_marks(self) -> None:
        numbers = {g.id: g.number for g in self.hub.groups()}
        self.hub.set_marks({
            aid: self.mark_text(numbers.get(gid) if gid is not None else None, label)
            for aid, (gid, label) in self.dialog.service.entry_devices().items()})

    def _from_phone(self, change: ScribeChange) -> None:
        if change.activity_id is None:
            return
        if change.kind == "added":  # one more mark, not all of them read again
            group_id, label = self.dialog.service.device_mark(change.device)
            numbers = {g.id: g.number for g in self.hub.groups()}
            self.hub.set_mark(change.activity_id, self.mark_text(
                numbers.get(group_id) if group_id is not None else None, label))
        self.hub.follow(change.activity_id, change.row if change.kind == "added" else None)

    def _row_changed(self, row: ActivityRow, *_rest: object) -> None:
        self.dialog.notify(row.group_id)

    def _row_removed(self, _activity_id: int, group_id: int) -> None:
        self.dialog.notify(group_id)


def open_scribe_dialog(context: object, parent: object, hub: ActivityHub | None
                       ) -> ScribeDialog:
    """The workshop's one scribe dialog (``context.services["scribes"]``), made on first use
    with one :class:`ScribeService` that shares the Activities page's capture service."""
    from avtoituba.core.capture import Capture
    from avtoituba.core.scribes import ScribeService

    from avtoituba.gui.scribes.dialog import ScribeDialog

    services: dict[str, object] = context.services  # type: ignore[attr-defined]
    dialog = services.get("scribes")
    if isinstance(dialog, ScribeDialog):
        return dialog
    store = context.store  # type: ignore[attr-defined]
    capture = hub.capture if hub is not None else Capture(store)
    dialog = ScribeDialog(ScribeService(store, capture), parent)  # type: ignore[arg-type]
    dialog.stage = getattr(context, "stage", None)
    if hub is not None:
        dialog.link = ScribeLink(dialog, hub)
    services["scribes"] = dialog
    return dialog
