#!/usr/bin/env python3
"""Screenshots of an export with a typo municipality and an activity without one, as the
trainer sees it, for the user guide's export chapter (issue 13).

    packaging/screenshots_export.sh [OUT_DIR]      (a real X window: Xvfb, 1280x800)

The demo workshop gets an activity without a municipality, as an older file or an import
brings one. In the real window the trainer types "Elvva vald" into a quick-add line (the
question „Elva vald?“: <lang>-export-typo.png), adds it as new anyway, merges it back
(the merge dialog: <lang>-export-merge.png), and compiles the pack (the list of activities
without a municipality: <lang>-export-orphans.png). The pack written with them printed in
every document is rendered through LibreOffice (<lang>-export-for-everyone.png, the page
with „Kõigile omavalitsustele“). Needs DISPLAY, ImageMagick's ``import`` and, for the
last one, LibreOffice and pdftoppm.
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

SIZE = (1280, 800)
DAY = dt.date(2026, 11, 27)
ORPHAN = {"et": "Ühine infotund kõigile valdadele", "en": "A joint info hour for every parish"}


def settle(app, ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(app, path: Path) -> Path:
    """The X screen as it is, dialogs included; quantized to keep it small."""
    settle(app)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    subprocess.run(["convert", str(path), "-colors", "128", str(path)], check=True)
    return path


def when_dialog_opens(app, act) -> None:
    """Run ``act(dialog)`` on the next modal dialog once it is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(100, poll)
            return
        act(dialog)

    QTimer.singleShot(100, poll)


def add_orphan(path: Path, lang: str) -> None:
    from avtoituba.core.capture import Capture
    from avtoituba.store.db import open_store

    with open_store(path) as store:
        capture = Capture(store)
        try:
            group = capture.group_by_number(2)
            capture.add(group.id, ORPHAN[lang], None, 2, use_suggested_area=False)
        finally:
            capture.close()


def shoot_window(app, path: Path, settings, lang: str, out: Path, work: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from avtoituba.store.db import open_store

    from avtoituba.app import load_style
    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.main_window import MainWindow

    written: list[Path] = []
    install_translators(lang)
    load_style(app)
    window = MainWindow(open_store(path), settings)
    window.showMaximized()      # the whole 1280x800 screen, title bar included
    settle(app)
    keys = [p.key for p in window.pages]
    window.show_page(keys.index("activities"))
    page = window.page("activities")
    col = next(c for c in page.columns.values() if c.group.number == 2)
    bar = col.quick_add
    bar.title.setFocus()
    bar.title.setText("Kaasav eelarve noortele" if lang == "et" else "Youth participatory budget")
    bar.set_municipality_name("Elvva vald")
    QTest.keyClick(bar.title, Qt.Key.Key_Return)
    settle(app)
    written.append(shoot(app, out / f"{lang}-export-typo.png"))

    bar.add_as_new()            # the trainer insists: "Elvva vald" joins the list…
    settle(app)

    def merge(dialog) -> None:  # …and is merged back into "Elva vald"
        dialog.source.setCurrentIndex(dialog.source.findText("Elvva vald"))
        written.append(shoot(app, out / f"{lang}-export-merge.png"))
        dialog.accept()

    when_dialog_opens(app, merge)
    page.merge_municipalities()
    settle(app)

    window.show_page(keys.index("export"))
    homework = window.page("export")
    homework.folder_edit.setText(str(work / "pakk"))

    def orphans(box) -> None:
        written.append(shoot(app, out / f"{lang}-export-orphans.png"))
        fix = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        fix.click()

    when_dialog_opens(app, orphans)
    homework.start_export()
    settle(app)
    window.close()
    settle(app)
    return written


def shoot_pack(path: Path, lang: str, out: Path, work: Path) -> Path | None:
    """The page of a municipality's document that holds „Kõigile omavalitsustele"."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office or not shutil.which("pdftoppm"):
        print("pack: LibreOffice and pdftoppm are needed; skipped")
        return None
    from avtoituba.export.labels import Labels
    from avtoituba.export.pack import REPLACE, PackOptions, export_pack
    from avtoituba.store.db import open_store

    folder = work / f"pack-{lang}"
    with open_store(path) as store:
        files = export_pack(store, PackOptions(folder, existing=REPLACE, combined=False))
    doc = next(f for f in files if "Elva" in f.name)
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(doc)], check=True, capture_output=True, timeout=300)
    pdf = work / f"{doc.stem}.pdf"
    heading = Labels(lang)["for_everyone"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    page = next(i for i, p in enumerate(text.split("\f"), start=1) if heading in p)
    stem = work / f"page-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    target = out / f"{lang}-export-for-everyone.png"
    # the heading sits low on its page: keep the page's lower part, at most 800 px high
    subprocess.run(["convert", f"{stem}.png", "-gravity", "South", "-crop", "1280x800+0+0",
                    "+repage", "-colors", "128", str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("et", "en"), action="append")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("needs a real X display (run packaging/screenshots_export.sh)")
        return 2

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from avtoituba.core.demo import create_demo

    from avtoituba.gui.shell.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("avtoituba")
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtoituba-export-shots-") as tmp:
        work = Path(tmp)
        settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        for lang in args.lang or ["et"]:
            path = work / f"{lang}.avtoituba"
            create_demo(path, date=DAY).close()
            add_orphan(path, lang)
            written += shoot_window(app, path, settings, lang, args.out, work)
            pack = shoot_pack(path, lang, args.out, work)
            if pack:
                written.append(pack)
    for path in written:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
