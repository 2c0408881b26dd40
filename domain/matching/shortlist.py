"""Which candidates are worth building and scoring: the others cannot change the verdict.

`ThresholdPolicy.match` compares a candidate only if its surname score reaches `surname_doubt_floor`,
and sets it aside as a bearer of the name only if the surname scores a slip (`SLIP`) or better. Below
both, a candidate is only counted in the explanation, unless it may be a woman searched by her birth
name (`ThresholdPolicy.may_lack_birth_name`). So a store of a million people may drop the others before
building them (table tests check that the verdict stays the same).

Among a million people, most candidates were born on the searched day and bear an unrelated name, and
scoring a surname exactly costs about 10 µs a pair. So each pair first passes a cheap bound, `_may_reach`,
that lets through every pair `surname_similarity` could score at the floor (same sound, same core, a shared
word, a particle more, or few edits); only those pairs are scored exactly. If `surname_similarity` gains a
way to call two names close, the bound must learn it too: tests/unit/test_shortlist.py checks the bound on
the hard cases, tests/integration/test_shortlist_corpora.py the answers on the fixed corpora."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.identity import DeceasedIdentity
from domain.matching.normalize import PARTICLES, core_key, fold, name_key
from domain.matching.phonetic import sound_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import surname_similarity
from domain.matching.similarity import SLIP

_ROUNDING = 0.01  # similarity is rounded to 4 decimals: never cut a pair at the edge


@dataclass(frozen=True, slots=True)
class Spelling:
    """What the surname comparison looks at in one spelling, besides its sound."""

    key: str
    core: str
    words: frozenset[str]

    @property
    def simple(self) -> bool:
        """One word: its core and its only word are its key, so only the sound and the edits can bring it close."""
        return self.core == self.key and self.words <= {self.key}


def spell(name: str) -> Spelling:
    if name.isascii() and name.isalpha():  # most names: one plain word, which folding only capitalises
        key = name.upper()
        return Spelling(key=key, core=key, words=frozenset((key,)) - PARTICLES)
    return Spelling(key=name_key(name), core=core_key(name), words=frozenset(fold(name).split()) - PARTICLES)


_spelling = lru_cache(maxsize=400_000)(spell)


def edit_allowance(floor: float, longest: int) -> int:
    """Two spellings further apart than this many edits score below `floor`, unless they sound alike."""
    return max(1, int((1 - floor + _ROUNDING) * longest))


def _may_reach(typed: Spelling, typed_sound: str, known: Spelling, known_sound: str, floor: float) -> bool:
    """False only when `surname_similarity` of the two is surely below `floor`."""
    if typed_sound == known_sound or typed.core == known.core or not typed.words.isdisjoint(known.words):
        return True
    short, long = (typed.key, known.key) if len(typed.key) <= len(known.key) else (known.key, typed.key)
    if short and long.endswith(short):
        return True
    edits = edit_allowance(floor, len(long))
    return OSA.distance(short, long, score_cutoff=edits) <= edits


def surname_floor(policy: ThresholdPolicy) -> float:
    """Below this surname score a candidate is neither compared nor counted as a homonym."""
    return min(policy.surname_doubt_floor, SLIP)


@dataclass(frozen=True, slots=True)
class TypedName:
    name: str
    spelling: Spelling
    sound: str


class Shortlist:
    """shortlist(usage_name, birth_name, *sounds, sex, born): whether a recorded person may change the answer.

    `sounds` are the person's stored sound keys, `record_sounds(usage_name, birth_name)` (blocking.py).
    """

    def __init__(self, policy: ThresholdPolicy, identity: DeceasedIdentity) -> None:
        self.floor = surname_floor(policy)
        self._policy, self._identity = policy, identity
        self.typed = tuple(TypedName(name=name, spelling=_spelling(name), sound=sound_key(name_key(name)))
                           for name in dict.fromkeys((identity.last_name, identity.birth_name)) if name)

    def __call__(self, usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str,
                 sex: str | None, born: date) -> bool:
        return self.surname_may_count(usage_name, birth_name, usage_sound, birth_sound) \
            or self._policy.may_lack_birth_name(self._identity, sex, birth_name, born)

    def surname_may_count(self, usage_name: str, birth_name: str | None, usage_sound: str, birth_sound: str) -> bool:
        if self.floor <= 0:
            return True
        known_names = [(usage_name, usage_sound)]
        if birth_name and birth_name != usage_name:
            known_names.append((birth_name, birth_sound))
        for known, known_sound in known_names:
            spelling = _spelling(known)
            for typed in self.typed:
                if _may_reach(typed.spelling, typed.sound, spelling, known_sound, self.floor) \
                        and surname_similarity(typed.name, known) >= self.floor:
                    return True
        return False
