"""The recoverable amount of a créance, rule by rule (amounts in euros)."""

from decimal import Decimal as D

import pytest

from domain.aid import default_aid_referential
from domain.recovery import (
    AidRecoveryRule,
    Assets,
    ClaimedAid,
    RecourseType,
    RecoveryBasis,
    RecoveryRules,
    above_threshold_part,
    compute_recovery,
    default_recovery_rules,
    estate_available,
    first_euro_part,
    funeral_deduction,
)

RULES = default_recovery_rules(default_aid_referential())


def estate(net_estate: str, funeral_costs: str = "0") -> Assets:
    return Assets(recourse=RecourseType.ESTATE, net_estate=D(net_estate), funeral_costs=D(funeral_costs))


def aids(**paid: str) -> list[ClaimedAid]:
    return [ClaimedAid(aid_code=code, amount_paid=D(amount)) for code, amount in paid.items()]


@pytest.mark.parametrize(("costs", "cap", "deducted"), [
    (D("0"), D("3500"), D("0.00")),
    (D("2100.40"), D("3500"), D("2100.40")),
    (D("3500"), D("3500"), D("3500.00")),
    (D("5200"), D("3500"), D("3500.00")),  # deducted up to the cap only
    (D("5200"), D("4000"), D("4000.00")),  # a collectivité may set its own cap
    (D("-10"), D("3500"), D("0.00")),
])
def test_funeral_costs_are_deducted_up_to_the_cap(costs: D, cap: D, deducted: D) -> None:
    assert funeral_deduction(costs, cap) == deducted


@pytest.mark.parametrize(("net_estate", "costs", "available"), [
    (D("80000"), D("5000"), D("76500.00")),
    (D("2000"), D("3000"), D("0.00")),  # never below zero
    (D("-500"), D("0"), D("0.00")),  # a debt-ridden estate answers for nothing
])
def test_the_estate_available_is_the_net_estate_after_funeral_costs(net_estate: D, costs: D, available: D) -> None:
    assert estate_available(net_estate, costs, D("3500")) == available


@pytest.mark.parametrize(("paid", "recoverable"), [
    (D("0.01"), D("0.01")),  # from the first euro, indeed the first cent
    (D("12345.678"), D("12345.68")),
    (D("0"), D("0.00")),
])
def test_ash_is_recovered_from_the_first_euro(paid: D, recoverable: D) -> None:
    assert first_euro_part(paid) == recoverable


@pytest.mark.parametrize(("paid", "estate", "recoverable"), [
    (D("5000"), D("40000"), D("0.00")),  # estate below the threshold: nothing
    (D("5000"), D("46000"), D("0.00")),  # exactly the threshold: nothing
    (D("5000"), D("47000"), D("1000.00")),  # only the part of the estate above the threshold
    (D("5000"), D("100000"), D("4240.00")),  # only the expenses above €760
    (D("760"), D("100000"), D("0.00")),  # expenses not above the minimum: nothing
    (D("500"), D("100000"), D("0.00")),
])
def test_aide_menagere_is_recovered_above_the_estate_threshold_and_the_expense_minimum(paid: D, estate: D,
                                                                                        recoverable: D) -> None:
    assert above_threshold_part(paid, estate, D("46000"), D("760")) == recoverable


@pytest.mark.parametrize(("claimed", "net_estate", "costs", "total"), [
    ({"ASH": "20000"}, "50000", "0", "20000.00"),  # the créance caps the recovery
    ({"ASH": "20000"}, "12000", "0", "12000.00"),  # the net estate caps the recovery
    ({"ASH": "20000"}, "12000", "5000", "8500.00"),  # funeral costs come off, capped at 3,500
    ({"ASH": "20000", "AM": "5000"}, "60000", "0", "24240.00"),  # AM: 5,000 - 760, within 14,000 above 46,000
    ({"ASH": "20000", "AM": "5000"}, "50000", "0", "24000.00"),  # AM limited to 4,000 of estate above threshold
    ({"ASH": "45000", "AM": "5000"}, "50000", "0", "49000.00"),  # AM: 4,000 above 46,000, what ASH left
    ({"ASH": "49000", "AM": "5000"}, "50000", "0", "50000.00"),  # the total never exceeds the estate
    ({"APA": "9000", "PCH": "3000"}, "90000", "0", "0.00"),  # APA and PCH are not recovered on the estate
    ({"XYZ": "1000"}, "90000", "0", "0.00"),  # an aid outside the referential is not recovered
])
def test_the_recoverable_amount_of_a_creance(claimed: dict[str, str], net_estate: str, costs: str, total: str) -> None:
    aids = [ClaimedAid(aid_code=code, amount_paid=D(paid)) for code, paid in claimed.items()]
    computed = compute_recovery(aids, estate(net_estate, costs), RULES)
    assert computed.total == D(total)
    assert computed.total <= computed.creance and computed.total <= max(D(net_estate), D(0))
    assert computed.total == sum(line.recoverable for line in computed.lines)


