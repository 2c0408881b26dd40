"""A créance moves from examination to notification, then recovery in full or in part, or is waived."""

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from returns.result import Failure, Success

from domain.creance import Creance, CreanceStatus, notify, record_recovery, waive
from domain.recovery import ClaimedAid, RecourseType

TODAY = date(2026, 11, 26)
OPENED = Creance(id="c1", decision_id="d1", request_id="r1", collectivite="69", iodas_id="1",
                 recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("20000")),),
                 net_estate=D("50000"), funeral_costs=D("0"), amount_claimed=D("20000.00"),
                 opened_at=datetime(2026, 10, 1, 9, tzinfo=UTC), opened_by="agent")
NOTIFIED = replace(OPENED, status=CreanceStatus.NOTIFIED, notified_on=date(2026, 10, 15))


def test_a_case_to_examine_is_notified_to_the_notary() -> None:
    notified = notify(OPENED, date(2026, 10, 15), TODAY).unwrap()
    assert (notified.status, notified.notified_on) == (CreanceStatus.NOTIFIED, date(2026, 10, 15))


@pytest.mark.parametrize(("amount", "status"), [
    (D("20000"), CreanceStatus.RECOVERED_IN_FULL),
    (D("12500.50"), CreanceStatus.RECOVERED_IN_PART),
])
def test_a_recovery_closes_the_case_in_full_or_in_part(amount: D, status: CreanceStatus) -> None:
    closed = record_recovery(NOTIFIED, amount, date(2026, 11, 20), TODAY).unwrap()
    assert (closed.status, closed.amount_recovered, closed.closed_on) == (status, amount, date(2026, 11, 20))
    assert not closed.is_open


@pytest.mark.parametrize(("creance", "amount", "on", "message"), [
    (OPENED, D("100"), date(2026, 11, 20), "Notifiez d'abord"),
    (NOTIFIED, D("0"), date(2026, 11, 20), "positif"),
    (NOTIFIED, D("20000.01"), date(2026, 11, 20), "dépasser le montant réclamé"),
    (NOTIFIED, D("100"), date(2026, 10, 10), "précéder la notification"),
    (NOTIFIED, D("100"), date(2026, 12, 1), "futur"),
])
def test_a_recovery_that_breaks_a_rule_is_refused(creance: Creance, amount: D, on: date, message: str) -> None:
    result = record_recovery(creance, amount, on, TODAY)
    assert isinstance(result, Failure) and message in result.failure().message


@pytest.mark.parametrize(("creance", "on", "message"), [
    (NOTIFIED, date(2026, 10, 20), "Seule une créance à examiner"),
    (OPENED, date(2026, 9, 1), "précéder l'ouverture"),
    (OPENED, date(2027, 1, 1), "futur"),
])
def test_a_notification_that_breaks_a_rule_is_refused(creance: Creance, on: date, message: str) -> None:
    result = notify(creance, on, TODAY)
    assert isinstance(result, Failure) and message in result.failure().message


@pytest.mark.parametrize("creance", [OPENED, NOTIFIED])
def test_an_open_case_can_be_waived_with_a_reason(creance: Creance) -> None:
    waived = waive(creance, " Succession  déficitaire ", date(2026, 11, 1), TODAY)
    assert isinstance(waived, Success)
    assert (waived.unwrap().status, waived.unwrap().note, waived.unwrap().amount_recovered) == (
        CreanceStatus.WAIVED, "Succession déficitaire", D("0"))


def test_waiving_needs_a_reason_and_an_open_case() -> None:
    assert "motif" in waive(OPENED, "  ", TODAY, TODAY).failure().message
    closed = record_recovery(NOTIFIED, D("20000"), TODAY, TODAY).unwrap()
    assert "déjà close" in waive(closed, "trop tard", TODAY, TODAY).failure().message
