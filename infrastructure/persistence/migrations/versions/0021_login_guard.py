"""login guard

Revision ID: 0021
Revises: 0020

One row per e-mail address tried at sign-in. Attempts on one address take its row in turn, in any process, so that
attempts sent at the same moment cannot all have their password checked; the row also remembers the last lock the
office was told of, so that it is told once per lock.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_guard',
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('lock_noticed_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('email')
    )


def downgrade() -> None:
    op.drop_table('login_guard')
