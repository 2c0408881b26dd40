from datetime import UTC, date, datetime

import pytest

from domain.outcome import Outcome
from domain.retention import Answered, RetentionPolicy, add_months, keep_until, parse_policies

ASKED = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
DEFAULT = RetentionPolicy()


def test_a_no_match_search_is_kept_three_months_by_default_even_at_a_month_end() -> None:
    assert keep_until(ASKED, [Answered(collectivite="69", outcome=Outcome.UNKNOWN)], {}, DEFAULT) == \
        datetime(2026, 4, 30, 12, 0, tzinfo=UTC)


def test_the_longest_period_of_the_collectivites_that_answered_wins() -> None:
    answers = [Answered(collectivite="69", outcome=Outcome.UNKNOWN), Answered(collectivite="69M", outcome=Outcome.UNKNOWN)]
    assert keep_until(ASKED, answers, {"69M": RetentionPolicy(no_match_months=6)}, DEFAULT) == add_months(ASKED, 6)


def test_an_open_creance_keeps_everything_and_a_closed_one_counts_from_its_closing() -> None:
    known = Answered(collectivite="69", outcome=Outcome.RECOVERABLE_AID, creance_open=True)
    assert keep_until(ASKED, [known], {}, DEFAULT) is None
    closed = Answered(collectivite="69", outcome=Outcome.RECOVERABLE_AID, creance_closed_on=date(2027, 3, 1))
    assert keep_until(ASKED, [closed], {}, DEFAULT) == datetime(2032, 3, 1, tzinfo=UTC)
    doubt = Answered(collectivite="69", outcome=Outcome.AMBIGUOUS)
    assert keep_until(ASKED, [doubt], {}, DEFAULT) == add_months(ASKED, 60)


def test_policies_are_read_from_settings_text_and_typos_are_refused_in_french() -> None:
    assert parse_policies("69M:no_match_months=6,answer_years=10") == {
        "69M": RetentionPolicy(no_match_months=6, answer_years=10)}
    with pytest.raises(ValueError, match="Réglage de conservation invalide"):
        parse_policies("69:no_match=6")
