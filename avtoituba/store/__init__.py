"""Persistence: SQLAlchemy models, the workshop file, migrations. Qt-free."""

# The workshop file's name ending; here (no SQLAlchemy import) so the GUI can use it early.
FILE_SUFFIX = ".avtoituba"
