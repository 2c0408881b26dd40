"""first-name key for blocking

Revision ID: 0015
Revises: 0014

given_key holds the first recorded first name (domain/matching/blocking.py, `record_given`), so that a person
whose surname and birth date each hold a slip is still found. Existing rows get theirs.
"""

import sqlalchemy as sa
from alembic import op

from domain.matching.blocking import record_given

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_CHUNK = 10_000


def upgrade() -> None:
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('given_key', sa.String(length=100), nullable=False, server_default=""))
        batch_op.create_index('ix_beneficiary_given_md', ['collectivite', 'given_key', 'birth_md', 'birth_year'],
                              unique=False)
        batch_op.create_index('ix_beneficiary_given_year', ['collectivite', 'given_key', 'birth_year', 'birth_md'],
                              unique=False)
    _key_first_names()


def _key_first_names() -> None:
    """Read in one pass and written in chunks: a million rows hold a few thousand distinct first names."""
    connection = op.get_bind()
    table = sa.table("beneficiary", sa.column("id", sa.Integer), sa.column("first_names", sa.String),
                     sa.column("given_key", sa.String))
    rows = connection.execute(sa.select(table.c.id, table.c.first_names)).all()
    changes = [{"b_id": row.id, "g": given} for row in rows if (given := record_given(row.first_names))]
    update = table.update().where(table.c.id == sa.bindparam("b_id")).values(given_key=sa.bindparam("g"))
    for start in range(0, len(changes), _CHUNK):
        connection.execute(update, changes[start:start + _CHUNK])


def downgrade() -> None:
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.drop_index('ix_beneficiary_given_year')
        batch_op.drop_index('ix_beneficiary_given_md')
        batch_op.drop_column('given_key')
