"""How many people chance alone would give with a surname, first names and a birth date near the typed ones: the
measure the policy sets against its bars (`ThresholdPolicy.coincidence_chance` and the others) before it believes a
name, a date or an agreement in part says who the deceased is."""

from collections.abc import Callable, Sequence

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.blocking import NO_BEARERS, blocking_keys, record_sounds
from domain.matching.name_facts import NameFacts
from domain.matching.scoring import SWAPPED, FieldScores
from domain.matching.women import both_names_agree

BLOCK_DAYS = 3 * 365  # the surname blocks reach one year either side (domain/matching/blocking.py)
# Dates one keyed digit or one transposition away from a birth date: 29 on average (17 to 36), counted, within a
# decade; the day before and the day after add at most two. Kept at 50 on purpose: counted exactly, the date rules
# took 2 more wrong answers in 335,000 searches for 0.07 point fewer doubts.
SLIP_DATES = 50
CHANCE_NAMESAKES = 1.0  # a partial agreement that chance alone gives this many times is no clue (`match`)
LAST_DIGITS = 10  # the dates a year's last digit spans: a date swapped and slipped (`policy`)


def coincidences(identity: DeceasedIdentity, best: Beneficiary,
                 bearers: Callable[[], Sequence[Beneficiary]], facts: NameFacts, dates: int) -> float:
    """How many people with this surname and the first names the two lists share would be born, by chance, on
    one of `dates` dates: the bearers of the surname's sound (the one typed, if the record bears it; else the
    commoner of the typed and recorded ones) expected on those dates from its share of the whole base
    (`NameFacts.bearers_by_chance`), times the share of records bearing those first names. Without learnt
    surnames, the bearers found around the birth date (three years, `BLOCK_DAYS`; the best candidate counts,
    as it shows the name is borne here) stand in."""
    shared = facts.chance_of_agreeing(identity.first_names, " ".join(best.first_names))
    recorded = set(record_sounds(best.usage_name, best.birth_name))
    typed = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date,
                          first_names=identity.first_names, bearers=NO_BEARERS).sounds
    if both_names_agree(identity, best) and identity.birth_name:
        # Her married name and her birth name both agree: bearers of the one who were born into the other.
        bearing = facts.bearers_by_chance(_sounds_of(identity.last_name), identity.birth_date, dates)
        if bearing is not None:
            return bearing * facts.share_of_surname(_sounds_of(identity.birth_name)) * shared
    bearing = facts.bearers_by_chance(recorded.intersection(typed) or recorded.union(typed), identity.birth_date,
                                      dates)
    return (bearing if bearing is not None else (len(bearers()) + 1) * dates / BLOCK_DAYS) * shared


def dates_within(s: FieldScores) -> int:
    """The dates on which chance is counted for a candidate: its own when exact, or with day and month swapped (one
    date); else the dates a slip away."""
    return 1 if s.birth_date in (1.0, SWAPPED) else SLIP_DATES


def _sounds_of(name: str) -> set[str]:
    return set(record_sounds(name, None))
