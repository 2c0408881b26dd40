from collections.abc import Sequence
from typing import Protocol

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.first_name_facts import FirstNameFacts


class CandidateSource(Protocol):
    """Who could be the deceased: the SQL directory, or an in-memory index for bulk lists.

    Every source applies the blocking keys of domain/matching/blocking.py, so they return the same people.
    """

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]: ...

    def first_name_facts(self, collectivite: str) -> FirstNameFacts:
        """What the collectivité's records say of each first name's sex (domain/matching/first_name_facts.py)."""
        ...
