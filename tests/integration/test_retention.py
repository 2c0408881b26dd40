"""Retention: a clock moves forward, and what has outlived its purpose is anonymised; the rest is kept."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from returns.result import Success

from application.login import LoginCommand
from application.search_deceased import SearchDeceasedCommand
from application.statistics import StatisticsCommand
from application.testing.fakes import FakeClock
from domain.creance import Creance, CreanceStatus
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
        if closed_on:
            uow.creances.save(replace(creance, status=CreanceStatus.WAIVED, closed_on=closed_on, note="accord"))
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

    clock.current = datetime(2031, 2, 11, tzinfo=UTC)
    services.apply_retention.execute()
    assert _anonymised(services, *everything) == [False, True, True, True, True]
    assert _searches_counted(services) == counted
    with services.uow() as uow:
        runs = [e for e in uow.audit.recent(100) if e.action == "retention.applied"]
    assert len(runs) == 4


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
