"""Scribe mode and the dot vote: the trainer's controls (the server itself is ``web/``)."""
