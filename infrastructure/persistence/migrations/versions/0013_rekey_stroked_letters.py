"""rekey names with stroked letters

Revision ID: 0013
Revises: 0012

Letters that Unicode decomposition leaves whole ('Łukasz', 'Øster', 'Đorđević', 'Þór') are now read as their base
letters (domain/matching/normalize.py), as records typed without accents write them. The stored keys of names
holding one are computed again.
"""

import sqlalchemy as sa

from domain.matching.normalize import STROKED
from infrastructure.persistence.migrations.rekey import rekey

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    rekey(lambda t: sa.or_(*(column.like(f"%{letter}%") for letter in STROKED + "Þþ"
                             for column in (t.c.usage_name, t.c.birth_name))))


def downgrade() -> None:
    """The older keys are not restored: they only found fewer people."""
