from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NameFacts


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    aids_added: int = 0


class BeneficiaryDirectory(Protocol):
    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        """People who could be the deceased, even when one field was mistyped (those the policy would ignore left out,
        when the store was given it)."""
        ...

    def name_facts(self, collectivite: str) -> NameFacts:
        """What the collectivité's records say of its names (domain/matching/name_facts.py)."""
        ...

    def get(self, collectivite: str, iodas_id: str) -> Beneficiary | None: ...

    def upsert(self, collectivite: str, beneficiaries: Sequence[Beneficiary]) -> UpsertCounts:
        """Adds new people, updates changed ones, adds new aids; never deletes."""
        ...
