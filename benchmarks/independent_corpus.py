"""A labelled corpus written independently of `benchmarks.corpus`, on Faker's lists of real names, to measure the
engine on data its own generator did not shape (the issue's held-out corpora are written by others).

    .venv/bin/pip install -e '.[bench]'
    python -m benchmarks.independent_corpus --variant fr --seed 21 --out var/independent
    notaires import beneficiaries var/independent/extract.csv && notaires evaluate var/independent/labelled.csv

Real surnames, few and common (400 French, 500 British), first names drawn uniformly from Faker's lists; keying
slips as `benchmarks.variations.typo` writes them, the rest written here. Records:
upper case without accents (nine in ten), the first first name alone (four in ten), hyphens dropped, a slip in
the surname (4 %) or the first name (3 %), day and month swapped or a year digit wrong (1 % each), a married
woman's birth name missing (three in ten). Clerks: the married name or the birth name, the birth-name field
filled or not, all first names, the first, or any of them in any order, accents dropped, a slip (3 %), English
short forms now and then. Hard cases, beside the base or in it (three in ten): twins, siblings, a son with his
father's names 25 to 30 years later (the same day and month half the time), a husband, a namesake of the same
identity whose surname is its phonetic twin ('Thibaut', THIBAULT; `--no-phonetic` leaves them out), and records
entered twice (expected AMBIGUOUS). Half the searches are members; of the others, six in ten are such relatives.
"""

import _csv
import argparse
import csv
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from benchmarks.corpus import EXTRACT_COLUMNS, LABELLED_COLUMNS
from benchmarks.variations import after_the_aids, typo

_SHORT_FORMS = {"WILLIAM": "Bill", "ROBERT": "Bob", "RICHARD": "Dick", "MARGARET": "Peggy", "ELIZABETH": "Liz",
                "JAMES": "Jim", "JOHN": "Jack", "EDWARD": "Ted", "CATHERINE": "Kate", "SUSAN": "Sue",
                "THOMAS": "Tom", "ANTHONY": "Tony", "JENNIFER": "Jenny", "DOROTHY": "Dot", "MICHAEL": "Mike"}
# Spellings that sound alike: the first that a surname holds makes its phonetic twin.
_TWIN_SPELLINGS = (("ault", "aut"), ("ph", "f"), ("eau", "eaux"), ("ey", "ay"), ("ll", "l"), ("tt", "t"),
                   ("y", "i"), ("vre", "bvre"), ("ss", "s"), ("c", "k"), ("ie", "y"), ("son", "sen"))


@dataclass(frozen=True, slots=True)
class Person:
    sex: str
    birth_name: str
    usage_name: str
    first_names: tuple[str, ...]
    born: date

    def key(self) -> tuple[str, str, tuple[str, ...], date]:
        return self.birth_name, self.usage_name, self.first_names, self.born


