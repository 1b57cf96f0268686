"""policy_setting: the policy numbers set centrally (`wijkdesk-server settings set`)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'policy_setting',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.String(length=40), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_policy_setting')),
    )


def downgrade() -> None:
    op.drop_table('policy_setting')
