"""The scribe and voting server: aiohttp on the app's own asyncio loop (qasync in the GUI).

Listens only while the trainer has scribe mode on, on the one interface and port chosen,
and serves nothing but its own pages and files from ``resources/web/``. Every write goes
through :class:`~avtoituba.core.scribes.ScribeService` (and so through the same capture
service as the keyboard): the phone's entry is acknowledged only after it is committed.

Security, in one place:
- a join key (192 random bits) in the address opens one group (or the vote), compared in
  constant time; a wrong key gets the same 404 as any unknown address;
- a device cookie (HttpOnly, SameSite=Strict) and a CSRF token derived from it by HMAC with
  a secret of this run, required in a header on every write, with a JSON content type;
- request bodies limited to 32 KiB; writes rate-limited per device;
- strict Content-Security-Policy (no inline script, nothing from elsewhere), nosniff,
  no referrer, no framing; all text the pages show is set with ``textContent``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from avtoituba.core.scribes import ScribeChange, ScribeError, ScribeService, activity_json

from avtoituba.web import texts

BODY_LIMIT = 32 * 1024
RATE_PER_SECOND = 5.0
RATE_BURST = 30
DEVICE_COOKIE = "avt_device"
DEFAULT_PORT = 8740

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

STATIC = {
    "scribe.js": "application/javascript",
    "vote.js": "application/javascript",
    "style.css": "text/css",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class _Bucket:
    tokens: float = RATE_BURST
    stamp: float = field(default_factory=time.monotonic)

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(RATE_BURST, self.tokens + (now - self.stamp) * RATE_PER_SECOND)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


def _static_file(name: str) -> bytes:
    from avtoituba.resources import resource

    return resource("web", name).read_bytes()


@web.middleware
async def _headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Cache-Control", "no-store")
    if isinstance(response, web.HTTPException):
        raise response
    return response


class ScribeServer:
    """Scribe mode: start it to listen, stop it to close the port at once."""

    def __init__(self, service: ScribeService, host: str = "127.0.0.1",
                 port: int = DEFAULT_PORT):
        self.service = service
        self.host = host
        self.port = port
        self._secret = secrets.token_bytes(32)
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._buckets: dict[str, _Bucket] = {}
        self._streams: dict[int | None, set[asyncio.Queue[str]]] = {}
        self._adds: list[tuple[int, str, dict[str, Any], asyncio.Future[Any]]] = []
        service.listeners.append(self._on_change)

    # -- life --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._site is not None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=BODY_LIMIT, middlewares=[_headers])
        app.router.add_get("/g/{key}", self.group_page)
        app.router.add_get("/v/{key}", self.vote_page)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/api/g/{key}/state", self.group_state)
        app.router.add_get("/api/g/{key}/events", self.group_events)
        app.router.add_post("/api/g/{key}/activities", self.add_activity)
        app.router.add_put("/api/g/{key}/activities/{id}", self.update_activity)
        app.router.add_delete("/api/g/{key}/activities/{id}", self.delete_activity)
        app.router.add_get("/api/v/{key}/state", self.vote_state)
        app.router.add_get("/api/v/{key}/events", self.vote_events)
        app.router.add_put("/api/v/{key}/ballot", self.cast_ballot)
        return app

    async def start(self) -> None:
        if self._runner is not None:
            return
        self.service.group_keys()
        self.service.vote_key()
        runner = web.AppRunner(self.app(), access_log=None, handle_signals=False,
                               shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner, self._site = runner, site
        server = site._server  # the bound socket tells the port when 0 was asked for
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        runner, self._runner, self._site = self._runner, None, None
        for queues in self._streams.values():
            for q in queues:
                q.put_nowait("")  # ends each open event stream
        if runner is not None:
            await runner.cleanup()

    def join_urls(self) -> dict[int, str]:
        return {gid: f"http://{self._host_for_url()}:{self.port}/g/{key}"
                for gid, key in self.service.group_keys().items()}

    def vote_url(self) -> str:
        return f"http://{self._host_for_url()}:{self.port}/v/{self.service.vote_key()}"

    def _host_for_url(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    # -- change events -----------------------------------------------------------------------
    def _on_change(self, change: ScribeChange) -> None:
        self.notify(change.group_id)

    def notify(self, group_id: int | None) -> None:
        """Tell the pages of ``group_id`` (None: the vote pages) that something changed.

        The GUI calls this after the trainer's own edits, so the phones follow them too."""
        targets = [group_id, None] if group_id is not None else list(self._streams)
        for target in targets:
            for q in self._streams.get(target, set()):
                q.put_nowait("change")

    async def _event_stream(self, request: web.Request, target: int | None
                            ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-store"})
        await response.prepare(request)
        queue: asyncio.Queue[str] = asyncio.Queue()
        self._streams.setdefault(target, set()).add(queue)
        try:
            await response.write(b"retry: 2000\n\nevent: change\ndata: hello\n\n")
            while True:
                try:
                    kind = await asyncio.wait_for(queue.get(), timeout=15)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if not kind:
                    break
                while not queue.empty():  # many changes at once: one refresh
                    if not queue.get_nowait():
                        return response
                await response.write(b"event: change\ndata: change\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams.get(target, set()).discard(queue)
        return response

    # -- helpers -----------------------------------------------------------------------------
    def _group(self, request: web.Request) -> int:
        gid = self.service.group_for_key(request.match_info["key"])
        if gid is None:
            raise web.HTTPNotFound(text="not found")
        return gid

    def _vote(self, request: web.Request) -> None:
        if not self.service.is_vote_key(request.match_info["key"]):
            raise web.HTTPNotFound(text="not found")

    def _device(self, request: web.Request) -> str:
        device = request.cookies.get(DEVICE_COOKIE, "")
        if not device or len(device) > 64 or not device.replace("-", "").replace("_", "").isalnum():
            raise web.HTTPForbidden(text="no device")
        return device

    def _csrf(self, device: str) -> str:
        return hmac.new(self._secret, device.encode(), hashlib.sha256).hexdigest()

    def _check_write(self, request: web.Request, body: bool = True) -> str:
        device = self._device(request)
        token = request.headers.get("X-CSRF-Token", "")
        if not hmac.compare_digest(token.encode("utf-8", "replace"),
                                   self._csrf(device).encode()):
            raise web.HTTPForbidden(text="csrf")
        if body and request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(text="json only")
        bucket = self._buckets.setdefault(device, _Bucket())
        if not bucket.take():
            raise web.HTTPTooManyRequests(text="slow down", headers={"Retry-After": "1"})
        return device

    async def _json(self, request: web.Request) -> dict[str, Any]:
        try:
            data = await request.json()
        except (ValueError, UnicodeDecodeError) as exc:
            raise web.HTTPBadRequest(text="bad json") from exc
        if not isinstance(data, dict):
            raise web.HTTPBadRequest(text="bad json")
        return data

    def _error(self, request: web.Request, error: ScribeError) -> web.Response:
        lang = texts.language(request.headers.get("Accept-Language", ""))
        status = {"blocked": 403, "not_found": 404, "vote_closed": 409}.get(error.code, 422)
        return web.json_response({"error": error.code, "params": error.params,
                                  "message": texts.error_text(error, lang)}, status=status)

    def _page(self, request: web.Request, template: str, strings: dict[str, Any]
              ) -> web.Response:
        device = request.cookies.get(DEVICE_COOKIE) or secrets.token_urlsafe(16)
        lang = texts.language(request.headers.get("Accept-Language", ""))
        words = texts.page_texts(lang)
        words.update(strings)
        words["csrf"] = self._csrf(device)
        body = _static_file(template).decode("utf-8")
        for key, value in words.items():
            if isinstance(value, str):
                body = body.replace("{{" + key + "}}", html.escape(value))
        body = body.replace("{{lang}}", lang)
        # JSON inside <script type="application/json">: not HTML-decoded by the browser, so
        # the characters that could end the element are escaped the JSON way instead.
        data = json.dumps(words, ensure_ascii=False)
        for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            data = data.replace(char, escaped)
        body = body.replace("{{json}}", data)
        response = web.Response(text=body, content_type="text/html", charset="utf-8")
        response.set_cookie(DEVICE_COOKIE, device, httponly=True, samesite="Strict",
                            max_age=7 * 24 * 3600, path="/")
        return response

    # -- pages -------------------------------------------------------------------------------
    async def group_page(self, request: web.Request) -> web.Response:
        gid = self._group(request)
        group = self.service.capture.group(gid)
        return self._page(request, "scribe.html", {"group": group.name,
                                                   "workshop": self.service.workshop_title()})

    async def vote_page(self, request: web.Request) -> web.Response:
        self._vote(request)
        return self._page(request, "vote.html", {"workshop": self.service.workshop_title()})

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC:
            raise web.HTTPNotFound(text="not found")
        return web.Response(body=_static_file(name), content_type=STATIC[name],
                            headers={"Cache-Control": "no-cache"})

    # -- group API ---------------------------------------------------------------------------
    async def group_state(self, request: web.Request) -> web.Response:
        gid = self._group(request)
        device = request.cookies.get(DEVICE_COOKIE, "")
        labels = self.service.device_labels()
        capture = self.service.capture
        lang = texts.language(request.headers.get("Accept-Language", ""))
        return web.json_response({
            "group": capture.group(gid).name,
            "csrf": self._csrf(device) if device else "",
            "municipalities": self.service.municipalities(),
            "areas": [{"number": a.number, "title": a.title} for a in capture.areas()],
            "suggested_area": capture.suggested_area(gid),
            "activities": [activity_json(r, labels.get(r.id, ""))
                           for r in self.service.activities(gid)],
            "lang": lang,
        })

    async def group_events(self, request: web.Request) -> web.StreamResponse:
        return await self._event_stream(request, self._group(request))

    async def add_activity(self, request: web.Request) -> web.Response:
        gid = self._group(request)
        device = self._check_write(request)
        data = await self._json(request)
        try:
            self.service.see_device(device, gid)
            row, created = await self._add(gid, device, data)
        except ScribeError as error:
            return self._error(request, error)
        return web.json_response({"activity": activity_json(row), "created": created},
                                 status=201 if created else 200)

    async def _add(self, group_id: int, device: str, data: dict[str, Any]) -> Any:
        """Group commit: the entries that arrive together (or while the last batch was being
        written) are committed at once, one disk sync for all; each phone still hears back
        only after its entry is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._adds.append((group_id, device, data, future))
        if len(self._adds) == 1:
            loop.call_soon(self._add_batch)
        return await future

    def _add_batch(self) -> None:
        batch, self._adds = self._adds, []
        try:
            results = self.service.add_many([(g, d, x) for g, d, x, _f in batch])
        except Exception as exc:  # nothing of the batch is saved: every phone sends again
            for *_entry, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (*_entry, future), result in zip(batch, results, strict=True):
            if future.done():  # the phone went away; its resend finds the entry saved
                continue
            if isinstance(result, ScribeError):
                future.set_exception(result)
            else:
                future.set_result(result)

    def _activity_id(self, request: web.Request) -> int:
        try:
            return int(request.match_info["id"])
        except ValueError as exc:
            raise web.HTTPNotFound(text="not found") from exc

    async def update_activity(self, request: web.Request) -> web.Response:
        gid = self._group(request)
        device = self._check_write(request)
        data = await self._json(request)
        try:
            row = self.service.update(gid, device, self._activity_id(request), data)
        except ScribeError as error:
            return self._error(request, error)
        return web.json_response({"activity": activity_json(row)})

    async def delete_activity(self, request: web.Request) -> web.Response:
        gid = self._group(request)
        device = self._check_write(request, body=False)
        try:
            self.service.delete(gid, device, self._activity_id(request))
        except ScribeError as error:
            return self._error(request, error)
        return web.json_response({"deleted": True})

    # -- voting API --------------------------------------------------------------------------
    async def vote_state(self, request: web.Request) -> web.Response:
        self._vote(request)
        device = request.cookies.get(DEVICE_COOKIE, "")
        vote = self.service.vote
        capture = self.service.capture
        tally = self.service.tally() if vote.revealed else {}
        lang = texts.language(request.headers.get("Accept-Language", ""))

        def votes(activity_id: int) -> dict[str, Any]:
            n = tally.get(activity_id, 0)
            return {"votes": n, "votes_text": texts.votes_text(n, lang) if vote.revealed else ""}

        return web.json_response({
            "open": vote.open, "dots": vote.dots, "revealed": vote.revealed,
            "csrf": self._csrf(device) if device else "",
            "ballot": self.service.ballot(device) if device else {},
            "groups": [{"name": g.name, "activities": [
                dict(activity_json(r), **votes(r.id))
                for r in self.service.activities(g.id)]} for g in capture.groups()],
        })

    async def vote_events(self, request: web.Request) -> web.StreamResponse:
        self._vote(request)
        return await self._event_stream(request, None)

    async def cast_ballot(self, request: web.Request) -> web.Response:
        self._vote(request)
        device = self._check_write(request)
        data = await self._json(request)
        dots = data.get("dots")
        if not isinstance(dots, dict):
            raise web.HTTPBadRequest(text="bad ballot")
        try:
            ballot = self.service.cast(device, dots)
        except ScribeError as error:
            return self._error(request, error)
        return web.json_response({"ballot": {str(k): v for k, v in ballot.items()}})
