"""This computer's addresses on its networks, for the join links (no traffic is sent)."""

from __future__ import annotations

import socket


def local_addresses() -> list[str]:
    """IPv4 addresses of this computer's network interfaces; loopback last."""
    found: list[str] = []
    try:
        import psutil

        for entries in psutil.net_if_addrs().values():
            for entry in entries:
                if entry.family == socket.AF_INET and entry.address not in found:
                    found.append(entry.address)
    except (ImportError, OSError):
        pass
    try:
        for address in socket.gethostbyname_ex(socket.gethostname())[2]:
            if address not in found:
                found.append(address)
    except OSError:
        pass
    outside = [a for a in found if not a.startswith("127.")]
    return outside + ["127.0.0.1"]


def default_address() -> str:
    return local_addresses()[0]
