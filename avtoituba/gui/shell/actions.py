"""Actions declared once, as a table, and built by one helper.

Each page (and the main window) lists its actions in an ``actions.py`` beside it as
:class:`ActionSpec` rows: text, shortcuts, icon, the name of the handler method, and
whether it is a single-key shortcut that must not fire while the trainer is typing.
:func:`build_actions` turns such a table into ``QAction`` objects owned by a widget, so
menus, toolbars and context menus share the same objects, and a test can collect every
action of a window to check that no two share a key.

Texts are marked with ``QT_TRANSLATE_NOOP(context, text)`` so ``make translations`` finds
them; they are translated when built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One action of a window or page."""

    key: str                      # attribute name on the owner: ``<key>_action``
    context: str                  # translation context of ``text`` (and ``tip``)
    text: str                     # source text, marked with QT_TRANSLATE_NOOP
    handler: str                  # name of the owner's method, called with no argument
    shortcuts: Sequence[Shortcut] = ()
    icon: str = ""                # resources/icons/<icon>.svg
    tip: str = ""
    checkable: bool = False
    #: a single-key shortcut (Space, arrows, +, -): ignored while a text field has focus
    typing_guard: bool = False
    shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    extra: dict[str, object] = field(default_factory=dict)


def focus_is_typing() -> bool:
    """True while the keyboard focus is in a field where keys are text (or an editor)."""
    widget = QApplication.focusWidget()
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    if isinstance(widget, QAbstractItemView) and \
            widget.state() == QAbstractItemView.State.EditingState:
        return True
    return False


class _TypingGuard(QObject):
    """Swallows a single-key shortcut while the trainer types; menus and buttons still work."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and focus_is_typing():
            return True
        return False


def _icon(name: str) -> QIcon:
    from avtoituba.resources import resource

    return QIcon(str(resource("icons", f"{name}.svg")))


def build_action(owner: QObject, spec: ActionSpec) -> QAction:
    action = QAction(QCoreApplication.translate(spec.context, spec.text), owner)
    action.setObjectName(f"{spec.key}_action")
    if spec.shortcuts:
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(spec.shortcut_context)
    if spec.icon:
        action.setIcon(_icon(spec.icon))
    if spec.tip:
        action.setToolTip(QCoreApplication.translate(spec.context, spec.tip))
    action.setCheckable(spec.checkable)
    handler: Callable[[], object] = getattr(owner, spec.handler)
    action.triggered.connect(lambda _checked=False: handler())
    if spec.typing_guard:
        action.installEventFilter(_TypingGuard(action))
    if isinstance(owner, QWidget):
        owner.addAction(action)
    return action


def build_actions(owner: QObject, specs: Iterable[ActionSpec]) -> dict[str, QAction]:
    """Build every spec, set ``owner.<key>_action`` and return them by key."""
    built: dict[str, QAction] = {}
    for spec in specs:
        action = build_action(owner, spec)
        setattr(owner, f"{spec.key}_action", action)
        built[spec.key] = action
    return built


def retranslate(actions: dict[str, QAction], specs: Iterable[ActionSpec]) -> None:
    """Re-read the texts after a change of language."""
    for spec in specs:
        action = actions.get(spec.key)
        if action is not None:
            action.setText(QCoreApplication.translate(spec.context, spec.text))
            if spec.tip:
                action.setToolTip(QCoreApplication.translate(spec.context, spec.tip))
