"""Scribe mode over HTTP: what a phone can and cannot do, checked against the workshop file.

Runs the real aiohttp server on a loopback port (aiohttp's test server) in a plain asyncio
loop; no Qt.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, closing

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer

from avtoituba.core.capture import Capture
from avtoituba.core.scribes import ScribeError, ScribeService

from avtoituba.web.server import BODY_LIMIT, ScribeServer


class Phone:
    """One phone's browser: its own cookies, the page's CSRF token."""

    def __init__(self, base: str, path: str, lang: str = "et-EE,et;q=0.9"):
        self.base, self.path = base, path
        self.session = ClientSession(cookie_jar=CookieJar(unsafe=True),
                                     headers={"Accept-Language": lang})
        self.csrf = ""
        self.page = ""

    async def open(self) -> int:
        async with self.session.get(self.base + self.path) as r:
            self.page = await r.text()
            self.headers = r.headers
            found = re.search(r'"csrf": "([0-9a-f]+)"', self.page)
            self.csrf = found.group(1) if found else ""
            return r.status

    async def call(self, method: str, url: str, json: object = None, csrf: bool = True,
                   **kw) -> tuple[int, dict]:
        headers = {"X-CSRF-Token": self.csrf} if csrf else {}
        headers.update(kw.pop("headers", {}))
        async with self.session.request(method, self.base + "/api" + self.path + url,
                                        json=json, headers=headers, **kw) as r:
            try:
                data = await r.json()
            except Exception:
                data = {"text": await r.text()}
            return r.status, data

    async def add(self, **entry) -> tuple[int, dict]:
        return await self.call("POST", "/activities", entry)

    async def close(self) -> None:
        await self.session.close()


@asynccontextmanager
async def serving(store) -> AsyncIterator[tuple[ScribeServer, TestServer, Capture]]:
    with closing(Capture(store)) as capture:
        scribe = ScribeServer(ScribeService(store, capture), "127.0.0.1", 0)
        server = TestServer(scribe.app(), host="127.0.0.1")
        await server.start_server()
        try:
            yield scribe, server, capture
        finally:
            await server.close()


def run(store, body: Callable[..., Awaitable[None]]) -> None:
    async def main() -> None:
        async with serving(store) as (scribe, server, capture):
            await body(scribe, server, capture)
    asyncio.run(main())


def _base(server: TestServer) -> str:
    return str(server.make_url("")).rstrip("/")


def _path(scribe: ScribeServer, number: int) -> str:
    gid = next(g.id for g in scribe.service.capture.groups() if g.number == number)
    return "/g/" + scribe.service.group_keys()[gid]


def test_a_phone_adds_an_activity_that_is_in_the_file_once_even_when_sent_again(demo_store):
    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 2))
        assert await phone.open() == 200
        before = len(capture.list())
        entry = dict(id="a1b2c3d4e5f6", municipality="Elva vald", area="3",
                     title="Noortevolikogu kaasamine eelarvesse", description="")
        status, data = await phone.add(**entry)
        assert status == 201 and data["created"] is True
        # the Wi-Fi dropped before the answer arrived: the phone sends the same entry again
        again, data2 = await phone.add(**entry)
        assert again == 200 and data2["created"] is False
        assert data2["activity"]["id"] == data["activity"]["id"]
        rows = [r for r in capture.list() if r.title == entry["title"]]
        assert len(capture.list()) == before + 1 and len(rows) == 1
        assert rows[0].municipality == "Elva vald" and rows[0].group_number == 2
        assert rows[0].area_number == 3
        await phone.close()
    run(demo_store, body)
    # and it is in the file itself, read by a fresh service
    with closing(Capture(demo_store)) as fresh:
        assert [r.title for r in fresh.list()].count("Noortevolikogu kaasamine eelarvesse") == 1


def test_a_key_opens_its_own_group_only(demo_store):
    async def body(scribe, server, capture):
        one = Phone(_base(server), _path(scribe, 1))
        two = Phone(_base(server), _path(scribe, 2))
        await one.open(), await two.open()
        _, state_one = await one.call("GET", "/state")
        group_two = next(g.id for g in capture.groups() if g.number == 2)
        assert all(a["id"] not in {r.id for r in capture.list() if r.group_id == group_two}
                   for a in state_one["activities"])
        status, data = await two.add(id="x" * 20, municipality="Tartu linn", title="Avaandmed")
        assert status == 201
        # group 1's phone cannot edit or delete group 2's activity
        activity = data["activity"]["id"]
        assert (await one.call("DELETE", f"/activities/{activity}"))[0] == 404
        assert (await one.call("PUT", f"/activities/{activity}",
                               dict(municipality="Tartu linn", title="Muudetud")))[0] == 404
        assert capture.get(activity).title == "Avaandmed" and not capture.get(activity).deleted
        # a wrong key looks like any unknown address
        stranger = Phone(_base(server), "/g/" + "A" * 32)
        assert await stranger.open() == 404
        for p in (one, two, stranger):
            await p.close()
    run(demo_store, body)


def test_writes_need_the_pages_token_json_and_a_small_body(demo_store):
    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 1))
        await phone.open()
        before = len(capture.list())
        entry = dict(id="c" * 16, municipality="Elva vald", title="Kärajad")
        assert (await phone.call("POST", "/activities", entry, csrf=False))[0] == 403
        phone_token = phone.csrf
        phone.csrf = "0" * 64
        assert (await phone.call("POST", "/activities", entry))[0] == 403
        phone.csrf = phone_token
        status, _ = await phone.call("POST", "/activities", data="id=1&title=x",
                                     headers={"X-CSRF-Token": phone.csrf,
                                              "Content-Type": "application/x-www-form-urlencoded"})
        assert status in (403, 415)
        big = dict(entry, description="x" * (BODY_LIMIT + 10))
        assert (await phone.call("POST", "/activities", big))[0] == 413
        assert len(capture.list()) == before
        await phone.close()
    run(demo_store, body)


def test_a_typo_municipality_is_refused_with_the_registered_name(demo_store):
    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 1))
        await phone.open()
        before = set(capture.municipality_names())
        status, data = await phone.add(id="d" * 16, municipality="Elvva vald", title="Kärajad")
        assert status == 422 and data["params"]["suggestion"] == "Elva vald"
        assert data["message"] == "Kas mõtlesid „Elva vald“?"
        status, data = await phone.add(id="e" * 16, municipality="ELVA VALLA", title="Kärajad")
        assert status == 422 and data["params"]["suggestion"] == "Elva vald"
        assert set(capture.municipality_names()) == before
        await phone.close()
    run(demo_store, body)


def test_hostile_text_is_stored_as_text_and_never_becomes_markup(demo_store):
    hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
               "\u202eMari Tamm", "Tere</textarea><b>"]

    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 3))
        await phone.open()
        for i, title in enumerate(hostile):
            status, data = await phone.add(id=f"h{i:015d}", municipality="Nõo vald",
                                           title=title, description=title)
            assert status == 201, data
        titles = [r.title for r in capture.list()]
        assert "<script>alert(1)</script>" in titles
        assert "Mari Tamm" in "".join(titles)
        assert not any("\u202e" in t for t in titles)  # bidi override removed at the door
        # the page itself carries no markup from data and a strict policy
        assert "<script>alert" not in phone.page
        assert "script-src 'self'" in phone.headers["Content-Security-Policy"]
        assert "'unsafe-inline'" not in phone.headers["Content-Security-Policy"]
        await phone.close()
    run(demo_store, body)


def test_only_the_apps_own_files_are_served(demo_store):
    async def body(scribe, server, capture):
        async with ClientSession() as s:
            base = _base(server)
            for path in ("/static/scribe.js", "/static/style.css"):
                async with s.get(base + path) as r:
                    assert r.status == 200
            for path in ("/static/../../pyproject.toml", "/static/%2e%2e%2fserver.py",
                         "/static/scribe.html", "/", "/etc/passwd", "/static/",
                         "/api/g/", "/g/"):
                async with s.get(base + path) as r:
                    assert r.status == 404, path
    run(demo_store, body)


def test_a_blocked_device_can_no_longer_write(demo_store):
    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 1))
        await phone.open()
        assert (await phone.add(id="f" * 16, municipality="Elva vald", title="Üks"))[0] == 201
        device = scribe.service.devices()[0]["device"]
        scribe.service.set_blocked(device)
        status, data = await phone.add(id="g" * 16, municipality="Elva vald", title="Kaks")
        assert status == 403 and data["error"] == "blocked"
        assert "Kaks" not in [r.title for r in capture.list()]
        await phone.close()
    run(demo_store, body)


def test_a_flood_from_one_device_is_slowed_down(demo_store):
    async def body(scribe, server, capture):
        phone = Phone(_base(server), _path(scribe, 1))
        await phone.open()
        statuses = [(await phone.add(id=f"r{i:015d}", municipality="Elva vald",
                                     title=f"Tegevus {i}"))[0] for i in range(60)]
        assert 429 in statuses
        assert statuses.count(201) == len([r for r in capture.list()
                                           if r.title.startswith("Tegevus ")])
        await phone.close()
    run(demo_store, body)


def test_the_dot_vote_counts_each_device_once_within_its_dots(demo_store):
    async def body(scribe, server, capture):
        vote = scribe.service.vote
        path = "/v/" + scribe.service.vote_key()
        a, b = Phone(_base(server), path), Phone(_base(server), path)
        await a.open(), await b.open()
        first, second = capture.list()[:2]
        assert (await a.call("PUT", "/ballot", {"dots": {str(first.id): 1}}))[0] == 409
        vote.open = True
        assert (await a.call("PUT", "/ballot", {"dots": {str(first.id): 2,
                                                         str(second.id): 1}}))[0] == 200
        status, data = await b.call("PUT", "/ballot", {"dots": {str(first.id): 4}})
        assert status == 422 and data["error"] == "too_many_dots"
        assert (await b.call("PUT", "/ballot", {"dots": {str(first.id): 3}}))[0] == 200
        # a changed mind replaces the ballot; it does not add to it
        assert (await b.call("PUT", "/ballot", {"dots": {str(second.id): 3}}))[0] == 200
        assert scribe.service.tally() == {first.id: 2, second.id: 4}
        assert scribe.service.ballots() == 2
        scribe.service.reset_votes()
        assert scribe.service.tally() == {}
        await a.close(), await b.close()
    run(demo_store, body)


def test_other_phones_of_the_group_hear_of_a_change(demo_store):
    async def body(scribe, server, capture):
        writer = Phone(_base(server), _path(scribe, 1))
        reader = Phone(_base(server), _path(scribe, 1))
        await writer.open(), await reader.open()
        url = _base(server) + "/api" + reader.path + "/events"
        async with reader.session.get(url) as stream:
            hello = await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 5)
            assert b"retry" in hello
            await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 5)  # the greeting
            await writer.add(id="s" * 16, municipality="Elva vald", title="Ühine kalender")
            event = await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 5)
            assert b"event: change" in event
        await writer.close(), await reader.close()
    run(demo_store, body)


def test_stopping_scribe_mode_closes_the_port_at_once(demo_store):
    async def main() -> None:
        with closing(Capture(demo_store)) as capture:
            scribe = ScribeServer(ScribeService(demo_store, capture), "127.0.0.1", 0)
            await scribe.start()
            port = scribe.port
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                pass
            assert all(url.startswith(f"http://127.0.0.1:{port}/g/")
                       for url in scribe.join_urls().values())
            await scribe.stop()
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
    asyncio.run(main())


def test_join_keys_are_long_random_and_survive_a_restart(demo_store):
    with closing(Capture(demo_store)) as capture:
        keys = ScribeService(demo_store, capture).group_keys()
    assert len(keys) == 3 and len(set(keys.values())) == 3
    assert all(len(k) >= 32 for k in keys.values())  # 24 random bytes, base64: 192 bits
    with closing(Capture(demo_store)) as capture:
        assert ScribeService(demo_store, capture).group_keys() == keys


def test_pages_speak_estonian_and_english_by_the_phones_language(demo_store):
    async def body(scribe, server, capture):
        et = Phone(_base(server), _path(scribe, 1))
        en = Phone(_base(server), _path(scribe, 1), lang="en-GB,en;q=0.9")
        await et.open(), await en.open()
        assert 'lang="et"' in et.page and "Omavalitsus" in et.page
        assert 'lang="en"' in en.page and "Municipality" in en.page
        await et.close(), await en.close()
    run(demo_store, body)


def test_dots_are_counted_in_words_with_the_right_plural_form(demo_store):
    async def body(scribe, server, capture):
        vote = scribe.service.vote
        path = "/v/" + scribe.service.vote_key()
        et = Phone(_base(server), path)
        en = Phone(_base(server), path, lang="en-GB,en;q=0.9")
        await et.open(), await en.open()
        first, second = capture.list()[:2]
        vote.open, vote.dots = True, 1
        status, data = await et.call("PUT", "/ballot", {"dots": {str(first.id): 2}})
        assert status == 422 and data["message"] == "Sul on kokku 1 täpp."
        vote.dots = 3
        status, data = await en.call("PUT", "/ballot", {"dots": {str(first.id): 4}})
        assert status == 422 and data["message"] == "You have 3 dots in all."
        assert (await et.call("PUT", "/ballot", {"dots": {str(first.id): 1}}))[0] == 200
        assert (await en.call("PUT", "/ballot", {"dots": {str(second.id): 3}}))[0] == 200
        vote.revealed = True

        def shown(state: dict) -> dict[int, str]:
            return {a["id"]: a["votes_text"] for g in state["groups"] for a in g["activities"]}

        et_words = shown((await et.call("GET", "/state"))[1])
        en_words = shown((await en.call("GET", "/state"))[1])
        assert (et_words[first.id], et_words[second.id]) == ("1 täpp", "3 täppi")
        assert (en_words[first.id], en_words[second.id]) == ("1 dot", "3 dots")
        await et.close(), await en.close()
    run(demo_store, body)


def test_entries_arriving_together_are_committed_together_each_answered_as_alone(demo_store):
    from sqlalchemy import event

    with closing(Capture(demo_store)) as capture:
        service = ScribeService(demo_store, capture)
        group = capture.groups()[0].id
        service.see_device("phone-a", group)
        before = len(capture.list())
        saved, _ = service.add(group, "phone-a", {"id": "e-0", "municipality": "Elva vald",
                                                  "title": "Varem saadetud"})
        commits: list[int] = []
        event.listen(demo_store.engine, "commit", lambda _conn: commits.append(1))
        entry = {"municipality": "Elva vald"}
        results = service.add_many([
            (group, "phone-a", dict(entry, id="e-1", title="Kärajad")),
            (group, "phone-a", dict(entry, id="e-0", title="Varem saadetud")),   # a resend
            (group, "phone-a", dict(entry, id="e-2", title="")),                 # refused
            (group, "phone-a", dict(entry, id="e-3", title="Noortevolikogu")),
            (group, "phone-a", dict(entry, id="e-1", title="Kärajad")),          # twice
        ])
        assert len(commits) == 1  # one disk sync for the batch
        (first, made), (again, made_again), refused, (third, _), (twice, made_twice) = results
        assert made and not made_again and not made_twice
        assert again.id == saved.id and twice.id == first.id
        assert isinstance(refused, ScribeError) and refused.code == "title_empty"
        titles = [r.title for r in Capture(demo_store).list()]
        assert len(titles) == before + 3
        assert titles.count("Kärajad") == 1 and "Noortevolikogu" in titles
