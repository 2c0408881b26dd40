"""One collectivité's beneficiaries as compact columns, read from the database or built from objects.

Rows come in the shape of the beneficiary table's columns (see `PEOPLE_COLUMNS`), so the database and
`BlockingIndex.of` go through the same code. Values are stored once per distinct value; aid dates, as
text from SQLite, are parsed once per distinct date.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from numpy.typing import NDArray

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.matching.blocking import month_day, record_given, record_sounds
from infrastructure.matching.columns import Coded, CodedBuilder, Packed, PackedBuilder, Vocabulary, ints

PEOPLE_COLUMNS = ("id", "iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_year", "birth_md",
                  "maison_code", "usage_key", "birth_key", "given_key")
AID_COLUMNS = ("beneficiary_id", "code", "start", "end")


@dataclass(frozen=True, slots=True, kw_only=True)
class People:
    collectivite: str
    iodas_id: Packed
    sex: Coded
    usage_name: Coded
    birth_name: Coded  # numbered like usage_name, in `names`
    names: Vocabulary
    first_names: Coded
    birth_year: NDArray[np.int32]
    birth_md: NDArray[np.int32]
    maison_code: Coded
    sounds: Vocabulary  # the stored sound keys (blocking.record_sounds), numbered for the postings
    usage_sound: Coded
    birth_sound: Coded
    givens: Vocabulary  # the first recorded first names (blocking.record_given), numbered for the postings
    given: Coded
    aid_offsets: NDArray[np.int64]  # a person's aids are aid_offsets[row]:aid_offsets[row + 1]
    aid_code: Coded
    aid_start: Coded
    aid_end: Coded
    made_aids: dict[tuple[int, int, int], Aid] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.iodas_id)

    def born(self, rows: NDArray[np.int64]) -> list[date]:
        return [date(year, md // 100, md % 100)
                for year, md in zip(self.birth_year[rows].tolist(), self.birth_md[rows].tolist())]

    def beneficiaries(self, rows: NDArray[np.int64]) -> list[Beneficiary]:
        """Built column by column: a numpy gather per column, not a lookup per value."""
        return [Beneficiary(collectivite=self.collectivite, iodas_id=iodas_id, sex=sex, usage_name=usage_name,
                            birth_name=birth_name, first_names=tuple(first_names.split()), birth_date=born,
                            maison_code=maison_code, aids=aids)
                for iodas_id, sex, usage_name, birth_name, first_names, born, maison_code, aids in zip(
                    self.iodas_id.take(rows), self.sex.take(rows), self.usage_name.take(rows),
                    self.birth_name.take(rows), self.first_names.take(rows), self.born(rows),
                    self.maison_code.take(rows), self._aids(rows))]

    def _aids(self, rows: NDArray[np.int64]) -> list[tuple[Aid, ...]]:
        starts = self.aid_offsets[rows]
        counts = self.aid_offsets[rows + 1] - starts
        ends = np.cumsum(counts)
        # Every aid of these people, in order: each person's run of aids shifted to its first one.
        every = np.repeat(starts - (ends - counts), counts) + np.arange(int(ends[-1]) if len(ends) else 0)
        made = self.made_aids
        if len(made) > _MADE_AIDS_LIMIT:
            made.clear()
        aids = [made.get(key) or made.setdefault(key, self._aid(*key)) for key in zip(
            self.aid_code.codes[every].tolist(), self.aid_start.codes[every].tolist(),
            self.aid_end.codes[every].tolist())]
        bounds = ends.tolist()
        return [tuple(aids[start:end]) for start, end in zip([0, *bounds], bounds)]

    def _aid(self, code: int, start: int, end: int) -> Aid:
        return Aid(code=self.aid_code.values[code], start=self.aid_start.values[start] or date.min,
                   end=self.aid_end.values[end])


_MADE_AIDS_LIMIT = 50_000  # aids are immutable: one object per distinct (code, start, end) serves every search


def _dates(column: Coded) -> Coded:
    """SQLite hands dates back as text, PostgreSQL as dates: each distinct one is read once."""
    return Coded([date.fromisoformat(v) if isinstance(v, str) else v for v in column.values], column.codes)


class PeopleBuilder:
    """Takes rows chunk by chunk: people in id order, then their aids in (beneficiary id, start) order."""

    def __init__(self, collectivite: str) -> None:
        self._collectivite = collectivite
        self._ids: list[NDArray[np.int64]] = []
        self._iodas = PackedBuilder()
        self._names, self._sounds = Vocabulary(), Vocabulary()
        self._coded = {name: CodedBuilder() for name in ("sex", "first_names", "maison_code", "code", "start", "end")}
        self._usage, self._birth = CodedBuilder(self._names), CodedBuilder(self._names)
        self._usage_sound, self._birth_sound = CodedBuilder(self._sounds), CodedBuilder(self._sounds)
        self._givens = Vocabulary()
        self._given = CodedBuilder(self._givens)
        self._years: list[Sequence[int]] = []
        self._mds: list[Sequence[int]] = []
        self._aid_owners: list[NDArray[np.int64]] = []

    def add_people(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        ids, iodas, sex, usage, birth, first_names, years, mds, maison, usage_key, birth_key, given = zip(*rows)
        self._ids.append(np.array(ids, dtype=np.int64))
        self._iodas.add(iodas)
        self._coded["sex"].add(sex)
        self._usage.add(usage)
        self._birth.add(birth)
        self._coded["first_names"].add(first_names)
        self._years.append(years)
        self._mds.append(mds)
        self._coded["maison_code"].add(maison)
        self._usage_sound.add(usage_key)
        self._birth_sound.add(birth_key)
        self._given.add(given)

    def add_aids(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        owners, codes, starts, ends = zip(*rows)
        self._aid_owners.append(np.array(owners, dtype=np.int64))
        self._coded["code"].add(codes)
        self._coded["start"].add(starts)
        self._coded["end"].add(ends)

    def build(self) -> People:
        ids = np.concatenate(self._ids) if self._ids else np.zeros(0, dtype=np.int64)
        owners = np.concatenate(self._aid_owners) if self._aid_owners else np.zeros(0, dtype=np.int64)
        aid_rows = np.searchsorted(ids, owners)
        c = self._coded
        return People(
            collectivite=self._collectivite, iodas_id=self._iodas.build(), sex=c["sex"].build(),
            usage_name=self._usage.build(), birth_name=self._birth.build(), names=self._names,
            first_names=c["first_names"].build(),
            birth_year=ints(self._years), birth_md=ints(self._mds), maison_code=c["maison_code"].build(),
            sounds=self._sounds, usage_sound=self._usage_sound.build(), birth_sound=self._birth_sound.build(),
            givens=self._givens, given=self._given.build(),
            aid_offsets=np.searchsorted(aid_rows, np.arange(len(ids) + 1)).astype(np.int64),
            aid_code=c["code"].build(), aid_start=_dates(c["start"].build()),
            aid_end=_dates(c["end"].build()),
        )


def people_of(collectivite: str, beneficiaries: Sequence[Beneficiary]) -> People:
    """The same columns as the database would give, for tests and corpora read from an extract."""
    builder = PeopleBuilder(collectivite)
    rows = []
    for row, b in enumerate(beneficiaries):
        usage_key, birth_key = record_sounds(b.usage_name, b.birth_name)
        rows.append((row, b.iodas_id, b.sex, b.usage_name, b.birth_name, " ".join(b.first_names),
                     b.birth_date.year, month_day(b.birth_date), b.maison_code, usage_key, birth_key,
                     record_given(" ".join(b.first_names))))
    builder.add_people(rows)
    builder.add_aids([(row, a.code, a.start, a.end) for row, b in enumerate(beneficiaries)
                      for a in sorted(b.aids, key=lambda a: a.start)])
    return builder.build()
