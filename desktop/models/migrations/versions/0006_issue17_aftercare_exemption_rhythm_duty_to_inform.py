"""issue 17: aftercare follows the benefit (restart flag, whether the work lasted), the work-duty exemption's
first day, the contact rhythm per client; the duty to inform discussed and the rights-and-duties folder on a
conversation; who selected a re-examination and why, and its invitation letter; referrals (wijkteam,
VraagWijzer); the client's satisfaction (a remark with the placement rating, a rating at the end of aftercare);
the absence approach's proposal and admission

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


COLUMNS = (('work_duty_exemption_from', sa.Date()), ('previous_benefit_end', sa.Date()),
           ('benefit_restarted_on', sa.Date()), ('aftercare_outcome', sa.String(length=20)),
           ('aftercare_outcome_on', sa.Date()), ('contact_every_weeks', sa.Integer()),
           ('reexamination_selected_on', sa.Date()), ('reexamination_selected_by', sa.String(length=160)),
           ('reexamination_reason', sa.Text()), ('reexamination_invited_on', sa.Date()),
           ('aftercare_satisfaction', sa.Integer()), ('aftercare_satisfaction_remark', sa.Text()),
           ('approach_proposed_on', sa.Date()), ('approach_reasons', sa.String(length=120)),
           ('approach_note', sa.Text()), ('approach_decision', sa.String(length=20)),
           ('approach_decision_reason', sa.Text()), ('approach_decided_on', sa.Date()),
           ('approach_decided_by', sa.String(length=160)))


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_remark', sa.Text(), nullable=True))
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('duty_to_inform_discussed', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('rights_folder', sa.String(length=20), nullable=True))


    op.create_table(
        'referral',
        sa.Column('client_id', sa.String(length=36), nullable=False),
        sa.Column('referred_to', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('referred_on', sa.Date(), nullable=False),
        sa.Column('follow_up_on', sa.Date(), nullable=False),
        sa.Column('followed_up_on', sa.Date(), nullable=True),
        sa.Column('follow_up_note', sa.Text(), nullable=True),
        sa.Column('by_user_id', sa.String(length=36), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['by_user_id'], ['user.id'], name=op.f('fk_referral_by_user_id_user')),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_referral_client_id_client')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_referral')),
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_client_id'))
    op.drop_table('referral')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_column('client_remark')
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_column('rights_folder')
        batch_op.drop_column('duty_to_inform_discussed')
    with op.batch_alter_table('client', schema=None) as batch_op:
        for name, _kind in reversed(COLUMNS):
            batch_op.drop_column(name)
