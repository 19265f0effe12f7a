"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 03:25:17.142743
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=500), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('trainer_name', sa.String(length=200), nullable=False),
    sa.Column('trainer_organisation', sa.String(length=200), nullable=False),
    sa.Column('trainer_email', sa.String(length=200), nullable=False),
    sa.Column('trainer_phone', sa.String(length=100), nullable=False),
    sa.Column('closing_words', sa.Text(), nullable=False),
    sa.Column('goals', sa.JSON(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('group_question', sa.Text(), nullable=False),
    sa.Column('presenter_note', sa.Text(), nullable=False),
    sa.Column('areas_heading', sa.String(length=500), nullable=False),
    sa.Column('homework', sa.JSON(), nullable=False),
    sa.Column('followup_date', sa.Date(), nullable=True),
    sa.Column('followup_start', sa.Time(), nullable=True),
    sa.Column('followup_end', sa.Time(), nullable=True),
    sa.Column('followup_platform', sa.String(length=200), nullable=False),
    sa.Column('followup_link', sa.String(length=2000), nullable=False),
    sa.Column('followup_intro', sa.Text(), nullable=False),
    sa.Column('followup_tasks', sa.JSON(), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('speakers', sa.Text(), nullable=False),
    sa.Column('section', sa.Text(), nullable=False),
    sa.Column('duration_s', sa.Integer(), nullable=False),
    sa.Column('fixed_start', sa.Time(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agenda_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    op.create_table('area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('examples', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_area_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area')),
    sa.UniqueConstraint('workshop_id', 'number', name=op.f('uq_area_workshop_id'))
    )
    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('seminar_position', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_municipality_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('workshop_id', 'name', name=op.f('uq_municipality_workshop_id'))
    )
    op.create_table('work_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('default_area_number', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_work_group_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_group')),
    sa.UniqueConstraint('workshop_id', 'number', name=op.f('uq_work_group_workshop_id'))
    )
    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('involve_leaders', sa.Boolean(), nullable=False),
    sa.Column('involve_key_people', sa.Boolean(), nullable=False),
    sa.Column('involve_partners', sa.Boolean(), nullable=False),
    sa.Column('involve_notes', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=False),
    sa.Column('time_frame', sa.Text(), nullable=False),
    sa.Column('digital', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_activity_area_id_area'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['work_group.id'], name=op.f('fk_activity_group_id_work_group'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_activity_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_activity_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_participant_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participant_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('timer_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('amount_s', sa.Float(), nullable=True),
    sa.Column('wall_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('mono_time', sa.Float(), nullable=True),
    sa.Column('clock_id', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_timer_event_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_timer_event_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timer_event'))
    )
    with op.batch_alter_table('timer_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timer_event_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('presenter', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['work_group.id'], name=op.f('fk_membership_group_id_work_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_membership_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_membership_participant_id'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_group_id'), ['group_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_group_id'))

    op.drop_table('membership')
    with op.batch_alter_table('timer_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timer_event_workshop_id'))

    op.drop_table('timer_event')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_participant_municipality_id'))

    op.drop_table('participant')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_activity_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_activity_group_id'))

    op.drop_table('activity')
    op.drop_table('work_group')
    op.drop_table('municipality')
    op.drop_table('area')
    op.drop_table('agenda_item')
    op.drop_table('workshop')

