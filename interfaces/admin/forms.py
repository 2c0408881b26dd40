"""Reading French form input: amounts like « 12 345,67 » and ISO dates from <input type=date>."""

from datetime import date
from decimal import Decimal, InvalidOperation


class FormError(ValueError):
    """A field an agent must correct; the message is French."""


def amount(text: object, label: str) -> Decimal:
    cleaned = str(text or "").strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.removesuffix("€").replace(",", ".")
    if not cleaned:
        raise FormError(f"{label} : indiquez un montant (0 si rien).")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FormError(f"{label} : « {text} » n'est pas un montant (exemple : 12 345,67).") from None
    if not value.is_finite():
        raise FormError(f"{label} : « {text} » n'est pas un montant (exemple : 12 345,67).")
    if value != round(value, 2):
        raise FormError(f"{label} : deux décimales au plus.")
    return value


def day(text: object, label: str) -> date:
    try:
        return date.fromisoformat(str(text or "").strip())
    except ValueError:
        raise FormError(f"{label} : indiquez une date valide.") from None
