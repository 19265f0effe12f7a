"""``avtoituba scribes WORKSHOP``: scribe mode without a window.

Serves the group pages (and the voting page) on one local interface until Ctrl+C, and
prints the join addresses. Nothing listens before the command starts or after it ends.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from contextlib import closing

from avtoituba.commands import CommandError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scribes", help="let each group's scribe write from a phone",
                       description="Serve the scribe pages on the room's network until "
                                   "Ctrl+C; prints one join address per group.")
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    p.add_argument("--host", default=None, metavar="H",
                   help="the address of this computer on the room's network "
                        "(default: the first one found; 127.0.0.1 when there is none)")
    p.add_argument("--port", type=int, default=None, metavar="P",
                   help="the port to listen on (default 8740; 0 picks a free one)")
    p.add_argument("--json", action="store_true", help="print the addresses as JSON")
    p.set_defaults(handler=cmd_scribes)


async def _serve(server, stop: asyncio.Event, as_json: bool) -> None:
    await server.start()
    urls = server.join_urls()
    groups = {g.id: g for g in server.service.capture.groups()}
    if as_json:
        print_json({"host": server.host, "port": server.port,
                    "groups": [{"number": groups[gid].number, "name": groups[gid].name,
                                "url": url} for gid, url in urls.items()],
                    "vote": server.vote_url()})
    else:
        for gid, url in urls.items():
            print(f"{groups[gid].number}\t{groups[gid].name}\t{url}")
        print(f"vote\t{server.vote_url()}")
        print("Ctrl+C stops scribe mode.", file=sys.stderr)
    sys.stdout.flush()
    try:
        await stop.wait()
    finally:
        await server.stop()


def cmd_scribes(args: argparse.Namespace) -> int:
    from avtoituba.core.capture import Capture
    from avtoituba.core.scribes import ScribeService
    from avtoituba.store.db import open_store

    from avtoituba.web.addresses import default_address
    from avtoituba.web.server import DEFAULT_PORT, ScribeServer

    host = args.host or default_address()
    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise CommandError(f"--port {port}: give a port from 1 to 65535 (0 picks a free one)")
    with open_store(args.workshop_file) as store, closing(Capture(store)) as capture:
        server = ScribeServer(ScribeService(store, capture), host, port)
        loop = asyncio.new_event_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
                pass
        try:
            with closing(loop):
                loop.run_until_complete(_serve(server, stop, args.json))
        except KeyboardInterrupt:
            pass
        except OSError as exc:
            raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror or exc}. "
                               "Choose another --port or --host.") from exc
    return 0
