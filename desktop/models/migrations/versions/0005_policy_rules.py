"""policy rules: why calling was impossible (income decisions); circumstances check and hearing of an absence;
the werk.nl binding decision path and exemption requests

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


WERKNL = (('werknl_phoned_on', sa.Date()), ('werknl_binding_decision_on', sa.Date()),
          ('werknl_binding_deadline', sa.Date()), ('werknl_hearing_offered_on', sa.Date()),
          ('werknl_sanction_on', sa.Date()), ('werknl_sanction_percentage', sa.Integer()),
          ('werknl_exemption_requested_by', sa.String(length=160)), ('werknl_exemption_reason', sa.Text()),
          ('werknl_exemption_decision', sa.String(length=20)))


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        for name, kind in WERKNL:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('call_impossible_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('circumstances', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('hearing_deadline', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('hearing_outcome', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('hearing_outcome_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('hearing_client_view', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        for name, _kind in reversed(WERKNL):
            batch_op.drop_column(name)
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.drop_column('hearing_client_view')
        batch_op.drop_column('hearing_outcome_on')
        batch_op.drop_column('hearing_outcome')
        batch_op.drop_column('hearing_deadline')
        batch_op.drop_column('circumstances')
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_column('call_impossible_reason')
