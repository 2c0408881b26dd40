"""The shortlist's surname bound over all of a search's candidates at once, in numpy and rapidfuzz.

`Shortlist` (domain/matching/shortlist.py) decides one person at a time; most of a search's candidates
bear one-word names far from the typed one, and for two one-word names its bound reduces to: the same
stored sound, few edits (at most `edit_allowance`, or only letters added in front, such as a
particle), or a letter a scanner misread (`similarity.misread`); when the typed name has several words, also a
recorded name within a slip of its core, of one of its words or of one glued to its particles. This module applies
that looser test to every candidate in one pass, and leaves to `Shortlist` the candidates that pass it or bear a
name of several words (and every one for a typed name of civil status, 'Dupont épouse Martin').
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from domain.matching.similarity import misread
from domain.matching.surname_reach import TypedName, edit_allowance, spell
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
            reach[row] = several_words | (edits <= allowed) | (edits == np.abs(lengths - len(key))) | same_sound
            _or_misread(reach[row], key, keys, edits, lengths)
            if not spelling.simple:
                # A typed name of several words against a recorded one-word name: the same core, a shared word, one
                # glued with its particles, or any of these a slip away (`surname_reach._near_parts`).
                parts = sorted(spelling.words | spelling.glued | {spelling.core})
                for part, part_edits in zip(parts, cdist(parts, keys, scorer=OSA.distance, dtype=np.int32, workers=1)):
                    reach[row] |= part_edits <= 1
                    _or_misread(reach[row], part, keys, part_edits, lengths)
        return reach


def _or_misread(reach: NDArray[np.bool_], key: str, keys: NDArray[np.object_], edits: NDArray[np.int32],
                lengths: NDArray[np.int32]) -> None:
    """A misread letter is two edits and one letter more or less: the few such names are checked one by one."""
    for i in np.flatnonzero(~reach & (edits == 2) & (np.abs(lengths - len(key)) == 1)).tolist():
        reach[i] = misread(key, keys[i])
