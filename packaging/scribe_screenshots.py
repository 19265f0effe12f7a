#!/usr/bin/env python3
"""Scribe mode as the trainer runs it, photographed for the user guide.

    xvfb-run -s "-screen 0 1920x1080x24" python packaging/scribe_screenshots.py

The app's window on a fresh demo workshop (a real X window under Xvfb, or offscreen Qt),
scribe mode switched on through its dialog, three phones (Debian's chromium, headless,
360×740, driven by selenium on worker threads while the app's loop turns) writing their
groups' activities, then the dot vote. Saves into docs/screenshots/ (quantized to 128
colours with ImageMagick when it is there):

  scribe-phone-group.png      a group's page with its list
  scribe-phone-question.png   the phone asks „Kas mõtlesid …?“ about a misspelt municipality
  scribe-phone-vote.png       the voting page, tally revealed
  scribe-window.png           the trainer's Activities page with the phones' entries marked
  scribe-dialog.png           the scribe-mode dialog: codes, devices, the vote
  scribe-projector-codes.png  the join codes on the projector
  scribe-projector-wall.png   the wall with the scribe marks
  scribe-projector-tally.png  the tally on the projector
  scribe-table-card.png       the printable A4 table card (first page of the PDF)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
BROWSERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="browser")

ENTRIES = {
    1: [("Elva vald", "Kärajad kõigis osavaldades"),
        ("Nõo vald", "Volikogu istungid otseülekandena veebis")],
    2: [("Tartu linn", "Noortevolikogu kaasamine eelarvesse"),
        ("Kastre vald", "Külavanemate ümarlaud kord kvartalis")],
    3: [("Luunja vald", "Avaandmed eelarvest masinloetaval kujul"),
        ("Kambja vald", "Nädalakiri elanikele e-postiga")],
}


def phone(lang: str = "et"):
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", f"--lang={lang}",
                "--hide-scrollbars"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 1.0}})
    return webdriver.Chrome(options=options,
                            service=webdriver.ChromeService(executable_path=DRIVER))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def small(path: Path) -> Path:
    """128 colours, as the guide's other pictures: well under 200 KB."""
    if shutil.which("convert"):
        subprocess.run(["convert", str(path), "-colors", "128", "PNG8:" + str(path)],
                       check=True)
    return path


