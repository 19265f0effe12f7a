"""Help › User guide (F1): the guide from docs/, shown in a window of the app (offline)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

GUIDES = {"et": ("kasutusjuhend.md", "user-guide.md"), "en": ("user-guide.md",)}


def guide_folders() -> list[Path]:
    """Where the guide may be: in a bundle (avtoituba/_docs), in a checkout (docs/)."""
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle, "avtoituba", "_docs"))
    folders.append(Path(__file__).resolve().parents[3] / "docs")
    return folders


def user_guide_path(language: str) -> Path | None:
    """The guide in ``language`` (Estonian falls back to English), or None if not installed."""
    for name in GUIDES.get(language, GUIDES["en"]):
        for folder in guide_folders():
            if (folder / name).is_file():
                return folder / name
    return None


def heading_slug(text: str) -> str:
    """The anchor GitHub gives a Markdown heading (the guide's contents link to these)."""
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


class UserGuideWindow(QWidget):
    """A plain reader for the Markdown guide with its screenshots; links open in the browser."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("avtoituba user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.sourceChanged.connect(lambda _url: self._fit_images())
        # Markdown headings carry no anchors in Qt: follow the contents' links ourselves.
        self.browser.anchorClicked.connect(self._follow_anchor)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.resize(900, 760)

    def _follow_anchor(self, url: QUrl) -> None:
        if url.hasFragment() and (not url.path() or url.path() == self.browser.source().path()):
            QTimer.singleShot(0, lambda: self.scroll_to_heading(url.fragment()))

    def scroll_to_heading(self, slug: str) -> bool:
        """Bring the heading with this GitHub-style anchor to the top; False if none has it."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_slug(block.text()) == slug:
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())  # then back up, so the heading ends at the top
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def _fit_images(self) -> None:
        """Screenshots are 1280 px wide: show them at the reader's width, not wider."""
        width = max(200, self.width() - 60)
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource,
                                              QUrl(image_format.name()))
                    natural = image.width() if hasattr(image, "width") else 0
                    if natural:
                        image_format.setWidth(min(natural, width))
                        image_format.setHeight(image.height() * min(natural, width) / natural)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
