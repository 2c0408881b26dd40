"""A créance moves from examination to notification, then is recovered in instalments, or what remains is waived."""

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from returns.result import Failure, Success

from domain.aid import default_aid_referential
from domain.creance import CaseFacts, Creance, CreanceStatus, Recovery, notify, record_recovery, revise, waive
from domain.recovery import AidRecoveryRule, ClaimedAid, RecourseType, RecoveryBasis, default_recovery_rules

TODAY = date(2026, 11, 26)
OPENED = Creance(id="c1", decision_id="d1", request_id="r1", collectivite="69", iodas_id="1",
                 recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("20000")),),
                 net_estate=D("50000"), funeral_costs=D("0"), amount_claimed=D("20000.00"),
                 opened_at=datetime(2026, 10, 1, 9, tzinfo=UTC), opened_by="agent")
NOTIFIED = replace(OPENED, status=CreanceStatus.NOTIFIED, notified_on=date(2026, 10, 15))
RULES = default_recovery_rules(default_aid_referential())


def test_a_case_to_examine_is_notified_to_the_notary() -> None:
    notified = notify(OPENED, date(2026, 10, 15), TODAY, RULES).unwrap()
    assert (notified.status, notified.notified_on) == (CreanceStatus.NOTIFIED, date(2026, 10, 15))


def test_the_whole_amount_at_once_closes_the_case_recovered_in_full() -> None:
    closed = record_recovery(NOTIFIED, D("20000"), date(2026, 11, 20), TODAY).unwrap()
    assert (closed.status, closed.amount_recovered, closed.closed_on) == (
        CreanceStatus.RECOVERED_IN_FULL, D("20000.00"), date(2026, 11, 20))
    assert not closed.is_open and closed.amount_due == D("0")


def test_instalments_keep_the_case_open_until_their_sum_reaches_the_amount_claimed() -> None:
    first = record_recovery(NOTIFIED, D("12500.50"), date(2026, 11, 2), TODAY).unwrap()
    assert (first.status, first.amount_recovered, first.amount_due, first.closed_on) == (
        CreanceStatus.RECOVERED_IN_PART, D("12500.50"), D("7499.50"), None)
    assert first.is_open
    second = record_recovery(first, D("2500"), date(2026, 11, 10), TODAY).unwrap()
    assert (second.status, second.amount_recovered, second.amount_due) == (
        CreanceStatus.RECOVERED_IN_PART, D("15000.50"), D("4999.50"))
    last = record_recovery(second, D("4999.50"), date(2026, 11, 20), TODAY).unwrap()
    assert (last.status, last.amount_recovered, last.closed_on) == (
        CreanceStatus.RECOVERED_IN_FULL, D("20000.00"), date(2026, 11, 20))
    assert last.recoveries == (Recovery(on=date(2026, 11, 2), amount=D("12500.50")),
                               Recovery(on=date(2026, 11, 10), amount=D("2500.00")),
                               Recovery(on=date(2026, 11, 20), amount=D("4999.50")))


def test_an_instalment_above_what_remains_due_is_refused_with_the_balance() -> None:
    partly = record_recovery(NOTIFIED, D("15000"), date(2026, 11, 2), TODAY).unwrap()
    result = record_recovery(partly, D("5000.01"), date(2026, 11, 3), TODAY)
    assert isinstance(result, Failure)
    assert result.failure().message == "Le montant recouvré ne peut pas dépasser le reste dû (5\u202f000,00\u00a0€)."


def test_nothing_more_is_recovered_on_a_closed_case() -> None:
    closed = record_recovery(NOTIFIED, D("20000"), date(2026, 11, 20), TODAY).unwrap()
    assert "close" in record_recovery(closed, D("1"), TODAY, TODAY).failure().message
    waived = waive(NOTIFIED, "remise", TODAY, TODAY).unwrap()
    assert "close" in record_recovery(waived, D("1"), TODAY, TODAY).failure().message


