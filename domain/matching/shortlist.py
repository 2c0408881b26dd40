"""Which candidates are worth building and scoring: the others cannot change the verdict.

`ThresholdPolicy.match` compares a candidate only if its surname score reaches `surname_doubt_floor`,
and sets it aside as a bearer of the name only if the surname scores a slip (`SLIP`) or better. Below
both, a candidate is only counted in the explanation, unless it may be a woman searched by a name her record
lacks (`ThresholdPolicy.may_lack_birth_name`, `may_bear_birth_name_only`) or, born that day, bear the typed
first name as a surname (`ThresholdPolicy.may_be_crossed`). So a store of a million people may drop the others
before building them (table tests check that the verdict stays the same). The surname test is the cheap bound of
`surname_reach.py`, then the exact score of the pairs it lets through."""

from dataclasses import dataclass
from datetime import date

from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.policy import ThresholdPolicy
from domain.matching.surname_reach import reaching_score, typed_names


@dataclass(frozen=True, slots=True)
class Verdict:
    """`kept`: the person may change the answer; `named`: a recorded surname may count against the typed ones;
    `crossed`: the person may be the deceased with names and first names keyed crosswise."""

    kept: bool
    named: bool
    crossed: bool


class Shortlist:
    """shortlist(usage_name, birth_name, *sounds, sex, born): whether a recorded person may change the answer.

    `sounds` are the person's stored sound keys, `record_sounds(usage_name, birth_name)` (blocking.py).
    """

    def __init__(self, policy: ThresholdPolicy, identity: DeceasedIdentity, facts: NameFacts = NO_FACTS) -> None:
        """`facts`: the collectivité's, as the policy will be given them."""
        self.floor = policy.surname_floor
        self._policy, self._identity, self._facts = policy, identity, facts
        self.typed = typed_names(identity.last_name, identity.birth_name)
        self.crossed = policy.crossed_reading(identity)
        self._counted: dict[tuple[str | None, str | None], bool] = {}
        self._crossing: dict[tuple[str | None, str | None], bool] = {}

    def __call__(self, usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str,
                 sex: str | None, born: date) -> bool:
        return self.judge(usage_name, birth_name, usage_sound, birth_sound, sex, born).kept

    def judge(self, usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str,
              sex: str | None, born: date) -> Verdict:
        """Why a recorded person may change the answer, if at all. Each distinct name is judged once a search, since
        a common surname's bearers come by the hundred."""
        other_birth_name = bool(birth_name) and birth_name != usage_name
        named = self._counts(usage_name, usage_sound) or (other_birth_name and self._counts(birth_name, birth_sound))
        crossed = bool(self.crossed) and born == self._identity.birth_date and (
            self._crosses(usage_name, usage_sound) or (other_birth_name and self._crosses(birth_name, birth_sound)))
        kept = named or crossed \
            or self._policy.may_lack_birth_name(self._identity, sex, birth_name, born) \
            or self._policy.may_bear_birth_name_only(self._identity, sex, usage_name, birth_name, born, self._facts)
        return Verdict(kept=kept, named=named, crossed=crossed)

    def _counts(self, name: str | None, sound: str | None) -> bool:
        if (verdict := self._counted.get((name, sound))) is None:
            verdict = self._counted[(name, sound)] = self.name_may_count(name, sound)
        return verdict

    def _crosses(self, name: str | None, sound: str | None) -> bool:
        if (verdict := self._crossing.get((name, sound))) is None:
            verdict = self._crossing[(name, sound)] = self.name_may_be_crossed(name, sound)
        return verdict

    def surname_may_count(self, usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str) -> bool:
        return self.name_may_count(usage_name, usage_sound) or (
            bool(birth_name) and birth_name != usage_name and self.name_may_count(birth_name, birth_sound))

    def name_may_count(self, name: str | None, sound: str | None) -> bool:
        """Whether one recorded surname (with its stored sound key, or None) may count: a person's names are
        judged one by one, so a store may judge each distinct name once for all its bearers."""
        if self.floor <= 0:
            return True
        if not name:
            return False
        return reaching_score(self.typed, [(name, sound)], self.floor) >= self.floor

    def name_may_be_crossed(self, name: str | None, sound: str | None) -> bool:
        """Whether one recorded surname of someone born that very day may be the typed first name (crossed)."""
        if not name:
            return False
        return self._policy.may_be_crossed(self._identity, self.crossed, [(name, sound)], self._identity.birth_date)
