from domain.aid import default_aid_referential
from domain.beneficiary import outcome_for
from domain.outcome import Outcome, most_significant
from tests.support.builders import person


def test_recoverable_aid_prevails_over_apa() -> None:
    assert outcome_for(person(aids=("APA", "ASH")), default_aid_referential()) is Outcome.RECOVERABLE_AID


def test_aide_menagere_is_recoverable() -> None:
    assert outcome_for(person(aids=("AM",)), default_aid_referential()) is Outcome.RECOVERABLE_AID


def test_apa_or_pch_alone_may_be_an_undue_payment() -> None:
    assert outcome_for(person(aids=("PCH",)), default_aid_referential()) is Outcome.POSSIBLE_UNDUE_PAYMENT


def test_the_most_significant_answer_wins_across_collectivites() -> None:
    assert most_significant([Outcome.UNKNOWN, Outcome.AMBIGUOUS]) is Outcome.AMBIGUOUS
    assert most_significant([Outcome.AMBIGUOUS, Outcome.POSSIBLE_UNDUE_PAYMENT]) is Outcome.POSSIBLE_UNDUE_PAYMENT
    assert most_significant([Outcome.POSSIBLE_UNDUE_PAYMENT, Outcome.RECOVERABLE_AID]) is Outcome.RECOVERABLE_AID
    assert most_significant([]) is Outcome.UNKNOWN
