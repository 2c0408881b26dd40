"""import unknown maisons

Revision ID: 0016
Revises: 0015

An IODAS import keeps the maison codes it met that the collectivité's referential does not hold, with how many
people carry each, as JSON pairs: its report warns that no maison will be notified for them. Earlier runs have none.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unknown_maisons', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.drop_column('unknown_maisons')
