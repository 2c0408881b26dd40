"""rekey names of civil status

Revision ID: 0012
Revises: 0011

A usage name such as 'DUPONT EP MARTIN' or 'MARTIN NEE DUPONT' now stores the sound keys of both surnames
(domain/matching/blocking.py), so that either one typed finds the person. The stored keys of names holding
such a word are computed again.
"""

import sqlalchemy as sa

from infrastructure.persistence.migrations.rekey import rekey

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_HINTS = ("%ep%", "%nee%", "%née%", "%veuve%", "%vve%", "%divorc%")


def upgrade() -> None:
    rekey(lambda t: sa.or_(*(t.c.usage_name.ilike(hint) for hint in _HINTS)))


def downgrade() -> None:
    """The older keys are not restored: they only found fewer people."""
