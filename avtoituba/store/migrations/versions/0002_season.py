"""season: stable row ids and the push bookkeeping

Every row that crosses to the season database gets a ``uuid`` (filled in for existing
rows); four small bookkeeping tables. Additive only.

Revision ID: 0002_season
Revises: 0002_returns
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0002_season'
down_revision = "0002_returns"
branch_labels = None
depends_on = None

CROSSING = ("workshop", "agenda_item", "area", "municipality", "work_group", "participant",
            "timer_event", "membership", "activity", "returned_pack")


def upgrade() -> None:
    conn = op.get_bind()
    for table in CROSSING:
        # A plain ADD COLUMN and a unique index: no table is rebuilt (on SQLite a rebuild
        # drops the old table, and with foreign keys on that would cascade to its children).
        op.add_column(table, sa.Column('uuid', sa.String(length=36), nullable=True))
        op.create_index(op.f(f'ix_{table}_uuid'), table, ['uuid'], unique=True)
        ids = [r[0] for r in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            conn.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                         [{"u": str(uuid.uuid4()), "i": i} for i in ids])

    op.create_table('season_pushed',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_season_pushed'))
    )
    op.create_table('season_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_season_state'))
    )
    op.create_table('season_tombstone',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('workshop_uuid', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_season_tombstone'))
    )
    op.create_index(op.f('ix_season_tombstone_workshop_uuid'), 'season_tombstone',
                    ['workshop_uuid'], unique=False)
    op.create_table('season_push',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_uuid', sa.String(length=36), nullable=False),
    sa.Column('pushed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('rows_sent', sa.Integer(), nullable=False),
    sa.Column('rows_deleted', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_season_push'))
    )
    op.create_index(op.f('ix_season_push_workshop_uuid'), 'season_push',
                    ['workshop_uuid'], unique=False)


def downgrade() -> None:
    op.drop_table('season_push')
    op.drop_table('season_tombstone')
    op.drop_table('season_state')
    op.drop_table('season_pushed')
    for table in reversed(CROSSING):
        op.drop_index(op.f(f'ix_{table}_uuid'), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('uuid')