def test_the_rules_come_from_the_collectivites_referential() -> None:
    assert {code: rule.basis for code, rule in RULES.by_aid.items()} == {
        "ASH": RecoveryBasis.FIRST_EURO, "AM": RecoveryBasis.ABOVE_ESTATE_THRESHOLD}
    own = RecoveryRules(funeral_cap=D("0"), by_aid={"AM": AidRecoveryRule(
        aid_code="AM", basis=RecoveryBasis.ABOVE_ESTATE_THRESHOLD, estate_threshold=D("30000"),
        minimum_expense=D("0"))})
    computed = compute_recovery([ClaimedAid(aid_code="AM", amount_paid=D("5000"))], estate("32000", "900"), own)
    assert (computed.funeral_deduction, computed.total) == (D("0.00"), D("2000.00"))


@pytest.mark.parametrize("recourse", [RecourseType.DONEE, RecourseType.LEGATEE])
@pytest.mark.parametrize(("claimed", "value", "total"), [
    ({"ASH": "20000"}, "5000", "5000.00"),  # the value of the gift or legacy caps the recovery
    ({"ASH": "20000"}, "50000", "20000.00"),  # and the créance
    ({"AM": "5000"}, "30000", "5000.00"),  # the aide ménagère from the first euro: its thresholds are the estate's
    ({"AM": "500"}, "1000", "500.00"),  # below the €760 minimum too
    ({"ASH": "4000", "AM": "3000"}, "6000", "6000.00"),
    ({"APA": "9000"}, "90000", "0.00"),  # APA is recovered by no recourse
])
def test_against_a_donee_or_a_legatee_the_value_given_caps_every_aid_from_the_first_euro(
        recourse: RecourseType, claimed: dict[str, str], value: str, total: str) -> None:
    """Computed as on an estate, a recourse against a donee was capped by the net estate less funeral costs (an
    acceptance test): the gift's value, never the estate, and no funeral costs (CASF R. 132-11)."""
    computed = compute_recovery(aids(**claimed), Assets(recourse=recourse, net_estate=D("100000"),
                                                       funeral_costs=D("2000"), liberality_value=D(value)), RULES)
    assert (computed.total, computed.available, computed.funeral_deduction) == (D(total), D(value), D("0.00"))


def test_the_acceptance_tests_donee_is_claimed_the_gifts_value_not_the_estate_less_funeral_costs() -> None:
    """ASH 20,000, net estate 5,000, funeral costs 2,000 gave 3,000 against a donee; the gift is worth 15,000."""
    donee = Assets(recourse=RecourseType.DONEE, liberality_value=D("15000"))
    assert compute_recovery(aids(ASH="20000"), donee, RULES).total == D("15000.00")
    assert compute_recovery(aids(ASH="20000"), estate("5000", "2000"), RULES).total == D("3000.00")


def test_a_legacy_or_gift_whose_value_was_never_given_and_the_better_fortune_claim_nothing() -> None:
    """Cases opened before the value was asked for, or on a recourse of the beneficiary's lifetime: nothing is
    computed on the estate's figures (`domain.creance` refuses to notify them)."""
    for assets in (Assets(recourse=RecourseType.DONEE, net_estate=D("90000")),
                   Assets(recourse=RecourseType.BETTER_FORTUNE, net_estate=D("90000"))):
        assert compute_recovery(aids(ASH="20000"), assets, RULES).total == D("0.00")
