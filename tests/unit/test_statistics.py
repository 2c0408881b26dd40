"""Who may read the steering figures, and how the median delay is computed."""

from collections.abc import Sequence
from datetime import date, timedelta

from returns.result import Failure, Success

from application.statistics import ComputeStatistics, StatisticsCommand
from domain.errors import InvalidInput, NotAuthorized
from domain.outcome import Outcome
from domain.statistics import MonthlyCreances, MonthlyLogins, MonthlyOutcome, OfficeUse, StatisticsFilter, median
from domain.user import Role, User


class CannedQueries:
    """Answers fixed figures and remembers the filter it was asked with."""

    def __init__(self) -> None:
        self.asked: list[StatisticsFilter] = []

    def searches_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyOutcome]:
        self.asked.append(where)
        return [MonthlyOutcome(month="2026-11", outcome=Outcome.AMBIGUOUS, searches=1),
                MonthlyOutcome(month="2026-11", outcome=Outcome.UNKNOWN, searches=3)]

    def office_use(self, where: StatisticsFilter) -> Sequence[OfficeUse]:
        return []

    def logins_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyLogins]:
        return []

    def doubt_delays(self, where: StatisticsFilter) -> Sequence[timedelta]:
        return [timedelta(hours=5), timedelta(hours=1), timedelta(hours=2)]

    def pending_doubts(self, where: StatisticsFilter) -> int:
        return 4

    def creances_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyCreances]:
        return []

    def maison_codes(self, collectivite: str | None) -> Sequence[str]:
        return ["MDR01"]


def _user(role: Role, collectivite: str | None = "69") -> User:
    return User(id=role.value, email=f"{role.value}@x.fr", role=role, password_hash="x", collectivite=collectivite,
                crpcen="111" if role is Role.NOTARY else None)


def _run(actor: User, collectivite: str | None = None, end: date = date(2026, 11, 30)) -> tuple[object, CannedQueries]:
    queries = CannedQueries()
    result = ComputeStatistics(queries).execute(
        StatisticsCommand(actor=actor, start=date(2026, 11, 1), end=end, collectivite=collectivite))
    return result, queries


def test_a_notary_never_reads_statistics() -> None:
    result, queries = _run(_user(Role.NOTARY))
    assert isinstance(result, Failure) and isinstance(result.failure(), NotAuthorized)
    assert queries.asked == []


def test_an_agent_is_kept_to_their_own_collectivite() -> None:
    result, queries = _run(_user(Role.AGENT))
    assert isinstance(result, Success) and queries.asked[0].collectivite == "69"
    refused, _ = _run(_user(Role.AGENT), collectivite="69M")
    assert isinstance(refused, Failure) and isinstance(refused.failure(), NotAuthorized)


def test_an_administrator_of_every_collectivite_may_look_at_every_one() -> None:
    result, queries = _run(_user(Role.ADMIN, collectivite=None), collectivite=None)
    assert isinstance(result, Success) and queries.asked[0].collectivite is None
    one, queries = _run(_user(Role.ADMIN, collectivite=None), collectivite="69M")
    assert isinstance(one, Success) and queries.asked[0].collectivite == "69M"


def test_an_administrator_attached_to_one_collectivite_is_kept_to_it_as_an_agent_is() -> None:
    """A département and a métropole are separate controllers of their files (an audit found the Métropole's
    administrator reading the Département's figures)."""
    result, queries = _run(_user(Role.ADMIN, collectivite="69M"))
    assert isinstance(result, Success) and queries.asked[0].collectivite == "69M"
    refused, _ = _run(_user(Role.ADMIN, collectivite="69M"), collectivite="69")
    assert isinstance(refused, Failure) and isinstance(refused.failure(), NotAuthorized)


def test_a_period_ending_before_it_starts_is_refused_in_french() -> None:
    result, _ = _run(_user(Role.ADMIN), end=date(2026, 10, 1))
    assert isinstance(result, Failure) and isinstance(result.failure(), InvalidInput)
    assert "précède" in result.failure().message


def test_the_share_of_ambiguous_and_the_median_delay_come_with_the_figures() -> None:
    result, _ = _run(_user(Role.ADMIN))
    stats = result.unwrap()  # type: ignore[attr-defined]
    assert stats.ambiguous_share == 0.25
    assert (stats.doubts.resolved, stats.doubts.pending, stats.doubts.median_delay) == (3, 4, timedelta(hours=2))


def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    assert median([timedelta(hours=1), timedelta(hours=4)]) == timedelta(hours=2, minutes=30)
    assert median([]) is None
