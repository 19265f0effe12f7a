"""The season: every trainer's workshop file pushed into one shared PostgreSQL database,
pulled back into a file, and reported on across the season. Qt-free.

- ``server``: connecting (timeouts, credentials from libpq's password file or PGPASSWORD,
  never from the file), the schema (created and upgraded by the same Alembic scripts,
  a newer one refused), and errors worded for the trainer.
- ``sync``: push (offline-first, idempotent, resumable, incremental, tombstones) and pull.
- ``report``: the season report's figures (per workshop, per county, across the season).
"""

from avtoituba.core.season.server import SeasonError

__all__ = ["SeasonError"]
