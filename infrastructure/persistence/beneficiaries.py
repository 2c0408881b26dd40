"""Beneficiaries in SQL: blocking queries for the matcher and a bulk upsert for imports.

Given the policy, the directory hands over only the candidates it could not ignore, sorted as the in-memory index
sorts them (`domain/matching/sorting.py`): the answer is the same, and a common surname no longer costs its hundreds
of bearers' aids and objects."""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, Table, bindparam, insert, or_, text, union, update
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel

from application.ports.beneficiary_directory import UpsertCounts
from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import blocking_keys, slipped_years
from domain.matching.name_facts import NameFacts
from domain.matching.policy import ThresholdPolicy
from domain.matching.shortlist import Shortlist
from domain.matching.sorting import sort_candidates
from infrastructure.persistence import mappers
from infrastructure.persistence.name_facts import name_facts


_CHUNK = 900  # stays under SQLite's bound-parameter limit
_PERSON = ("id", "collectivite", "iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date",
           "maison_code")
_SOUNDS = ("usage_key", "birth_key")  # read with the candidates, for the shortlist
_IDENTITY = ("sex", "usage_name", "birth_name", "first_names", "birth_date", "maison_code",
             "usage_key", "birth_key", "birth_year", "birth_md", "given_key")


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


@cache
def _candidates() -> Select[Any]:
    """The people under the blocking keys, as one statement built once: its lists are bound when it runs
    (expanding parameters), since building the statement anew for each search cost a fifth of its time."""
    t = _table("beneficiary").c
    mine, givens = t.collectivite == bindparam("collectivite"), t.given_key.in_(bindparam("givens", expanding=True))
    branches = [core_select(t.id).where(mine, t.birth_date.in_(bindparam("dates", expanding=True)))]
    for column in (t.usage_key, t.birth_key):
        sounds = column.in_(bindparam("sounds", expanding=True))
        branches.append(core_select(t.id).where(
            mine, sounds, t.birth_year.between(bindparam("first_year"), bindparam("last_year"))))
        month_days = t.birth_md.in_(bindparam("month_days", expanding=True))  # the day and month, and them swapped
        branches.append(core_select(t.id).where(mine, sounds, month_days))
    branches.append(core_select(t.id).where(
        mine, givens, t.birth_md == bindparam("month_day"),
        t.birth_year.between(bindparam("slipped_first"), bindparam("slipped_last"))))
    branches.append(core_select(t.id).where(mine, givens, t.birth_year == bindparam("year"), or_(
        t.birth_md.between(bindparam("month_first"), bindparam("month_last")), t.birth_md % 100 == bindparam("day"))))
    ids = union(*branches).subquery()
    return core_select(*(t[name] for name in _PERSON + _SOUNDS)).where(t.id.in_(core_select(ids.c.id)))


# A candidate row's fields as `sort_candidates` reads them, by position: a row's attributes cost more.
_record = itemgetter(*((_PERSON + _SOUNDS).index(name) for name in
                       ("usage_name", "birth_name", "usage_key", "birth_key", "sex", "birth_date")))


@cache
def _aids() -> Select[Any]:
    a = _table("aid").c
    return core_select(a.beneficiary_id, a.code, a.start, a.end).where(
        a.beneficiary_id.in_(bindparam("owners", expanding=True)))


