"""A real PostgreSQL server for the season tests (no mock database).

The session starts a throwaway cluster (see pgcluster.py) and stops it at the end. Without
PostgreSQL installed the tests fail under CI (``CI=true``) and are skipped, with the
reason, on a developer machine.
"""

from __future__ import annotations

import itertools
import os

import pytest

from tests.season import pgcluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    bin_dir = pgcluster.find_bin()
    if bin_dir is None:
        reason = ("PostgreSQL is not installed (Debian: apt-get install postgresql); the "
                  "season tests need a real server")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = pgcluster.Cluster(bin_dir)
    old = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.cleanup()
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old


@pytest.fixture
def season_url(pg) -> str:
    """A new, empty season database on the test server (its URL carries no password)."""
    return pg.create_database(f"season_{os.getpid()}_{next(_numbers)}")