def _names(variant: str) -> tuple[list[str], list[str], list[str]]:
    """Surnames, men's and women's first names (imported here: Faker is needed by this benchmark alone)."""
    try:
        from faker.providers.person import en_GB, fr_FR
    except ImportError:
        raise SystemExit("Faker manque : .venv/bin/pip install -e '.[bench]'") from None
    names = fr_FR.Provider if variant == "fr" else en_GB.Provider
    return list(names.last_names), list(names.first_names_male), list(names.first_names_female)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_AIDS_UNTIL = date(2020, 1, 1)  # the latest an aid starts; a member dies after it


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _in_year(day: date, year: int) -> date:
    """The same day and month in another year (the 28th for a 29th of February the year lacks)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


class Population:
    def __init__(self, variant: str, rng: random.Random, phonetic: bool) -> None:
        self.variant, self.rng, self.phonetic = variant, rng, phonetic
        self.surnames, self.male, self.female = _names(variant)

    def first_names(self, sex: str) -> tuple[str, ...]:
        pool = self.male if sex == "M" else self.female
        names = self.rng.sample(pool, self.rng.choices((1, 2, 3), (0.35, 0.45, 0.2))[0])
        if self.variant == "fr" and self.rng.random() < 0.12:
            names[0] = f"{names[0]}-{self.rng.choice(pool)}"
        return tuple(names)

    def person(self, sex: str | None = None, surname: str | None = None, born: date | None = None) -> Person:
        sex = sex or self.rng.choice("MF")
        birth_name = surname or self.rng.choice(self.surnames)
        married = sex == "F" and self.rng.random() < 0.65
        return Person(sex=sex, birth_name=birth_name,
                      usage_name=self.rng.choice(self.surnames) if married else birth_name,
                      first_names=self.first_names(sex),
                      born=born or _day_between(self.rng, date(1920, 1, 1), date(1965, 12, 31)))

    def relatives(self, p: Person) -> list[Person]:
        rng, r = self.rng, self.rng.random()
        if r < 0.03:
            return [self.person(surname=p.birth_name, born=p.born)]  # a twin
        if r < 0.13:
            shift = timedelta(days=rng.choice((-1, 1)) * rng.randint(300, 3650))
            return [self.person(surname=p.birth_name, born=p.born + shift)]  # a sibling
        if r < 0.18 and p.sex == "M":
            year = p.born.year + rng.randint(25, 30)
            born = _in_year(p.born, year) if rng.random() < 0.5 else \
                _day_between(rng, date(year, 1, 1), date(year, 12, 28))
            return [replace(p, born=born)]  # a son with his father's names
        if r < 0.25 and p.sex == "F" and p.usage_name != p.birth_name:
            born = p.born + timedelta(days=rng.randint(-2000, 2000))
            return [Person("M", p.usage_name, p.usage_name, self.first_names("M"), born)]  # her husband
        if r < 0.28 and self.phonetic:
            return [t for t in (self._phonetic_twin(p),) if t]
        return []

    def _phonetic_twin(self, p: Person) -> Person | None:
        lower = p.birth_name.lower()
        for spelling, other in _TWIN_SPELLINGS:
            if spelling in lower:
                twin = lower.replace(spelling, other, 1).title()
                return replace(p, birth_name=twin, usage_name=twin if p.usage_name == p.birth_name else p.usage_name)
        return None

    def recorded(self, p: Person) -> dict[str, str]:
        """What a legacy record holds."""
        rng = self.rng
        legacy: Callable[[str], str] = (lambda s: _plain(s).upper()) if rng.random() < 0.9 else (lambda s: s)
        first = list(p.first_names[:1] if rng.random() < 0.4 else p.first_names)
        if rng.random() < 0.5:
            first = [name.replace("-", " ") for name in first]
        usage = typo(rng, p.usage_name) if rng.random() < 0.04 else p.usage_name
        if rng.random() < 0.03:
            first[0] = typo(rng, first[0])
        birth_name = "" if p.usage_name != p.birth_name and rng.random() < 0.3 else p.birth_name
        born, r = p.born, rng.random()
        if r < 0.01 and p.born.day <= 12 and p.born.day != p.born.month:
            born = date(p.born.year, p.born.day, p.born.month)
        elif r < 0.02:
            digits, at = list(str(p.born.year)), 3 if rng.random() < 0.7 else 2
            digits[at] = rng.choice([d for d in "0123456789" if d != digits[at]])
            born = _in_year(p.born, int("".join(digits)))
        return {"sex": p.sex if rng.random() < 0.95 else "", "usage_name": legacy(usage),
                "birth_name": legacy(birth_name), "first_names": legacy(" ".join(first)),
                "birth_date": born.isoformat()}

    def typed(self, p: Person) -> dict[str, str]:
        """What a clerk types from the death certificate."""
        rng = self.rng
        last, birth_name = p.usage_name, ""
        if p.usage_name != p.birth_name:
            if rng.random() < 0.3:
                last = p.birth_name
            elif rng.random() < 0.6:
                birth_name = p.birth_name
        elif rng.random() < 0.2:
            birth_name = p.birth_name
        names, r = list(p.first_names), rng.random()
        if r < 0.2:
            names = names[:1]
        elif r < 0.5:
            names = rng.sample(names, rng.randint(1, len(names)))
        if rng.random() < 0.3:
            names = [name.replace("-", " ") for name in names]
        if self.variant == "en" and rng.random() < 0.05:
            names = [_SHORT_FORMS.get(_plain(name).upper(), name) for name in names]
        first = " ".join(names)
        if rng.random() < 0.3:
            last, birth_name, first = _plain(last), _plain(birth_name), _plain(first)
        if rng.random() < 0.03:
            last = typo(rng, last)
        elif rng.random() < 0.03:
            first = typo(rng, first)
        case: Callable[[str], str] = rng.choice((str.title, str.upper, str.strip))
        death = min(date(2026, 10, 31), p.born + timedelta(days=rng.randint(55 * 365, 100 * 365)))
        death = after_the_aids(death, _AIDS_UNTIL)
        return {"last_name": case(last), "birth_name": case(birth_name), "first_names": case(first),
                "birth_date": p.born.isoformat(), "death_date": death.isoformat(), "death_place": "Lyon"}


def write(out: Path, variant: str, people: int, searches: int, seed: int, phonetic: bool = True) -> None:
    rng = random.Random(seed)
    population = Population(variant, rng, phonetic)
    base = [population.person() for _ in range(people)]
    outsiders: list[Person] = []
    for p in list(base):
        for relative in population.relatives(p):
            (base if rng.random() < 0.3 else outsiders).append(relative)
    numbered = [(str(100000 + i), p) for i, p in enumerate(base)]
    twice = rng.sample(numbered, len(numbered) // 200)
    out.mkdir(parents=True, exist_ok=True)
    copies: dict[str, list[str]] = {}
    with (out / "extract.csv").open("w", newline="", encoding="utf-8") as extract:
        rows = csv.writer(extract)
        rows.writerow(EXTRACT_COLUMNS)
        for iodas_id, p in numbered:
            _write_record(rows, rng, iodas_id, population.recorded(p))
        for n, (iodas_id, p) in enumerate(twice):  # the same person entered twice
            copy = str(100000 + len(numbered) + n)
            _write_record(rows, rng, copy, population.recorded(p))
            copies.setdefault(iodas_id, []).append(copy)
    by_identity: dict[tuple[str, str, tuple[str, ...], date], list[str]] = {}
    for iodas_id, p in numbered:
        by_identity.setdefault(p.key(), []).append(iodas_id)
    with (out / "labelled.csv").open("w", newline="", encoding="utf-8") as labelled:
        rows = csv.writer(labelled)
        rows.writerow(LABELLED_COLUMNS)
        for ref, (p, ids) in enumerate(_searched(rng, population, numbered, outsiders, by_identity, copies, searches)):
            typed = population.typed(p)
            expected = "nonmember" if not ids else "member" if len(ids) == 1 else "ambiguous"
            rows.writerow([f"q{ref}", typed["last_name"], typed["birth_name"], typed["first_names"],
                           typed["birth_date"], typed["death_date"], typed["death_place"], " ".join(ids), expected])


def _write_record(rows: "_csv.Writer", rng: random.Random, iodas_id: str, r: dict[str, str]) -> None:
    for code in rng.sample(("ASH", "AM", "APA", "PCH"), rng.choice((1, 1, 2))):
        start = _day_between(rng, date(2008, 1, 1), _AIDS_UNTIL)
        rows.writerow([iodas_id, r["sex"], r["usage_name"], r["birth_name"], r["first_names"], r["birth_date"],
                       f"MDR0{rng.randint(1, 9)}", code, start.isoformat(), ""])


def _searched(rng: random.Random, population: Population, numbered: list[tuple[str, Person]],
              outsiders: list[Person], by_identity: dict[tuple[str, str, tuple[str, ...], date], list[str]],
              copies: dict[str, list[str]], searches: int) -> Iterator[tuple[Person, list[str]]]:
    found = 0
    while found < searches:
        if rng.random() < 0.5:
            iodas_id, p = rng.choice(numbered)
            yield p, sorted(set(by_identity[p.key()] + copies.get(iodas_id, [])))
        else:
            p = rng.choice(outsiders) if rng.random() < 0.6 else population.person()
            if p.key() in by_identity:
                continue  # drawn as someone of the base
            yield p, []
        found += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", choices=("fr", "en"), default="fr")
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--searches", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--no-phonetic", action="store_true",
                        help="sans homonymes de familles phonétiquement jumelles")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write(args.out, args.variant, args.people, args.searches, args.seed, phonetic=not args.no_phonetic)
    print(f"corpus écrit dans {args.out}")


if __name__ == "__main__":
    main()
