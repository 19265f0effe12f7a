"""activity: an index on (group, position)

Adding an activity counts one past its group's last position inside the INSERT; with this
index that is one look-up instead of reading every activity of the workshop (an Enter in
a file of 5,000 activities spent most of its time there). Additive only.

Revision ID: 0005_activity_position
Revises: 0004_season_seminar
"""
from alembic import op

revision = "0005_activity_position"
down_revision = "0004_season_seminar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_activity_group_position"), "activity", ["group_id", "position"])


def downgrade() -> None:
    op.drop_index(op.f("ix_activity_group_position"), table_name="activity")
