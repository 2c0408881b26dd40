"""Reading French form input: amounts like « 12 345,67 » and ISO dates from <input type=date>."""

import re
from datetime import date
from decimal import Decimal

# Plain digits only: Decimal would also take « 1e30 », « 1_000 » or « NaN », which no agent means.
_AMOUNT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
# Beyond any real estate, and a 29-digit figure overflows Decimal's default precision when rounded.
_TOO_HIGH = Decimal(10) ** 12


class FormError(ValueError):
    """A field an agent must correct; the message is French."""


class FormErrors(FormError):
    """Every field an agent must correct, by the id of its input, so that one submission shows them all."""

    def __init__(self, by_field: dict[str, str]) -> None:
        super().__init__(" ".join(by_field.values()))
        self.by_field = by_field


class Collector:
    """Reads each field, keeping every mistake rather than stopping at the first."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def amount(self, field_id: str, text: object, label: str) -> Decimal:
        try:
            return amount(text, label)
        except FormError as problem:
            self.errors[field_id] = str(problem)
            return Decimal(0)

    def check(self) -> None:
        if self.errors:
            raise FormErrors(self.errors)


def amount(text: object, label: str) -> Decimal:
    cleaned = str(text or "").strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.removesuffix("€").replace(",", ".")
    if not cleaned:
        raise FormError(f"{label} : indiquez un montant (0 si rien).")
    if not _AMOUNT.fullmatch(cleaned):
        raise FormError(f"{label} : « {text} » n'est pas un montant (exemple : 12 345,67).")
    value = Decimal(cleaned)
    if abs(value) >= _TOO_HIGH:
        raise FormError(f"{label} : montant trop élevé (moins de 1 000 milliards d'euros).")
    if value != round(value, 2):
        raise FormError(f"{label} : deux décimales au plus.")
    return value


def day(text: object, label: str) -> date:
    try:
        return date.fromisoformat(str(text or "").strip())
    except ValueError:
        raise FormError(f"{label} : indiquez une date valide.") from None
