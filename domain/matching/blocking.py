"""Which beneficiaries are worth scoring for a search: the blocking keys, shared by every store.

A person is still found when one field is wrong:
- the birth date, or its day/month swap, whatever the names;
- the sound of a surname (usage or birth) with the birth year within one year (a wrong day or month);
- the sound of a surname with the same day and month (a wrong year digit).
The SQL directory, the in-memory index and the test fake all apply exactly these keys.
"""

from dataclasses import dataclass
from datetime import date

from domain.matching.normalize import civil_parts
from domain.matching.phonetic import sound_key


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockingKeys:
    dates: tuple[date, ...]
    sounds: tuple[str, ...]
    first_year: int
    last_year: int
    month_day: int


def month_day(day: date) -> int:
    return day.month * 100 + day.day


def swapped(day: date) -> date | None:
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


def record_sounds(usage_name: str, birth_name: str | None) -> tuple[str, str]:
    """The (usage, birth) sound keys stored with a beneficiary; the usage name stands in for a missing birth name.
    A usage name of two surnames joined by a word of civil status ('DUPONT EP MARTIN') gives both, unless a birth
    name is recorded."""
    parts = civil_parts(usage_name) or (usage_name,)
    return sound_key(parts[0]), sound_key(birth_name or parts[-1])


def _sounds(name: str | None) -> set[str]:
    return {sound_key(part) for part in civil_parts(name) or (name,)}


def blocking_keys(last_name: str, birth_name: str | None, born: date) -> BlockingKeys:
    dates = tuple(dict.fromkeys(d for d in (born, swapped(born)) if d is not None))
    sounds = tuple(sorted((_sounds(last_name) | _sounds(birth_name)) - {""}))
    return BlockingKeys(dates=dates, sounds=sounds, first_year=born.year - 1, last_year=born.year + 1,
                        month_day=month_day(born))


def is_candidate(keys: BlockingKeys, sounds: tuple[str, str], born: date) -> bool:
    if born in keys.dates:
        return True
    if not set(sounds) & set(keys.sounds):
        return False
    return keys.first_year <= born.year <= keys.last_year or month_day(born) == keys.month_day
