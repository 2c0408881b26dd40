"""One collectivité's beneficiaries in memory, under the blocking keys, for bulk lists and scale.

Without a policy it returns exactly the candidates of the SQL directory (same keys, read from the same
key columns); with one, only those the policy could not ignore (`domain/matching/shortlist.py`), and
the answer is the same. Contract tests check both. It is a snapshot: load it again after an import.
The people are compact columns (`people.py`); a `Beneficiary` is built only for a shortlisted candidate,
and not kept: those born on a date no slip reaches only if the policy counts them (`SortedCandidates`).
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import BlockingKeys, blocking_keys, born_or_swapped, month_day, slipped_years
from domain.matching.candidates import SortedCandidates
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import birth_date_score
from domain.matching.shortlist import Shortlist
from domain.matching.surname_reach import TypedName
from infrastructure.matching.collector import collector_paused
from infrastructure.matching.columns import Coded
from infrastructure.matching.loading import read_people
from infrastructure.matching.people import People, people_of
from infrastructure.matching.surnames import SurnameBound

_SPREAD = 10_000  # a year or a month-day fits below it
Ints = NDArray[np.int64]


class _Postings:
    """Rows by integer key: the keys sorted once, each lookup a binary search."""

    def __init__(self, keys: Ints, rows: NDArray[np.int32]) -> None:
        order = np.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order]

    def rows(self, keys: Sequence[int]) -> list[NDArray[np.int32]]:
        bounds = np.searchsorted(self._keys, [k + shift for k in keys for shift in (0, 1)]).tolist()
        return [self._rows[start:end] for start, end in zip(bounds[::2], bounds[1::2])]

    def between(self, first: int, last: int) -> NDArray[np.int32]:
        start, end = np.searchsorted(self._keys, [first, last + 1]).tolist()
        return self._rows[start:end]


class BlockingIndex:
    def __init__(self, people: People, policy: ThresholdPolicy | None = None) -> None:
        self.collectivite = people.collectivite
        self._people, self._policy = people, policy
        self._bound = SurnameBound(people.usage_name.values) if policy else None
        self._no_name = -1 if (none := people.names.get(None)) is None else none
        self._unnamed = [c for c in (none, people.names.get("")) if c is not None]
        everyone = np.arange(len(people), dtype=np.int32)
        years, mds = people.birth_year.astype(np.int64), people.birth_md.astype(np.int64)
        self._by_date = _Postings(years * _SPREAD + mds, everyone)
        usage, birth = people.usage_sound.codes.astype(np.int64), people.birth_sound.codes.astype(np.int64)
        other = birth != usage
        rows = np.concatenate([everyone, everyone[other]])
        sounds = np.concatenate([usage, birth[other]]) * _SPREAD
        self._by_year = _Postings(sounds + np.concatenate([years, years[other]]), rows)
        self._by_day = _Postings(sounds + np.concatenate([mds, mds[other]]), rows)
        given = people.given.codes.astype(np.int64) * _SPREAD
        self._by_given_day = _Postings((given + mds) * _SPREAD + years, everyone)
        self._by_given_year = _Postings((given + years) * _SPREAD + mds, everyone)
        self._facts = _learn_facts(people)  # before workers are forked, so that they share it
        self._bearers = self._facts.first_name_bearers()

    def name_facts(self, collectivite: str) -> NameFacts:
        return self._facts if collectivite == self.collectivite else NO_FACTS

    def __len__(self) -> int:
        return len(self._people)

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        if collectivite != self.collectivite:
            return []
        if self._policy is None:
            return self._people.beneficiaries(self._rows(identity))
        rows, unreached, crossable = self._shortlist(identity, self._rows(identity))
        near = self._born_near(identity.birth_date, rows, self._policy.doubt_floor)
        elsewhere = rows[~near]
        return SortedCandidates(self._people.beneficiaries(rows[near]), unreached[near].tolist(),
                                lambda: self._people.beneficiaries(elsewhere), len(elsewhere),
                                crossable[near].tolist())

    def _born_near(self, born: date, rows: NDArray[np.int64], floor: float) -> NDArray[np.bool_]:
        """Who was born on a date that the policy may compare with the searched one (`birth_date_score`): the
        people born that day, then those of the others whose dates `may_score` lets through, one by one."""
        p = self._people
        years, mds = p.birth_year[rows], p.birth_md[rows]
        near: NDArray[np.bool_] = (years == born.year) & (mds == month_day(born))
        others = np.flatnonzero(~near & may_score(born, years, mds)) if floor > 0 else np.flatnonzero(~near)
        near[others] = [birth_date_score(born, day) >= floor for day in p.born(rows[others])]
        return near

    def _rows(self, identity: DeceasedIdentity) -> NDArray[np.int64]:
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date,
                             first_names=identity.first_names, bearers=self._bearers)
        found = self._by_date.rows([d.year * _SPREAD + month_day(d) for d in keys.dates])
        for sound in keys.sounds:
            if (sid := self._people.sounds.get(sound)) is None:
                continue
            found += self._by_year.rows([sid * _SPREAD + year for year in range(keys.first_year, keys.last_year + 1)])
            found += self._by_day.rows([sid * _SPREAD + md for md in keys.month_days])
        return _distinct(np.concatenate(found + self._by_first_name(keys)))

    def _by_first_name(self, keys: BlockingKeys) -> list[NDArray[np.int32]]:
        """For each rare typed first name (`blocking.found_by_first_name`), its first bearers born on that day and
        month in the years a digit away, and those born that year in that month or on that day."""
        found, born, (first, last) = [], keys.born, slipped_years(keys.born.year)
        for given in keys.givens:
            if (gid := self._people.givens.get(given)) is None:
                continue
            that_day = (gid * _SPREAD + keys.month_day) * _SPREAD
            found.append(self._by_given_day.between(that_day + first, that_day + last))
            that_year = (gid * _SPREAD + born.year) * _SPREAD
            found.append(self._by_given_year.between(that_year + born.month * 100, that_year + born.month * 100 + 99))
            same_year = self._by_given_year.between(that_year, that_year + _SPREAD - 1)
            found.append(same_year[self._people.birth_md[same_year] % 100 == born.day])
        return found

    def _shortlist(self, identity: DeceasedIdentity,
                   found: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.bool_], NDArray[np.bool_]]:
        """Two cheap passes over every candidate in numpy, then `Shortlist`'s exact tests on the names the bound let
        through, a name at a time. Also, for each one kept, whether its surnames surely fall below the floor (kept
        only as a woman who may lack the name typed, and the bound ruled her names out, or as names keyed
        crosswise), and whether it may be the deceased with the names keyed crosswise (born that day, a surname the
        bound let through against the first names)."""
        assert self._policy is not None and self._bound is not None
        shortlist, p, born = Shortlist(self._policy, identity, self._facts), self._people, identity.birth_date
        that_day = (p.birth_year[found] == born.year) & (p.birth_md[found] == month_day(born))
        her_days = that_day.copy()  # a woman whose record lacks the name typed: that day, or day and month swapped
        for other in born_or_swapped(born)[1:]:
            her_days |= (p.birth_year[found] == other.year) & (p.birth_md[found] == month_day(other))
        usage, birth = self._surnames_reach([*shortlist.typed, *shortlist.crossed], shortlist.floor, found)
        typed = len(shortlist.typed)
        named_usage, named_birth = _any(usage[:typed]), _any(birth[:typed])
        crossed_usage, crossed_birth = _any(usage[typed:]) & that_day, _any(birth[typed:]) & that_day
        named = named_usage | named_birth
        crossed = crossed_usage | crossed_birth  # names keyed crosswise by someone born that day
        lacking = self._may_lack_birth_name(identity, found, her_days)  # exact: kept whatever their names
        close = named | lacking | crossed
        maybe = found[close]
        kept = lacking[close]  # kept whatever their names: only the others' names are judged
        maybe_named = named[close]
        unreached = kept & ~maybe_named
        judged = np.flatnonzero(~kept & maybe_named)
        kept[judged] = self._by_name(shortlist.name_may_count, maybe[judged],
                                     named_usage[close][judged], named_birth[close][judged])
        if shortlist.crossed:
            left = np.flatnonzero(crossed[close] & ~kept)  # their names do not count as typed, but maybe crosswise
            unreached[left] = kept[left] = self._by_name(shortlist.name_may_be_crossed, maybe[left],
                                                         crossed_usage[close][left], crossed_birth[close][left])
        return maybe[kept], unreached[kept], crossed[close][kept]

    def _by_name(self, test: Callable[[str | None, str | None], bool], rows: NDArray[np.int64],
                 usage_may: NDArray[np.bool_], birth_may: NDArray[np.bool_]) -> NDArray[np.bool_]:
        """`Shortlist` judges a person by each recorded name in turn: each distinct name is judged once here, as
        the bearers of a name born around the date come together, and only where the bound let it through (a
        usage name, and a birth name other than it)."""
        p = self._people
        names, sounds = p.usage_name.values, p.usage_sound.values  # birth names and sounds are numbered alike
        judged: dict[int, bool] = {}

        def passes(name: int, sound: int) -> bool:
            if (verdict := judged.get(name)) is None:
                verdict = judged[name] = test(names[name], sounds[sound])
            return verdict

        return np.array([(usage_may and passes(usage, usage_sound)) or (birth_may and passes(birth, birth_sound))
                         for usage, birth, usage_sound, birth_sound, usage_may, birth_may in zip(
                             p.usage_name.codes[rows].tolist(), p.birth_name.codes[rows].tolist(),
                             p.usage_sound.codes[rows].tolist(), p.birth_sound.codes[rows].tolist(),
                             usage_may.tolist(), birth_may.tolist())],
                        dtype=np.bool_)

    def _surnames_reach(self, typed: Sequence[TypedName], floor: float,
                        rows: NDArray[np.int64]) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
        """The bound over these people's usage names, and over their birth names where they hold another one, one
        row per typed name: False for those whose surname surely scores below `floor` against it."""
        assert self._bound is not None
        p = self._people
        usage, birth = p.usage_name.codes[rows], p.birth_name.codes[rows]
        second = (birth != usage) & (birth != self._no_name)
        names = np.concatenate([usage, birth[second]])
        sounds = np.concatenate([p.usage_sound.codes[rows], p.birth_sound.codes[rows][second]])
        each = self._bound.reach_each(typed, floor, p.sounds, names, sounds)
        births = np.zeros((len(typed), len(rows)), dtype=np.bool_)
        births[:, np.flatnonzero(second)] = each[:, len(rows):]
        return each[:, : len(rows)], births

    def _may_lack_birth_name(self, identity: DeceasedIdentity, found: NDArray[np.int64],
                             her_days: NDArray[np.bool_]) -> NDArray[np.bool_]:
        """Who may be a woman searched by a name her record lacks: the policy's rules asked once per sex, for the
        people born on the days they allow (`her_days`) without a birth name, or with a birth name that repeats the
        usage name (the only ones they may keep)."""
        assert self._policy is not None
        born, p, policy = identity.birth_date, self._people, self._policy
        lacking_sexes = np.array([any(policy.may_lack_birth_name(identity, sex, empty, born) for empty in (None, ""))
                                  for sex in p.sex.values], dtype=np.bool_)
        only_sexes = np.array([policy.may_bear_birth_name_only(identity, sex, "X", "X", born, self._facts)
                               for sex in p.sex.values], dtype=np.bool_)
        sexes = p.sex.codes[found]
        birth = p.birth_name.codes[found]
        unnamed = np.zeros(len(found), dtype=np.bool_)
        for code in self._unnamed:
            unnamed |= birth == code
        repeated = (birth == p.usage_name.codes[found]) & ~unnamed
        result: NDArray[np.bool_] = her_days & ((lacking_sexes[sexes] & unnamed) | (only_sexes[sexes] & repeated))
        return result

    @classmethod
    def of(cls, collectivite: str, people: Iterable[Beneficiary],
           policy: ThresholdPolicy | None = None) -> "BlockingIndex":
        return cls(people_of(collectivite, list(people)), policy)

    @classmethod
    def load(cls, engine: Engine, collectivite: str, policy: ThresholdPolicy | None = None) -> "BlockingIndex":
        """Reads the key columns written at import: loading computes no key."""
        with collector_paused():
            return cls(read_people(engine, collectivite), policy)


def _distinct(rows: NDArray[np.int32]) -> Ints:
    """The rows once each, in order: a sort and a mask cost half of `np.unique` on a search's few hundred rows."""
    ordered: Ints = np.sort(rows).astype(np.int64)
    kept = np.ones(len(ordered), dtype=np.bool_)
    np.not_equal(ordered[1:], ordered[:-1], out=kept[1:])
    return ordered[kept]


