"""Three scribes' phones and a voting phone in a real browser (Debian's chromium), against the
app's scribe server on its qasync loop (offscreen Qt).

Selenium calls block, so each runs on a worker thread while the test's main thread keeps the
app's loop turning (``qtbot.waitUntil``), as the trainer's app would.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from avtoituba.core.capture import Capture
from avtoituba.core.scribes import ScribeService

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(os.environ.get("AVTOITUBA_SHOTS", "")) if os.environ.get("AVTOITUBA_SHOTS") \
    else None

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Debian's chromium and chromium-driver (.ci/apt-packages)")
    pytest.skip("chromium and chromium-driver are not installed", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

#: selenium's blocking calls run here while the app's loop turns on the main thread
BROWSER_THREADS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="browser")


def _phone(lang: str = "et") -> Any:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--metrics-recording-only",
                f"--lang={lang}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 360, "height": 760, "pixelRatio": 2.0}})
    service = webdriver.ChromeService(executable_path=DRIVER)
    return webdriver.Chrome(options=options, service=service)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Room:
    """The app's scribe mode on 127.0.0.1 and browsers driven from worker threads."""

    def __init__(self, qtbot, dialog) -> None:
        self.qtbot, self.dialog = qtbot, dialog
        self.loop = asyncio.get_event_loop()

    def blocking(self, fn: Callable[[], Any], timeout: float = 60_000) -> Any:
        future = self.loop.run_in_executor(BROWSER_THREADS, fn)
        self.qtbot.waitUntil(future.done, timeout=timeout)
        return future.result()

    def until(self, check: Callable[[], bool], timeout: float = 15_000) -> None:
        self.qtbot.waitUntil(check, timeout=timeout)

    def see(self, driver: Any, check: Callable[[Any], Any], timeout: float = 20) -> None:
        """Wait in a worker thread until ``check(driver)`` holds in the browser."""
        from selenium.webdriver.support.ui import WebDriverWait

        self.blocking(lambda: WebDriverWait(driver, timeout, poll_frequency=0.1).until(check),
                      timeout=(timeout + 10) * 1000)

    def switch(self, on: bool) -> None:
        self.dialog.switch.setChecked(on)
        self.until(lambda: (self.dialog.server is not None) == on)


@pytest.fixture
def room(qtbot, demo_store, event_loop_qt, estonian):
    from avtoituba.gui.scribes.dialog import ScribeDialog

    with closing(Capture(demo_store)) as capture:
        dialog = ScribeDialog(ScribeService(demo_store, capture))
        dialog.address_box.setCurrentText("127.0.0.1")
        dialog.port_box.setValue(_free_port())
        qtbot.addWidget(dialog)
        r = Room(qtbot, dialog)
        r.switch(True)
        yield r
        if dialog.server is not None:
            r.switch(False)


def _type_entry(driver, municipality: str, title: str, area: str | None = None) -> None:
    Select(driver.find_element(By.ID, "municipality")).select_by_visible_text(municipality)
    if area:
        Select(driver.find_element(By.ID, "area")).select_by_value(area)
    driver.find_element(By.ID, "title").send_keys(title)
    driver.find_element(By.ID, "submit").click()


def _choices_loaded(driver) -> bool:
    return len(driver.find_elements(By.CSS_SELECTOR, "#municipality option")) > 1


def _titles_on_page(driver) -> list[str]:
    return driver.execute_script("return Array.from(document.querySelectorAll("
                                 "'#activities .title')).map(function (e) { return e.textContent; });")


