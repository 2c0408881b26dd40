"""Amounts typed by agents in the back-office: French notation read, anything else refused in French."""

from decimal import Decimal

import pytest

from interfaces.admin.forms import Collector, FormError, FormErrors, amount


@pytest.mark.parametrize(("typed", "read"), [
    ("12 345,67", Decimal("12345.67")), ("12\u202f345,67 €", Decimal("12345.67")), ("0", Decimal(0)),
    ("999 999 999 999,99", Decimal("999999999999.99")), (",5", Decimal("0.5")), ("-3", Decimal(-3)),
])
def test_an_amount_in_french_notation_is_read_to_the_cent(typed: str, read: Decimal) -> None:
    assert amount(typed, "Actif net") == read


@pytest.mark.parametrize("typed", ["1,5e3", "1e30", "1E2", "1_000", "NaN", "Infinity", "douze", "1,2,3", "."])
def test_exponents_and_other_notations_are_not_amounts(typed: str) -> None:
    with pytest.raises(FormError, match=f"Actif net : « {typed} » n'est pas un montant"):
        amount(typed, "Actif net")


@pytest.mark.parametrize("typed", ["1 000 000 000 000", "12345678901234567890123456789", "-1000000000000,00"])
def test_an_amount_of_a_thousand_billion_euros_or_more_is_too_high(typed: str) -> None:
    with pytest.raises(FormError, match="Actif net : montant trop élevé"):
        amount(typed, "Actif net")


def test_an_amount_with_more_than_two_decimals_is_refused() -> None:
    with pytest.raises(FormError, match="deux décimales au plus"):
        amount("12,345", "Actif net")


def test_a_collector_keeps_every_field_to_correct_by_its_input_and_reads_the_others() -> None:
    read = Collector()
    amounts = [read.amount("aide-ASH", "abc", "Aide sociale à l'hébergement"),
               read.amount("actif-net", "12 345,67", "Actif net"), read.amount("frais-obseques", "", "Frais d'obsèques")]
    assert amounts[1] == Decimal("12345.67")
    assert list(read.errors) == ["aide-ASH", "frais-obseques"]
    with pytest.raises(FormErrors) as raised:
        read.check()
    assert raised.value.by_field["frais-obseques"] == "Frais d'obsèques : indiquez un montant (0 si rien)."
    Collector().check()  # nothing to correct: nothing raised
