"""initial schema

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('collectivite',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('login_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('success', sa.Boolean(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('ip', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_attempt_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_attempt_email'), ['email'], unique=False)

    op.create_table('office',
    sa.Column('crpcen', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('crpcen')
    )
    op.create_table('reference_counter',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('aid_type',
    sa.Column('collectivite', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['collectivite'], ['collectivite.code'], ),
    sa.PrimaryKeyConstraint('collectivite', 'code')
    )
    op.create_table('app_user',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('crpcen', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('collectivite', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['collectivite'], ['collectivite.code'], ),
    sa.ForeignKeyConstraint(['crpcen'], ['office.crpcen'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('beneficiary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collectivite', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('iodas_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('sex', sqlmodel.sql.sqltypes.AutoString(length=1), nullable=True),
    sa.Column('usage_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('birth_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('first_names', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('maison_code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('usage_key', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('birth_key', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['collectivite'], ['collectivite.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('collectivite', 'iodas_id')
    )
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.create_index('ix_beneficiary_birth_date', ['collectivite', 'birth_date'], unique=False)
        batch_op.create_index('ix_beneficiary_birth_key', ['collectivite', 'birth_key', 'birth_year'], unique=False)
        batch_op.create_index('ix_beneficiary_usage_key', ['collectivite', 'usage_key', 'birth_year'], unique=False)

    op.create_table('office_agreement',
    sa.Column('crpcen', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('collectivite', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.ForeignKeyConstraint(['collectivite'], ['collectivite.code'], ),
    sa.ForeignKeyConstraint(['crpcen'], ['office.crpcen'], ),
    sa.PrimaryKeyConstraint('crpcen', 'collectivite')
    )
    op.create_table('aid',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('beneficiary_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiary.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('beneficiary_id', 'code', 'start')
    )
    with op.batch_alter_table('aid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_beneficiary_id'), ['beneficiary_id'], unique=False)

    op.create_table('auth_session',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], ),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('auth_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_session_user_id'), ['user_id'], unique=False)

    op.create_table('search_request',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('crpcen', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('birth_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('first_names', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('death_date', sa.Date(), nullable=False),
    sa.Column('death_place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['crpcen'], ['office.crpcen'], ),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    with op.batch_alter_table('search_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_request_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_request_crpcen'), ['crpcen'], unique=False)

    op.create_table('decision',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('request_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('collectivite', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('iodas_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('supersedes', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['collectivite'], ['collectivite.code'], ),
    sa.ForeignKeyConstraint(['request_id'], ['search_request.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_outcome'), ['outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_request_id'), ['request_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_request_id'))
        batch_op.drop_index(batch_op.f('ix_decision_outcome'))

    op.drop_table('decision')
    with op.batch_alter_table('search_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_request_crpcen'))
        batch_op.drop_index(batch_op.f('ix_search_request_at'))

    op.drop_table('search_request')
    with op.batch_alter_table('auth_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_session_user_id'))

    op.drop_table('auth_session')
    with op.batch_alter_table('aid', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_beneficiary_id'))

    op.drop_table('aid')
    op.drop_table('office_agreement')
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.drop_index('ix_beneficiary_usage_key')
        batch_op.drop_index('ix_beneficiary_birth_key')
        batch_op.drop_index('ix_beneficiary_birth_date')

    op.drop_table('beneficiary')
    op.drop_table('app_user')
    op.drop_table('aid_type')
    op.drop_table('reference_counter')
    op.drop_table('office')
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_attempt_email'))
        batch_op.drop_index(batch_op.f('ix_login_attempt_at'))

    op.drop_table('login_attempt')
    op.drop_table('collectivite')

