"""A labelled corpus: an IODAS extract (legacy spellings) and notaries' searches with the expected answer.

    python -m benchmarks.corpus --people 20000 --searches 2000 --seed 1 --variant fr --out var/corpus

writes OUT/extract.csv (for `notaires import beneficiaries`) and OUT/labelled.csv (for `notaires evaluate`).
Members are searched as a clerk copies the death certificate; non-members include the hard cases:
a parent's or child's homonym, a spouse, a sibling (twins too), a phonetically twin family; identical
duplicate records are expected AMBIGUOUS. `--clerks any` types the first names as the issue's clerks may: any of
them, in any order (several may leave out the first one, which is all many legacy records keep); by default,
the first one, all of them, or now and then one later name alone.
"""

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.people import NameBank, PeopleFactory, Person, english_bank, french_bank
from benchmarks.variations import (after_the_aids, any_first_names_as_typed, first_names_as_typed, glue_particles,
                                   legacy_case, strip_accents, swap_day_month, typo, wrong_day_digit, wrong_year_digit)

EXTRACT_COLUMNS = ("iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date", "maison_code",
                   "aid_code", "aid_start", "aid_end")
LABELLED_COLUMNS = ("ref", "last_name", "birth_name", "first_names", "birth_date", "death_date", "death_place",
                    "expected_iodas_ids", "expected")
_PLACES = ("Lyon", "Villeurbanne", "Vénissieux", "Villefranche-sur-Saône", "Givors", "Tarare", "Bron", "Oullins")
AIDED_FROM = date(2015, 1, 1)  # every record's aid starts then; a member dies after it


@dataclass(frozen=True, slots=True)
class Record:
    iodas_id: str
    person: Person
    written: dict[str, str]


@dataclass(frozen=True, slots=True)
class Search:
    person: Person
    expected: str
    ids: tuple[str, ...]


