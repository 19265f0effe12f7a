#!/usr/bin/env python3
"""Screenshots for the user guide, taken from the app itself (offscreen).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py     (or: make screenshots)

Opens the demo workshop and saves, for Estonian and English, every page of the main window
(<lang>-<page>.png, 1280x800), the projector window when a page put a scene on it
(<lang>-projector.png), a dark-palette view (<lang>-dark.png) and, when the `export`
command exists and LibreOffice is installed, the first page of a homework handout
(handout.png). Re-run it whenever the pages change; it visits whatever pages exist.
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SIZE = (1280, 800)
DAY = dt.date(2026, 11, 27)


def save(image, path: Path) -> None:  # noqa: ANN001
    """A small PNG: flat UI colours compress well at zlib's strongest level (no dithering)."""
    from PySide6.QtGui import QImage

    image.convertToFormat(QImage.Format.Format_RGB32).save(str(path), "PNG", 0)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


def settle(app) -> None:  # noqa: ANN001
    for _ in range(5):
        app.processEvents()


def shoot_window(app, store_path: Path, settings, lang: str, out: Path,  # noqa: ANN001
                 dark: bool = False) -> list[Path]:
    from avtoituba.store.db import open_store

    from avtoituba.app import load_style
    from avtoituba.gui.i18n import install_translators
    from avtoituba.gui.main_window import MainWindow
    from avtoituba.gui.theme import dark_palette

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
        stage = window.stage
        if stage.scene_names():
            stage.resize(1280, 720)
            stage.show()
            settle(app)
            path = out / f"{lang}-projector.png"
            save(stage.grab().toImage(), path)
            written.append(path)
            stage.hide()
        return written
    finally:
        window.close()
        settle(app)
        if dark:
            app.setPalette(light)


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
    subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "1", "-scale-to", "1000",
                    str(pdf), str(work / "page")], check=True)
    page = sorted(work.glob("page*.png"))[0]
    from PySide6.QtGui import QImage

    target = out / "handout.png"
    save(QImage(str(page)), target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("et", "en"), action="append")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from avtoituba.core.demo import create_demo

    from avtoituba.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("avtoituba")
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtoituba-shots-") as tmp:
        work = Path(tmp)
        store_path = work / "demo.avtoituba"
        create_demo(store_path, date=DAY).close()
        settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        for lang in args.lang or ["et", "en"]:
            written += shoot_window(app, store_path, settings, lang, args.out)
            written += shoot_window(app, store_path, settings, lang, args.out, dark=True)
        handout = shoot_handout(store_path, args.out, work)
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
