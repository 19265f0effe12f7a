"""OGP commitment drafted from an activity (the workshop option „AVP tegevuskava mustand“)

Revision ID: 0003_ogp
Revises: 0002_seminar
Create Date: 2026-11-30 11:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_ogp"
down_revision = "0002_seminar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("ogp", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("ogp")
