"""The trainer's scribe-mode controls on the app's own qasync loop (offscreen Qt)."""

from __future__ import annotations

import asyncio
import json
import socket
from contextlib import closing

import pytest
from aiohttp import ClientSession, CookieJar

from avtoituba.core.capture import Capture
from avtoituba.core.scribes import ScribeService


@pytest.fixture
def dialog(qtbot, demo_store, event_loop_qt, estonian):
    from avtoituba.gui.scribes.dialog import ScribeDialog

    with closing(Capture(demo_store)) as capture:
        d = ScribeDialog(ScribeService(demo_store, capture))
        d.address_box.setCurrentText("127.0.0.1")
        d.port_box.setValue(_free_port())
        qtbot.addWidget(d)
        d.show()
        yield d
        if d.server is not None:
            fut = asyncio.ensure_future(d.stop())
            qtbot.waitUntil(fut.done, timeout=5000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(qtbot, coro):
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()


async def _phone_adds(url: str, title: str) -> int:
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as s:
        async with s.get(url) as r:
            page = await r.text()
        strings = page.split('id="strings">')[1].split("</script>")[0]
        csrf = json.loads(strings)["csrf"]
        api = url.replace("/g/", "/api/g/") + "/activities"
        async with s.post(api, json={"id": "q" * 20, "municipality": "Kambja vald",
                                     "title": title},
                          headers={"X-CSRF-Token": csrf}) as r:
            return r.status


def test_switching_on_shows_a_code_per_group_and_a_phone_entry_reaches_the_file(
        dialog, qtbot, demo_store):
    assert dialog.server is None and not dialog.codes.isVisible()
    dialog.switch.setChecked(True)
    qtbot.waitUntil(lambda: dialog.server is not None and dialog.server.running, timeout=5000)
    # three groups and the vote, each with a QR code the room can scan
    codes = [w for w in dialog.findChildren(type(dialog.status)) if w.objectName().startswith("qr_")]
    assert len(codes) == 4 and all(not c.pixmap().isNull() for c in codes)
    assert "sisse" in dialog.status.text() or "127.0.0.1" in dialog.status.text()
    url = next(iter(dialog.server.join_urls().values()))
    assert _run(qtbot, _phone_adds(url, "Kogukonna hommikud")) == 201
    # the trainer sees the device, and the entry is in the file
    qtbot.waitUntil(lambda: dialog.devices.rowCount() == 1, timeout=5000)
    assert dialog.devices.item(0, 2).text() == "1"
    with closing(Capture(demo_store)) as fresh:
        assert "Kogukonna hommikud" in [r.title for r in fresh.list()]


def test_switching_off_closes_the_port_at_once(dialog, qtbot):
    dialog.switch.setChecked(True)
    qtbot.waitUntil(lambda: dialog.server is not None, timeout=5000)
    port = dialog.server.port
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    dialog.switch.setChecked(False)
    qtbot.waitUntil(lambda: dialog.server is None and dialog.address_box.isEnabled(),
                    timeout=5000)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_port_in_use_is_reported_and_the_switch_goes_back_off(dialog, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port_box.setValue(taken.getsockname()[1])
        dialog.switch.setChecked(True)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert not dialog.switch.isChecked() and dialog.server is None
    assert "port" in shown[0].lower()


def test_table_cards_are_an_a4_pdf_with_a_page_per_group_and_one_for_voting(
        dialog, qtbot, tmp_path):
    from avtoituba.gui.scribes.dialog import write_table_cards

    dialog.switch.setChecked(True)
    qtbot.waitUntil(lambda: dialog.server is not None, timeout=5000)
    path = tmp_path / "kaardid.pdf"
    write_table_cards(str(path), dialog._urls(), "Skaneeri")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + \
        data.count(b"/Type/Page\n") >= 4 or data.count(b"/MediaBox") >= 4
