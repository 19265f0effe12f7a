"""The scribe and voting pages for phones on the room's network (aiohttp, Qt-free).

A peer of ``gui/``: it calls the same core services. Nothing here listens until the trainer
switches scribe mode on.
"""
