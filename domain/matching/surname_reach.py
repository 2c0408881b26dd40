"""A cheap bound on the surname comparison: most pairs of names are surely too far apart to matter.

Among a million people, most of a search's candidates were born on the searched day and bear an
unrelated name, and scoring a surname exactly costs about 10 µs a pair. `may_reach` lets through every
pair that `surname_similarity` could score at a floor (same sound, same core, a shared word, a particle
more, few edits (two from five letters, `scoring.TWO_SLIPS`), or a letter misread); only those pairs need the
exact score. The shortlist (`shortlist.py`) and the policy's triage both use it. If `surname_similarity` gains a
way to call two names close, the bound must learn it too: tests/unit/test_shortlist.py checks it on the hard
cases, tests/integration/test_shortlist_corpora.py the answers on the fixed corpora.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.matching.normalize import PARTICLES, civil_parts, core_key, fold, name_key, plain_word
from domain.matching.phonetic import sound_key
from domain.matching.scoring import TWO_SLIPS, TWO_SLIPS_LENGTH, glued_words, one_slip, surname_similarity
from domain.matching.similarity import SAME, SLIP, misread

_ROUNDING = 0.01  # similarity is rounded to 4 decimals: never cut a pair at the edge


@dataclass(frozen=True, slots=True)
class Spelling:
    """What the surname comparison looks at in one spelling, besides its sound."""

    key: str
    core: str
    words: frozenset[str]
    civil: bool = False  # holds a word of civil status: compared part by part, never cut by the bound
    glued: frozenset[str] = frozenset()  # its words with the particles before them glued on (`glued_words`)
    # One word: its core and its only word are its key, so only the sound and the edits can bring it close.
    simple: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "simple", self.core == self.key and self.words <= {self.key})  # asked per pair


def spell(name: str) -> Spelling:
    if plain_word(name):
        key = name.upper()
        return Spelling(key=key, core=key, words=frozenset((key,)) - PARTICLES)
    return Spelling(key=name_key(name), core=core_key(name), words=frozenset(fold(name).split()) - PARTICLES,
                    civil=bool(civil_parts(name)), glued=glued_words(name))


spelling = lru_cache(maxsize=400_000)(spell)


def edit_allowance(floor: float, longest: int) -> int:
    """Two spellings further apart than this many edits score below `floor`, unless they sound alike."""
    slips = 2 if floor <= TWO_SLIPS and longest >= TWO_SLIPS_LENGTH else 1  # see scoring.TWO_SLIPS
    return max(slips, int((1 - floor + _ROUNDING) * longest))


def may_reach(typed: Spelling, typed_sound: str, known: Spelling, known_sound: str | None, floor: float) -> bool:
    """False only when `surname_similarity` of the two is surely below `floor`. A `known_sound` of None is
    computed only if the spellings alone do not settle it (a sound key costs more than the rest)."""
    if typed.civil or known.civil or typed.core == known.core or not typed.words.isdisjoint(known.words):
        return True
    short, long = (typed.key, known.key) if len(typed.key) <= len(known.key) else (known.key, typed.key)
    if short and long.endswith(short):
        return True
    edits = edit_allowance(floor, len(long))
    distance = OSA.distance(short, long, score_cutoff=max(edits, 2))
    if distance <= edits or (distance == 2 and len(long) == len(short) + 1 and misread(short, long)):
        return True
    if not (typed.simple and known.simple) and _near_parts(typed, known):
        return True
    return typed_sound == (sound_key(known.key) if known_sound is None else known_sound)


def _near_parts(typed: Spelling, known: Spelling) -> bool:
    """Names of several words: the cores a slip apart ('de Lattre', LTATRE), one name a word of the other with its
    particles glued on ('Leborgne', LE BORGNE-TARDARD), or a word of the other but for a slip ('Lloyd Jones', LLYOD)."""
    if one_slip(typed.core, known.core):
        return True
    if known.glued & (typed.words | {typed.key}) or typed.glued & (known.words | {known.key}):
        return True
    for one, other in ((typed, known), (known, typed)):
        parts, size = other.words | other.glued, len(one.key)
        if len(parts) > 1 and any(abs(len(part) - size) <= 1 and one_slip(one.key, part) for part in parts):
            return True
    return False


@dataclass(frozen=True, slots=True)
class TypedName:
    name: str
    spelling: Spelling
    sound: str


def typed_names(*names: str | None) -> tuple[TypedName, ...]:
    """The names the clerk typed as surnames (usage and birth name, or first names read crosswise), each once."""
    # `sound_key` keys the name itself, as the search's blocking keys did already: one cached entry, not two.
    return tuple(TypedName(name=name, spelling=spelling(name), sound=sound_key(name))
                 for name in dict.fromkeys(names) if name)


def reaching_score(typed: Sequence[TypedName], known: Sequence[tuple[str, str | None]], floor: float) -> float:
    """`surname_score` when it reaches `floor`; otherwise some score below it. `known`: (name, sound key or None)."""
    if _reached.pairs >= _REACHED_LIMIT:
        _reached.cache_clear()
    best, by_typed = 0.0, _reached.get(floor)
    if by_typed is None:
        by_typed = _reached[floor] = {}
    for t in typed:
        if (seen := by_typed.get(t.name)) is None:
            seen = by_typed[t.name] = {}
        for name, sound in known:
            if (reached := seen.get(name)) is None:
                reached = seen[name] = _reaching(t, spelling(name), name, sound, floor)
                _reached.pairs += 1
            if reached > best:
                best = reached
                if best >= 1.0:
                    return best  # nothing scores higher: the other names need no work
    return best


def _reaching(typed: TypedName, known: Spelling, name: str, sound: str | None, floor: float) -> float:
    if typed.spelling.simple and known.simple and not (typed.spelling.civil or known.civil):
        # One word each: `surname_similarity` is their spelling's, which needs no work when they are one
        # spelling, or share a sound key of three letters or more (tests/unit/test_shortlist.py).
        if typed.spelling.key == known.key:
            return SAME
        if sound is not None and typed.sound == sound and len(sound) >= 3:
            return SLIP
    return surname_similarity(typed.name, name) if may_reach(typed.spelling, typed.sound, known, sound, floor) else 0.0


class _Reached(dict[float, dict[str, dict[str, float]]]):
    """floor -> typed name -> recorded name -> what `reaching_score` found for the pair. The shortlist, then the
    policy's triage, ask about the same pairs: each is worked out once. A dictionary per typed name, rather than one
    keyed by the pair, holds a search's pairs together: a lookup by pair cost three times as much at a million,
    its keys lying all over memory."""

    pairs = 0

    def cache_clear(self) -> None:  # as a functools cache's, for benchmarks that start cold
        self.clear()
        self.pairs = 0


_reached = _Reached()
_REACHED_LIMIT = 50_000  # pairs
