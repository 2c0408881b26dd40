"""Retention: a clock moves forward, and what has outlived its purpose is anonymised; the rest is kept."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from returns.result import Success

from application.export_deaths import ExportDeathsCommand
from application.login import LoginCommand
from application.search_deceased import SearchDeceasedCommand
from application.statistics import StatisticsCommand
from application.testing.fakes import FakeClock
from domain.audit import AuditEntry
from domain.creance import Creance, CreanceStatus
from domain.decision import DecisionKind


from domain.decompte import StoredDecompte
from domain.recovery import ClaimedAid, RecourseType
from domain.retention import ANONYMISED, RetentionPolicy
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.builders import form
from tests.support.world import ADMIN, NOTARY_A, NOTARY_B, PASSWORD, populate

START = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(database_url: str) -> Iterator[tuple[Services, FakeClock]]:
    clock = FakeClock(START)
    settings = Settings(database_url=database_url, collectivites=parse_collectivites(TEST_COLLECTIVITES),
                        retention={"69M": RetentionPolicy(no_match_months=6)})
    services = bootstrap(settings, hasher=fast_hasher(), clock=clock)
    populate(services)
    yield services, clock
    services.engine.dispose()


def _search(services: Services, email: str, **identity: object) -> str:
    with services.uow() as uow:
        user = uow.users.by_email(email)
    assert user is not None
    answer = services.search.execute(SearchDeceasedCommand(user_id=user.id, form=form(**identity)))
    assert isinstance(answer, Success)
    request_id: str = answer.unwrap().request.id
    return request_id


def _open_creance(services: Services, request_id: str, closed_on: date | None = None) -> None:
    with services.uow() as uow:
        [decision] = [d for d in uow.requests.decisions_for(request_id) if d.collectivite == "69"]
        admin = uow.users.by_email(ADMIN)
        assert admin is not None
        creance = Creance(id=f"c-{request_id[:8]}", decision_id=decision.id, request_id=request_id, collectivite="69",
                          iodas_id=decision.iodas_id, recourse=RecourseType.ESTATE,
                          claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal("1000.00")),),
                          net_estate=Decimal("50000.00"), funeral_costs=Decimal("0.00"),
                          amount_claimed=Decimal("1000.00"), opened_at=START, opened_by=admin.id)
        uow.creances.add(creance)
        if closed_on:  # notified, its décompte sent, then waived
            uow.creances.save(replace(creance, status=CreanceStatus.WAIVED, closed_on=closed_on, note="accord"))
            uow.decomptes.add(StoredDecompte(creance_id=creance.id, request_id=request_id, collectivite="69",
                                             filename="decompte.pdf", pdf=b"%PDF", created_at=START))
        uow.commit()


def _anonymised(services: Services, *request_ids: str) -> list[bool]:
    with services.uow() as uow:
        found = [uow.requests.get(i) for i in request_ids]
    return [r is not None and r.identity.last_name == ANONYMISED for r in found]


def _searches_counted(services: Services) -> int:
    with services.uow() as uow:
        admin = uow.users.by_email(ADMIN)
    assert admin is not None
    stats = services.statistics.execute(StatisticsCommand(actor=admin, start=date(2026, 1, 1), end=date(2026, 12, 31)))
    return stats.unwrap().total_searches


def test_no_match_searches_go_after_3_months_answers_after_5_years_and_open_creances_stay(
    world: tuple[Services, FakeClock],
) -> None:
    services, clock = world
    services.login.execute(LoginCommand(email=NOTARY_A, password=PASSWORD))
    with_open_creance = _search(services, NOTARY_A)  # Rhône: recoverable aid
    _open_creance(services, with_open_creance)
    nobody_a = _search(services, NOTARY_A, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    answered_69m = _search(services, NOTARY_B, last_name="Bernard", birth_name=None, first_names="Paul",
                           birth_date=date(1938, 6, 1))
    nobody_b = _search(services, NOTARY_B, last_name="Personne", birth_name=None, birth_date=date(1951, 2, 2))
    closed = _search(services, NOTARY_B)
    _open_creance(services, closed, closed_on=date(2026, 2, 10))
    everything = (with_open_creance, nobody_a, answered_69m, nobody_b, closed)
    counted = _searches_counted(services)

    clock.advance(timedelta(days=92))
    report = services.apply_retention.execute()
    assert (report.examined, report.anonymised) == (5, 1)
    # Office B's no-match search was also answered by the Métropole, which keeps them 6 months.
    assert _anonymised(services, *everything) == [False, True, False, False, False]
    with services.uow() as uow:
        gone = uow.requests.get(nobody_a)
        evidence = [d.evidence for d in uow.requests.decisions_for(nobody_a)]
    assert gone is not None and (gone.identity.first_names, gone.identity.death_place) == ("", "")
    assert gone.identity.birth_date == date(1950, 1, 1) and gone.crpcen == "69001" and gone.at == START
    assert all(e.candidates == () for e in evidence)
    assert _searches_counted(services) == counted, "statistics stay computable on anonymised data"

    clock.advance(timedelta(days=92))
    services.apply_retention.execute()
    assert _anonymised(services, *everything) == [False, True, False, True, False]

    clock.current = START + timedelta(days=5 * 365 + 2)
    report = services.apply_retention.execute()
    assert _anonymised(services, *everything) == [False, True, True, True, False]
    assert report.login_attempts_purged == 1  # the sign-in of the first day, older than 12 months

    with services.uow() as uow:
        assert uow.decomptes.get(f"c-{closed[:8]}") is not None
    clock.current = datetime(2031, 2, 11, tzinfo=UTC)
    services.apply_retention.execute()
    assert _anonymised(services, *everything) == [False, True, True, True, True]
    with services.uow() as uow:
        assert uow.decomptes.get(f"c-{closed[:8]}") is None, "the décompte names the deceased: it goes too"
    assert _searches_counted(services) == counted
    with services.uow() as uow:
        runs = [e for e in uow.audit.recent(100) if e.action == "retention.applied"]
    assert len(runs) == 4


def test_the_audit_trail_forgets_the_person_with_the_request_and_the_sign_ins_after_12_months(
    world: tuple[Services, FakeClock],
) -> None:
    services, clock = world
    services.login.execute(LoginCommand(email=NOTARY_A, password=PASSWORD, ip="203.0.113.7"))
    services.login.execute(LoginCommand(email="inconnu@example.org", password="x", ip="203.0.113.8"))
    nobody = _search(services, NOTARY_A, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    kept = _search(services, NOTARY_A)  # recoverable aid: kept 5 years
    with services.uow() as uow:
        decisions = {r: uow.requests.decisions_for(r)[0].id for r in (nobody, kept)}
        for request_id, decision_id in decisions.items():
            uow.audit.record(AuditEntry(at=clock.now(), actor_id=None, action="decision.corrected",
                                        target=decision_id, ip="198.51.100.1",
                                        details={"outcome": "UNKNOWN", "iodas_id": "100003",
                                                 "comment": "Mme X, démence (confidentiel)"}))
        uow.commit()

    def corrections() -> dict[str, dict[str, str]]:
        with services.uow() as uow:
            return {e.target or "": dict(e.details) for e in uow.audit.recent(100, action_prefix="decision.")}

    clock.advance(timedelta(days=92))
    services.apply_retention.execute()
    assert corrections() == {decisions[nobody]: {"outcome": "UNKNOWN"},
                             decisions[kept]: {"outcome": "UNKNOWN", "iodas_id": "100003",
                                               "comment": "Mme X, démence (confidentiel)"}}
    with services.uow() as uow:
        assert {e.action for e in uow.audit.recent(100, action_prefix="login.")} == {"login.succeeded",
                                                                                   "login.failed"}

    clock.current = START + timedelta(days=366)
    report = services.apply_retention.execute()
    assert report.audit_traces_purged == 2 and "2 connexions effacées du journal d'audit" in report.summary()
    with services.uow() as uow:
        left = uow.audit.recent(100)
    assert not [e for e in left if e.action.startswith("login.")]
    assert {e.ip for e in left if e.at < clock.now() - timedelta(days=365)} == {None}
    assert len(corrections()) == 2, "who decided what stays in the trail"


def test_an_answer_naming_several_files_of_one_person_forgets_every_one_of_them(
    world: tuple[Services, FakeClock],
) -> None:
    """An agent named two IODAS files of one person entered twice; a créance was opened on them and closed."""
    services, clock = world
    request_id = _search(services, NOTARY_A)
    with services.uow() as uow:
        [answer] = uow.requests.decisions_for(request_id)
        corrected = replace(answer, id="corrected-copies", kind=DecisionKind.CORRECTED, supersedes=answer.id,
                            other_iodas_ids=("9002",))
        assert uow.doubts.settle(corrected)
        admin = uow.users.by_email(ADMIN)
        assert admin is not None
        assert uow.creances.add(Creance(
            id="c-copies", decision_id=corrected.id, request_id=request_id, collectivite="69", iodas_id="9001",
            other_iodas_ids=("9002",), recourse=RecourseType.ESTATE,
            claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal("1000.00")),), net_estate=Decimal("50000.00"),
            funeral_costs=Decimal("0.00"), amount_claimed=Decimal("1000.00"), opened_at=START, opened_by=admin.id,
            status=CreanceStatus.WAIVED, closed_on=date(2026, 2, 10), note="accord"))
        uow.commit()
    with services.uow() as uow:
        assert [d.iodas_ids for d in uow.requests.decisions_for(request_id)] == [("9001",), ("9001", "9002")]

    clock.current = datetime(2031, 2, 11, tzinfo=UTC)
    services.apply_retention.execute()
    with services.uow() as uow:
        decisions = uow.requests.decisions_for(request_id)
        creance = uow.creances.get("c-copies")
    assert [(d.iodas_id, d.other_iodas_ids) for d in decisions] == [(None, ()), (None, ())]
    assert creance is not None and (creance.iodas_id, creance.other_iodas_ids) == (None, ())


def test_a_death_reported_to_iodas_is_anonymised_with_its_request_and_one_not_reported_is_no_longer_pending(
    world: tuple[Services, FakeClock],
) -> None:
    services, clock = world
    _search(services, NOTARY_A)  # Rhône: recoverable aid
    _search(services, NOTARY_B, last_name="Bernard", birth_name=None, first_names="Paul", birth_date=date(1938, 6, 1))
    exported = services.export_deaths.execute(ExportDeathsCommand(collectivite="69", collectivites=("69",))).unwrap()
    assert [r.usage_name for r in exported.reports] == ["MARTIN"]
    clock.current = START + timedelta(days=5 * 365 + 2)
    services.apply_retention.execute()
    with services.uow() as uow:
        kept = uow.deaths.get(exported.id)
        pending = uow.deaths.pending(["69", "69M"])
    assert kept is not None and kept.size == 1 and pending == []
    [line] = kept.reports
    assert (line.iodas_id, line.usage_name, line.birth_name, line.first_names, line.death_place) == (
        "", ANONYMISED, None, "", "")
    assert (line.birth_date, line.death_date) == (date(1931, 1, 1), date(2024, 1, 1))
    assert line.reference == exported.reports[0].reference, "the batch still tells which request it reported"


def test_an_address_whose_sign_in_traces_are_gone_is_forgotten_too(world: tuple[Services, FakeClock]) -> None:
    services, clock = world
    services.login.execute(LoginCommand(email="inconnu@etude.example", password="pas le bon"))
    clock.advance(timedelta(days=200))
    services.login.execute(LoginCommand(email=NOTARY_A, password=PASSWORD))
    clock.advance(timedelta(days=200))
    assert services.apply_retention.execute().login_attempts_purged == 1
    with services.engine.connect() as connection:
        kept = connection.execute(text("SELECT email FROM login_guard")).scalars().all()
    assert kept == [NOTARY_A]
