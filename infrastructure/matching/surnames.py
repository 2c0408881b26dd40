"""The shortlist's surname bound over all of a search's candidates at once, in numpy and rapidfuzz.

`Shortlist` (domain/matching/shortlist.py) decides one person at a time; most of a search's candidates
bear one-word names far from the typed one, and for two one-word names its bound reduces to: the same
stored sound, few edits (at most `edit_allowance`, or only letters added in front, such as a
particle), or a letter a scanner misread (`similarity.misread`). When one of the two names has several words, a
part of it (its core, a word, a word glued to its particles) within a slip of the other name also passes
(`surname_reach._near_parts`). This module applies that looser test to every candidate in one pass, and leaves
to `Shortlist` the candidates that pass it, those bearing a name of several words when the typed one has several
too, and every one for a name of civil status ('Dupont épouse Martin'), compared part by part.
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from domain.matching.similarity import misread
from domain.matching.surname_reach import Spelling, TypedName, edit_allowance, spell
from infrastructure.matching.columns import Vocabulary


_LONGEST_TYPED = 100  # a longer typed name (never seen) is left to `Shortlist`


class SurnameBound:
    def __init__(self, names: Sequence[str | None]) -> None:
        """`names`: the index's distinct recorded names (usage and birth), numbered like its codes."""
        spellings = [spell(name) if name else None for name in names]
        keys = [s.key if s else "" for s in spellings]
        self._keys = np.array(keys, dtype=object)  # gathered in C: a search's names lie all over memory
        self._lengths = np.array([len(key) for key in keys], dtype=np.int32)
        self._simple = np.array([s is not None and s.simple for s in spellings], dtype=np.bool_)
        # Never bounded: no name, or one of civil status ('DUPONT EP MARTIN'), which is compared part by part.
        self._unbounded = np.array([s is None or s.civil for s in spellings], dtype=np.bool_)
        # The parts (`_parts`) of each bounded name of several words: a search meets a few such names, which a loop
        # compares faster than numpy calls would.
        self._parts = {code: tuple(_parts(s)) for code, s in enumerate(spellings)
                       if s is not None and not s.simple and not s.civil}
        self._allowances: dict[float, NDArray[np.int32]] = {}

    def _allowance(self, floor: float) -> NDArray[np.int32]:
        """`edit_allowance` by the longer spelling's length."""
        if floor not in self._allowances:
            longest = int(self._lengths.max(initial=0)) + _LONGEST_TYPED
            self._allowances[floor] = np.array([edit_allowance(floor, n) for n in range(longest + 1)], dtype=np.int32)
        return self._allowances[floor]

    def reach_each(self, typed_names: Sequence[TypedName], floor: float, sounds: Vocabulary,
                   names: NDArray[np.int32], name_sounds: NDArray[np.int32]) -> NDArray[np.bool_]:
        """One row per typed name: False only for names whose surname score against it is surely below `floor`."""
        reach = np.ones((len(typed_names), len(names)), dtype=np.bool_)
        if floor <= 0:
            return reach
        keys = self._keys[names]  # scoring a repeated name again costs less than sorting them to find the distinct ones
        lengths = self._lengths[names]
        several_words = ~self._simple[names]
        for row, typed in enumerate(typed_names):
            spelling = typed.spelling
            if spelling.civil or len(spelling.key) > _LONGEST_TYPED:
                continue
            key, sound = spelling.key, sounds.get(typed.sound)
            edits = cdist([key], keys, scorer=OSA.distance, dtype=np.int32, workers=1)[0]
            allowed = self._allowance(floor)[np.maximum(lengths, len(key))]
            same_sound = name_sounds == (-1 if sound is None else sound)
            gap = np.abs(lengths - len(key))
            reach[row] = (edits <= allowed) | (edits == gap) | same_sound
            _or_misread(reach[row], key, keys, edits, gap)
            if spelling.simple:
                reach[row] |= self._several_words_near(key, names, several_words)
            else:
                reach[row] |= several_words
                # A typed name of several words against a recorded one-word name: the same core, a shared word, one
                # glued with its particles, or any of these a slip away (`surname_reach._near_parts`).
                parts = _parts(spelling)
                for part, part_edits in zip(parts, cdist(parts, keys, scorer=OSA.distance, dtype=np.int32, workers=1)):
                    reach[row] |= part_edits <= 1
                    _or_misread(reach[row], part, keys, part_edits, np.abs(lengths - len(part)))
        return reach

    def _several_words_near(self, key: str, names: NDArray[np.int32],
                            several_words: NDArray[np.bool_]) -> NDArray[np.bool_]:
        """For a typed name of one word, the recorded names of several words it may reach: its key within a slip of
        one of their parts (their core, a word, a word glued to its particles: `surname_reach._near_parts`), or
        never bounded."""
        near = several_words & self._unbounded[names]
        for position in np.flatnonzero(several_words & ~near).tolist():
            near[position] = any(_near_part(key, part) for part in self._parts[int(names[position])])
        return near


def _parts(spelling: Spelling) -> list[str]:
    """What `surname_reach._near_parts` compares of a name of several words: its core, its words, each glued to
    its particles."""
    return sorted(spelling.words | spelling.glued | {spelling.core})


def _near_part(key: str, part: str) -> bool:
    """A slip away, or a letter misread (`_or_misread`)."""
    edits = OSA.distance(key, part, score_cutoff=2)
    return edits <= 1 or (edits == 2 and misread(key, part))


def _or_misread(reach: NDArray[np.bool_], key: str, keys: NDArray[np.object_], edits: NDArray[np.int32],
                gap: NDArray[np.int32]) -> None:
    """A misread letter is two edits and one letter more or less (`gap`, the difference in length): the few such
    names are checked one by one."""
    for i in np.flatnonzero(~reach & (edits == 2) & (gap == 1)).tolist():
        reach[i] = misread(key, keys[i])
