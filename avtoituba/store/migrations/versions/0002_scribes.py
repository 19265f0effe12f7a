"""scribe mode and voting: join keys, devices, idempotent entries, dot-vote ballots

Revision ID: 0002_scribes
Revises: 0001
Create Date: 2026-11-30 10:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_scribes"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scribe_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["work_group.id"], ondelete="CASCADE",
                                name=op.f("fk_scribe_key_group_id_work_group")),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE",
                                name=op.f("fk_scribe_key_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scribe_key")),
        sa.UniqueConstraint("workshop_id", "purpose", "group_id",
                            name=op.f("uq_scribe_key_workshop_id")),
        sa.UniqueConstraint("key", name=op.f("uq_scribe_key_key")),
    )
    op.create_table(
        "scribe_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["work_group.id"], ondelete="SET NULL",
                                name=op.f("fk_scribe_device_group_id_work_group")),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE",
                                name=op.f("fk_scribe_device_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scribe_device")),
        sa.UniqueConstraint("workshop_id", "device", name=op.f("uq_scribe_device_workshop_id")),
    )
    op.create_table(
        "scribe_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE",
                                name=op.f("fk_scribe_entry_activity_id_activity")),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE",
                                name=op.f("fk_scribe_entry_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scribe_entry")),
        sa.UniqueConstraint("workshop_id", "client_id", name=op.f("uq_scribe_entry_workshop_id")),
    )
    op.create_table(
        "vote_ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_ballot_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_ballot")),
        sa.UniqueConstraint("workshop_id", "token", name=op.f("uq_vote_ballot_workshop_id")),
    )


def downgrade() -> None:
    op.drop_table("vote_ballot")
    op.drop_table("scribe_entry")
    op.drop_table("scribe_device")
    op.drop_table("scribe_key")
