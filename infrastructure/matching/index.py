"""One collectivité's beneficiaries in memory, under the blocking keys, for bulk lists and scale.

It returns exactly the candidates of the SQL directory (same keys, read from the same key columns); a
contract test checks it. It is a snapshot: load it again after an import. Keys are packed in sorted numpy
arrays, so that a million people cost a few arrays rather than millions of small lists.
"""

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine, text

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import blocking_keys, month_day, record_sounds

_SPREAD = 10_000  # a year or a month-day fits below it


class _Postings:
    """Rows by integer key: the keys sorted once, each lookup a binary search."""

    def __init__(self, keys: list[int], rows: list[int]) -> None:
        key_array = np.array(keys, dtype=np.int64)
        order = np.argsort(key_array, kind="stable")
        self._keys: NDArray[np.int64] = key_array[order]
        self._rows: NDArray[np.int64] = np.array(rows, dtype=np.int64)[order]

    def rows(self, key: int) -> NDArray[np.int64]:
        start, end = np.searchsorted(self._keys, [key, key + 1])
        return self._rows[start:end]


class BlockingIndex:
    def __init__(self, collectivite: str, people: list[Beneficiary], sounds: Iterable[tuple[str, str]]) -> None:
        self.collectivite = collectivite
        self._people = people
        self._sound_ids: dict[str, int] = {}
        dates: list[int] = []
        by_year: tuple[list[int], list[int]] = ([], [])
        by_day: tuple[list[int], list[int]] = ([], [])
        for row, (person, pair) in enumerate(zip(people, sounds)):
            born = person.birth_date
            md = month_day(born)
            dates.append(born.year * _SPREAD + md)
            for sound in {pair[0], pair[1]}:
                sid = self._sound_ids.setdefault(sound, len(self._sound_ids)) * _SPREAD
                by_year[0].append(sid + born.year)
                by_year[1].append(row)
                by_day[0].append(sid + md)
                by_day[1].append(row)
        self._by_date = _Postings(dates, list(range(len(dates))))
        self._by_year = _Postings(*by_year)
        self._by_day = _Postings(*by_day)

    def __len__(self) -> int:
        return len(self._people)

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        if collectivite != self.collectivite:
            return []
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date)
        found = [self._by_date.rows(d.year * _SPREAD + month_day(d)) for d in keys.dates]
        for sound in keys.sounds:
            if (sid := self._sound_ids.get(sound)) is None:
                continue
            found.extend(self._by_year.rows(sid * _SPREAD + year) for year in range(keys.first_year, keys.last_year + 1))
            found.append(self._by_day.rows(sid * _SPREAD + keys.month_day))
        return [self._people[row] for row in np.unique(np.concatenate(found)).tolist()]

    @classmethod
    def of(cls, collectivite: str, people: Iterable[Beneficiary]) -> "BlockingIndex":
        listed = list(people)
        return cls(collectivite, listed, [record_sounds(p.usage_name, p.birth_name) for p in listed])

    @classmethod
    def load(cls, engine: Engine, collectivite: str) -> "BlockingIndex":
        """Reads the key columns written at import, so that loading computes no key; plain SQL, so that
        no value goes through a type conversion it does not need."""
        shared = _Interner()
        people: list[Beneficiary] = []
        sounds: list[tuple[str, str]] = []
        with engine.connect() as connection:
            aids = _aids_by_beneficiary(connection.execute(_AIDS, {"c": collectivite}), shared)
            for (row_id, iodas_id, sex, usage, birth, first, year, md, maison, usage_key, birth_key) in \
                    connection.execute(_PEOPLE, {"c": collectivite}):
                people.append(Beneficiary(
                    collectivite=collectivite, iodas_id=iodas_id, sex=sex, usage_name=shared(usage),
                    birth_name=shared(birth), first_names=shared.first_names(first), birth_date=shared.day(year, md),
                    maison_code=shared(maison), aids=aids.get(row_id, ()),
                ))
                sounds.append(shared((usage_key, birth_key)))
        return cls(collectivite, people, sounds)


_PEOPLE = text("SELECT id, iodas_id, sex, usage_name, birth_name, first_names, birth_year, birth_md, maison_code, "
               "usage_key, birth_key FROM beneficiary WHERE collectivite = :c ORDER BY id")
_AIDS = text("SELECT a.beneficiary_id, a.code, a.start, a.\"end\" FROM aid a JOIN beneficiary b "
             "ON a.beneficiary_id = b.id WHERE b.collectivite = :c ORDER BY a.beneficiary_id, a.start")


class _Interner:
    """One object per distinct value: a million people share far fewer names, dates and aids."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}
        self._days: dict[Any, date] = {}
        self._first_names: dict[str, tuple[str, ...]] = {}

    def __call__(self, value: Any) -> Any:
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = value
        return found

    def day(self, year: int, md: int) -> date:
        key = year * _SPREAD + md
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = date(year, md // 100, md % 100)
        return found

    def iso_day(self, value: date | str | None) -> date | None:
        """SQLite hands dates back as text, PostgreSQL as dates."""
        if value is None or isinstance(value, date):
            return value
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = date.fromisoformat(value)
        return found

    def first_names(self, text: str) -> tuple[str, ...]:
        found = self._first_names.get(text)
        if found is None:
            found = self._first_names[text] = tuple(text.split())
        return found


def _aids_by_beneficiary(rows: Iterable[Any], shared: _Interner) -> dict[int, tuple[Aid, ...]]:
    """Rows come ordered by beneficiary, then start; equal aids are one object."""
    made: dict[tuple[str, Any, Any], Aid] = {}
    grouped: dict[int, tuple[Aid, ...]] = {}
    for beneficiary_id, code, start, end in rows:
        aid = made.get((code, start, end))
        if aid is None:
            aid = made[(code, start, end)] = Aid(code=code, start=shared.iso_day(start) or date.min,
                                                  end=shared.iso_day(end))
        grouped[beneficiary_id] = grouped.get(beneficiary_id, ()) + (aid,)
    return grouped
