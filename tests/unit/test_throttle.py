from datetime import timedelta

from application.testing.fakes import FakeClock
from application.throttle import Throttle
from domain.abuse import RateLimited
from domain.rate import Rate
from infrastructure.rate_limiter import InMemoryRateLimiter


def _throttle(rate: str = "3/minute") -> tuple[FakeClock, Throttle]:
    clock = FakeClock()
    return clock, Throttle(InMemoryRateLimiter(clock), Rate.parse(rate))


def test_the_search_after_the_limit_is_refused_until_the_oldest_leaves_the_window() -> None:
    clock, throttle = _throttle()
    for _ in range(3):
        assert throttle.search(crpcen="69001", user_id="u1", ip="1.1.1.1") is None
        clock.advance(timedelta(seconds=10))
    refused = throttle.search(crpcen="69001", user_id="u1", ip="1.1.1.1")
    assert refused == RateLimited(timedelta(seconds=30))
    assert "réessayez dans 30 secondes" in refused.message
    clock.advance(timedelta(seconds=30))
    assert throttle.search(crpcen="69001", user_id="u1", ip="1.1.1.1") is None


def test_the_limit_is_per_office_whatever_the_account() -> None:
    _, throttle = _throttle()
    for n in range(3):
        assert throttle.search(crpcen="69001", user_id=f"u{n}", ip=f"1.1.1.{n}") is None
    assert throttle.search(crpcen="69001", user_id="u9", ip="1.1.1.9") is not None
    assert throttle.search(crpcen="69002", user_id="u9", ip="1.1.1.9") is None


def test_one_address_gets_three_times_the_room_of_an_office() -> None:
    _, throttle = _throttle()
    allowed = [throttle.search(crpcen=f"off{n}", user_id=f"u{n}", ip="9.9.9.9") is None for n in range(10)]
    assert allowed == [True] * 9 + [False]


def test_rates_are_read_from_settings_text() -> None:
    assert Rate.parse("30/minute") == Rate(30, timedelta(minutes=1))
    assert str(Rate.parse("100/hours")) == "100/hour"
