"""the follow-up seminar: its timer log, notes per municipality, activity marks

Revision ID: 0002_seminar
Revises: 0002_season
Create Date: 2026-11-30 11:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002_seminar'
down_revision = '0002_season'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'seminar_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('item', sa.Integer(), nullable=True),
        sa.Column('amount_s', sa.Float(), nullable=True),
        sa.Column('wall_time', sa.DateTime(timezone=True), nullable=False),
        sa.Column('mono_time', sa.Float(), nullable=True),
        sa.Column('clock_id', sa.String(length=64), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], ondelete='CASCADE',
                                name=op.f('fk_seminar_event_workshop_id_workshop')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_event')),
    )
    with op.batch_alter_table('seminar_event') as batch:
        batch.create_index(batch.f('ix_seminar_event_workshop_id'), ['workshop_id'])
    op.create_table(
        'seminar_note',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('municipality_id', sa.Integer(), nullable=False),
        sa.Column('attendance', sa.String(length=16), nullable=False),
        sa.Column('note_a', sa.Text(), nullable=False),
        sa.Column('note_b', sa.Text(), nullable=False),
        sa.Column('note_c', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], ondelete='CASCADE',
                                name=op.f('fk_seminar_note_workshop_id_workshop')),
        sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], ondelete='CASCADE',
                                name=op.f('fk_seminar_note_municipality_id_municipality')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_note')),
        sa.UniqueConstraint('workshop_id', 'municipality_id',
                            name=op.f('uq_seminar_note_workshop_id')),
    )
    op.create_table(
        'seminar_mark',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE',
                                name=op.f('fk_seminar_mark_activity_id_activity')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_mark')),
        sa.UniqueConstraint('activity_id', name=op.f('uq_seminar_mark_activity_id')),
    )


def downgrade() -> None:
    op.drop_table('seminar_mark')
    op.drop_table('seminar_note')
    with op.batch_alter_table('seminar_event') as batch:
        batch.drop_index(batch.f('ix_seminar_event_workshop_id'))
    op.drop_table('seminar_event')
