"""Rate limits on searches and sign-ins, per office, per account and per IP address.

They are checked in each resolver, not per HTTP request: one request can carry many operations."""

from domain.abuse import RateLimited
from domain.rate import Rate
from application.ports.rate_limiter import RateLimiter

# An IP address may be shared by several offices (a notaries' network, a NAT): it gets more room.
IP_FACTOR = 3
LOGIN_RATE_PER_IP = Rate.parse("30/minute")


class Throttle:
    def __init__(self, limiter: RateLimiter, search_rate: Rate) -> None:
        self._limiter = limiter
        self._search_rate = search_rate

    def search(self, *, crpcen: str | None, user_id: str, ip: str | None) -> RateLimited | None:
        rate = self._search_rate
        buckets = [(f"search:account:{user_id}", rate), (f"search:ip:{ip}", rate.times(IP_FACTOR))]
        if crpcen:
            buckets.append((f"search:office:{crpcen}", rate))
        wait = self._limiter.acquire(buckets)
        return RateLimited(wait) if wait is not None else None

    def login(self, *, ip: str | None) -> RateLimited | None:
        wait = self._limiter.acquire([(f"login:ip:{ip}", LOGIN_RATE_PER_IP)])
        return RateLimited(wait, what="tentatives de connexion") if wait is not None else None
