"""liberality value

Revision ID: 0022
Revises: 0021

A recourse against a legatee or a donee is capped by the value of the legacy or of the gift, not by the net estate
less funeral costs: the créance keeps that value, as the notary declares it, in whole cents. NULL for the estate's
recourse, and for every case written before: a case against a legatee or a donee opened then keeps the figures it
was opened with, readable, and is notified only once its value is given. Going back down forgets the value.
"""

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('creance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('liberality_value_cents', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    # Not in batch mode: on SQLite it would copy the créance table and drop it, which its lines' and recoveries'
    # foreign keys refuse; SQLite drops a column itself since 3.35.
    op.drop_column('creance', 'liberality_value_cents')
