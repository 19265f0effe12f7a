"""returned homework packs: which file came back for which municipality, when, its answers

Revision ID: 0002_returns
Revises: 0002_agenda
Create Date: 2026-11-30 10:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_returns"
down_revision = "0002_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "returned_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("municipality_name", sa.String(length=300), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"], ondelete="SET NULL",
                                name=op.f("fk_returned_pack_municipality_id_municipality")),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE",
                                name=op.f("fk_returned_pack_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returned_pack")),
    )


def downgrade() -> None:
    op.drop_table("returned_pack")
