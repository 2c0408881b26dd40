"""Which beneficiaries are worth scoring for a search: the blocking keys, shared by every store.

A person is still found when one field is wrong:
- the birth date, or its day/month swap, whatever the names;
- the sound of a surname (usage or birth) with the birth year within one year (a wrong day or month);
- the sound of a surname with the same day and month, or them swapped (a wrong year digit, with or without the
  day and month swapped too);
- a typed first name, borne by few records (`RARE_FIRST_NAME`), as the first recorded one, with the same day and
  month and a year one digit away (`slipped_years`), or the same year and either the same month or the same day:
  a slip in the surname that changes its sound and a slip in the date, together (PASUQIER JEAN-JACQUES born
  1958 for Pasquier Jean-Jacques born 1950; the policy compares such a person only as a fit, never as a partial match:
  `found_by_first_name_alone`). A first name borne by more records would bring hundreds of people at a million,
  and chance would explain any of them; in a base of 50,000, every first name is rare enough.
The SQL directory, the in-memory index and the test fake all apply exactly these keys.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from domain.matching.normalize import civil_parts, first_name_units, given_names
from domain.matching.phonetic import sound_key

RARE_FIRST_NAME = 10_000  # records bearing it, at most (`NameFacts.first_name_bearers`)
NO_BEARERS: tuple[Mapping[str, float], int] = ({}, 0)  # for the keys of surnames and dates alone


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockingKeys:
    dates: tuple[date, ...]
    sounds: tuple[str, ...]
    first_year: int
    last_year: int
    month_day: int
    month_days: tuple[int, ...]  # the day and month, and them swapped: a surname's bearers born so in any year
    givens: tuple[str, ...]  # each rare typed first name, or two typed apart as one: any may be the first recorded
    born: date


def month_day(day: date) -> int:
    return day.month * 100 + day.day


def swapped(day: date) -> date | None:
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def born_or_swapped(born: date) -> tuple[date, ...]:
    """The day itself, and its day and month swapped when that is another date."""
    return tuple(dict.fromkeys(d for d in (born, swapped(born)) if d is not None))


def record_sounds(usage_name: str, birth_name: str | None) -> tuple[str, str]:
    """The (usage, birth) sound keys stored with a beneficiary; the usage name stands in for a missing birth name.
    A usage name of two surnames joined by a word of civil status ('DUPONT EP MARTIN') gives both, unless a birth
    name is recorded."""
    parts = civil_parts(usage_name) or (usage_name,)
    return sound_key(parts[0]), sound_key(birth_name or parts[-1])


def record_given(first_names: str) -> str:
    """The first recorded first name, stored with a beneficiary: 'JEAN-PIERRE MARIE' -> 'JEANPIERRE'."""
    names = given_names(first_names)
    return names[0] if names else ""


def _sounds(name: str | None) -> set[str]:
    return {sound_key(part) for part in civil_parts(name) or (name,)}


def blocking_keys(last_name: str, birth_name: str | None, born: date, *, first_names: str,
                  bearers: tuple[Mapping[str, float], int]) -> BlockingKeys:
    """`bearers`: the share of records bearing each first name, and how many records there are
    (`NameFacts.first_name_bearers`); none known, no first-name key."""
    shares, records = bearers
    dates = born_or_swapped(born)
    sounds = tuple(sorted((_sounds(last_name) | _sounds(birth_name)) - {""}))
    givens = tuple(sorted(name for name in first_name_units(first_names)
                          if 0.0 < shares.get(name, 0.0) * records <= RARE_FIRST_NAME))
    return BlockingKeys(dates=dates, sounds=sounds, first_year=born.year - 1, last_year=born.year + 1,
                        month_day=month_day(born), month_days=tuple(month_day(d) for d in dates), givens=givens,
                        born=born)


def found_by_first_name_alone(keys: BlockingKeys, usage_name: str, birth_name: str | None, born: date) -> bool:
    """Whether a candidate can only have been found by the first name: born another day, no typed sound. (A
    surname that sounds alike, on a date the first name reaches, is within the surname's blocks too.)"""
    return born not in keys.dates and not set(record_sounds(usage_name, birth_name)) & set(keys.sounds)


def _by_surname_or_date(keys: BlockingKeys, sounds: tuple[str, str], born: date) -> bool:
    if born in keys.dates:
        return True
    if not set(sounds) & set(keys.sounds):
        return False
    return keys.first_year <= born.year <= keys.last_year or month_day(born) in keys.month_days


def slipped_years(year: int) -> tuple[int, int]:
    """The years a keyed digit turns this one into, or the decade digit one off (`scoring.birth_date_score`): the
    decade before it to the decade after it, 1940 to 1969 for 1950."""
    decade = year - year % 10
    return decade - 10, decade + 19


def found_by_first_name(keys: BlockingKeys, given: str, born: date) -> bool:
    typed, (first, last) = keys.born, slipped_years(keys.born.year)
    return given in keys.givens and ((month_day(born) == keys.month_day and first <= born.year <= last) or (
        born.year == typed.year and (born.month == typed.month or born.day == typed.day)))


def is_candidate(keys: BlockingKeys, sounds: tuple[str, str], given: str, born: date) -> bool:
    return _by_surname_or_date(keys, sounds, born) or found_by_first_name(keys, given, born)
