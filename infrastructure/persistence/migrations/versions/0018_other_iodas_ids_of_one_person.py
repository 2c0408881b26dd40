"""other iodas ids of one person

Revision ID: 0018
Revises: 0017

An agent settling a doubt may name several candidates: one person entered several times in IODAS (her APA on one
file, her ASH on another). A decision, and the créance opened on it, keep their `iodas_id`, the principal file, as
before; `other_iodas_ids` holds the same person's other files as a JSON list, NULL for none, as every row written
before. Going back down keeps the principal files and forgets the others.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('creance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('other_iodas_ids', sqlmodel.sql.sqltypes.AutoString(), nullable=True))

    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('other_iodas_ids', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    # Not in batch mode: on SQLite it would copy the decision table and drop it, which the créances' foreign key
    # refuses once a créance exists; SQLite drops a column itself since 3.35.
    op.drop_column('decision', 'other_iodas_ids')
    op.drop_column('creance', 'other_iodas_ids')
