"""One helper for background work: a coroutine on the app's qasync loop awaits an executor.

The app's event loop is qasync's: Qt events and asyncio share one loop, so a coroutine can
await work running on a worker thread while the timer keeps ticking and the window stays
responsive. Slow work (exports, backups, reading a large import) is a plain function that
takes a :class:`Progress`; :func:`run_in_background` runs it on the shared executor and
returns its result (or raises its exception) to the awaiting coroutine.

The work reports through ``progress.report(done, total, text)`` (delivered on the loop's
thread, so a slot may touch widgets) and stops early when ``progress.cancelled`` becomes
true (raise :class:`Cancelled`). Tests run the same loop (``QEventLoop(qapp,
already_running=True)`` in ``tests/conftest.py``) and wait with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
ProgressSlot = Callable[[int, int, str], None]

_executor: ThreadPoolExecutor | None = None


class Cancelled(Exception):
    """Raised inside background work when the trainer pressed Cancel."""


class Progress:
    """Handed to background work: report how far it got, and learn of a cancel."""

    def __init__(self, loop: asyncio.AbstractEventLoop, slot: ProgressSlot | None = None):
        self._loop = loop
        self._slot = slot
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the trainer asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._slot is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._slot, done, total, text)


def executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        # Two workers: an export and a backup may overlap; the GIL makes more pointless.
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="avtoituba-work")
    return _executor


def submit(work: Callable[[Progress], T], progress: Progress | None = None,
           on_progress: ProgressSlot | None = None) -> asyncio.Future[T]:
    """Start ``work(progress)`` on the worker pool now and return a future of the app's
    loop to await (for work that must be under way before the caller returns, e.g. a
    backup that closing the window waits for)."""
    loop = asyncio.get_event_loop()
    if progress is None:
        progress = Progress(loop, on_progress)
    return loop.run_in_executor(executor(), work, progress)


async def run_in_background(work: Callable[[Progress], T], progress: Progress | None = None,
                            on_progress: ProgressSlot | None = None) -> T:
    """Run ``work(progress)`` on the worker pool and await its result on the app's loop."""
    asyncio.get_running_loop()  # only from a coroutine on the app's loop
    return await submit(work, progress, on_progress)


def start(coro: object) -> asyncio.Task:
    """Schedule a coroutine on the app's loop (from a plain Qt slot) and keep it alive."""
    task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task


_running: set[asyncio.Task] = set()


async def drain(timeout: float = 3.0) -> None:
    """Let the work started with :func:`start` finish before the loop stops (the window has
    closed: scribe mode's server still closes its connections, a backup still reports);
    what is still running after ``timeout`` seconds is cancelled and awaited."""
    pending = [t for t in _running if not t.done() and t is not asyncio.current_task()]
    if not pending:
        return
    _done, still = await asyncio.wait(pending, timeout=timeout)
    for task in still:
        task.cancel()
    if still:
        await asyncio.wait(still, timeout=1.0)


def use_plain_threads(loop: asyncio.AbstractEventLoop) -> None:
    """Make ``loop``'s default executor the shared worker pool.

    qasync's own default executor runs on QThreads that nothing shuts down; asyncio itself
    uses the default executor (``getaddrinfo`` for aiohttp's client, for one), and a QThread
    still running when the app quits aborts the interpreter. Plain threads, shut down in
    :func:`shutdown`, do not.
    """
    loop.set_default_executor(executor())


def shutdown(wait: bool = True) -> None:
    """Finish (or drop) background work before the app quits."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=wait, cancel_futures=not wait)
        _executor = None
