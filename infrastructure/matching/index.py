"""One collectivité's beneficiaries in memory, under the blocking keys, for bulk lists and scale.

It returns exactly the candidates of the SQL directory (same keys, read from the same key columns),
a contract test checks it. It is a snapshot: build it again after an import.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import blocking_keys, month_day, record_sounds
from infrastructure.persistence.tables import AidRow, BeneficiaryRow

_Key = tuple[str, int]


class BlockingIndex:
    def __init__(self, collectivite: str) -> None:
        self.collectivite = collectivite
        self._people: list[Beneficiary] = []
        self._by_date: dict[date, list[int]] = defaultdict(list)
        self._by_year: dict[_Key, list[int]] = defaultdict(list)
        self._by_day: dict[_Key, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._people)

    def add(self, person: Beneficiary, sounds: Iterable[str]) -> None:
        row = len(self._people)
        self._people.append(person)
        born = person.birth_date
        self._by_date[born].append(row)
        for sound in set(sounds):
            self._by_year[(sound, born.year)].append(row)
            self._by_day[(sound, month_day(born))].append(row)

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        if collectivite != self.collectivite:
            return []
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date)
        rows: set[int] = set()
        for day in keys.dates:
            rows.update(self._by_date.get(day, ()))
        for sound in keys.sounds:
            for year in range(keys.first_year, keys.last_year + 1):
                rows.update(self._by_year.get((sound, year), ()))
            rows.update(self._by_day.get((sound, keys.month_day), ()))
        return [self._people[row] for row in sorted(rows)]

    @classmethod
    def of(cls, collectivite: str, people: Iterable[Beneficiary]) -> "BlockingIndex":
        index = cls(collectivite)
        for person in people:
            index.add(person, record_sounds(person.usage_name, person.birth_name))
        return index

    @classmethod
    def load(cls, engine: Engine, collectivite: str) -> "BlockingIndex":
        """Reads the key columns written at import, so that loading computes no key."""
        index = cls(collectivite)
        b, a = BeneficiaryRow.__table__.c, AidRow.__table__.c  # type: ignore[attr-defined]
        with engine.connect() as connection:
            aids = _aids_by_beneficiary(connection.execute(
                select(a.beneficiary_id, a.code, a.start, a.end).join_from(
                    AidRow.__table__, BeneficiaryRow.__table__, a.beneficiary_id == b.id  # type: ignore[attr-defined]
                ).where(b.collectivite == collectivite)
            ))
            rows = connection.execute(
                select(b.id, b.iodas_id, b.sex, b.usage_name, b.birth_name, b.first_names, b.birth_date,
                       b.maison_code, b.usage_key, b.birth_key).where(b.collectivite == collectivite).order_by(b.id)
            )
            shared = _Interner()
            for r in rows:
                index.add(Beneficiary(
                    collectivite=collectivite, iodas_id=r.iodas_id, sex=r.sex, usage_name=shared(r.usage_name),
                    birth_name=shared(r.birth_name), first_names=shared(tuple(r.first_names.split())),
                    birth_date=shared(r.birth_date), maison_code=shared(r.maison_code), aids=aids.get(r.id, ()),
                ), (r.usage_key, r.birth_key))
        return index


class _Interner:
    """One object per distinct value: a million people share a few thousand names and dates."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        return self._seen.setdefault(value, value)


def _aids_by_beneficiary(rows: Iterable[Any]) -> dict[int, tuple[Aid, ...]]:
    shared = _Interner()
    grouped: dict[int, list[Aid]] = defaultdict(list)
    for r in rows:
        grouped[r.beneficiary_id].append(shared(Aid(code=r.code, start=r.start, end=r.end)))
    return {k: shared(tuple(sorted(v, key=lambda aid: aid.start))) for k, v in grouped.items()}
