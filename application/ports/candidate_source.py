from collections.abc import Sequence
from typing import Protocol

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity


class CandidateSource(Protocol):
    """Who could be the deceased: the SQL directory, or an in-memory index for bulk lists.

    Every source applies the blocking keys of domain/matching/blocking.py, so they return the same people.
    """

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]: ...
