"""Which candidates are worth building and scoring: the others cannot change the verdict.

`ThresholdPolicy.match` compares a candidate only if its surname score reaches `surname_doubt_floor`,
and counts it as a homonym only if the surname scores a slip (`SLIP`) or better. A candidate below both
is only counted in the explanation, so a store of a million people may drop it before building it (a
table test checks that the verdict stays the same).

Among a million people, most candidates were born on the searched day and bear an unrelated name, and
scoring a surname exactly costs about 10 µs a pair. So each pair first passes a cheap bound, `_may_reach`,
that lets through every pair `surname_similarity` could score at the floor (same sound, same core, a shared
word, a particle more, or few edits); only those pairs are scored exactly. If `surname_similarity` gains a
way to call two names close, the bound must learn it too: tests/unit/test_shortlist.py checks the bound on
the hard cases and on the fixed corpora.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.identity import DeceasedIdentity
from domain.matching.normalize import PARTICLES, core_key, fold, name_key
from domain.matching.phonetic import sound_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import surname_similarity
from domain.matching.similarity import SLIP

NameFilter = Callable[[str, str | None, str, str], bool]
_ROUNDING = 0.01  # similarity is rounded to 4 decimals: never cut a pair at the edge


@dataclass(frozen=True, slots=True)
class _Spelling:
    """What the surname comparison looks at in one spelling, besides its sound."""

    key: str
    core: str
    words: frozenset[str]


@lru_cache(maxsize=400_000)
def _spelling(name: str) -> _Spelling:
    if name.isascii() and name.isalpha():  # most names: one plain word, which folding only capitalises
        key = name.upper()
        return _Spelling(key=key, core=key, words=frozenset((key,)) - PARTICLES)
    return _Spelling(key=name_key(name), core=core_key(name), words=frozenset(fold(name).split()) - PARTICLES)


def _may_reach(typed: _Spelling, typed_sound: str, known: _Spelling, known_sound: str, floor: float) -> bool:
    """False only when `surname_similarity` of the two is surely below `floor`."""
    if typed_sound == known_sound or typed.core == known.core or not typed.words.isdisjoint(known.words):
        return True
    short, long = (typed.key, known.key) if len(typed.key) <= len(known.key) else (known.key, typed.key)
    if short and long.endswith(short):
        return True
    edits = max(1, int((1 - floor + _ROUNDING) * len(long)))
    return OSA.distance(short, long, score_cutoff=edits) <= edits


def surname_floor(policy: ThresholdPolicy) -> float:
    """Below this surname score a candidate is neither compared nor counted as a homonym."""
    return min(policy.surname_doubt_floor, SLIP)


def worth_scoring(policy: ThresholdPolicy, identity: DeceasedIdentity) -> NameFilter:
    """keep(usage_name, birth_name, *sounds): whether a recorded person may change `policy.match` for `identity`.

    `sounds` are the person's stored sound keys, `record_sounds(usage_name, birth_name)` (blocking.py).
    """
    floor = surname_floor(policy)
    if floor <= 0:
        return lambda usage_name, birth_name, usage_sound, birth_sound: True
    typed = [(name, _spelling(name), sound_key(name_key(name)))
             for name in dict.fromkeys((identity.last_name, identity.birth_name)) if name]

    def keep(usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str) -> bool:
        known_names = [(usage_name, usage_sound)]
        if birth_name and birth_name != usage_name:
            known_names.append((birth_name, birth_sound))
        for known, known_sound in known_names:
            spelling = _spelling(known)
            for name, typed_spelling, typed_sound in typed:
                if _may_reach(typed_spelling, typed_sound, spelling, known_sound, floor) \
                        and surname_similarity(name, known) >= floor:
                    return True
        return False

    return keep
