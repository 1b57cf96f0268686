"""users can be disabled; the central audit trail (append-only); parked changes; failed sign-ins

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:00:00
"""
from alembic import op
import sqlalchemy as sa

from sync.server.models import AUDIT_GUARD_POSTGRESQL, AUDIT_GUARD_SQLITE


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disabled_at', sa.DateTime(), nullable=True))
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=True),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('purpose', sa.String(length=200), nullable=True),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_user_id'), ['user_id'], unique=False)
    guards = AUDIT_GUARD_POSTGRESQL if op.get_bind().dialect.name == 'postgresql' else AUDIT_GUARD_SQLITE
    for sql in guards:
        op.execute(sql)

    op.create_table('parked_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolution', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parked_change')),
    sa.UniqueConstraint('mutation_id', name=op.f('uq_parked_change_mutation_id'))
    )
    with op.batch_alter_table('parked_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parked_change_client_id'), ['client_id'], unique=False)

    op.create_table('login_failure',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failure'))
    )
    op.create_index('ix_login_failure_key_at', 'login_failure', ['key', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_login_failure_key_at', table_name='login_failure')
    op.drop_table('login_failure')
    op.drop_table('parked_change')
    op.drop_table('audit_log')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('disabled_at')
