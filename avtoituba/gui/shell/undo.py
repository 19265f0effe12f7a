"""One way to undo: write first, push only what was written.

Every change the trainer makes goes through a core service *before* anything reaches the
undo stack. :func:`apply` runs the write; when it raises, nothing is pushed, the file is
unchanged, and the exception goes to the caller (who shows why). When it succeeds, the
:class:`Change` that describes it is pushed; its first ``redo()`` (which ``QUndoStack.push``
calls) is skipped, because the change is already in the file. Later ``undo()`` and
``redo()`` replay through :meth:`Change.revert` and :meth:`Change.reapply`, each again a
write through core. If such a replay fails, the stack is left where it was (the command is
made obsolete so it cannot be tried again half-done) and the error handler tells the
trainer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

T = TypeVar("T")
ErrorHandler = Callable[[Exception], None]


class Change(QUndoCommand):
    """A change already written to the file; undo and redo write through core again."""

    #: set by :func:`apply` (or by a test); called with the exception of a failed replay
    on_error: ErrorHandler | None = None

    def __init__(self, text: str):
        super().__init__(text)
        self._written = True

    # Subclasses implement these two; each is one write through a core service.
    def revert(self) -> None:
        raise NotImplementedError

    def reapply(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._replay(self.reapply)

    def undo(self) -> None:
        self._replay(self.revert)

    def _replay(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            if self.on_error is None:
                raise
            self.on_error(exc)


def apply(stack: QUndoStack, write: Callable[[], T], change: Callable[[T], Change | None],
          on_error: ErrorHandler | None = None) -> T:
    """Run ``write``; when it succeeded, push ``change(result)`` (if not None).

    ``write`` raising leaves the stack untouched and re-raises.
    """
    result = write()
    command = change(result)
    if command is not None:
        command.on_error = on_error
        stack.push(command)
    return result