class SqlBeneficiaryDirectory:
    def __init__(self, session: Session, policy: ThresholdPolicy | None = None) -> None:
        """`policy`: the one that will judge the candidates, to shortlist them; None to return them all."""
        self._session, self._policy = session, policy
        self._facts: dict[str, NameFacts] = {}  # asked twice a search; a unit of work is short

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        """One indexed query per blocking key (domain/matching/blocking.py), united."""
        facts = self.name_facts(collectivite)
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date,
                             first_names=identity.first_names, bearers=facts.first_name_bearers())
        born, (first, last) = keys.born, slipped_years(keys.born.year)
        people = self._session.execute(_candidates(), {
            "collectivite": collectivite, "dates": list(keys.dates), "sounds": list(keys.sounds),
            "first_year": keys.first_year, "last_year": keys.last_year, "month_day": keys.month_day,
            "month_days": list(keys.month_days),
            "givens": list(keys.givens), "slipped_first": first, "slipped_last": last, "year": born.year,
            "month_first": born.month * 100, "month_last": born.month * 100 + 99, "day": born.day}).all()
        if self._policy is None:
            return self._built(people)
        records = list(map(_record, people))
        # The people born elsewhere are built later, if the policy asks, in this unit of work's session.
        return sort_candidates(Shortlist(self._policy, identity, facts), identity.birth_date, self._policy.doubt_floor,
                               records, lambda positions: self._built([people[i] for i in positions]))

    def name_facts(self, collectivite: str) -> NameFacts:
        if (facts := self._facts.get(collectivite)) is None:
            facts = self._facts[collectivite] = name_facts(self._session, collectivite)
        return facts

    def get(self, collectivite: str, iodas_id: str) -> Beneficiary | None:
        t = _table("beneficiary").c
        found = self._beneficiaries(t.collectivite == collectivite, t.iodas_id == iodas_id)
        return found[0] if found else None

    def _beneficiaries(self, *where: ColumnElement[bool]) -> list[Beneficiary]:
        t = _table("beneficiary").c
        return self._built(self._session.execute(core_select(*(t[name] for name in _PERSON)).where(*where)).all())

    def _built(self, people: Sequence[Row[Any]]) -> list[Beneficiary]:
        """Built from plain rows, not ORM objects: a search reads about a hundred people and their aids at 1M, and
        building ORM objects cost a third of the SQL path's time."""
        aids: dict[int, list[Aid]] = defaultdict(list)
        for chunk in _chunks([person.id for person in people]):
            for owner, code, start, end in self._session.execute(_aids(), {"owners": list(chunk)}):
                aids[owner].append(Aid(code=code, start=start, end=end))
        return [mappers.beneficiary_of(person, aids[person.id]) for person in people]

    def upsert(self, collectivite: str, beneficiaries: Sequence[Beneficiary]) -> UpsertCounts:
        self._facts.clear()
        created = updated = unchanged = aids_added = 0
        next_analysis = _CHUNK
        for chunk in _chunks(beneficiaries):
            c, u, n, a = self._upsert_chunk(collectivite, chunk)
            created, updated, unchanged, aids_added = created + c, updated + u, unchanged + n, aids_added + a
            if created >= next_analysis:  # each time the people added double: a dozen times for a million
                self._analyse()
                next_analysis = created * 2
        return UpsertCounts(created=created, updated=updated, unchanged=unchanged, aids_added=aids_added)

    def _analyse(self) -> None:
        """PostgreSQL plans the next chunks' lookups on the rows this transaction added: without statistics, it
        guessed that a chunk's aids were a large share of the table, and scanned the tables whole for each chunk of a
        first import, a time growing as the square of its size. ANALYZE sees the transaction's own rows."""
        connection = self._session.connection()
        if connection.dialect.name == "postgresql":
            connection.execute(text("ANALYZE beneficiary, aid"))

    def _existing(self, collectivite: str, iodas_ids: list[str]) -> dict[str, dict[str, Any]]:
        t = _table("beneficiary")
        query = core_select(t).where(t.c.collectivite == collectivite, t.c.iodas_id.in_(iodas_ids))
        return {row.iodas_id: dict(row._mapping) for row in self._session.connection().execute(query)}

    def _upsert_chunk(self, collectivite: str, chunk: Sequence[Beneficiary]) -> tuple[int, int, int, int]:
        conn = self._session.connection()
        table = _table("beneficiary")
        existing = self._existing(collectivite, [b.iodas_id for b in chunk])
        new_rows, changed = [], []
        for b in chunk:
            values = mappers.beneficiary_values(b)
            known = existing.get(b.iodas_id)
            if known is None:
                new_rows.append(values)
            elif any(known[k] != values[k] for k in _IDENTITY):
                changed.append({"b_id": known["id"], **{f"v_{k}": values[k] for k in _IDENTITY}})
        if new_rows:
            conn.execute(insert(table), new_rows)
        if changed:
            stmt = update(table).where(table.c.id == bindparam("b_id")).values({k: bindparam(f"v_{k}") for k in _IDENTITY})
            conn.execute(stmt, changed)
        ids = {iodas_id: row["id"] for iodas_id, row in existing.items()}
        if new_rows:  # a daily extract is mostly the people already known: only the new ones are read back
            added = self._existing(collectivite, [b.iodas_id for b in chunk if b.iodas_id not in existing])
            ids.update({iodas_id: row["id"] for iodas_id, row in added.items()})
        aids_added = self._add_aids(ids, chunk)
        return len(new_rows), len(changed), len(chunk) - len(new_rows) - len(changed), aids_added

    def _add_aids(self, ids: dict[str, int], chunk: Sequence[Beneficiary]) -> int:
        conn = self._session.connection()
        table = _table("aid")
        known = {
            (r.beneficiary_id, r.code, r.start): (r.id, r.end)
            for r in conn.execute(core_select(table).where(table.c.beneficiary_id.in_(list(ids.values()))))
        }
        new_aids, ended = [], []
        for b in chunk:
            for aid in b.aids:
                key = (ids[b.iodas_id], aid.code, aid.start)
                if key not in known:
                    new_aids.append({"beneficiary_id": key[0], "code": aid.code, "start": aid.start, "end": aid.end})
                    known[key] = (0, aid.end)
                elif known[key][1] != aid.end:
                    ended.append({"a_id": known[key][0], "v_end": aid.end})
        if new_aids:
            conn.execute(insert(table), new_aids)
        if ended:
            stmt = update(table).where(table.c.id == bindparam("a_id")).values(end=bindparam("v_end"))
            conn.execute(stmt, ended)
        return len(new_aids)
