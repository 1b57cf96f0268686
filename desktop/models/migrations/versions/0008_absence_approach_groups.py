"""issue 17: the absence approach's groups, their sessions and attendance per participant (seed 004), the group
a team lead places an admitted client in; the day a client said they recognise an assessment (seed 001)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 00:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('deleted_at', sa.DateTime(), nullable=True)]


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approach_group_id', sa.String(length=36), nullable=True))
    with op.batch_alter_table('profile_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recognised_on', sa.Date(), nullable=True))
    # Recognition recorded before this revision was the client's answer on the day of the assessment.
    op.execute("UPDATE profile_entry SET recognised_on = assessed_on WHERE client_recognises")
    op.create_table(
        'approach_group',
        sa.Column('team_id', sa.String(length=36), nullable=True),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approach_group')),
    )
    with op.batch_alter_table('approach_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approach_group_team_id'), ['team_id'], unique=False)
    op.create_table(
        'approach_session',
        sa.Column('group_id', sa.String(length=36), nullable=False),
        sa.Column('team_id', sa.String(length=36), nullable=True),
        sa.Column('topic', sa.String(length=20), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('place', sa.String(length=150), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approach_session')),
    )
    with op.batch_alter_table('approach_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approach_session_group_id'), ['group_id'], unique=False)
    op.create_table(
        'approach_attendance',
        sa.Column('client_id', sa.String(length=36), nullable=False),
        sa.Column('session_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('absence_id', sa.String(length=36), nullable=True),
        sa.Column('recorded_by', sa.String(length=160), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_approach_attendance_client_id_client')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approach_attendance')),
    )
    with op.batch_alter_table('approach_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approach_attendance_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approach_attendance_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    for table, indexes in (('approach_attendance', ('client_id', 'session_id')), ('approach_session', ('group_id',)),
                           ('approach_group', ('team_id',))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for col in indexes:
                batch_op.drop_index(batch_op.f(f'ix_{table}_{col}'))
        op.drop_table(table)
    with op.batch_alter_table('profile_entry', schema=None) as batch_op:
        batch_op.drop_column('recognised_on')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('approach_group_id')
