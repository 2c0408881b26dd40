"""The index's one-pass surname bound never drops a person the shortlist would keep."""

import numpy as np
from numpy.typing import NDArray
import pytest

from domain.matching.blocking import record_sounds
from domain.matching.policy import ThresholdPolicy
from domain.matching.shortlist import Shortlist
from infrastructure.matching.columns import Vocabulary
from infrastructure.matching.surnames import SurnameBound
from tests.support.builders import identity
from tests.unit.test_shortlist import POLICIES, SPELLINGS


@pytest.mark.parametrize("policy", POLICIES, ids=["default", "lenient", "strict"])
def test_every_name_the_shortlist_keeps_passes_the_bound(policy: ThresholdPolicy) -> None:
    names = [*SPELLINGS, ""]
    sounds = Vocabulary()
    stored = [record_sounds(name, None)[0] for name in names]
    codes = sounds.encode(stored)
    bound = SurnameBound(names)
    dropped = 0
    for typed in SPELLINGS:
        shortlist = Shortlist(policy, identity(last_name=typed))
        each = bound.reach_each(shortlist.typed, shortlist.floor, sounds, np.arange(len(names), dtype=np.int32), codes)
        close: NDArray[np.bool_] = np.any(each, axis=0)
        for name, sound, passes in zip(names, stored, close.tolist()):
            assert passes or not shortlist.surname_may_count(name, None, sound, sound), (typed, name)
        dropped += len(names) - int(close.sum())
    assert dropped > len(SPELLINGS) * 10  # the bound does drop far names
