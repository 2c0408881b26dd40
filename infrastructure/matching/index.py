"""One collectivité's beneficiaries in memory, under the blocking keys, for bulk lists and scale.

It returns exactly the candidates of the SQL directory (same keys, read from the same key columns); a
contract test checks it. It is a snapshot: load it again after an import. Loading is columnar: the keys
go into sorted numpy arrays, and a `Beneficiary` is only built when it is first a candidate.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
Ints = NDArray[np.int64]


class _Postings:
    """Rows by integer key: the keys sorted once, each lookup a binary search."""

    def __init__(self, keys: Ints, rows: Ints) -> None:
        order = np.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order]

    def rows(self, key: int) -> Ints:
        start, end = np.searchsorted(self._keys, [key, key + 1])
        return self._rows[start:end]


@dataclass(slots=True)
class Columns:
    """The people, one list per column, in row order; aids as rows of (row, code, start, end) sorted by row."""

    iodas_id: list[str]
    sex: list[str | None]
    usage_name: list[str]
    birth_name: list[str | None]
    first_names: list[str]
    birth_year: list[int]
    birth_md: list[int]
    maison_code: list[str | None]
    usage_key: list[str]
    birth_key: list[str]
    aid_rows: list[int]
    aids: list[tuple[str, Any, Any]]


class BlockingIndex:
    def __init__(self, collectivite: str, columns: Columns) -> None:
        self.collectivite = collectivite
        self._c = columns
        self._made: list[Beneficiary | None] = [None] * len(columns.iodas_id)
        self._days: dict[Any, date] = {}
        aid_rows = np.array(columns.aid_rows, dtype=np.int64)
        everyone = np.arange(len(columns.iodas_id), dtype=np.int64)
        self._aid_from = np.searchsorted(aid_rows, everyone, side="left")
        self._aid_to = np.searchsorted(aid_rows, everyone, side="right")
        years, mds = np.array(columns.birth_year, dtype=np.int64), np.array(columns.birth_md, dtype=np.int64)
        self._by_date = _Postings(years * _SPREAD + mds, everyone)
        self._sound_ids: dict[str, int] = {}
        usage = self._sids(columns.usage_key)
        birth = self._sids(columns.birth_key)
        other = birth != usage
        rows = np.concatenate([everyone, everyone[other]])
        sids = np.concatenate([usage, birth[other]]) * _SPREAD
        self._by_year = _Postings(sids + np.concatenate([years, years[other]]), rows)
        self._by_day = _Postings(sids + np.concatenate([mds, mds[other]]), rows)

    def _sids(self, sounds: list[str]) -> Ints:
        ids = self._sound_ids
        return np.array([ids.setdefault(s, len(ids)) for s in sounds], dtype=np.int64)

    def __len__(self) -> int:
        return len(self._made)

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
        return [self._person(row) for row in np.unique(np.concatenate(found)).tolist()]

    def _person(self, row: int) -> Beneficiary:
        made = self._made[row]
        if made is None:
            c = self._c
            made = self._made[row] = Beneficiary(
                collectivite=self.collectivite, iodas_id=c.iodas_id[row], sex=c.sex[row], usage_name=c.usage_name[row],
                birth_name=c.birth_name[row], first_names=tuple(c.first_names[row].split()),
                birth_date=date(c.birth_year[row], c.birth_md[row] // 100, c.birth_md[row] % 100),
                maison_code=c.maison_code[row], aids=tuple(
                    Aid(code=code, start=self._day(start) or date.min, end=self._day(end))
                    for code, start, end in c.aids[self._aid_from[row]:self._aid_to[row]]),
            )
        return made

    def _day(self, value: date | str | None) -> date | None:
        """SQLite hands dates back as text, PostgreSQL as dates."""
        return date.fromisoformat(value) if isinstance(value, str) else value

    @classmethod
    def of(cls, collectivite: str, people: Iterable[Beneficiary]) -> "BlockingIndex":
        listed = list(people)
        sounds = [record_sounds(p.usage_name, p.birth_name) for p in listed]
        aids = [(row, (a.code, a.start, a.end)) for row, p in enumerate(listed) for a in p.aids]
        return cls(collectivite, Columns(
            iodas_id=[p.iodas_id for p in listed], sex=[p.sex for p in listed],
            usage_name=[p.usage_name for p in listed], birth_name=[p.birth_name for p in listed],
            first_names=[" ".join(p.first_names) for p in listed], birth_year=[p.birth_date.year for p in listed],
            birth_md=[month_day(p.birth_date) for p in listed], maison_code=[p.maison_code for p in listed],
            usage_key=[s[0] for s in sounds], birth_key=[s[1] for s in sounds],
            aid_rows=[row for row, _ in aids], aids=[aid for _, aid in aids],
        ))

    @classmethod
    def load(cls, engine: Engine, collectivite: str) -> "BlockingIndex":
        """Reads the key columns written at import: loading computes no key and converts no value."""
        with engine.connect() as connection:
            people = connection.execute(_PEOPLE, {"c": collectivite}).all()
            aids = connection.execute(_AIDS, {"c": collectivite}).all()
        c: list[list[Any]] = [list(column) for column in zip(*people)] if people else [[] for _ in range(11)]
        aid_rows = np.searchsorted(np.array(c[0], dtype=np.int64), np.array([a[0] for a in aids], dtype=np.int64))
        return cls(collectivite, Columns(
            iodas_id=c[1], sex=c[2], usage_name=c[3], birth_name=c[4], first_names=c[5], birth_year=c[6],
            birth_md=c[7], maison_code=c[8], usage_key=c[9], birth_key=c[10],
            aid_rows=aid_rows.tolist(), aids=[(a[1], a[2], a[3]) for a in aids],
        ))

_PEOPLE = text("SELECT id, iodas_id, sex, usage_name, birth_name, first_names, birth_year, birth_md, maison_code, "
               "usage_key, birth_key FROM beneficiary WHERE collectivite = :c ORDER BY id")
_AIDS = text("SELECT a.beneficiary_id, a.code, a.start, a.\"end\" FROM aid a JOIN beneficiary b "
             "ON a.beneficiary_id = b.id WHERE b.collectivite = :c ORDER BY a.beneficiary_id, a.start")
