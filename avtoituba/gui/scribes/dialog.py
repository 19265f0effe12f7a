"""Scribe mode and voting, as the trainer controls them: on/off, join codes, devices, votes.

The server runs on the app's own qasync loop (no thread of its own). Switching it off closes
the port at once. The dialog can stay open beside the main window through the group work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.gui.shell import tasks
from avtoituba.web.addresses import local_addresses
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.core.scribes import ScribeChange, ScribeService

    from avtoituba.gui.projector.window import StageWindow
    from avtoituba.gui.scribes.link import ScribeLink
    from avtoituba.web.server import ScribeServer


def qr_pixmap(url: str, size: int) -> QPixmap:
    """The QR code of ``url`` as a pixmap about ``size`` pixels wide (dark on white)."""
    import io

    import segno

    code = segno.make(url, error="m")
    buffer = io.BytesIO()
    modules = code.symbol_size(scale=1, border=2)[0]
    code.save(buffer, kind="png", scale=max(1, size // modules), border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(buffer.getvalue()), "PNG")
    return pixmap


class ScribeDialog(QDialog):
    """Scribe mode on and off, a QR code per group, the devices, and the dot vote."""

    changed = Signal(object)   # a ScribeChange, on the GUI thread

    def __init__(self, service: ScribeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scribeDialog")
        self.setWindowTitle(self.tr("Scribes on phones"))
        self.service = service
        self.server: ScribeServer | None = None
        self.link: ScribeLink | None = None  # to the Activities page, when it is open
        self.stage: StageWindow | None = None  # the projector, when the window has one
        self._task = None
        service.listeners.append(self._from_service)
        layout = QVBoxLayout(self)

        top = QFormLayout()
        self.address_box = QComboBox()
        self.address_box.addItems(local_addresses())
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        from avtoituba.web.server import DEFAULT_PORT

        self.port_box.setValue(DEFAULT_PORT)
        top.addRow(self.tr("This computer's address in the room's network:"), self.address_box)
        top.addRow(self.tr("Port:"), self.port_box)
        layout.addLayout(top)

        row = QHBoxLayout()
        self.switch = QPushButton(self.tr("Switch scribe mode on"))
        self.switch.setCheckable(True)
        self.switch.toggled.connect(self._toggle)
        self.status = QLabel(self.tr("Scribe mode is off: nothing listens on the network."))
        self.status.setWordWrap(True)
        row.addWidget(self.switch)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

        self.codes = QGroupBox(self.tr("Join codes: each group scans its own"))
        self.codes_grid = QGridLayout(self.codes)
        layout.addWidget(self.codes)
        cards = QPushButton(self.tr("Save table cards as PDF…"))
        cards.clicked.connect(self.save_cards)
        self.cards_button = cards

        self.devices = QTableWidget(0, 3)
        self.devices.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Device"),
                                                self.tr("Entries")])
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.devices.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        block_row = QHBoxLayout()
        self.block_button = QPushButton(self.tr("Block the selected device"))
        self.block_button.clicked.connect(self.block_selected)
        block_row.addWidget(cards)
        self.codes_on_stage = QPushButton(self.tr("Show the codes on the projector"))
        self.codes_on_stage.clicked.connect(self.show_codes_on_projector)
        block_row.addWidget(self.codes_on_stage)
        block_row.addStretch(1)
        block_row.addWidget(self.block_button)
        layout.addWidget(self.devices)
        layout.addLayout(block_row)

        vote = QGroupBox(self.tr("Dot vote"))
        vote_layout = QHBoxLayout(vote)
        self.vote_open = QCheckBox(self.tr("Voting open"))
        self.vote_open.toggled.connect(self._vote_open)
        self.dots_box = QSpinBox()
        self.dots_box.setRange(1, 20)
        self.dots_box.setValue(service.vote.dots)
        self.dots_box.valueChanged.connect(self._dots)
        self.reveal = QCheckBox(self.tr("Show the tally"))
        self.reveal.toggled.connect(self._reveal)
        self.reset_button = QPushButton(self.tr("Clear the votes…"))
        self.reset_button.clicked.connect(self.reset_votes)
        self.ballots = QLabel()
        vote_layout.addWidget(self.vote_open)
        vote_layout.addWidget(QLabel(self.tr("Dots per person:")))
        vote_layout.addWidget(self.dots_box)
        vote_layout.addWidget(self.reveal)
        vote_layout.addWidget(self.ballots, 1)
        vote_layout.addWidget(self.reset_button)
        self.tally_on_stage = QPushButton(self.tr("Show the result on the projector"))
        self.tally_on_stage.clicked.connect(self.show_tally_on_projector)
        vote_layout.addWidget(self.tally_on_stage)
        layout.addWidget(vote)
        # The devices table and the tally follow the phones a few times a second, not once
        # per entry (30 phones writing at once must not wait for the trainer's tables).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._refresh_lists)
        self.changed.connect(self._refresh_soon)
        self._show_codes()
        self._refresh_lists()
        self.resize(760, 640)

    # -- on and off --------------------------------------------------------------------------
    def _toggle(self, on: bool) -> None:
        if on:
            tasks.start(self.start())
        else:
            tasks.start(self.stop())

    async def start(self) -> None:
        from avtoituba.web.server import ScribeServer

        if self.server is not None:
            return
        server = ScribeServer(self.service, self.address_box.currentText(),
                              self.port_box.value())
        try:
            await server.start()
        except OSError as exc:
            self.service.listeners.remove(server._on_change)
            self.switch.blockSignals(True)
            self.switch.setChecked(False)
            self.switch.blockSignals(False)
            QMessageBox.warning(self, self.tr("Scribe mode"), fill(
                self.tr("Cannot listen on %1:%2 (%3). Choose another port or address."),
                server.host, server.port, exc.strerror or exc))
            return
        self.server = server
        self.switch.setText(self.tr("Switch scribe mode off"))
        self.status.setText(fill(self.tr("Scribe mode is on at %1, port %2. Groups join "
                                         "with their code."), server.host, server.port))
        self.address_box.setEnabled(False)
        self.port_box.setEnabled(False)
        self._show_codes()

    async def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            if server._on_change in self.service.listeners:
                self.service.listeners.remove(server._on_change)
            await server.stop()
        self.switch.setText(self.tr("Switch scribe mode on"))
        self.status.setText(self.tr("Scribe mode is off: nothing listens on the network."))
        self.address_box.setEnabled(True)
        self.port_box.setEnabled(True)
        self._show_codes()

    def shutdown(self) -> None:
        """The workshop closes: scribe mode stops (the port closes) and the dialog goes."""
        self.service.listeners.clear()
        server, self.server = self.server, None
        if server is not None:
            tasks.start(server.stop())
        self.close()
        self.deleteLater()

    def notify(self, group_id: int | None) -> None:
        """The trainer changed something: tell that group's phones."""
        if self.server is not None:
            self.server.notify(group_id)

    # -- codes -------------------------------------------------------------------------------
    def _urls(self) -> list[tuple[str, str]]:
        if self.server is None:
            return []
        groups = {g.id: g for g in self.service.capture.groups()}
        out = [(groups[gid].name, url) for gid, url in self.server.join_urls().items()]
        out.append((self.tr("Voting (everyone)"), self.server.vote_url()))
        return out

    def _show_codes(self) -> None:
        while self.codes_grid.count():
            item = self.codes_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        urls = self._urls()
        self.codes.setVisible(bool(urls))
        self.cards_button.setEnabled(bool(urls))
        self.codes_on_stage.setEnabled(bool(urls))
        self.tally_on_stage.setEnabled(bool(urls))
        for column, (name, url) in enumerate(urls):
            title = QLabel(name)
            title.setWordWrap(True)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image = QLabel()
            image.setObjectName(f"qr_{column}")
            image.setPixmap(qr_pixmap(url, 150))
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(url)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            small = QFont(text.font())
            small.setPointSizeF(small.pointSizeF() * 0.8)
            text.setFont(small)
            self.codes_grid.addWidget(title, 0, column)
            self.codes_grid.addWidget(image, 1, column)
            self.codes_grid.addWidget(text, 2, column)

    def save_cards(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save table cards"),
                                              self.tr("Table cards.pdf"), "PDF (*.pdf)")
        if path:
            write_table_cards(path, self._urls(), self.tr("Scan to write down your group's "
                                                          "activities"))

    # -- devices and votes -------------------------------------------------------------------
    def _from_service(self, change: ScribeChange) -> None:
        self.changed.emit(change)

    def _refresh_soon(self, change: ScribeChange) -> None:
        if change.kind == "votes":  # the trainer watches the tally change at once
            self._refresh_lists()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_lists(self, _change: object = None) -> None:
        groups = {g.id: g.name for g in self.service.capture.groups()}
        entries = self.service.entries_by_device()
        devices = self.service.devices()
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            name = fill(self.tr("Device %1"), device["label"])
            if device["blocked"]:
                name = fill(self.tr("%1 (blocked)"), name)
            cells = [groups.get(device["group_id"], "–"), name,
                     str(entries.get(device["device"], 0))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device["device"])
                self.devices.setItem(row, column, item)
        self.ballots.setText(self.tr("%n ballot(s)", "", self.service.ballots()))
        self._update_tally()

    # -- the projector -----------------------------------------------------------------------
    def _scene(self, name: str, make: type) -> QWidget | None:
        if self.stage is None:
            return None
        scene = self.stage.scene(name)
        if scene is None:
            scene = make()
            self.stage.add_scene(name, scene)
        return scene

    def show_codes_on_projector(self) -> None:
        """Every group's join code (and the vote's) in large on the projector."""
        from avtoituba.gui.projector.scribe_scenes import CODES_SCENE, CodesScene

        scene = self._scene(CODES_SCENE, CodesScene)
        if scene is None or self.server is None:
            return
        scene.set_codes([(name, url, qr_pixmap(url, 600)) for name, url in self._urls()])
        assert self.stage is not None
        self.stage.project(CODES_SCENE)

    def show_tally_on_projector(self) -> None:
        """The vote's code on the projector, and the tally once the trainer reveals it."""
        from avtoituba.gui.projector.scribe_scenes import TALLY_SCENE, TallyScene

        scene = self._scene(TALLY_SCENE, TallyScene)
        if scene is None or self.server is None:
            return
        url = self.server.vote_url()
        scene.set_vote(url, qr_pixmap(url, 600))
        self._update_tally()
        assert self.stage is not None
        self.stage.project(TALLY_SCENE)

    def _update_tally(self) -> None:
        from avtoituba.gui.projector.scribe_scenes import TALLY_SCENE, TallyScene

        scene = self.stage.scene(TALLY_SCENE) if self.stage is not None else None
        if not isinstance(scene, TallyScene):
            return
        if not self.service.vote.revealed:
            scene.set_tally(None)
            return
        tally = self.service.tally()
        groups = {g.id: g.name for g in self.service.capture.groups()}
        scene.set_tally([(r.title, groups.get(r.group_id or -1, ""), tally.get(r.id, 0))
                         for r in self.service.capture.list()])

    def block_selected(self) -> None:
        row = self.devices.currentRow()
        if row < 0:
            return
        device = self.devices.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.service.set_blocked(device, True)
        self._refresh_lists()

    def _vote_open(self, on: bool) -> None:
        self.service.vote.open = on
        self.notify(None)

    def _dots(self, value: int) -> None:
        self.service.vote.dots = value
        self.notify(None)

    def _reveal(self, on: bool) -> None:
        self.service.vote.revealed = on
        self.notify(None)
        self._update_tally()

    def reset_votes(self) -> None:
        answer = QMessageBox.question(self, self.tr("Clear the votes"), self.tr(
            "Clear every ballot? Everyone can then vote again."))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.reset_votes()

    def closeEvent(self, event) -> None:
        # Closing the dialog keeps scribe mode as it is; the menu reopens it.
        super().closeEvent(event)


def write_table_cards(path: str, urls: list[tuple[str, str]], line: str) -> None:
    """One A4 page per group (and one for voting): the name, a large QR code, the address."""
    writer = QPdfWriter(path)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    painter = QPainter(writer)
    try:
        for index, (name, url) in enumerate(urls):
            if index:
                writer.newPage()
            page = QRectF(painter.viewport())
            heading = QFont("Sans Serif")
            heading.setPixelSize(int(page.width() / 14))
            heading.setBold(True)
            painter.setFont(heading)
            painter.drawText(QRectF(0, 0, page.width(), page.height() * 0.15),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), name)
            side = page.width() * 0.7
            qr = qr_pixmap(url, int(side))
            painter.drawPixmap(QRectF((page.width() - side) / 2, page.height() * 0.18, side,
                                      side).toRect(), qr)
            body = QFont("Sans Serif")
            body.setPixelSize(int(page.width() / 34))
            painter.setFont(body)
            below = page.height() * 0.18 + side + page.height() * 0.03
            painter.drawText(QRectF(0, below, page.width(), page.height() * 0.08),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), line)
            painter.drawText(QRectF(0, below + page.height() * 0.08, page.width(),
                                    page.height() * 0.1),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere), url)
    finally:
        painter.end()
