"""The Season page: the shared season database after the day.

Nothing here touches the network until the trainer presses a button; the work runs on the
app's loop (gui/shell/tasks), so the window stays responsive and a stalled network ends in
a message after a bounded wait.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.season.server import SeasonError
from avtoituba.store import FILE_SUFFIX

from avtoituba.gui.season.actions import ACTIONS
from avtoituba.gui.season.messages import season_error_text
from avtoituba.gui.shell import tasks
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page
from avtoituba.wording import fill

URL_KEY = "season/url"
FOLDER_KEY = "season/report_dir"


def _when(value: dt.datetime | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return ""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


# the season list's columns: "text" or "number" (right-aligned)
COLUMNS = ("text", "text", "text", "number", "number", "number", "text", "number", "text")


class SeasonPage(Page):
    key = "season"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._busy = False
        self._workshops: list = []
        build_actions(self, ACTIONS)
        self.send_action.setEnabled(not context.read_only)

        layout = QVBoxLayout(self)
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "After the day, send the workshop to the Academy's shared season database. "
            "Nothing is sent until you press Send; the file on this laptop stays as it is, "
            "and sending again sends only what changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.url_edit = QLineEdit(context.settings.value(URL_KEY) or "")
        self.url_edit.setObjectName("seasonUrl")
        self.url_edit.setPlaceholderText(self.tr("postgresql://user@server:5432/season"))
        self.url_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("Season &database:"), self.url_edit)
        note = QLabel(self.tr(
            "The password is read from your PostgreSQL password file (pgpass) or the "
            "PGPASSWORD setting; avtoituba never saves it."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addLayout(form)
        layout.addWidget(note)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)

        buttons = QHBoxLayout()
        for action in (self.send_action, self.refresh_action, self.open_from_action,
                       self.report_action):
            button = QPushButton(action.text().replace("&", ""))
            button.setObjectName(f"{action.objectName()}_button")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.send_button = buttons.itemAt(0).widget()
        layout.addLayout(buttons)

        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setObjectName("seasonResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("seasonWorkshops")
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Workshop"), self.tr("Venue"), self.tr("Municipalities"),
            self.tr("Activities"), self.tr("Homework"),
            self.tr("Follow-up seminar"), self.tr("Dots"), self.tr("Last sent")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeaderItem(5).setToolTip(self.tr(
            "Municipalities whose completed homework came back, of all"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the title takes the room left; the venue a fixed share, elided when longer
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.open_from())
        layout.addWidget(self.table, 1)
        self.show_state()
        # Nothing goes to the network until the trainer asks.
        self._done(self.tr("Refresh the season list to see the workshops in the season "
                           "database."))

    # -- Page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Season")

    def icon_name(self) -> str:
        return "season"

    def file_actions(self) -> list[QAction]:
        return [self.send_action, self.open_from_action]

    def busy(self) -> bool:
        return self._busy

    # -- state -----------------------------------------------------------------------------
    def show_state(self) -> None:
        from avtoituba.core.season import sync

        url, when = sync.last_push(self.context.store)
        if url:
            self.state_label.setText(fill(self.tr("This workshop was last sent to %1 on %2."),
                                          url, _when(when)))
        else:
            self.state_label.setText(self.tr("This workshop has not been sent yet."))

    def _url(self) -> str | None:
        from avtoituba.core.season.server import parse_url, public_url

        raw = self.url_edit.text().strip()
        try:
            parse_url(raw)
        except SeasonError as exc:
            self._fail(exc)
            self.url_edit.setFocus()
            return None
        self.context.settings.set_value(URL_KEY, public_url(raw))
        return raw

    def _fail(self, exc: SeasonError) -> None:
        self.result_label.setProperty("error", True)
        self.result_label.setText(season_error_text(exc))

    def _done(self, text: str) -> None:
        self.result_label.setProperty("error", False)
        self.result_label.setText(text)

    def _set_busy(self, busy: bool, quiet: bool = False) -> None:
        self._busy = busy
        for action in (self.send_action, self.refresh_action, self.open_from_action,
                       self.report_action):
            action.setEnabled(not busy and (action is not self.send_action
                                            or not self.context.read_only))
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            if not quiet:
                self.result_label.setText(self.tr("Working…"))

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _run(self, work, finished, quiet: bool = False) -> None:
        """Run ``work(progress)`` in the background; ``finished(result)`` on the loop."""
        if self._busy:
            return

        async def go() -> None:
            try:
                result = await tasks.run_in_background(work, on_progress=self._on_progress)
            except SeasonError as exc:
                self._set_busy(False)
                self._fail(exc)
                return
            except OSError as exc:
                self._set_busy(False)
                self._fail(SeasonError("other", "", f"{exc.filename or ''}: "
                                                    f"{exc.strerror or exc}"))
                return
            except BaseException:
                self._set_busy(False)
                raise
            self._set_busy(False)
            finished(result)

        self._set_busy(True, quiet)
        tasks.start(go())

    # -- the actions -----------------------------------------------------------------------
    def send(self) -> None:
        from avtoituba.core.season import sync

        url = self._url()
        if url is None:
            return
        store = self.context.store

        def work(progress: tasks.Progress):
            return sync.push(store, url, on_step=progress.report)

        def finished(result) -> None:
            if result.sent or result.deleted:
                self._done(fill(self.tr("Sent to %1: %2 changed rows, %3 deleted."),
                                result.where, str(result.sent), str(result.deleted)))
            else:
                self._done(fill(self.tr("Nothing new to send: %1 already has this workshop "
                                        "as it is."), result.where))
            self.show_state()
            self.refresh(quiet=True)

        self._run(work, finished)

    def refresh(self, quiet: bool = False) -> None:
        from avtoituba.core.season import sync

        url = self._url()
        if url is None:
            return

        def finished(found) -> None:
            self._workshops = found
            here = sync.workshop_uuid(self.context.store)
            self.table.setRowCount(len(found))
            for row, w in enumerate(found):
                f = w.follow_up
                values = [_day(w.date), w.title, w.venue, str(w.municipalities),
                          str(w.activities),
                          fill("%1/%2", str(f.returned), str(w.municipalities)) if f else "",
                          self._seminar_text(f), str(f.dots) if f and f.ballots else "",
                          _when(w.last_push)]
                for col, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if COLUMNS[col] == "number":
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    if w.uuid == here:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                        item.setToolTip(self.tr("The workshop open in this window"))
                    self.table.setItem(row, col, item)
            if not quiet:  # after a send, its result stays on screen
                self._done(self.tr("%n workshop(s) in the season database.", "", len(found)))

        self._run(lambda _p: sync.list_workshops(url), finished, quiet)

    def _seminar_text(self, f) -> str:
        """The follow-up seminar in the season list: held, planned, or what is missing."""
        if f is None or f.seminar == "not_set":
            return self.tr("no date")
        if f.seminar == "held":
            return fill(self.tr("held %1"), _day(f.seminar_day))
        if f.seminar == "planned":
            return fill(self.tr("planned %1"), _day(f.seminar_day))
        return fill(self.tr("%1, no results"), _day(f.seminar_day))

    def open_from(self) -> None:
        from avtoituba.core.season import sync

        row = self.table.currentRow()
        if row < 0 or row >= len(self._workshops):
            self._show_self()
            self._done(self.tr("Choose a workshop in the season list first (Refresh the "
                               "season list shows them), then open it."))
            return
        url = self._url()
        if url is None:
            return
        chosen = self._workshops[row]
        folder = Path(self.context.store.path).parent if self.context.store.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the workshop from the season database as"),
            str(folder / f"{chosen.title[:60]}{FILE_SUFFIX}"),
            fill(self.tr("Workshop files (*%1)"), FILE_SUFFIX))
        if not name:
            return
        target = Path(name if name.endswith(FILE_SUFFIX) else name + FILE_SUFFIX)
        if target.exists():
            self._done(fill(self.tr("%1 already exists: choose another name."), str(target)))
            return

        def work(_p: tasks.Progress) -> Path:
            store = sync.pull(url, chosen.uuid, target)
            store.close()
            return target

        def finished(path: Path) -> None:
            self._done(fill(self.tr("Opened %1 from the season database."), path.name))
            window = self.window()
            if hasattr(window, "open_path"):
                # From the event loop, not inside this task: opening replaces this page.
                QTimer.singleShot(0, window, lambda: window.open_path(str(path)))

        self._run(work, finished)

    def write_report(self) -> None:
        from avtoituba.core.season.report import load_report
        from avtoituba.export.season_report import write_report

        url = self._url()
        if url is None:
            return
        start = self.context.settings.value(FOLDER_KEY) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the season report"), start)
        if not folder:
            return
        self.context.settings.set_value(FOLDER_KEY, folder)
        language = self.context.settings.language

        def work(_p: tasks.Progress) -> list[Path]:
            return write_report(load_report(url), Path(folder), language)

        def finished(files: list[Path]) -> None:
            self._done(fill(self.tr("The season report is in %1: %2."), folder,
                            ", ".join(p.name for p in files)))

        self._run(work, finished)

    def _show_self(self) -> None:
        window = self.window()
        nav = getattr(window, "nav", None)
        if nav is None:
            return
        for i in range(nav.count()):
            if nav.item(i).data(Qt.ItemDataRole.UserRole) == self.key:
                nav.setCurrentRow(i)
                return