def may_score(born: date, years: NDArray[np.int32], mds: NDArray[np.int32]) -> NDArray[np.bool_]:
    """False only for the dates (year, month * 100 + day) that `birth_date_score` surely scores 0 against `born`:
    each slip it forgives leaves the year as typed, or only the day (a year's last digit and a month's first one
    swapped: 1940-12-05 for 1941-02-05), or swaps the day and the month, or is the day before or after, which
    changes all three only across a new year."""
    scored: NDArray[np.bool_] = (years == born.year) | (mds % 100 == born.day) | (mds == born.day * 100 + born.month)
    if (born.month, born.day) == (12, 31):
        scored |= (years == born.year + 1) & (mds == 101)
    elif (born.month, born.day) == (1, 1):
        scored |= (years == born.year - 1) & (mds == 1231)
    return scored


def _any(reach: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Whether each person's name reaches any of the typed names (one row each)."""
    return np.asarray(reach.any(axis=0), dtype=np.bool_)


def _learn_facts(people: People) -> NameFacts:
    """Counted on the codes: one pass of numpy over a million people, then one row per distinct pair."""
    width = len(people.first_names.values) + 1
    pairs = people.sex.codes.astype(np.int64) * width + people.first_names.codes
    distinct, times = np.unique(pairs, return_counts=True)
    first_names = [(people.sex.values[pair // width], people.first_names.values[pair % width], n)
                   for pair, n in zip(distinct.tolist(), times.tolist())]
    years, born = np.unique(people.birth_year, return_counts=True)
    return NameFacts.learn(first_names, _bearers(people.usage_sound, people.birth_sound),
                           zip(years.tolist(), born.tolist()), _bearers(people.usage_name, people.birth_name))


def _bearers(usage: Coded, birth: Coded) -> list[tuple[str, int]]:
    """How many people bear each value as their usage one, or as a birth one other than it (one vocabulary)."""
    counts = np.bincount(usage.codes, minlength=len(usage.values)) + \
        np.bincount(birth.codes[birth.codes != usage.codes], minlength=len(usage.values))
    return [(value, n) for value, n in zip(usage.values, counts.tolist()) if n and value]
