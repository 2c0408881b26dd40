"""Notifying a créance on the real databases (SQLite and PostgreSQL): all or nothing, and one décompte only."""

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from returns.result import Failure, Result, Success

from application.letters.decompte import CreanceLetters
from application.notify_creance import DecompteSent, NotifyCreance, NotifyCreanceCommand
from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeClock
from application.testing.letters import FakeLetterRenderer
from domain.creance import Creance, CreanceNotFound, CreanceStatus
from domain.decision import DecisionKind
from domain.decompte import StoredDecompte
from domain.errors import InvalidInput
from domain.letters import LetterContent, LetterKind
from domain.office import NotarialOffice
from domain.outbox import MessageKind
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.search import SearchRequest
from domain.user import Role, User
from interfaces.bootstrap import Services
from tests.conftest import make_services
from tests.support.builders import person
from tests.support.doubts import ambiguous_request
from tests.support.payment import paying_letterheads

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
COMMAND = NotifyCreanceCommand(creance_id="creance-1", agent_id="agent", collectivites=("69",))


class TwoClicks(FakeLetterRenderer):
    """Both clicks render their décompte before either is stored: each read the case still to examine."""

    def __init__(self) -> None:
        super().__init__()
        self.both_rendering = threading.Barrier(2, timeout=30)

    def render(self, letter: LetterContent) -> bytes:
        if letter.kind is LetterKind.DECOMPTE:
            self.both_rendering.wait()
        return super().render(letter)


class Crash(Exception):
    pass


class CrashAfterQueueing:
    """The letter archived and its mail queued, then the process fails before the case is saved."""

    def __init__(self, letters: CreanceLetters) -> None:
        self._letters = letters

    def enqueue_decompte(self, uow: UnitOfWork, creance: Creance, request: SearchRequest, office: NotarialOffice,
                         on: date) -> Result[StoredDecompte, InvalidInput]:
        assert isinstance(self._letters.enqueue_decompte(uow, creance, request, office, on), Success)
        raise Crash("panne")


@pytest.fixture
def services(database_url: str, tmp_path: Path) -> Iterator[Services]:
    services = make_services(database_url, paying_letterheads(tmp_path), clock=FakeClock(NOW),
                             renderer=FakeLetterRenderer())
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        uow.users.add(User(id="agent", email="agent@cd69.example", role=Role.AGENT, password_hash="x",
                           collectivite="69"))
        uow.beneficiaries.upsert("69", [person(iodas_id="1")])
        doubt = ambiguous_request(uow, NOW - timedelta(days=40))
        settled = replace(doubt, id="settled", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                          iodas_id="1", supersedes=doubt.id, decided_at=NOW - timedelta(days=39))
        uow.doubts.settle(settled)
        uow.creances.add(Creance(
            id="creance-1", decision_id=settled.id, request_id=settled.request_id, collectivite="69", iodas_id="1",
            recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("1234.56")),),
            net_estate=D("50000.00"), funeral_costs=D("0.00"), amount_claimed=D("1234.56"),
            opened_at=NOW - timedelta(days=30), opened_by="agent"))
        uow.commit()
    yield services
    services.engine.dispose()


def _untouched(services: Services) -> None:
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
        assert case is not None and case.status is CreanceStatus.TO_EXAMINE
        assert uow.decomptes.get("creance-1") is None
        assert [m for m in uow.outbox.for_request(case.request_id) if m.kind is MessageKind.DECOMPTE] == []
        assert uow.audit.recent(10, action_prefix="creance.") == []


def test_a_failure_after_the_letter_was_queued_leaves_nothing_half_written(services: Services) -> None:
    crashing = NotifyCreance(services.uow, services.clock, CrashAfterQueueing(services.decompte_letters),
                             services.profiles)
    with pytest.raises(Crash):
        crashing.execute(COMMAND)
    _untouched(services)


def test_an_office_without_an_address_leaves_the_case_to_examine(services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="", collectivites=frozenset({"69"})))
        uow.commit()
    result = NotifyCreance(services.uow, services.clock, services.decompte_letters, services.profiles).execute(COMMAND)
    assert isinstance(result, Failure) and "n'a pas d'adresse électronique générique" in result.failure().message
    _untouched(services)


def test_two_clicks_at_once_send_one_decompte(services: Services) -> None:
    letters = CreanceLetters(TwoClicks(), services.profiles, services.clock)
    notify = NotifyCreance(services.uow, services.clock, letters, services.profiles)
    results: list[Result[DecompteSent, CreanceNotFound | InvalidInput]] = []
    clicks = [threading.Thread(target=lambda: results.append(notify.execute(COMMAND))) for _ in range(2)]
    for click in clicks:
        click.start()
    for click in clicks:
        click.join(timeout=60)
    assert sorted(isinstance(r, Success) for r in results) == [False, True]
    [refused] = [r for r in results if isinstance(r, Failure)]
    assert refused.failure() == InvalidInput("Le décompte de cette créance a déjà été envoyé au notaire.")
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
        assert case is not None and case.status is CreanceStatus.NOTIFIED
        assert len([m for m in uow.outbox.for_request(case.request_id) if m.kind is MessageKind.DECOMPTE]) == 1
        assert [e.action for e in uow.audit.recent(10, action_prefix="creance.")] == ["creance.notified"]