class Session:
    def __init__(self, out: Path, work: Path):
        self.out, self.work = out, work
        self.loop = asyncio.get_event_loop()
        self.written: list[Path] = []

    async def blocking(self, fn):
        return await self.loop.run_in_executor(BROWSERS, fn)

    async def until(self, check, seconds: float = 20) -> None:
        for _ in range(int(seconds * 20)):
            if check():
                return
            await asyncio.sleep(0.05)
        raise TimeoutError(getattr(check, "__name__", "condition"))

    async def see(self, driver, script: str, seconds: float = 20) -> None:
        """Wait until ``script`` (a JS expression) is true in the browser."""
        for _ in range(int(seconds * 10)):
            if await self.blocking(lambda: driver.execute_script("return " + script)):
                return
            await asyncio.sleep(0.1)
        raise TimeoutError(script)

    async def shoot_phone(self, driver, name: str) -> None:
        path = self.out / name
        await self.blocking(lambda: driver.save_screenshot(str(path)))
        self.written.append(small(path))

    def shoot(self, widget, name: str) -> None:
        from PySide6.QtGui import QImage

        path = self.out / name
        widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(path))
        self.written.append(small(path))

    async def settle(self, seconds: float = 0.4) -> None:
        await asyncio.sleep(seconds)

    async def run(self) -> None:
        from PySide6.QtCore import QSettings

        from avtoituba.core.demo import create_demo
        from avtoituba.store.db import open_store

        from avtoituba.gui.scribes.dialog import write_table_cards
        from avtoituba.gui.shell.main_window import MainWindow
        from avtoituba.gui.shell.settings import Settings

        path = self.work / "demo.avtoituba"
        create_demo(path).close()
        settings = Settings(QSettings(str(self.work / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(open_store(path), settings)
        window.resize(1280, 800)
        window.show()
        window.show_page([p.key for p in window.pages].index("activities"))
        page = window.page("activities")
        window.show_scribes()
        dialog = window.context.services["scribes"]
        dialog.address_box.setCurrentText("127.0.0.1")
        dialog.port_box.setValue(free_port())
        dialog.switch.setChecked(True)
        await self.until(lambda: dialog.server is not None and dialog.server.running)
        stage = window.context.stage
        stage.resize(1280, 720)
        dialog.codes_on_stage.click()
        await self.settle(0.8)
        self.shoot(stage, "scribe-projector-codes.png")

        groups = sorted(dialog.service.capture.groups(), key=lambda g: g.number)
        urls = dialog.server.join_urls()
        phones = [await self.blocking(phone) for _ in groups]
        try:
            for driver, group in zip(phones, groups, strict=True):
                await self.blocking(lambda d=driver, g=group: d.get(urls[g.id]))
                await self.see(driver, "document.querySelectorAll('#municipality option')"
                                       ".length > 1")
            for round_ in range(2):
                for driver, group in zip(phones, groups, strict=True):
                    muni, title = ENTRIES[group.number][round_]
                    await self.blocking(lambda d=driver, m=muni, t=title: self.type(d, m, t))
                for driver, group in zip(phones, groups, strict=True):
                    title = ENTRIES[group.number][round_][1]
                    await self.see(driver, "Array.from(document.querySelectorAll("
                                           "'#activities .title')).some(function (e) {"
                                           f" return e.textContent === {title!r}; }})")
            await self.settle(0.6)
            await self.blocking(lambda: phones[0].execute_script(
                "window.scrollTo(0, document.body.scrollHeight)"))
            await self.shoot_phone(phones[0], "scribe-phone-group.png")

            # a page still offering a municipality the trainer has since merged away
            await self.blocking(lambda: phones[1].execute_script(
                "var m = document.getElementById('municipality');"
                "var o = document.createElement('option'); o.value = o.textContent = "
                "'Kastre vld'; m.appendChild(o); m.value = 'Kastre vld';"
                "window.scrollTo(0, 0);"))
            await self.blocking(lambda: self.type(phones[1], None, "Osavalla kogu Võnnus"))
            await self.see(phones[1], "document.getElementById('problem').textContent"
                                      ".length > 0")
            await self.shoot_phone(phones[1], "scribe-phone-question.png")

            # the trainer's view: marks in the lists, the wall of group 2, the dialog
            await self.settle(0.6)
            self.shoot(window, "scribe-window.png")
            page.show_wall(groups[1].id)
            stage.resize(1280, 720)
            await self.settle(0.8)
            self.shoot(stage, "scribe-projector-wall.png")

            # the vote: open, three phones spread their dots, the tally revealed
            dialog.vote_open.setChecked(True)
            vote_url = dialog.server.vote_url()
            picks = [(1, 1, 3), (1, 5, 9), (3, 3, 11)]
            for driver, chosen in zip(phones, picks, strict=True):
                await self.blocking(lambda d=driver: d.get(vote_url))
                await self.see(driver, "document.querySelectorAll('.vote-row button')"
                                       ".length > 0")
                for index in chosen:  # the "+" of the index-th activity (1 = first)
                    before = sum(dialog.service.tally().values())
                    await self.blocking(lambda d=driver, i=index: d.execute_script(
                        f"document.querySelectorAll('.vote-row button')[{2 * i - 1}]"
                        ".click()"))
                    await self.until(lambda b=before: sum(dialog.service.tally().values())
                                     > b)
            dialog.reveal.setChecked(True)
            dialog.tally_on_stage.click()
            await self.see(phones[2], "document.querySelectorAll('.tally').length > 0")
            await self.settle(0.8)
            await self.shoot_phone(phones[2], "scribe-phone-vote.png")
            self.shoot(stage, "scribe-projector-tally.png")
            dialog.resize(820, 760)
            await self.settle(0.5)
            self.shoot(dialog, "scribe-dialog.png")

            cards = self.work / "cards.pdf"
            write_table_cards(str(cards), dialog._urls(), dialog.tr(
                "Scan to write down your group's activities"))
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                            str(cards), str(self.work / "card")], check=True)
            card = self.out / "scribe-table-card.png"
            shutil.copy(next(self.work.glob("card*.png")), card)
            self.written.append(small(card))
        finally:
            for driver in phones:
                await self.blocking(driver.quit)
            dialog.switch.setChecked(False)
            await self.until(lambda: dialog.server is None)
            window.close()

    @staticmethod
    def type(driver, municipality: str | None, title: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import Select

        if municipality:
            Select(driver.find_element(By.ID, "municipality")).select_by_visible_text(
                municipality)
        driver.find_element(By.ID, "title").send_keys(title)
        driver.find_element(By.ID, "submit").click()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="et", choices=("et", "en"))
    args = parser.parse_args(argv)
    if not (CHROMIUM and DRIVER):
        print("needs Debian's chromium and chromium-driver", file=sys.stderr)
        return 2

    import qasync
    from PySide6.QtWidgets import QApplication

    from avtoituba.app import load_style
    from avtoituba.gui.shell import tasks
    from avtoituba.gui.shell.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(args.lang)
    load_style(app)
    loop = qasync.QEventLoop(app)
    tasks.use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="avtoituba-scribe-shots-") as tmp:
        session = Session(args.out, Path(tmp))
        with loop:
            loop.run_until_complete(session.run())
            loop.run_until_complete(tasks.drain())
    tasks.shutdown(wait=True)
    BROWSERS.shutdown()
    total = 0
    for path in session.written:
        total += path.stat().st_size
        print(f"{path.name}  {path.stat().st_size // 1024} KB")
    print(f"{len(session.written)} screenshots, {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
