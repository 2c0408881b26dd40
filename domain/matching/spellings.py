"""Two spellings of one sound: a family's own, not a keying slip.

Lefèvre and Lefebvre, Thibault and Thibaut, Gauthier and Gautier are distinct families whose names sound alike
(the issue's phonetic twins). A keying slip seldom writes such a spelling: it swaps two letters, hits a
neighbouring key, doubles a letter or misses one, and most of these change the sound. Of those that keep it, a
letter doubled or left single (MASSON, MASON) is the commonest, and is left to the other rules; a spelling that
differs otherwise while sounding the same (a silent letter, 'AULT' for 'AUT', 'PH' for 'F', 'Y' for 'I') is read
as another family's name.
"""

import re
from functools import lru_cache

from domain.matching.normalize import name_key
from domain.matching.phonetic import sound_key

_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def another_spelling(typed: str, recorded: str) -> bool:
    """'Thibaut' against THIBAULT, 'Lefebvre' against LEFEVRE: the same sound, spelt otherwise than by a letter
    doubled or left single."""
    a, b = name_key(typed), name_key(recorded)
    return a != b and sound_key(a) == sound_key(b) and _DOUBLED.sub(r"\1", a) != _DOUBLED.sub(r"\1", b)
