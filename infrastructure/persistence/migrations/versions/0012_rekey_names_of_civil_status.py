"""rekey names of civil status

Revision ID: 0012
Revises: 0011

A usage name such as 'DUPONT EP MARTIN' or 'MARTIN NEE DUPONT' now stores the sound keys of both surnames
(domain/matching/blocking.py), so that either one typed finds the person. The stored keys of names holding
such a word are computed again.
"""

import sqlalchemy as sa
from alembic import op

from domain.matching.blocking import record_sounds

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_HINTS = ("%ep%", "%nee%", "%née%", "%veuve%", "%vve%", "%divorc%")


def upgrade() -> None:
    connection = op.get_bind()
    table = sa.table("beneficiary", sa.column("id", sa.Integer), sa.column("usage_name", sa.String),
                     sa.column("birth_name", sa.String), sa.column("usage_key", sa.String),
                     sa.column("birth_key", sa.String))
    maybe = sa.or_(*(table.c.usage_name.ilike(hint) for hint in _HINTS))
    rows = connection.execute(sa.select(table.c.id, table.c.usage_name, table.c.birth_name, table.c.usage_key,
                                        table.c.birth_key).where(maybe))
    changes = []
    for row in rows:
        usage, birth = record_sounds(row.usage_name, row.birth_name)
        if (usage, birth) != (row.usage_key, row.birth_key):
            changes.append({"b_id": row.id, "u": usage, "b": birth})
    if changes:
        connection.execute(table.update().where(table.c.id == sa.bindparam("b_id"))
                           .values(usage_key=sa.bindparam("u"), birth_key=sa.bindparam("b")), changes)


def downgrade() -> None:
    """The older keys are not restored: they only found fewer people."""
