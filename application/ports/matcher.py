from collections.abc import Sequence
from typing import Protocol

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.result import MatchResult


class Matcher(Protocol):
    """The matching policy: swappable, pure, given the candidates already retrieved."""

    def match(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary],
              facts: NameFacts = NO_FACTS) -> MatchResult: ...
