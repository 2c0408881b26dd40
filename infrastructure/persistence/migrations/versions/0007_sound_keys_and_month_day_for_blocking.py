"""sound keys and month-day for blocking

Revision ID: 0007
Revises: 0006

usage_key/birth_key now hold the French sound key of the names (domain/matching/blocking.py), and
birth_md the month and day, so that a wrong year digit still finds the person. Existing rows are rekeyed.
"""

import sqlalchemy as sa
from alembic import op

from domain.matching.blocking import record_sounds

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('birth_md', sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index('ix_beneficiary_birth_key_md', ['collectivite', 'birth_key', 'birth_md'], unique=False)
        batch_op.create_index('ix_beneficiary_usage_key_md', ['collectivite', 'usage_key', 'birth_md'], unique=False)
    _rekey()


def _rekey() -> None:
    connection = op.get_bind()
    table = sa.table("beneficiary", sa.column("id", sa.Integer), sa.column("usage_name", sa.String),
                     sa.column("birth_name", sa.String), sa.column("birth_date", sa.Date),
                     sa.column("usage_key", sa.String), sa.column("birth_key", sa.String),
                     sa.column("birth_md", sa.Integer))
    rows = connection.execute(sa.select(table.c.id, table.c.usage_name, table.c.birth_name, table.c.birth_date))
    changes = []
    for row in rows:
        usage, birth = record_sounds(row.usage_name, row.birth_name)
        changes.append({"b_id": row.id, "u": usage, "b": birth, "md": row.birth_date.month * 100 + row.birth_date.day})
    if changes:
        connection.execute(
            table.update().where(table.c.id == sa.bindparam("b_id"))
            .values(usage_key=sa.bindparam("u"), birth_key=sa.bindparam("b"), birth_md=sa.bindparam("md")),
            changes,
        )


def downgrade() -> None:
    with op.batch_alter_table('beneficiary', schema=None) as batch_op:
        batch_op.drop_index('ix_beneficiary_usage_key_md')
        batch_op.drop_index('ix_beneficiary_birth_key_md')
        batch_op.drop_column('birth_md')
