"""record.origin_device: the device that holds the latest version, left out of its own pulls (no echo)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: existing rows have no known origin, so every device still pulls them.
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin_device', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_column('origin_device')
