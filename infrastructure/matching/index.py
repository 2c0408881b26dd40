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
from sqlalchemy import Engine, select

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import blocking_keys, month_day, record_sounds
from infrastructure.persistence.tables import AidRow, BeneficiaryRow

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
        """Reads the key columns written at import, so that loading computes no key."""
        b, a = BeneficiaryRow.__table__.c, AidRow.__table__.c  # type: ignore[attr-defined]
        shared = _Interner()
        people: list[Beneficiary] = []
        sounds: list[tuple[str, str]] = []
        with engine.connect() as connection:
            aids = _aids_by_beneficiary(connection.execute(
                select(a.beneficiary_id, a.code, a.start, a.end).join_from(
                    AidRow.__table__, BeneficiaryRow.__table__, a.beneficiary_id == b.id  # type: ignore[attr-defined]
                ).where(b.collectivite == collectivite)
            ), shared)
            rows = connection.execute(
                select(b.id, b.iodas_id, b.sex, b.usage_name, b.birth_name, b.first_names, b.birth_year, b.birth_md,
                       b.maison_code, b.usage_key, b.birth_key).where(b.collectivite == collectivite).order_by(b.id)
            )
            for r in rows:
                people.append(Beneficiary(
                    collectivite=collectivite, iodas_id=r.iodas_id, sex=r.sex, usage_name=shared(r.usage_name),
                    birth_name=shared(r.birth_name), first_names=shared(tuple(r.first_names.split())),
                    birth_date=shared.day(r.birth_year, r.birth_md), maison_code=shared(r.maison_code),
                    aids=aids.get(r.id, ()),
                ))
                sounds.append(shared((r.usage_key, r.birth_key)))
        return cls(collectivite, people, sounds)


class _Interner:
    """One object per distinct value: a million people share far fewer names, dates and aids."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}
        self._days: dict[int, date] = {}

    def __call__(self, value: Any) -> Any:
        return self._seen.setdefault(value, value)

    def day(self, year: int, md: int) -> date:
        key = year * _SPREAD + md
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = date(year, md // 100, md % 100)
        return found


def _aids_by_beneficiary(rows: Iterable[Any], shared: _Interner) -> dict[int, tuple[Aid, ...]]:
    grouped: dict[int, list[Aid]] = {}
    for r in rows:
        grouped.setdefault(r.beneficiary_id, []).append(shared(Aid(code=r.code, start=r.start, end=r.end)))
    return {k: shared(tuple(sorted(v, key=lambda aid: aid.start))) for k, v in grouped.items()}
