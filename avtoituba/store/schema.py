"""Which schema revisions this version of avtoituba knows.

Kept free of Alembic so that opening an up-to-date file never imports it (~0.6 s). A test
checks that HEAD matches the head of the Alembic scripts in migrations/versions/.
"""

# Oldest first. Add a new revision id here when adding a migration script.
REVISIONS: tuple[str, ...] = ("0001", "0002_scribes", "0002_agenda", "0002_returns",
                             "0002_season", "0002_seminar", "0003_ogp",
                             "0004_season_seminar", "0005_activity_position")
HEAD = REVISIONS[-1]
