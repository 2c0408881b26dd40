"""A small, known history of searches, doubts and logins, for statistics tests."""

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlmodel import Session

from domain.creance import Creance, CreanceStatus, Recovery
from domain.decision import Decision, DecisionKind, MatchEvidence
from domain.login import LoginAttempt
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.search import SearchRequest
from domain.user import Role, User
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import DecisionRow
from interfaces.bootstrap import Services
from tests.support.builders import identity, person

NOV = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
OCT = datetime(2026, 10, 20, 10, 0, tzinfo=UTC)


def _user(services: Services, email: str, role: Role, crpcen: str | None = None,
          collectivite: str | None = None) -> User:
    user = User(id=str(uuid.uuid4()), email=email, role=role, password_hash="x", crpcen=crpcen,
                collectivite=collectivite, created_at=NOV)
    with services.uow() as uow:
        uow.users.add(user)
        uow.commit()
    return user


def record_search(services: Services, clerk: User, at: datetime, *answers: tuple[str, Outcome, str | None]) -> list[str]:
    """Records one search with one automatic decision per (collectivité, outcome, iodas_id); returns their ids."""
    assert clerk.crpcen is not None
    with services.uow() as uow:
        request = SearchRequest(id=str(uuid.uuid4()), reference=uow.requests.next_reference(at.year),
                                identity=identity(), crpcen=clerk.crpcen, user_id=clerk.id, at=at)
        decisions = [Decision(id=str(uuid.uuid4()), request_id=request.id, collectivite=c, outcome=o, iodas_id=i,
                              evidence=MatchEvidence(reason="test"), decided_at=at) for c, o, i in answers]
        uow.requests.add(request, decisions)
        uow.commit()
    return [d.id for d in decisions]


def _correct(services: Services, original: Decision, after: timedelta, iodas_id: str | None, agent: User) -> Decision:
    """An agent's corrected decision, written as a row: the correcting use case belongs to the doubts queue."""
    outcome = Outcome.RECOVERABLE_AID if iodas_id else Outcome.UNKNOWN
    corrected = replace(original, id=str(uuid.uuid4()), outcome=outcome, iodas_id=iodas_id,
                        decided_at=original.decided_at + after, kind=DecisionKind.CORRECTED, decided_by=agent.id,
                        comment="vérifié", supersedes=original.id)
    with Session(services.engine) as session:
        session.add(mappers.decision_row(corrected))
        session.commit()
    return corrected


def _decision(services: Services, decision_id: str) -> Decision:
    with Session(services.engine) as session:
        row = session.get(DecisionRow, decision_id)
        assert row is not None
        return mappers.decision(row)


def load_history(services: Services) -> None:
    """Offices: 111 (69 and 69M) searches 5 times, 222 (69) once, 333 (69) never.
    Searches: October 1 UNKNOWN; November 1 RECOVERABLE_AID (maison MDR01), 3 AMBIGUOUS (two resolved in
    2 h and 4 h, one pending), 1 search answered UNKNOWN for 69 and POSSIBLE_UNDUE_PAYMENT for 69M.
    Logins in November: 3 successes, 2 failures (one for an unknown e-mail).
    Créances opened in November: A1 (MDR01) claims 12 000 € and recovered 8 000,50 €; B2 (MDR02) claims 3 500 €."""
    with services.uow() as uow:
        for crpcen, codes in (("111", {"69", "69M"}), ("222", {"69"}), ("333", {"69"})):
            uow.offices.save(NotarialOffice(crpcen=crpcen, name=f"Étude {crpcen}", email=f"etude{crpcen}@notaires.fr",
                                            collectivites=frozenset(codes)))
        uow.beneficiaries.upsert("69", [person(iodas_id="A1", maison_code="MDR01"),
                                        person(iodas_id="B2", usage_name="BERNARD", maison_code="MDR02")])
        uow.commit()
    clerk1, clerk2 = (_user(services, f"clerc{n}@notaires.fr", Role.NOTARY, crpcen=n) for n in ("111", "222"))
    agent = _user(services, "agent@rhone.fr", Role.AGENT, collectivite="69")
    record_search(services, clerk2, OCT, ("69", Outcome.UNKNOWN, None))
    known = record_search(services, clerk1, NOV, ("69", Outcome.RECOVERABLE_AID, "A1"), ("69M", Outcome.UNKNOWN, None))[0]
    doubts = [record_search(services, clerk1, NOV + timedelta(days=n), ("69", Outcome.AMBIGUOUS, None))[0] for n in (1, 2, 3)]
    record_search(services, clerk1, NOV + timedelta(days=4), ("69", Outcome.UNKNOWN, None),
            ("69M", Outcome.POSSIBLE_UNDUE_PAYMENT, None))
    found = _correct(services, _decision(services, doubts[0]), timedelta(hours=2), "B2", agent)
    _correct(services, _decision(services, doubts[1]), timedelta(hours=4), None, agent)
    with services.uow() as uow:
        for user, ok in ((clerk1, True), (clerk1, True), (agent, True), (clerk2, False)):
            uow.logins.record(LoginAttempt(email=user.email, user_id=user.id, success=ok, at=NOV))
        uow.logins.record(LoginAttempt(email="inconnu@example.org", success=False, at=NOV))
        uow.commit()
    _open_creance(services, _decision(services, known), agent, Decimal("12000"), Decimal("8000.50"))
    _open_creance(services, found, agent, Decimal("3500"), None)


def _instalments(recovered: Decimal | None) -> tuple[Recovery, ...]:
    """Two instalments: the statistics count their sum."""
    if recovered is None:
        return ()
    first = Decimal("5000")
    return (Recovery(on=date(2026, 11, 20), amount=first), Recovery(on=date(2026, 11, 25), amount=recovered - first))


def _open_creance(services: Services, decision: Decision, agent: User, claimed: Decimal,
                  recovered: Decimal | None) -> None:
    status = CreanceStatus.RECOVERED_IN_PART if recovered else CreanceStatus.TO_EXAMINE
    with services.uow() as uow:
        uow.creances.add(Creance(
            id=str(uuid.uuid4()), decision_id=decision.id, request_id=decision.request_id,
            collectivite=decision.collectivite, iodas_id=decision.iodas_id, recourse=RecourseType.ESTATE,
            claimed=(ClaimedAid(aid_code="ASH", amount_paid=claimed),), net_estate=Decimal("90000"),
            funeral_costs=Decimal("0"), amount_claimed=claimed, opened_at=NOV + timedelta(days=9), opened_by=agent.id,
            status=status, recoveries=_instalments(recovered)))
        uow.commit()