class CorpusBuilder:
    def __init__(self, seed: int, names: NameBank, common_share: float, clerks: str = "usual") -> None:
        self.rng = random.Random(seed)
        self.first_names_as_typed = any_first_names_as_typed if clerks == "any" else first_names_as_typed
        self.people = PeopleFactory(self.rng, names, common_share)
        self.records: list[Record] = []
        self.searches: list[Search] = []

    def record(self, person: Person) -> str:
        iodas_id = str(100000 + len(self.records))
        self.records.append(Record(iodas_id, person, self._legacy(person)))
        return iodas_id

    def _legacy(self, p: Person) -> dict[str, str]:
        """Legacy extract: upper case without accents, slips, a swapped or mistyped date, the first first name."""
        rng = self.rng
        upper = rng.random() < 0.75

        def write(name: str) -> str:
            name = glue_particles(rng, name) if upper else name
            name = typo(rng, name) if rng.random() < 0.04 else name
            return legacy_case(name) if upper else name

        first = p.first_names[:1] if rng.random() < 0.55 else p.first_names
        first_written = [write(f) for f in first]
        married = p.usage_name != p.birth_name
        birth = write(p.birth_name) if (married and rng.random() < 0.85) or (not married and rng.random() < 0.6) else ""
        born = p.birth_date
        roll = rng.random()
        if roll < 0.02:
            born = swap_day_month(born) or born
        elif roll < 0.035:
            born = wrong_year_digit(rng, born)
        elif roll < 0.045:
            born = wrong_day_digit(rng, born)
        return {"sex": p.sex, "usage_name": write(p.usage_name), "birth_name": birth,
                "first_names": " ".join(first_written), "birth_date": born.isoformat()}

    def typed(self, p: Person) -> dict[str, str]:
        """What the clerk types from the death certificate."""
        rng = self.rng
        married = p.usage_name != p.birth_name
        last, birth = p.usage_name, ""
        if married:
            if rng.random() < 0.15:
                last = p.birth_name
            elif rng.random() < 0.6:
                birth = p.birth_name
        first = self.first_names_as_typed(rng, list(p.first_names))
        fields = {"last_name": last, "birth_name": birth, "first_names": first}
        if rng.random() < 0.3:
            fields = {k: strip_accents(v) for k, v in fields.items()}
        if rng.random() < 0.03:
            key = rng.choice(("last_name", "first_names"))
            fields[key] = typo(rng, fields[key])
        death = p.birth_date + timedelta(days=rng.randint(60 * 365, 100 * 365))
        death = after_the_aids(min(death, date(2026, 10, 31)), AIDED_FROM)
        return {**fields, "birth_date": p.birth_date.isoformat(), "death_date": death.isoformat(),
                "death_place": rng.choice(_PLACES)}

    def build(self, people: int, searches: int) -> None:
        rng, make = self.rng, self.people
        hard: list[Person] = []
        while len(self.records) < people:
            roll = rng.random()
            p = make.person()
            self.record(p)
            if roll < 0.04:
                hard.append(make.child_homonym_of(p))
            elif roll < 0.06:
                self.record(make.child_homonym_of(p))
            elif roll < 0.10:
                hard.append(make.spouse_of(p))
            elif roll < 0.13:
                self.record(make.spouse_of(p))
            elif roll < 0.17:
                hard.append(make.sibling_of(p))
            elif roll < 0.19:
                self.record(make.sibling_of(p))
            elif roll < 0.2:
                twin = make.phonetic_twin_of(make.twin_family_member())
                if twin:
                    hard.append(twin)
            elif roll < 0.203:
                first = self.records[-1]
                self.records.append(Record(str(100000 + len(self.records)), first.person, dict(first.written)))
        self._searches(searches, hard)

    def _searches(self, count: int, hard: list[Person]) -> None:
        rng = self.rng
        duplicates: dict[str, list[str]] = {}
        for r in self.records:
            duplicates.setdefault(repr(sorted(r.written.items())), []).append(r.iodas_id)
        pairs = [ids for ids in duplicates.values() if len(ids) > 1]
        by_id = {r.iodas_id: r for r in self.records}
        for _ in range(count):
            roll = rng.random()
            if roll < 0.03 and pairs:
                ids = rng.choice(pairs)
                self.searches.append(Search(by_id[ids[0]].person, "ambiguous", tuple(ids)))
            elif roll < 0.53:
                r = rng.choice(self.records)
                same = duplicates[repr(sorted(r.written.items()))]
                kind = "ambiguous" if len(same) > 1 else "member"
                self.searches.append(Search(r.person, kind, tuple(same)))
            elif roll < 0.75 and hard:
                self.searches.append(Search(rng.choice(hard), "nonmember", ()))
            else:
                self.searches.append(Search(self.people.person(), "nonmember", ()))

    def extract_rows(self) -> Iterator[list[str]]:
        for r in self.records:
            code = self.rng.choices(("ASH", "AM", "APA", "PCH"), (0.3, 0.1, 0.5, 0.1))[0]
            w = r.written
            yield [r.iodas_id, w["sex"], w["usage_name"], w["birth_name"], w["first_names"], w["birth_date"],
                   f"MDR{int(r.iodas_id) % 12:02d}", code, AIDED_FROM.isoformat(), ""]

    def labelled_rows(self) -> Iterator[list[str]]:
        for n, s in enumerate(self.searches, start=1):
            t = self.typed(s.person)
            yield [f"q{n}", t["last_name"], t["birth_name"], t["first_names"], t["birth_date"], t["death_date"],
                   t["death_place"], " ".join(s.ids), s.expected]


def write_corpus(out: Path, seed: int, people: int, searches: int, variant: str,
                 common_share: float = 0.08, clerks: str = "usual") -> tuple[Path, Path]:
    builder = CorpusBuilder(seed, english_bank() if variant == "en" else french_bank(), common_share, clerks)
    builder.build(people, searches)
    out.mkdir(parents=True, exist_ok=True)
    extract, labelled = out / "extract.csv", out / "labelled.csv"
    for path, columns, rows in ((extract, EXTRACT_COLUMNS, builder.extract_rows()),
                                (labelled, LABELLED_COLUMNS, builder.labelled_rows())):
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
    return extract, labelled


def main() -> None:
    parser = argparse.ArgumentParser(description="Génère un corpus étiqueté (extraction IODAS + recherches).")
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variant", choices=("fr", "en"), default="fr")
    parser.add_argument("--common-share", type=float, default=0.08,
                        help="part des personnes portant un nom courant (0.08 en France ; plus = plus d'homonymes)")
    parser.add_argument("--clerks", choices=("usual", "any"), default="usual",
                        help="usual : le premier prénom, tous, ou un prénom d'usage seul ; any : n'importe lesquels, "
                             "dans n'importe quel ordre (plusieurs peuvent omettre le premier)")
    parser.add_argument("--out", type=Path, default=Path("var/corpus"))
    args = parser.parse_args()
    extract, labelled = write_corpus(args.out, args.seed, args.people, args.searches, args.variant, args.common_share,
                                     args.clerks)
    print(f"{extract} et {labelled} écrits.")


if __name__ == "__main__":
    main()
