"""season: the follow-up seminar and the dot vote cross too

The seminar's timer log, its notes per municipality, its activity marks and the dot
vote's ballots get the season's stable ``uuid`` (filled in for existing rows). Additive
only: a plain ADD COLUMN and a unique index, no table rebuilt.

Revision ID: 0004_season_seminar
Revises: 0003_ogp
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_season_seminar"
down_revision = "0003_ogp"
branch_labels = None
depends_on = None

CROSSING = ("seminar_event", "seminar_note", "seminar_mark", "vote_ballot")


def upgrade() -> None:
    conn = op.get_bind()
    for table in CROSSING:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)
        ids = [r[0] for r in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            conn.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                         [{"u": str(uuid.uuid4()), "i": i} for i in ids])


def downgrade() -> None:
    for table in reversed(CROSSING):
        op.drop_index(op.f(f"ix_{table}_uuid"), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("uuid")
