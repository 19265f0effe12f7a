"""Persistence: SQLAlchemy models, the workshop file, migrations. Qt-free."""
