"""The four answers a notary can receive, and how they rank."""

from collections.abc import Iterable
from enum import StrEnum


class Outcome(StrEnum):
    UNKNOWN = "UNKNOWN"
    RECOVERABLE_AID = "RECOVERABLE_AID"
    POSSIBLE_UNDUE_PAYMENT = "POSSIBLE_UNDUE_PAYMENT"
    AMBIGUOUS = "AMBIGUOUS"


# A créance matters most to the notary; a doubt still outranks a plain "unknown".
_SIGNIFICANCE = {
    Outcome.RECOVERABLE_AID: 3,
    Outcome.POSSIBLE_UNDUE_PAYMENT: 2,
    Outcome.AMBIGUOUS: 1,
    Outcome.UNKNOWN: 0,
}


def most_significant(outcomes: Iterable[Outcome]) -> Outcome:
    return max(outcomes, key=_SIGNIFICANCE.__getitem__, default=Outcome.UNKNOWN)
