"""Scribe entries in the trainer's window: a phone's entry appears in the Activities page and
on the projector wall, marked with the device; the trainer's edits reach the phone."""

from __future__ import annotations

import asyncio
import json
import socket

import pytest
from aiohttp import ClientSession, CookieJar


@pytest.fixture
def window(qtbot, demo_store, settings, estonian, event_loop_qt):
    from avtoituba.gui.shell.main_window import MainWindow

    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()  # closing the workshop stops scribe mode...
    from avtoituba.gui.shell import tasks

    future = asyncio.ensure_future(tasks.drain())  # ...on the loop, as run_gui lets it
    qtbot.waitUntil(future.done, timeout=10_000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(qtbot, coro):
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()


class Phone:
    """One group's phone: the page's cookie and CSRF token, then the API."""

    def __init__(self, url: str):
        self.url = url
        self.api = url.replace("/g/", "/api/g/")
        self.session: ClientSession | None = None
        self.csrf = ""

    async def open(self) -> None:
        self.session = ClientSession(cookie_jar=CookieJar(unsafe=True))
        async with self.session.get(self.url) as r:
            page = await r.text()
        self.csrf = json.loads(page.split('id="strings">')[1].split("</script>")[0])["csrf"]

    async def add(self, client_id: str, title: str) -> dict:
        assert self.session is not None
        async with self.session.post(self.api + "/activities", json={
                "id": client_id, "municipality": "Kambja vald", "title": title},
                headers={"X-CSRF-Token": self.csrf}) as r:
            assert r.status in (200, 201), await r.text()
            return (await r.json())["activity"]

    async def state(self) -> dict:
        assert self.session is not None
        async with self.session.get(self.api + "/state") as r:
            return await r.json()

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()


def _switch_on(window, qtbot):
    window.show_scribes()
    dialog = window.context.services["scribes"]
    dialog.address_box.setCurrentText("127.0.0.1")
    dialog.port_box.setValue(_free_port())
    dialog.switch.setChecked(True)
    qtbot.waitUntil(lambda: dialog.server is not None and dialog.server.running, timeout=5000)
    return dialog


def test_a_phone_entry_appears_in_the_page_and_on_the_wall_marked_with_its_device(
        window, qtbot):
    page = window.page("activities")
    dialog = _switch_on(window, qtbot)
    assert dialog.service.capture is page.hub.capture  # one capture service for both
    group = page.hub.groups()[1]
    phone = Phone(dialog.server.join_urls()[group.id])
    _run(qtbot, phone.open())
    try:
        added = _run(qtbot, phone.add("p2-entry-1", "Noorte volikogu"))
        model = page.models[group.id]
        qtbot.waitUntil(lambda: model.row_of(added["id"]) >= 0, timeout=5000)
        from avtoituba.gui.activities.model import MARK_ROLE

        mark = model.data(model.index(model.row_of(added["id"])), MARK_ROLE)
        assert mark == f"{group.number}. grupi seade 1"
        # the wall shows the group's list with the mark under the title
        page.wall_show_group(group.id)
        page.wall.fit()
        shown = [item for item in page.wall.board.items if item.title == "Noorte volikogu"]
        assert shown and mark in shown[0].municipality
        # the trainer's own rows carry no mark
        others = [model.data(model.index(i), MARK_ROLE) for i in range(model.rowCount())
                  if model.row_at(i).id != added["id"]]
        assert others and not any(others)

        # the trainer edits it through the page; the phone's list follows
        page.edit_activity(added["id"], {"title": "Noorte volikogu igas külas"})
        state = _run(qtbot, phone.state())
        titles = [a["title"] for a in state["activities"]]
        assert "Noorte volikogu igas külas" in titles and "Noorte volikogu" not in titles
        # ...and undoes the edit like any other
        window.context.undo_stack.undo()
        state = _run(qtbot, phone.state())
        assert "Noorte volikogu" in [a["title"] for a in state["activities"]]
    finally:
        _run(qtbot, phone.close())


def test_the_trainers_edit_is_pushed_to_the_phones_event_stream(window, qtbot):
    page = window.page("activities")
    dialog = _switch_on(window, qtbot)
    group = page.hub.groups()[0]
    events: list[str] = []

    async def listen() -> None:
        async with ClientSession() as s:
            url = dialog.server.join_urls()[group.id].replace("/g/", "/api/g/") + "/events"
            async with s.get(url) as r:
                async for line in r.content:
                    events.append(line.decode())
                    if sum(e.startswith("event: change") for e in events) >= 2:
                        return

    listening = asyncio.ensure_future(listen())
    qtbot.waitUntil(lambda: any(e.startswith("event: change") for e in events), timeout=5000)
    row = page.hub.group_rows(group.id)[0]
    page.edit_activity(row.id, {"title": row.title + " (täpsustatud)"})
    qtbot.waitUntil(listening.done, timeout=5000)
    assert sum(e.startswith("event: change") for e in events) == 2


def test_closing_the_window_with_scribe_mode_on_closes_the_port_without_a_warning(
        window, qtbot):
    """As the app quits: the window closes with a phone's event stream and an idle
    connection open, the loop finishes what the closing started (``tasks.drain``, as
    ``run_gui`` does before the loop closes); the port is closed and nothing was left
    un-awaited (aiohttp's ``RequestHandler.shutdown`` warned before)."""
    import gc
    import sys

    from avtoituba.gui.shell import tasks

    dialog = _switch_on(window, qtbot)
    port = dialog.server.port
    group = window.page("activities").hub.groups()[0]
    url = dialog.server.join_urls()[group.id].replace("/g/", "/api/g/") + "/events"
    lines: list[str] = []

    async def listen() -> None:
        async with ClientSession() as s, s.get(url) as r:
            async for line in r.content:
                lines.append(line.decode())

    listening = asyncio.ensure_future(listen())
    idle = socket.create_connection(("127.0.0.1", port), timeout=2)
    qtbot.waitUntil(lambda: any(e.startswith("event: change") for e in lines), timeout=5000)
    unraisable: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda info: unraisable.append(f"{info.exc_value!r} {info.object!r}")
    try:
        window.close()
        _run(qtbot, tasks.drain())
        # nothing left for the closing loop to destroy half-done
        assert [t for t in tasks._running if not t.done()] == []
        gc.collect()
    finally:
        sys.unraisablehook = previous
        idle.close()
    assert unraisable == []
    qtbot.waitUntil(listening.done, timeout=5000)  # the phone's stream was ended
    assert "scribes" not in (window.context.services if window.context else {})
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_a_phone_deletion_leaves_the_page_and_the_wall(window, qtbot):
    page = window.page("activities")
    dialog = _switch_on(window, qtbot)
    group = page.hub.groups()[2]
    phone = Phone(dialog.server.join_urls()[group.id])
    _run(qtbot, phone.open())
    try:
        added = _run(qtbot, phone.add("p3-entry-1", "Küsitlus kalendrisse"))
        model = page.models[group.id]
        qtbot.waitUntil(lambda: model.row_of(added["id"]) >= 0, timeout=5000)

        async def delete() -> int:
            async with phone.session.delete(f"{phone.api}/activities/{added['id']}",
                                            headers={"X-CSRF-Token": phone.csrf}) as r:
                return r.status

        assert _run(qtbot, delete()) == 200
        qtbot.waitUntil(lambda: model.row_of(added["id"]) < 0, timeout=5000)
        page.wall_show_group(group.id)
        page.wall.fit()
        assert "Küsitlus kalendrisse" not in [i.title for i in page.wall.board.items]
    finally:
        _run(qtbot, phone.close())


def test_the_codes_and_the_vote_tally_go_on_the_projector(window, qtbot):
    from avtoituba.gui.projector.scribe_scenes import CODES_SCENE, TALLY_SCENE

    page = window.page("activities")
    dialog = _switch_on(window, qtbot)
    stage = window.context.stage
    dialog.codes_on_stage.click()
    assert stage.isVisible() and stage.current_scene() == CODES_SCENE
    scene = stage.scene(CODES_SCENE)
    groups = page.hub.groups()
    assert scene.names()[:3] == [g.name for g in groups]
    assert scene.addresses()[:3] == [dialog.server.join_urls()[g.id] for g in groups]
    assert scene.addresses()[3] == dialog.server.vote_url()

    # voting: the vote's code first, the tally only when the trainer reveals it
    dialog.vote_open.setChecked(True)
    dialog.tally_on_stage.click()
    tally = stage.scene(TALLY_SCENE)
    assert stage.current_scene() == TALLY_SCENE and tally.code.isVisibleTo(tally)
    assert tally.tally() == []
    rows = page.hub.all_rows()
    dialog.service.cast("ballot-a", {str(rows[1].id): 2, str(rows[0].id): 1})
    dialog.service.cast("ballot-b", {str(rows[1].id): 1})
    assert tally.tally() == []  # not revealed yet
    dialog.reveal.setChecked(True)
    qtbot.waitUntil(lambda: bool(tally.tally()), timeout=5000)
    top = tally.tally()[:2]
    assert [(t, d) for t, _g, d in top] == [(rows[1].title, 3), (rows[0].title, 1)]
    assert not tally.code.isVisibleTo(tally) and rows[1].title in tally.lines.text()
    # a later ballot changes the tally live
    dialog.service.cast("ballot-c", {str(rows[0].id): 3})
    qtbot.waitUntil(lambda: tally.tally()[0][2] == 4, timeout=5000)
    assert tally.tally()[0][0] == rows[0].title
