"""What a collectivité's own records say of each first name: the sex it tells, and how common it is.

Learnt from the records rather than from a fixed list, so that it fits any population (a Breton, an Alsatian
or an English-speaking one alike).

- The sex: a twin or a sibling of the other sex shares the surname and often the birth date; when the
  recorded first name cannot be checked against the typed ones, the sex the typed first name tells still
  can. A name tells a sex only when the records agree on it (`CLEAR_SHARE`) often enough
  (`ENOUGH_RECORDS`): 'Claude' or 'Dominique' tell nothing, and a record whose sex was mistyped does not
  turn 'Marie' into a man's name.
- How common: the share of records bearing the name, to weigh how often first names agree by chance.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from domain.matching.normalize import given_names
from domain.matching.similarity import SLIP, first_name_similarity

ENOUGH_RECORDS = 10
CLEAR_SHARE = 0.97


@dataclass(frozen=True, slots=True)
class FirstNameFacts:
    sex_by_name: Mapping[str, str] = field(default_factory=dict)
    share_by_name: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def learn(cls, records: Iterable[tuple[str | None, str, int]]) -> "FirstNameFacts":
        """From (sex, first names as recorded, how many records) rows."""
        counts: dict[str, Counter[str]] = {}
        everyone = 0
        for sex, first_names, times in records:
            everyone += times
            for name in set(given_names(first_names)):
                counts.setdefault(name, Counter())[sex or "?"] += times
        sexes, shares = {}, {}
        for name, by_sex in counts.items():
            total = sum(by_sex.values())
            shares[name] = total / everyone
            told = by_sex["M"] + by_sex["F"]
            sex, most = ("M", by_sex["M"]) if by_sex["M"] >= by_sex["F"] else ("F", by_sex["F"])
            if told >= ENOUGH_RECORDS and most >= CLEAR_SHARE * told:
                sexes[name] = sex
        return cls(sexes, shares)

    def sex_of(self, first_names: str) -> str | None:
        """The sex told by the first of the typed first names, when the records make it clear."""
        names = given_names(first_names)
        return self.sex_by_name.get(names[0]) if names else None

    def contradicts(self, first_names: str, recorded_sex: str | None) -> bool:
        told = self.sex_of(first_names)
        return told is not None and recorded_sex in ("M", "F") and told != recorded_sex

    def share_of(self, first_names: str) -> float:
        """How often a record bears all these first names; 1.0 when nothing was learnt."""
        if not self.share_by_name:
            return 1.0
        chance = 1.0
        for name in dict.fromkeys(given_names(first_names)):
            chance *= self.share_by_name.get(name, 0.0)
        return chance

    def least_chance_of_agreeing(self, typed: str) -> float:
        """A floor under `chance_of_agreeing(typed, anything)` that agrees with every typed name: the product of
        their shares; 0.0 (no floor) when one of them is not known here."""
        return self.share_of(typed) if self.share_by_name else 0.0

    def chance_of_agreeing(self, typed: str, recorded: str) -> float:
        """How often a record picked at random bears the first names these two lists share; 1.0 when unknown.

        A typed name that agrees with a recorded one (a keying slip apart) counts once, with the share of its
        typed spelling (the clerk copies the civil status), or else of the recorded one."""
        known = given_names(recorded)
        chance = 1.0
        for name in dict.fromkeys(given_names(typed)):
            agreeing = [r for r in known if first_name_similarity(name, r) >= SLIP]
            if agreeing:
                chance *= self.share_by_name.get(name) or self.share_by_name.get(agreeing[0], 1.0)
        return chance


NO_FACTS = FirstNameFacts()
