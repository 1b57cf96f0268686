"""store_meta: the store's epoch (new after a restore from backup) and the database identity it belongs to

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('store_meta',
                    sa.Column('name', sa.String(length=40), nullable=False),
                    sa.Column('value', sa.String(length=200), nullable=False),
                    sa.PrimaryKeyConstraint('name'))


def downgrade() -> None:
    op.drop_table('store_meta')
