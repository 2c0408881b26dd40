"""rekey names holding GUY

Revision ID: 0014
Revises: 0013

'GUY' is now read as 'GUI' is, a hard G before an I sound (TANGUY, TANGUI; NGUYEN, NGUIEN;
domain/matching/phonetic.py). The stored keys of names holding it are computed again.
"""

import sqlalchemy as sa

from infrastructure.persistence.migrations.rekey import rekey

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    rekey(lambda t: sa.or_(t.c.usage_name.ilike("%guy%"), t.c.birth_name.ilike("%guy%")))


def downgrade() -> None:
    """The older keys are not restored: they only found fewer people."""
