from collections.abc import Sequence
from typing import Protocol

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NameFacts


class CandidateSource(Protocol):
    """Who could be the deceased: the SQL directory, or an in-memory index for bulk lists.

    Every source applies the blocking keys of domain/matching/blocking.py, so they return the same people; given
    the policy, the SQL directory and the index return only those it could not ignore (domain/matching/shortlist.py),
    again the same people.
    """

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]: ...

    def name_facts(self, collectivite: str) -> NameFacts:
        """What the collectivité's records say of its names: how common each is, which sex a first name tells
        (domain/matching/name_facts.py)."""
        ...
