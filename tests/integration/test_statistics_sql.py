"""Statistics are aggregated by SQL, identically on SQLite and PostgreSQL."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from returns.result import Success

from application.statistics import StatisticsCommand
from domain.outcome import Outcome
from domain.statistics import Statistics
from domain.user import Role, User
from interfaces.bootstrap import Services
from tests.support.statistics_data import load_history, record_search

ADMIN = User(id="admin", email="admin@rhone.fr", role=Role.ADMIN, password_hash="x")  # of every collectivité
AUTUMN = dict(start=date(2026, 10, 1), end=date(2026, 11, 30))


def _figures(services: Services, **filters: object) -> Statistics:
    command = StatisticsCommand(actor=ADMIN, **{**AUTUMN, **filters})  # type: ignore[arg-type]
    result = services.statistics.execute(command)
    assert isinstance(result, Success)
    stats: Statistics = result.unwrap()
    return stats


def _by_month(stats: Statistics) -> dict[tuple[str, Outcome], int]:
    return {(m.month, m.outcome): m.searches for m in stats.searches_by_month}


@pytest.fixture
def history(services: Services) -> Services:
    load_history(services)
    return services


def test_each_search_counts_once_under_its_most_significant_answer(history: Services) -> None:
    stats = _figures(history)
    assert _by_month(stats) == {
        ("2026-10", Outcome.UNKNOWN): 1,
        ("2026-11", Outcome.RECOVERABLE_AID): 1,
        ("2026-11", Outcome.AMBIGUOUS): 3,
        ("2026-11", Outcome.POSSIBLE_UNDUE_PAYMENT): 1,
    }
    assert stats.ambiguous_share == pytest.approx(0.5)


def test_a_collectivite_sees_only_the_answers_it_gave(history: Services) -> None:
    assert _by_month(_figures(history, collectivite="69M")) == {
        ("2026-11", Outcome.UNKNOWN): 1, ("2026-11", Outcome.POSSIBLE_UNDUE_PAYMENT): 1}
    assert _by_month(_figures(history, collectivite="69"))[("2026-11", Outcome.UNKNOWN)] == 1


def test_a_maison_sees_the_searches_that_found_its_beneficiaries(history: Services) -> None:
    assert _by_month(_figures(history, maison="MDR01")) == {("2026-11", Outcome.RECOVERABLE_AID): 1}
    assert _by_month(_figures(history, maison="MDR02")) == {("2026-11", Outcome.AMBIGUOUS): 1}


def test_offices_that_never_search_are_listed_with_zero(history: Services) -> None:
    stats = _figures(history, collectivite="69", start=date(2026, 11, 1))
    assert [(o.crpcen, o.searches) for o in stats.office_use] == [("111", 5), ("222", 0), ("333", 0)]
    assert [(o.crpcen, o.searches) for o in _figures(history, collectivite="69M").office_use] == [("111", 2)]


def test_the_median_delay_to_resolve_a_doubt_ignores_pending_ones(history: Services) -> None:
    doubts = _figures(history).doubts
    assert (doubts.resolved, doubts.pending, doubts.median_delay) == (2, 1, timedelta(hours=3))
    october = _figures(history, end=date(2026, 10, 31)).doubts
    assert (october.resolved, october.pending, october.median_delay) == (0, 0, None)


def test_logins_are_counted_by_month_successful_and_failed(history: Services) -> None:
    assert [(m.month, m.succeeded, m.failed) for m in _figures(history).logins_by_month] == [("2026-11", 3, 2)]
    assert [(m.succeeded, m.failed) for m in _figures(history, collectivite="69").logins_by_month] == [(3, 1)]
    assert [(m.succeeded, m.failed) for m in _figures(history, collectivite="69M").logins_by_month] == [(2, 0)]


def test_the_maisons_to_filter_on_are_those_following_beneficiaries(history: Services) -> None:
    assert _figures(history).maisons == ("MDR01", "MDR02")
    assert _figures(history, collectivite="69M").maisons == ()


def test_creances_opened_claimed_and_recovered_are_summed_by_month(history: Services) -> None:
    assert [(m.month, m.opened, m.claimed, m.recovered) for m in _figures(history).creances_by_month] == [
        ("2026-11", 2, Decimal("15500"), Decimal("8000.5"))]
    assert [(m.opened, m.claimed) for m in _figures(history, maison="MDR02").creances_by_month] == [(1, Decimal("3500"))]
    assert _figures(history, collectivite="69M").creances_by_month == ()


def test_searches_are_counted_in_the_days_and_months_of_paris(services: Services) -> None:
    """00:30 on 1 December in Paris is 23:30 UTC on 30 November; in summer Paris is two hours ahead, in winter one,
    and the period's first and last days are Paris days too."""
    load_history(services)
    with services.uow() as uow:
        clerk = uow.users.by_email("clerc222@notaires.fr")
    assert clerk is not None
    for at in (datetime(2026, 9, 30, 21, 30, tzinfo=UTC),   # 23:30 on 30 September in Paris (summer): outside
               datetime(2026, 9, 30, 22, 30, tzinfo=UTC),   # 00:30 on 1 October (summer)
               datetime(2026, 10, 31, 23, 30, tzinfo=UTC),  # 00:30 on 1 November (winter)
               datetime(2026, 11, 30, 23, 30, tzinfo=UTC),  # 00:30 on 1 December: outside a period ending in November
               ):
        record_search(services, clerk, at, ("69", Outcome.UNKNOWN, None))
    stats = _figures(services, collectivite="69")
    assert {m: n for (m, o), n in _by_month(stats).items() if o is Outcome.UNKNOWN} == {"2026-10": 2, "2026-11": 2}
    december = _figures(services, collectivite="69", start=date(2026, 12, 1), end=date(2026, 12, 1))
    assert _by_month(december) == {("2026-12", Outcome.UNKNOWN): 1}
