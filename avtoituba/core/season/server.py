"""Connecting to the season database (PostgreSQL through psycopg 3).

Credentials never travel through avtoituba: the URL names the user, host, port and
database; libpq finds the password in its standard password file (``~/.pgpass``,
``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or ``PGPASSFILE``) or in ``PGPASSWORD``.
A password typed into the URL is used for the connection only: what is shown, logged or
stored is the URL without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from avtoituba.store import schema

# Seconds to wait for the server to answer a connection (libpq's minimum is 2).
CONNECT_TIMEOUT_S = int(os.environ.get("AVTOITUBA_SEASON_TIMEOUT", "10"))
# Milliseconds sent data may stay unacknowledged before the connection counts as lost.
TCP_USER_TIMEOUT_MS = 30_000
# One lock id for "the schema is being created or upgraded" (two first pushes at once).
SCHEMA_LOCK = 0x61767401


class SeasonError(Exception):
    """Why the season database could not be used. ``code`` is stable (the GUI words it);
    ``where`` is the database without password; the English message is for the CLI."""

    def __init__(self, code: str, where: str, message: str):
        super().__init__(message)
        self.code = code
        self.where = where
        self.message = message

    def __str__(self) -> str:
        return self.message


def parse_url(raw: str) -> URL:
    """A PostgreSQL URL for psycopg 3. ``postgres://`` and ``postgresql://`` are accepted."""
    raw = raw.strip()
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise SeasonError("bad_url", "", "the season database address is not a URL; "
                          "write it as postgresql://USER@HOST:PORT/DATABASE") from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise SeasonError("bad_url", "", "the season database must be PostgreSQL: "
                          "write it as postgresql://USER@HOST:PORT/DATABASE")
    url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise SeasonError("bad_url", "", "the season database address names no database: "
                          "write it as postgresql://USER@HOST:PORT/DATABASE")
    return url


def public_url(url: URL | str) -> str:
    """The URL as it may be shown and stored: no password, plain ``postgresql://``."""
    if isinstance(url, str):
        url = parse_url(url)
    bare = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)
    return bare.render_as_string(hide_password=False)


def where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def make_server_engine(raw_url: str, timeout_s: int | None = None) -> Engine:
    url = parse_url(raw_url)
    timeout = max(2, timeout_s or CONNECT_TIMEOUT_S)
    # One connection, kept for the checks and the push that follows (a new one costs a
    # password exchange); the engine is disposed when the push or pull ends.
    return create_engine(
        url, poolclass=QueuePool, pool_size=1, max_overflow=1, hide_parameters=True,
        connect_args={
            "connect_timeout": timeout,
            "application_name": "avtoituba",
            "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
            "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
            "keepalives_count": 3,
        })


def explain(exc: BaseException, url: URL | Engine, during: str = "connect") -> SeasonError:
    """The trainer's words for a failure; never the SQL, the password or a library link."""
    if isinstance(url, Engine):
        url = url.url
    place = where(url)
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    detail = str(orig).lower()
    if state in ("28P01", "28000") or "password" in detail and "fail" in detail:
        return SeasonError("auth", place, f"the season database {place} refused the user "
                           f"{url.username or '(none)'}: check the user name, and the "
                           "password in your PostgreSQL password file or PGPASSWORD")
    if "no password supplied" in detail:
        return SeasonError("auth", place, f"the season database {place} asks for a "
                           "password: put it in your PostgreSQL password file (pgpass) or "
                           "in PGPASSWORD")
    if state == "3D000":
        return SeasonError("no_database", place, f"there is no database "
                           f"{url.database!r} on {url.host}: check its name, or ask the "
                           "administrator to create it")
    if "timeout" in detail or "timed out" in detail:
        return SeasonError("timeout", place, f"the season database {place} did not answer "
                           "in time: check the network (or try again later); nothing was "
                           "changed")
    if during != "connect" and isinstance(exc, DBAPIError) and exc.connection_invalidated \
            or "server closed the connection" in detail or "consuming input failed" in detail \
            or "terminating connection" in detail or state.startswith("57P"):
        return SeasonError("lost", place, f"the connection to the season database {place} "
                           "was lost; nothing was changed there or in your file: push "
                           "again when it is back")
    if "refused" in detail or "could not translate host" in detail \
            or "name or service not known" in detail or "no route" in detail \
            or "network is unreachable" in detail or "failed to resolve" in detail:
        return SeasonError("unreachable", place, f"cannot reach the season database "
                           f"{place}: check the address and the network, or whether the "
                           "server is running")
    if state == "23505":
        return SeasonError("conflict", place, "the season database already has a row "
                           "like this one from another copy (the same name twice): rename "
                           "it in one of the copies and push again")
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return SeasonError("other", place, f"the season database {place} answered: {first}")


@dataclass(frozen=True)
class SchemaState:
    revision: str | None


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the season schema with the same Alembic scripts as a workshop file;
    refuse a database made by a newer avtoituba, untouched."""
    revision = server_revision(engine)
    if revision == schema.HEAD:
        return
    if revision is not None and revision not in schema.REVISIONS:
        raise SeasonError("newer", where(engine.url), f"the season database "
                          f"{where(engine.url)} was made by a newer avtoituba (schema "
                          f"{revision}); update avtoituba to use it")
    from alembic import command

    from avtoituba.store.migrations import alembic_config

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
        # Another trainer may have done it while this one waited for the lock.
        again = _revision(conn)
        if again != schema.HEAD:
            if again is not None and again not in schema.REVISIONS:
                raise SeasonError("newer", where(engine.url), "the season database was "
                                  "made by a newer avtoituba; update avtoituba to use it")
            command.upgrade(alembic_config(conn), "head")


def _revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def server_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def open_server(raw_url: str, timeout_s: int | None = None, create: bool = True) -> Engine:
    """An engine on the season database with its schema current (created if ``create``).

    Raises SeasonError with the trainer's words for anything that goes wrong."""
    engine = make_server_engine(raw_url, timeout_s)
    try:
        if create:
            ensure_schema(engine)
        else:
            revision = server_revision(engine)
            if revision is None:
                raise SeasonError("empty", where(engine.url), f"the season database "
                                  f"{where(engine.url)} holds no workshops yet")
            if revision not in schema.REVISIONS:
                raise SeasonError("newer", where(engine.url), f"the season database "
                                  f"{where(engine.url)} was made by a newer avtoituba "
                                  f"(schema {revision}); update avtoituba to use it")
            if revision != schema.HEAD:
                ensure_schema(engine)
    except SeasonError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise explain(exc, engine) from None
    return engine
