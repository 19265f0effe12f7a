#!/usr/bin/env python3
"""Screenshots for the user guide, taken from the app itself (offscreen).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py     (or: make screenshots)

Opens the demo workshop and saves, for Estonian and English, every page of the main window
at the default 1280x800 (<lang>-<page>.png) and on a 1366x768 laptop
(<lang>-<page>-1366x768.png), the projector before the day (<lang>-projector-welcome.png),
each scene the pages put on the projector window (<lang>-projector-<scene>.png), the
activity wall with 13 and 30 activities (<lang>-projector-wall-13.png, -30.png), a
dark-palette view (<lang>-dark.png) and, when the
`export` command exists and LibreOffice is installed, the first three pages of a homework
handout side by side (handout.png). Re-run it whenever the pages change; it visits whatever pages exist.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A 1920x1080 screen (offscreen Qt's default is 800x800, smaller than the window)
_SCREENS = Path(tempfile.gettempdir()) / "avtoituba-screenshot-screens.json"
_SCREENS.write_text('{"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, '
                    '"height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SIZE = (1280, 800)
DAY = dt.date(2026, 11, 27)


def save(image, path: Path) -> None:
    """A small PNG: flat UI colours compress well at zlib's strongest level (no dithering)."""
    from PySide6.QtGui import QImage

    image.convertToFormat(QImage.Format.Format_RGB32).save(str(path), "PNG", 0)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


