"""The agenda's undo steps: each one already written through core when it is pushed.

Block edits (``EditBlock``, ``ShortenBlock``, ``MoveBlock``, ``AddBlock``, ``DeleteBlock``),
a late-day plan (``ApplyPlan``: its cuts and moved fixed starts in one write, the running
block's cut as a timer event) and every timer action (``TimerStep``). Undo and redo write
through core again; a timer step is taken back by appending a correction to the log, never
by rewriting it. See ``gui/shell/undo.py`` for the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from avtoituba.core import agenda
from avtoituba.core.timer_service import TimerService

from avtoituba.gui.shell.undo import Change

if TYPE_CHECKING:  # no SQLAlchemy before the first page is painted
    from avtoituba.store.db import Store

Refresh = Callable[[], None]


class EditBlock(Change):
    """Fields of one block changed (title, minutes, kind, fixed start, ...)."""

    def __init__(self, store: Store, block_id: int, new: dict[str, Any],
                 old: dict[str, Any], text: str, refresh: Refresh):
        super().__init__(text)
        self.store, self.block_id, self.new, self.old = store, block_id, new, old
        self.refresh = refresh

    def revert(self) -> None:
        agenda.update_block(self.store, self.block_id, **self.old)
        self.refresh()

    def reapply(self) -> None:
        agenda.update_block(self.store, self.block_id, **self.new)
        self.refresh()


class ShortenBlock(EditBlock):
    """A later block made shorter to win back time."""


class MoveBlock(Change):
    def __init__(self, store: Store, block_id: int, old: int, to: int, text: str,
                 refresh: Refresh):
        super().__init__(text)
        self.store, self.block_id, self.old, self.to = store, block_id, old, to
        self.refresh = refresh

    def revert(self) -> None:
        agenda.move_block(self.store, self.block_id, self.old)
        self.refresh()

    def reapply(self) -> None:
        agenda.move_block(self.store, self.block_id, self.to)
        self.refresh()


class AddBlock(Change):
    def __init__(self, store: Store, block_id: int, text: str, refresh: Refresh):
        super().__init__(text)
        self.store, self.block_id, self.refresh = store, block_id, refresh
        self.snapshot: dict[str, Any] | None = None

    def revert(self) -> None:
        self.snapshot = agenda.delete_block(self.store, self.block_id)
        self.refresh()

    def reapply(self) -> None:
        assert self.snapshot is not None
        self.block_id = agenda.restore_block(self.store, self.snapshot)
        self.refresh()


class DeleteBlock(Change):
    def __init__(self, store: Store, snapshot: dict[str, Any], text: str, refresh: Refresh):
        super().__init__(text)
        self.store, self.snapshot, self.refresh = store, snapshot, refresh
        self.block_id = int(snapshot["id"])

    def revert(self) -> None:
        self.block_id = agenda.restore_block(self.store, self.snapshot)
        self.refresh()

    def reapply(self) -> None:
        self.snapshot = agenda.delete_block(self.store, self.block_id)
        self.refresh()


class TimerStep(Change):
    """One timer action (start, pause, next, +1 minute, end the day, ...) in the log."""

    def __init__(self, timer: TimerService, event_id: int, text: str, refresh: Refresh):
        super().__init__(text)
        self.timer, self.event_id, self.refresh = timer, event_id, refresh

    def revert(self) -> None:
        self.timer.cancel(self.event_id)
        self.refresh()

    def reapply(self) -> None:
        self.timer.restore(self.event_id)
        self.refresh()


class ApplyPlan(Change):
    """A late-day plan: shortened blocks and moved fixed starts, applied and undone as one."""

    def __init__(self, store: Store, timer: TimerService, new: dict[int, dict[str, Any]],
                 old: dict[int, dict[str, Any]], event_id: int | None, text: str,
                 refresh: Refresh):
        super().__init__(text)
        self.store, self.timer, self.new, self.old = store, timer, new, old
        self.event_id, self.refresh = event_id, refresh

    def revert(self) -> None:
        if self.old:
            agenda.update_blocks(self.store, self.old)
        if self.event_id is not None:
            self.timer.cancel(self.event_id)
        self.refresh()

    def reapply(self) -> None:
        if self.new:
            agenda.update_blocks(self.store, self.new)
        if self.event_id is not None:
            self.timer.restore(self.event_id)
        self.refresh()


def write_plan(store: Store, timer: TimerService, plan: Any) -> tuple[dict, dict, int | None]:
    """Write a late-day plan: the later blocks in one transaction first (a refusal leaves
    everything as it was), then the running block's cut as one timer event."""
    new: dict[int, dict[str, Any]] = {}
    cut_now = 0
    for cut in plan.cuts:
        if cut.current:
            cut_now += cut.by_s
        else:
            new[cut.block.id] = {"duration_s": cut.block.duration_s - cut.by_s}
    for move in plan.moves:
        new.setdefault(move.block.id, {})["fixed_start"] = move.new
    old = agenda.update_blocks(store, new) if new else {}
    event_id = None
    if cut_now:
        try:
            timer.extend(-cut_now)
        except Exception:
            if old:
                agenda.update_blocks(store, old)  # all or nothing
            raise
        event_id = timer.last_event.id if timer.last_event else None
    return new, old, event_id
