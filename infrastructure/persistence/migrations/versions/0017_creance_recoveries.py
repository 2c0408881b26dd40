"""creance recoveries

Revision ID: 0017
Revises: 0016

A créance is recovered in instalments: each sum received is kept with its date, and `amount_recovered_cents` of the
case is their total. The single recovery an earlier case may hold becomes its first instalment. A case recovered in
part is no longer closed: the rest remains due, so its closing date goes.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'creance_recovery',
        sa.Column('creance_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('recovered_on', sa.Date(), nullable=False),
        sa.Column('amount_cents', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['creance_id'], ['creance.id']),
        sa.PrimaryKeyConstraint('creance_id', 'position'),
    )
    op.execute(
        "INSERT INTO creance_recovery (creance_id, position, recovered_on, amount_cents) "
        "SELECT id, 1, COALESCE(closed_on, notified_on), amount_recovered_cents FROM creance "
        "WHERE amount_recovered_cents > 0 AND status IN ('recovered_in_full', 'recovered_in_part') "
        "AND COALESCE(closed_on, notified_on) IS NOT NULL")
    op.execute("UPDATE creance SET amount_recovered_cents = NULL "
               "WHERE id NOT IN (SELECT creance_id FROM creance_recovery)")
    op.execute("UPDATE creance SET closed_on = NULL WHERE status = 'recovered_in_part'")


def downgrade() -> None:
    op.execute("UPDATE creance SET closed_on = (SELECT MAX(recovered_on) FROM creance_recovery "
               "WHERE creance_recovery.creance_id = creance.id) WHERE status = 'recovered_in_part'")
    op.drop_table('creance_recovery')
