"""agenda blocks marked compressible (the late-day plans take from them first)

Revision ID: 0002_agenda
Revises: 0002_scribes
Create Date: 2026-11-30 10:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002_agenda'
down_revision = '0002_scribes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        batch.add_column(sa.Column('compressible', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        batch.drop_column('compressible')
