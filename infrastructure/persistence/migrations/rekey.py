"""Stored sound keys computed again after the way names are read changes (migrations 0011 to 0014)."""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from domain.matching.blocking import record_sounds

BENEFICIARY = sa.table("beneficiary", sa.column("id", sa.Integer), sa.column("usage_name", sa.String),
                       sa.column("birth_name", sa.String), sa.column("usage_key", sa.String),
                       sa.column("birth_key", sa.String))


def rekey(may_change: Callable[[sa.TableClause], sa.ColumnElement[bool]]) -> None:
    """Rows that `may_change` selects get their keys again, when these differ from the stored ones."""
    t = BENEFICIARY
    connection = op.get_bind()
    rows = connection.execute(sa.select(t.c.id, t.c.usage_name, t.c.birth_name, t.c.usage_key, t.c.birth_key)
                              .where(may_change(t)))
    changes = []
    for row in rows:
        usage, birth = record_sounds(row.usage_name, row.birth_name)
        if (usage, birth) != (row.usage_key, row.birth_key):
            changes.append({"b_id": row.id, "u": usage, "b": birth})
    if changes:
        connection.execute(t.update().where(t.c.id == sa.bindparam("b_id"))
                           .values(usage_key=sa.bindparam("u"), birth_key=sa.bindparam("b")), changes)
