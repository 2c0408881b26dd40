"""True identities (as on a death certificate), drawn with families that make matching hard."""

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from benchmarks import names as bank

_SYLLABLES_A = "Ker Mar Ber Lan Dar Gal Mor Bel Char Cour Ven Tal Ros Bou Fer Gui Cal Sal Pel Ver Cas Ril Nor Jar".split()
_SYLLABLES_B = "an el ou in ar ot eu ai on ir al er ac".split()
_MIDDLES = ("", "", "", "r", "l", "n", "m", "t", "v", "ch")
_ENDINGS = "vel ier ard aud eau elle ot ic ec in et ais ot illon ac oux ès ard ain ange".split()
_EN_A = "Ash Brad Carl Hart Wood Mill Thorn Whit Brook Hol Fair Black Green Red Kings Stan Win Ald Har Pen".split()
_EN_B = "ing er ley ton ford well worth by field more man son wick ham den".split()


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    sex: str
    birth_name: str
    usage_name: str
    first_names: tuple[str, ...]
    birth_date: date


@dataclass(frozen=True, slots=True)
class NameBank:
    surnames: list[str]
    male: list[str]
    female: list[str]
    twins: tuple[tuple[str, str], ...]
    tail: list[str]


def french_bank() -> NameBank:
    tail = [a + b + m + c.lower() for a in _SYLLABLES_A for b in _SYLLABLES_B for m in _MIDDLES for c in _ENDINGS]
    tail += [p + t for p in ("Le ", "de ", "Du ") for t in tail[::97]]
    return NameBank(bank.surnames(bank.FRENCH_SURNAMES), bank.words(bank.FRENCH_MALE),
                    bank.words(bank.FRENCH_FEMALE), bank.PHONETIC_TWINS, tail)


def english_bank() -> NameBank:
    tail = [a + m + b + e for a in _EN_A for m in ("", "a", "e", "i", "o", "en", "er", "ing") for b in _EN_B
            for e in ("", "s", "e")]
    return NameBank(bank.surnames(bank.ENGLISH_SURNAMES), bank.words(bank.ENGLISH_MALE),
                    bank.words(bank.ENGLISH_FEMALE), bank.ENGLISH_TWINS, tail)


class PeopleFactory:
    """Common names are common (a Zipf law), rare names come from a long synthetic tail.

    `common_share` is the share of people bearing one of the common surnames: about 0.08 in France
    (Martin then about 0.5 %); a higher share makes homonyms, and the matcher's work, more frequent.
    """

    def __init__(self, rng: random.Random, names: NameBank, common_share: float = 0.08) -> None:
        self.rng = rng
        self.names = names
        self.common_share = common_share
        self._surname_weights = [1 / (rank + 1) ** 0.7 for rank in range(len(names.surnames))]
        self._male_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(names.male))]
        self._female_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(names.female))]

    def surname(self) -> str:
        if self.rng.random() >= self.common_share:
            return self.rng.choice(self.names.tail)
        if self.rng.random() < 0.04:
            a, b = self.rng.choices(self.names.surnames, self._surname_weights, k=2)
            return f"{a}-{b}"
        return self.rng.choices(self.names.surnames, self._surname_weights)[0]

    def first_names(self, sex: str) -> tuple[str, ...]:
        pool, weights = (self.names.male, self._male_weights) if sex == "M" else (self.names.female, self._female_weights)
        count = self.rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0]
        chosen: list[str] = []
        while len(chosen) < count:
            name = self.rng.choices(pool, weights)[0]
            if name not in chosen:
                chosen.append(name)
        return tuple(chosen)

    def birth_date(self, first_year: int = 1920, last_year: int = 1965) -> date:
        start = date(first_year, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(last_year, 12, 31) - start).days))

    def person(self, surname: str | None = None, sex: str | None = None, born: date | None = None) -> Person:
        sex = sex or self.rng.choice("MF")
        own = surname or self.surname()
        usage = self.surname() if sex == "F" and self.rng.random() < 0.6 else own
        return Person(sex=sex, birth_name=own, usage_name=usage, first_names=self.first_names(sex),
                      birth_date=born or self.birth_date())

    def spouse_of(self, p: Person) -> Person:
        husband, wife = (p, None) if p.sex == "M" else (None, p)
        born = p.birth_date + timedelta(days=self.rng.randint(-2500, 2500))
        if husband:
            other = self.person(sex="F", born=born)
            return replace(other, usage_name=husband.birth_name)
        assert wife
        return self.person(surname=wife.usage_name, sex="M", born=born)

    def child_homonym_of(self, p: Person) -> Person:
        """A son or daughter with the parent's names, 25 to 30 years younger."""
        born = p.birth_date + timedelta(days=self.rng.randint(25 * 365, 30 * 365))
        return replace(p, birth_date=born, usage_name=p.birth_name if p.sex == "M" else p.usage_name)

    def sibling_of(self, p: Person) -> Person:
        """Same birth name, another first name (sometimes the other-gender form), close or same birth date."""
        gap = 0 if self.rng.random() < 0.1 else self.rng.randint(300, 3000) * self.rng.choice((-1, 1))
        sibling = self.person(surname=p.birth_name, born=p.birth_date + timedelta(days=gap))
        first = p.first_names[0]
        paired = {"Jean": "Jeanne", "Louis": "Louise", "Michel": "Michèle", "Daniel": "Danièle", "Denis": "Denise",
                  "André": "Andrée", "René": "Renée", "Henri": "Henriette", "Paul": "Paulette", "Joël": "Joëlle"}
        flipped = {**paired, **{v: k for k, v in paired.items()}}
        if first in flipped and self.rng.random() < 0.6:
            return replace(sibling, sex="F" if p.sex == "M" else "M", first_names=(flipped[first],))
        return sibling if sibling.first_names[0] != first else replace(sibling, first_names=sibling.first_names[1:] or ("Claude",))

    def phonetic_twin_of(self, p: Person) -> Person | None:
        """Someone of the other family whose name sounds the same."""
        for a, b in self.names.twins:
            if p.birth_name in (a, b):
                other = b if p.birth_name == a else a
                near = p.birth_date + timedelta(days=self.rng.randint(-1500, 1500))
                return replace(self.person(surname=other, sex=p.sex, born=near), usage_name=other)
        return None

    def twin_family_member(self) -> Person:
        a, _ = self.rng.choice(self.names.twins)
        return self.person(surname=a)
