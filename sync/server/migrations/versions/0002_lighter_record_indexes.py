"""record: drop the row_id index (lookups go by the primary key), owner index only where there is an owner

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 15:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

WHERE = sa.text("owner_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index('ix_record_row_id')
        batch_op.drop_index('ix_record_owner')
        batch_op.create_index('ix_record_owner', ['table_name', 'owner_id', 'row_id'], unique=False,
                              sqlite_where=WHERE, postgresql_where=WHERE)


def downgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index('ix_record_owner')
        batch_op.create_index('ix_record_owner', ['table_name', 'owner_id', 'row_id'], unique=False)
        batch_op.create_index('ix_record_row_id', ['row_id'], unique=False)
