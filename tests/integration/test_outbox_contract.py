"""The same outbox behaviour from the in-memory fake and the SQL adapter, on SQLite and PostgreSQL."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest

from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from application.testing.fakes import FakeUnitOfWork
from domain.maison import Maison
from domain.office import NotarialOffice
from domain.outbox import MessageKind, MessageStatus, OutboxMessage
from domain.search import SearchRequest
from domain.user import Role, User
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.builders import identity

T = TypeVar("T")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


class Store:
    def __init__(self, factory: UnitOfWorkFactory) -> None:
        self._factory = factory

    def __call__(self, work: Callable[[UnitOfWork], T]) -> T:
        with self._factory() as uow:
            result = work(uow)
            uow.commit()
        return result


@pytest.fixture(params=["fake", *BACKENDS])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "fake":
        factory: UnitOfWorkFactory = FakeUnitOfWork()
        engine = None
    else:
        services = make_services(provision_database(request.param, request))
        factory, engine = services.uow, services.engine
    store = Store(factory)

    def seed(uow: UnitOfWork) -> None:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@x.fr", collectivites=frozenset({"69"})))
        uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash="", crpcen="69001"))
        uow.requests.add(SearchRequest(id="r1", reference="2026-000001", identity=identity(), crpcen="69001",
                                       user_id="u1", at=NOW), [])

    store(seed)
    yield store
    if engine is not None:
        engine.dispose()


def message(n: int, due: datetime = NOW) -> OutboxMessage:
    return OutboxMessage(id=f"m{n}", message_id=f"<m{n}@x.example>", kind=MessageKind.LETTER, request_id="r1",
                         decision_id=None, sender="s@x.example", recipients=("a@x.example", "b@x.example"),
                         subject="Objet é", body="Corps", attach_letter=False,
                         created_at=NOW + timedelta(seconds=n), next_attempt_at=due)


def test_a_claimed_message_is_not_claimed_again_until_its_lease_expires(store: Store) -> None:
    for n in range(3):
        store(lambda uow: uow.outbox.add(message(n)))
    first = store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 2))
    assert [m.id for m in first] == ["m0", "m1"] and first[0].recipients == ("a@x.example", "b@x.example")
    second = store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "B", 10))
    assert [m.id for m in second] == ["m2"]
    assert store(lambda uow: uow.outbox.claim_due(NOW + LEASE / 2, NOW + LEASE, "C", 10)) == []
    later = NOW + LEASE + timedelta(seconds=1)  # A crashed: its claims expire
    assert {m.id for m in store(lambda uow: uow.outbox.claim_due(later, later + LEASE, "D", 10))} == {"m0", "m1", "m2"}


def test_only_the_claim_holder_settles_a_message(store: Store) -> None:
    store(lambda uow: uow.outbox.add(message(0)))
    store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 10))
    assert store(lambda uow: uow.outbox.mark_sent("m0", "B", NOW)) is False
    assert store(lambda uow: uow.outbox.mark_sent("m0", "A", NOW)) is True
    assert store(lambda uow: uow.outbox.mark_sent("m0", "A", NOW)) is False
    [sent] = store(lambda uow: uow.outbox.for_request("r1"))
    assert (sent.status, sent.attempts, sent.sent_at) == (MessageStatus.SENT, 1, NOW)
    assert store(lambda uow: uow.outbox.claim_due(NOW + 2 * LEASE, NOW + 3 * LEASE, "C", 10)) == []


def test_a_rescheduled_message_waits_and_keeps_its_reason(store: Store) -> None:
    store(lambda uow: uow.outbox.add(message(0)))
    store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 10))
    later = NOW + timedelta(seconds=4)
    assert store(lambda uow: uow.outbox.reschedule("m0", "A", "connexion refusée", later)) is True
    assert store(lambda uow: uow.outbox.claim_due(NOW + timedelta(seconds=3), NOW + LEASE, "B", 10)) == []
    [again] = store(lambda uow: uow.outbox.claim_due(later, later + LEASE, "B", 10))
    assert (again.attempts, again.last_error, again.status) == (1, "connexion refusée", MessageStatus.PENDING)
    assert store(lambda uow: uow.outbox.mark_failed("m0", "B", "550 refusé")) is True
    assert store(lambda uow: uow.outbox.counts()) == {MessageStatus.PENDING: 0, MessageStatus.SENT: 0,
                                                      MessageStatus.FAILED: 1}


def test_an_operator_sees_failed_and_retrying_messages_with_their_reason(store: Store) -> None:
    for n in range(3):
        store(lambda uow: uow.outbox.add(message(n)))
    store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 10))
    store(lambda uow: uow.outbox.mark_failed("m0", "A", "550 boîte inconnue"))
    store(lambda uow: uow.outbox.reschedule("m1", "A", "connexion refusée", NOW + timedelta(seconds=1)))
    store(lambda uow: uow.outbox.mark_sent("m2", "A", NOW))
    troubled = store(lambda uow: uow.outbox.troubled(10))
    assert [(m.id, m.last_error) for m in troubled] == [("m1", "connexion refusée"), ("m0", "550 boîte inconnue")]


def test_the_earliest_pending_message_tells_when_the_next_try_is_due(store: Store) -> None:
    assert store(lambda uow: uow.outbox.next_attempt()) is None
    for n, due in enumerate((NOW + timedelta(seconds=30), NOW + timedelta(seconds=5), NOW)):
        store(lambda uow: uow.outbox.add(message(n, due=due)))
    store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 10))
    store(lambda uow: uow.outbox.mark_sent("m2", "A", NOW))
    assert store(lambda uow: uow.outbox.next_attempt()) == NOW + timedelta(seconds=5)


def test_a_message_not_yet_due_is_left_alone(store: Store) -> None:
    store(lambda uow: uow.outbox.add(message(0, due=NOW + timedelta(seconds=30))))
    assert store(lambda uow: uow.outbox.claim_due(NOW, NOW + LEASE, "A", 10)) == []


def test_maisons_are_created_then_updated(store: Store) -> None:
    maison = Maison(collectivite="69", code="MDR-1", name="MDR Un", email="un@x.example", address="1 rue")
    assert store(lambda uow: uow.maisons.save(maison)) is True
    assert store(lambda uow: uow.maisons.save(Maison(collectivite="69", code="MDR-1", name="MDR 1",
                                                     email="un@x.example"))) is False
    assert [m.name for m in store(lambda uow: uow.maisons.all("69"))] == ["MDR 1"]
    assert store(lambda uow: uow.maisons.get("69", "MDR-2")) is None
