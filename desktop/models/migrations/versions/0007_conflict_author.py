"""issue 15: a sync conflict keeps who made the central value and when (the conflict dialog shows them)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('theirs_author', sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column('theirs_changed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_column('theirs_changed_at')
        batch_op.drop_column('theirs_author')