def test_three_scribes_and_a_voter_in_real_browsers(room, demo_store):
    service = room.dialog.service
    urls = room.dialog.server.join_urls()
    groups = sorted(service.capture.groups(), key=lambda g: g.number)
    phones = [room.blocking(_phone) for _ in groups]
    try:
        for phone, group in zip(phones, groups, strict=True):
            room.blocking(lambda p=phone, g=group: p.get(urls[g.id]))
            room.see(phone, _choices_loaded)
        hostile = '<img src=x onerror="document.title=1">'
        entries = {groups[0].id: ("Elva vald", "Kärajad kõigis osavaldades 2027"),
                   groups[1].id: ("Tartu linn", hostile),
                   groups[2].id: ("Nõo vald", "Avatud eelarve tööriist")}
        for phone, group in zip(phones, groups, strict=True):
            muni, title = entries[group.id]
            room.blocking(lambda p=phone, m=muni, t=title: _type_entry(p, m, t))
        # acknowledged on the phone means committed to the file
        for phone, group in zip(phones, groups, strict=True):
            title = entries[group.id][1]
            room.see(phone, lambda d, t=title: t in _titles_on_page(d))
        with closing(Capture(demo_store)) as fresh:
            rows = fresh.list()
            for group in groups:
                muni, title = entries[group.id]
                found = [r for r in rows if r.title == title]
                assert len(found) == 1 and found[0].group_id == group.id
                assert found[0].municipality == muni
        # hostile text shows as text: no element was made from it, the title is untouched
        assert room.blocking(lambda: phones[1].execute_script(
            "return document.querySelectorAll('#activities img').length")) == 0
        assert room.blocking(lambda: phones[1].title) != "1"
        # a phone of group 1 sees what the trainer's own edit did, live
        first = next(r for r in service.capture.list() if r.title == entries[groups[0].id][1])
        service.capture.update(first.id, title="Kärajad igas osavallas 2027")
        room.dialog.notify(groups[0].id)
        room.see(phones[0], lambda d: "Kärajad igas osavallas 2027" in _titles_on_page(d))
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            room.blocking(lambda: phones[0].save_screenshot(str(SHOTS / "phone-scribe.png")))

        # the dot vote: the trainer opens it, a phone spreads three dots
        service.vote.open = True
        voter = phones[2]
        room.blocking(lambda: voter.get(room.dialog.server.vote_url()))
        room.see(voter, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".vote-row button")) > 0)
        for given in range(1, 4):
            room.blocking(lambda: voter.execute_script(
                "document.querySelectorAll('.vote-row button')[1].click()"))
            room.until(lambda n=given: sum(service.tally().values()) == n)
        # a fourth dot is not offered
        room.see(voter, lambda d: d.execute_script(
            "var b = document.querySelectorAll('.vote-row button');"
            "return b.length > 3 && b[1].disabled && b[3].disabled;"))
        if SHOTS:
            room.blocking(lambda: voter.save_screenshot(str(SHOTS / "phone-vote.png")))
    finally:
        for phone in phones:
            room.blocking(phone.quit)


def test_entries_typed_while_the_wifi_is_down_arrive_once_when_it_is_back(room, demo_store):
    service = room.dialog.service
    group = min(service.capture.groups(), key=lambda g: g.number)
    url = room.dialog.server.join_urls()[group.id]
    phone = room.blocking(_phone)
    try:
        room.blocking(lambda: phone.get(url))
        room.see(phone, _choices_loaded)
        port = room.dialog.server.port
        room.switch(False)                       # the Wi-Fi drops
        for title in ("Küsitlus noortele", "Avalik eelarvekoosolek"):
            room.blocking(lambda t=title: _type_entry(phone, "Kambja vald", t))
        room.see(phone, lambda d: d.execute_script(
            "return document.querySelectorAll('#activities li.pending').length") == 2)
        if SHOTS:
            room.blocking(lambda: phone.save_screenshot(str(SHOTS / "phone-offline.png")))
        room.dialog.port_box.setValue(port)       # the same address comes back
        room.switch(True)
        room.see(phone, lambda d: d.execute_script(
            "return document.querySelectorAll('#activities li.pending').length") == 0,
                 timeout=30)
        titles = [r.title for r in service.capture.list()]
        assert titles.count("Küsitlus noortele") == 1
        assert titles.count("Avalik eelarvekoosolek") == 1
    finally:
        room.blocking(phone.quit)


def test_an_answer_lost_mid_request_is_resent_and_saved_once(room, demo_store, monkeypatch):
    server = room.dialog.server
    service = room.dialog.service
    group = min(service.capture.groups(), key=lambda g: g.number)
    real = service.add_many
    lost: list[int] = []

    def add_then_lose_the_answer(*args, **kwargs):
        result = real(*args, **kwargs)            # committed to the file ...
        if not lost:
            lost.append(result[0][0].id)
            raise ConnectionResetError("the Wi-Fi dropped before the answer")  # ... unanswered
        return result

    monkeypatch.setattr(service, "add_many", add_then_lose_the_answer)
    phone = room.blocking(_phone)
    try:
        room.blocking(lambda: phone.get(server.join_urls()[group.id]))
        room.see(phone, _choices_loaded)
        room.blocking(lambda: _type_entry(phone, "Luunja vald", "Osavalla kogu"))
        room.see(phone, lambda d: d.execute_script(
            "return document.querySelectorAll('#activities li.pending').length") == 0
                 and "Osavalla kogu" in _titles_on_page(d), timeout=30)
        assert lost, "the first answer was never lost"
        assert [r.title for r in service.capture.list()].count("Osavalla kogu") == 1
    finally:
        room.blocking(phone.quit)
