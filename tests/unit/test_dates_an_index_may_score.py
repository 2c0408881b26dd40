"""The index scores a candidate's birth date only where `birth_date_score` may give more than 0 (`may_score`)."""

from datetime import date, timedelta

import numpy as np
import pytest

from domain.matching.blocking import month_day
from domain.matching.scoring import birth_date_score
from infrastructure.matching.index import may_score

_EVERY_DAY = [date(1900, 1, 1) + timedelta(days=n) for n in range((date(2000, 12, 31) - date(1900, 1, 1)).days + 1)]
_YEARS = np.array([d.year for d in _EVERY_DAY], dtype=np.int32)
_MONTH_DAYS = np.array([month_day(d) for d in _EVERY_DAY], dtype=np.int32)


@pytest.mark.parametrize("born", [date(1931, 12, 31), date(1932, 1, 1), date(1940, 2, 29), date(1945, 5, 5),
                                  date(1937, 3, 12), date(1929, 11, 7), date(1950, 10, 1), date(1900, 1, 1),
                                  date(1940, 12, 5)])
def test_no_date_that_birth_date_score_reaches_is_ruled_out(born: date) -> None:
    kept = may_score(born, _YEARS, _MONTH_DAYS)
    scored = np.array([birth_date_score.__wrapped__(born, day) > 0 for day in _EVERY_DAY])  # the cache left alone
    assert not np.any(scored & ~kept)
    assert kept.mean() < 0.15  # and most of a century's days are never scored