@pytest.mark.parametrize(("creance", "amount", "on", "message"), [
    (OPENED, D("100"), date(2026, 11, 20), "Notifiez d'abord"),
    (NOTIFIED, D("0"), date(2026, 11, 20), "positif"),
    (NOTIFIED, D("20000.01"), date(2026, 11, 20), "dépasser le reste dû"),
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
    result = notify(creance, on, TODAY, RULES)
    assert isinstance(result, Failure) and message in result.failure().message


def test_a_case_whose_computation_the_rules_in_force_no_longer_give_is_not_notified() -> None:
    """The décompte shows the computation line by line: it must add up to the amount claimed."""
    ash_not_recoverable = replace(RULES, by_aid={"ASH": AidRecoveryRule(aid_code="ASH", basis=RecoveryBasis.NOT_RECOVERABLE)})
    result = notify(OPENED, TODAY, TODAY, ash_not_recoverable)
    assert isinstance(result, Failure)
    assert result.failure().message.startswith(
        "Les règles de récupération ont changé depuis le calcul de cette créance : elles donnent désormais "
        "0,00\u00a0€ au lieu de 20\u202f000,00\u00a0€.")


@pytest.mark.parametrize("creance", [OPENED, NOTIFIED])
def test_an_open_case_can_be_waived_with_a_reason(creance: Creance) -> None:
    waived = waive(creance, " Succession  déficitaire ", date(2026, 11, 1), TODAY)
    assert isinstance(waived, Success)
    assert (waived.unwrap().status, waived.unwrap().note, waived.unwrap().amount_recovered) == (
        CreanceStatus.WAIVED, "Succession déficitaire", D("0"))
    assert waived.unwrap().amount_waived == D("20000.00")


def test_waiving_the_balance_keeps_the_sums_recovered() -> None:
    partly = record_recovery(NOTIFIED, D("3000"), date(2026, 11, 2), TODAY).unwrap()
    waived = waive(partly, "Remise gracieuse du solde", date(2026, 11, 20), TODAY).unwrap()
    assert (waived.status, waived.closed_on, waived.note) == (
        CreanceStatus.WAIVED, date(2026, 11, 20), "Remise gracieuse du solde")
    assert (waived.amount_recovered, waived.amount_waived, waived.amount_due) == (D("3000.00"), D("17000.00"), D("0"))
    assert waived.recoveries == partly.recoveries and not waived.is_open


@pytest.mark.parametrize(("on", "message"), [
    (date(2026, 10, 10), "précéder la notification"),
    (date(2026, 11, 1), "précéder le dernier recouvrement"),
    (date(2026, 12, 1), "futur"),
])
def test_a_waiver_dated_before_the_notification_or_the_last_recovery_or_in_the_future_is_refused(
        on: date, message: str) -> None:
    partly = record_recovery(NOTIFIED, D("3000"), date(2026, 11, 2), TODAY).unwrap()
    result = waive(partly, "remise", on, TODAY)
    assert isinstance(result, Failure) and message in result.failure().message


def test_waiving_needs_a_reason_and_an_open_case() -> None:
    assert "motif" in waive(OPENED, "  ", TODAY, TODAY).failure().message
    closed = record_recovery(NOTIFIED, D("20000"), TODAY, TODAY).unwrap()
    assert "déjà close" in waive(closed, "trop tard", TODAY, TODAY).failure().message


def test_a_recourse_against_the_beneficiary_returned_to_better_fortune_is_refused_for_a_decompte_to_the_notary() -> None:
    """Better fortune is a recourse of the beneficiary's lifetime: no claim on his estate's notary (an acceptance
    test). Refused in the figures, and a case opened so before is not notified; it stays readable."""
    facts = CaseFacts(recourse=RecourseType.BETTER_FORTUNE, claimed=OPENED.claimed, net_estate=D("50000"))
    refused = revise(OPENED, facts, RULES)
    assert isinstance(refused, Failure) and refused.failure().message.startswith(
        "Le recours contre le bénéficiaire revenu à meilleure fortune s'exerce de son vivant, contre lui : après son "
        "décès, il ne donne pas lieu à un décompte adressé au notaire.")
    earlier = replace(OPENED, recourse=RecourseType.BETTER_FORTUNE)
    not_sent = notify(earlier, TODAY, TODAY, RULES)
    assert isinstance(not_sent, Failure)
    assert not_sent.failure().message.endswith("Corrigez le type de recours avant de notifier le décompte.")


@pytest.mark.parametrize(("recourse", "named"), [(RecourseType.DONEE, "des biens donnés"),
                                                 (RecourseType.LEGATEE, "des biens légués")])
def test_against_a_donee_or_a_legatee_the_value_given_is_asked_and_the_estates_figures_are_not_kept(
        recourse: RecourseType, named: str) -> None:
    without = CaseFacts(recourse=recourse, claimed=OPENED.claimed, net_estate=D("5000"), funeral_costs=D("2000"))
    refused = revise(OPENED, without, RULES)
    assert isinstance(refused, Failure) and refused.failure().message == (
        f"Indiquez la valeur {named}, que le notaire déclare.")
    revised = revise(OPENED, replace(without, liberality_value=D("15000")), RULES).unwrap()
    assert (revised.recourse, revised.liberality_value, revised.net_estate, revised.funeral_costs,
            revised.amount_claimed) == (recourse, D("15000.00"), D("0.00"), D("0.00"), D("15000.00"))
    assert isinstance(notify(revised, TODAY, TODAY, RULES), Success)
    back = revise(revised, CaseFacts(recourse=RecourseType.ESTATE, claimed=OPENED.claimed, net_estate=D("50000"),
                                     liberality_value=D("15000")), RULES).unwrap()
    assert (back.liberality_value, back.amount_claimed) == (None, D("20000.00"))


def test_a_case_against_a_donee_opened_before_the_gifts_value_was_asked_is_not_notified_until_it_is_given() -> None:
    earlier = replace(OPENED, recourse=RecourseType.DONEE, net_estate=D("5000"), funeral_costs=D("2000"),
                      amount_claimed=D("3000.00"))
    refused = notify(earlier, TODAY, TODAY, RULES)
    assert isinstance(refused, Failure) and refused.failure().message == (
        "Le décompte d'un recours contre le donataire se calcule sur la valeur des biens donnés, que cette créance "
        "n'indique pas encore : corrigez ses montants pour l'indiquer avant de notifier le décompte.")
