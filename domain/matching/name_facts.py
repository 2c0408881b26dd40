"""What a collectivité's own records say of its names: the sex a first name tells, how common a first name or a
surname is, and how many people were born each year.

Learnt from the records rather than from a fixed list, so that it fits any population (a Breton, an Alsatian
or an English-speaking one alike).

- The sex: a twin or a sibling of the other sex shares the surname and often the birth date; when the
  recorded first name cannot be checked against the typed ones, the sex the typed first name tells still
  can. A name tells a sex only when the records agree on it (`CLEAR_SHARE`) often enough
  (`ENOUGH_RECORDS`): 'Claude' or 'Dominique' tell nothing, and a record whose sex was mistyped does not
  turn 'Marie' into a man's name.
- How common: the share of records bearing a first name, or a surname (by its sound key, so that the spellings
  a slip may give count together), to weigh how often names agree by chance; and how many bear each spelling of
  a surname, to tell a keying slip (a spelling no one else bears) from two families. Counted on the whole base
  rather than among the few bearers born near the searched date: a surname borne once in three years says
  little of how rare it is.
"""

from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from domain.beneficiary import Beneficiary
from domain.matching.blocking import record_sounds
from domain.matching.normalize import given_names, name_key
from domain.matching.similarity import SLIP, first_name_similarity

ENOUGH_RECORDS = 10
CLEAR_SHARE = 0.97


@dataclass(frozen=True, slots=True)
class NameFacts:
    sex_by_name: Mapping[str, str] = field(default_factory=dict)
    share_by_name: Mapping[str, float] = field(default_factory=dict)
    share_by_sound: Mapping[str, float] = field(default_factory=dict)
    born_by_year: Mapping[int, int] = field(default_factory=dict)
    bearers_by_spelling: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def learn(cls, records: Iterable[tuple[str | None, str, int]], sounds: Iterable[tuple[str, int]] = (),
              years: Iterable[tuple[int, int]] = (), spellings: Iterable[tuple[str | None, int]] = ()) -> "NameFacts":
        """From (sex, first names as recorded, how many records) rows, (surname sound key, how many records bear it
        as their usage or birth name's, `blocking.record_sounds`) rows, (birth year, how many records) rows and
        (surname as recorded, how many records bear it as their usage name, or as a birth name other than it)."""
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
        bearers: Counter[str] = Counter()
        for sound, times in sounds:
            bearers[sound] += times
        sound_shares = {sound: n / everyone for sound, n in bearers.items() if sound and everyone}
        spelt: Counter[str] = Counter()
        for spelling, times in spellings:
            if key := name_key(spelling):
                spelt[key] += times
        return cls(sexes, shares, sound_shares, dict(years), dict(spelt))

    @classmethod
    def of(cls, people: Iterable[Beneficiary]) -> "NameFacts":
        """Learnt from the people themselves, for a store that holds them as objects."""
        everyone = list(people)
        sounds = Counter(sound for b in everyone for sound in set(record_sounds(b.usage_name, b.birth_name)))
        spellings = Counter(name for b in everyone for name in dict.fromkeys((b.usage_name, b.birth_name)) if name)
        return cls.learn(((b.sex, " ".join(b.first_names), 1) for b in everyone), sounds.items(),
                         Counter(b.birth_date.year for b in everyone).items(), spellings.items())

    @property
    def people(self) -> int:
        """How many records the facts were learnt from."""
        return sum(self.born_by_year.values())

    def bearers_by_chance(self, sounds: Iterable[str], born: date, dates: int) -> float | None:
        """How many people bearing a surname of one of these sounds the records would hold, born on one of `dates`
        days around `born`: the sound's share of records times the records born per day in the years around.
        None when the surnames were not learnt."""
        if not self.share_by_sound or not self.born_by_year:
            return None
        share = max((self.share_by_sound.get(sound, 0.0) for sound in sounds), default=0.0)
        per_day = max(self.born_by_year.get(year, 0) for year in (born.year - 1, born.year, born.year + 1)) / 365.25
        return share * per_day * dates

    def share_of_surname(self, sounds: Iterable[str]) -> float:
        """The share of records bearing a surname of one of these sounds; 1.0 when the surnames were not learnt."""
        if not self.share_by_sound:
            return 1.0
        return max((self.share_by_sound.get(sound, 0.0) for sound in sounds), default=0.0)

    def bearers_of(self, surname: str) -> int:
        """How many records bear this very spelling (`normalize.name_key`) as a surname."""
        return self.bearers_by_spelling.get(name_key(surname), 0)

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

    def first_name_bearers(self) -> tuple[Mapping[str, float], int]:
        """The share of records bearing each first name, and how many records there are
        (`blocking.blocking_keys`)."""
        return self.share_by_name, sum(self.born_by_year.values())

    def least_chance_of_agreeing(self, typed: str) -> float:
        """A floor under `chance_of_agreeing(typed, anything)` that agrees with every typed name: the product of
        their shares; 0.0 (no floor) when one of them is not known here."""
        return self.share_of(typed) if self.share_by_name else 0.0

    def chance_of_agreeing(self, typed: str, recorded: str) -> float:
        """How often a record picked at random bears the first names these two lists share; 1.0 when unknown.

        A typed name that agrees with recorded ones (a keying slip apart) counts once, with the largest share of its
        spellings: the clerk's may be right and the record's a slip ('Marie' for MAIRE), or the clerk's a slip that a
        record or two happen to repeat ('Jlhn' for JOHN), and chance is never to be underrated. Typed names that glue
        into a recorded one count as that one: 'Jean Pierre' for 'JEAN-PIERRE' shares 'JEAN-PIERRE'; a typed
        compound whose parts the record holds apart counts as those parts: 'Astrid-Marianne' for ASTRID MARIANNE."""
        known = given_names(recorded)
        chance = 1.0
        for name in dict.fromkeys(_as_recorded(given_names(typed), known)):
            agreeing = [r for r in known if first_name_similarity(name, r) >= SLIP]
            if agreeing:
                chance *= max((share for n in (name, *agreeing) if (share := self.share_by_name.get(n))), default=1.0)
        return chance


def _as_recorded(typed: tuple[str, ...], known: tuple[str, ...]) -> list[str]:
    """Typed names as the record writes them: neighbours glued where the record holds them as one name (the clerk
    dropped a hyphen), a compound split where the record holds its parts as neighbours (the record dropped it)."""
    apart = {"".join(known[i:i + n]): known[i:i + n] for n in (2, 3) for i in range(len(known) - n + 1)}
    return [part for name in _glued_as_recorded(typed, known)
            for part in (apart.get(name, (name,)) if name not in known else (name,))]


def _glued_as_recorded(typed: tuple[str, ...], known: Container[str]) -> list[str]:
    """Neighbouring typed names joined where together they are one of the `known` names (a hyphen dropped)."""
    names, i = [], 0
    while i < len(typed):
        glued = next((j for j in (3, 2) if i + j <= len(typed) and "".join(typed[i:i + j]) in known), 1)
        names.append("".join(typed[i:i + glued]))
        i += glued
    return names


NO_FACTS = NameFacts()
