"""rekey names with an abbreviated saint

Revision ID: 0011
Revises: 0010

Names now read 'ST'/'STE' as 'SAINT'/'SAINTE' (domain/matching/normalize.py), so 'ST MARTIN' and
'Saint-Martin' share a sound key. The stored keys of names holding such a word are computed again.
"""

import sqlalchemy as sa

from infrastructure.persistence.migrations.rekey import rekey

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    rekey(lambda t: sa.or_(t.c.usage_name.ilike("%st%"), t.c.birth_name.ilike("%st%")))


def downgrade() -> None:
    """The older keys are not restored: they only found fewer people."""