def settle(app, ms: int = 150) -> None:
    """Let the pages' timers fire (clock ticks, deferred fills) before the picture."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot_window(app, store_path: Path, settings, lang: str, out: Path,
                 dark: bool = False) -> list[Path]:
    from avtoituba.store.db import open_store

    from avtoituba.app import load_style
    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.theme import dark_palette

    written = []
    install_translators(lang)
    light = app.palette()
    if dark:
        app.setPalette(dark_palette())
    load_style(app)
    window = MainWindow(open_store(store_path), settings)
    window.resize(*SIZE)
    window.show()
    settle(app)
    stage = window.stage
    if not dark:
        # the projector before the day: title, date, venue, a countdown to the start
        stage.welcome._now = lambda: dt.datetime.combine(DAY, dt.time(12, 41, 30))
        stage.resize(1280, 720)
        stage.show()
        settle(app, 300)
        path = out / f"{lang}-projector-welcome.png"
        save(stage.grab().toImage(), path)
        written.append(path)
        stage.hide()
    start_the_day(window, app)
    try:
        if dark:
            window.show_page(0)
            settle(app)
            path = out / f"{lang}-dark.png"
            save(window.grab().toImage(), path)
            return [path]
        for index, page in enumerate(window.pages):
            window.show_page(index)
            settle(app)
            path = out / f"{lang}-{page.key}.png"
            save(window.grab().toImage(), path)
            written.append(path)
        window.resize(1366, 768)  # a common laptop: every control reachable
        for index, page in enumerate(window.pages):
            window.show_page(index)
            settle(app)
            path = out / f"{lang}-{page.key}-1366x768.png"
            save(window.grab().toImage(), path)
            written.append(path)
        window.resize(*SIZE)
        window.show_page(0)
        stage.resize(1280, 720)
        for name in stage.scene_names():
            # <lang>-projector-clock.png, -groups.png, ... one per scene the pages put there
            stage.show_scene(name)
            stage.show()
            settle(app, 1200)
            path = out / f"{lang}-projector-{name}.png"
            save(stage.grab().toImage(), path)
            written.append(path)
        written += shoot_walls(window, app, lang, out)
        stage.hide()
        return written
    finally:
        window.close()
        settle(app)
        if dark:
            app.setPalette(light)


WALL_TITLES = [
    "Kärajad kõigis osavaldades", "Volikogu istungite otseülekanne ja salvestised",
    "Noortevolikogu", "Kaasava eelarve hääletus koolides ja raamatukogudes",
    "Nädalakiri elanikele", "Avaandmed eelarvest ja hangetest masinloetaval kujul",
    "Külavanemate ümarlaud kord kvartalis", "Digikonsultatsioonid eakatele",
    "Arengukava avalik arutelu", "Osalusveeb", "Petitsioonid rahvaalgatus.ee kaudu",
    "Vallavanema avatud vastuvõtt", "Küsitlus teenuste rahulolu kohta",
    "Huvigruppide kaardistus", "Otsuste eelnõud kommenteerimiseks veebis",
]


def shoot_walls(window, app, lang: str, out: Path) -> list[Path]:
    """The activity wall of group 1 with 13 and then 30 activities (the room reads every
    one: smaller type, columns, pages "1/2")."""
    page = next((p for p in window.pages if p.key == "activities"), None)
    if page is None or not hasattr(page, "show_wall"):
        return []
    hub = page.hub
    group = hub.groups()[0]
    munis = ["Elva vald", "Nõo vald", "Kastre vald", "Tartu vald", "Luunja vald"]
    written = []
    for target in (13, 30):
        while page.models[group.id].rowCount() < target:
            n = page.models[group.id].rowCount()
            hub.add(group.id, WALL_TITLES[n % len(WALL_TITLES)]
                    + (f" ({n // len(WALL_TITLES) + 1})" if n >= len(WALL_TITLES) else ""),
                    munis[n % len(munis)])
        page.show_wall(group.id)
        window.stage.resize(1280, 720)
        settle(app, 600)
        path = out / f"{lang}-projector-wall-{target}.png"
        save(window.stage.grab().toImage(), path)
        written.append(path)
    return written


def start_the_day(window, app) -> None:
    """Start the agenda's timer (on this throwaway copy of the demo) so that the pictures
    show the day running: the clock on the page and on the projector."""
    for page in window.pages:
        if page.key == "agenda" and callable(getattr(page, "toggle", None)):
            page.toggle()
            settle(app, 300)


def export_registered() -> bool:
    from avtoituba.cli import _subcommand_names

    return "export" in _subcommand_names()


def shoot_handout(store_path: Path, out: Path, work: Path) -> Path | None:
    """The first page of the first homework document, as a PNG (needs LibreOffice)."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not export_registered():
        print("handout: the export command is not there yet; skipped")
        return None
    if not office or not shutil.which("pdftoppm"):
        print("handout: LibreOffice and pdftoppm are needed; skipped")
        return None
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    docs = work / "handouts"
    subprocess.run([sys.executable, "-m", "avtoituba", "export", "homework", str(store_path),
                    "--out", str(docs)], check=True, env=env)
    docx = sorted(docs.rglob("*.docx"))
    if not docx:
        print("handout: the export wrote no .docx; skipped")
        return None
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(docx[0])], check=True, capture_output=True, timeout=180)
    pdf = work / (docx[0].stem + ".pdf")
    subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "3", "-scale-to", "900",
                    str(pdf), str(work / "page")], check=True)
    pages = sorted(work.glob("page*.png"))
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    # The first pages side by side, as they would lie on a table: 1280 px wide.
    images = [QImage(str(p)) for p in pages]
    gap, width = 16, 1280
    each = (width - gap * (len(images) + 1)) // len(images)
    height = max(int(img.height() * each / img.width()) for img in images) + 2 * gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#d9dde3"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for i, img in enumerate(images):
        scaled = img.scaledToWidth(each, Qt.TransformationMode.SmoothTransformation)
        x = gap + i * (each + gap)
        painter.fillRect(QRect(x + 3, gap + 3, scaled.width(), scaled.height()), QColor("#aab0b8"))
        painter.drawImage(x, gap, scaled)
    painter.end()
    target = out / "handout.png"
    save(sheet, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("et", "en"), action="append")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from avtoituba.core.demo import create_demo

    from avtoituba.gui.shell.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("avtoituba")
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtoituba-shots-") as tmp:
        work = Path(tmp)
        settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))

        def fresh_demo(name: str) -> Path:
            # A new copy for every window: each starts the day's timer afresh.
            path = work / f"{name}.avtoituba"
            create_demo(path, date=DAY).close()
            return path

        for lang in args.lang or ["et", "en"]:
            written += shoot_window(app, fresh_demo(lang), settings, lang, args.out)
            written += shoot_window(app, fresh_demo(f"{lang}-dark"), settings, lang, args.out,
                                    dark=True)
        handout = shoot_handout(fresh_demo("handout"), args.out, work)
        if handout:
            written.append(handout)
    total = 0
    for path in written:
        size = path.stat().st_size
        total += size
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")
    print(f"{len(written)} screenshots, {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
