"""Settling a doubt: the rules of the corrected decision and the field-by-field comparison."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from returns.result import Failure, Success

from domain.decision import Decision, DecisionKind, MatchEvidence
from domain.doubt import Agreement, Settlement, compare, settle
from domain.outcome import Outcome
from tests.support.builders import identity, person
from tests.support.doubts import TWINS

AT = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
DOUBT = Decision(id="d1", request_id="r1", collectivite="69", outcome=Outcome.AMBIGUOUS, iodas_id=None,
                 evidence=MatchEvidence(reason="doute", candidates=TWINS), decided_at=AT)


def settlement(*iodas_ids: str, outcome: Outcome = Outcome.RECOVERABLE_AID,
               comment: str = "Date de naissance vérifiée auprès de la MDR") -> Settlement:
    return Settlement(decision_id="d2", iodas_ids=iodas_ids, outcome=outcome, comment=comment, agent_id="agent",
                      at=AT)


def test_choosing_a_candidate_writes_a_corrected_decision_that_supersedes_the_original() -> None:
    corrected = settle(DOUBT, settlement("1")).unwrap()
    assert (corrected.kind, corrected.supersedes, corrected.iodas_id) == (DecisionKind.CORRECTED, "d1", "1")
    assert corrected.iodas_ids == ("1",) and corrected.other_iodas_ids == ()
    assert (corrected.request_id, corrected.decided_by, corrected.outcome) == ("r1", "agent", Outcome.RECOVERABLE_AID)
    assert corrected.id == "d2" and DOUBT.outcome is Outcome.AMBIGUOUS


@pytest.mark.parametrize(("original", "chosen", "message"), [
    (replace(DOUBT, outcome=Outcome.UNKNOWN), settlement("1"), "n'est pas un doute"),
    (replace(DOUBT, kind=DecisionKind.CORRECTED), settlement("1"), "n'est pas un doute"),
    (DOUBT, settlement("99"), "ne fait pas partie des candidats"),
    (DOUBT, settlement("1", "99"), "ne fait pas partie des candidats"),
    (DOUBT, settlement(outcome=Outcome.RECOVERABLE_AID), "que la réponse « inconnu »"),
    (DOUBT, settlement("1", outcome=Outcome.AMBIGUOUS), "ne peut pas rester un doute"),
    (DOUBT, settlement("1", comment="   "), "commentaire"),
])
def test_a_settlement_that_breaks_a_rule_is_refused_in_french(original: Decision, chosen: Settlement,
                                                              message: str) -> None:
    result = settle(original, chosen)
    assert isinstance(result, Failure) and message in result.failure().message


def test_declaring_the_person_unknown_answers_unknown_without_a_person() -> None:
    result = settle(DOUBT, settlement(outcome=Outcome.UNKNOWN, comment="  Personne  différente "))
    assert isinstance(result, Success)
    assert (result.unwrap().iodas_id, result.unwrap().comment) == (None, "Personne différente")
    assert result.unwrap().iodas_ids == ()


def test_one_person_entered_twice_is_named_by_both_files_the_best_match_first() -> None:
    """The agent ticked the second candidate first, and the first twice: the decision names each file once, the
    matcher's best as the principal one that a single number stands for."""
    corrected = settle(DOUBT, settlement("2", "1", "2")).unwrap()
    assert (corrected.iodas_id, corrected.other_iodas_ids, corrected.iodas_ids) == ("1", ("2",), ("1", "2"))


@pytest.mark.parametrize(("field", "score", "agreement"), [
    ("surname", 1.0, Agreement.SAME),
    ("first_names", 0.8, Agreement.CLOSE),
    ("birth_date", 0.0, Agreement.DIFFERENT),
])
def test_each_field_is_shown_typed_beside_known_with_the_matchers_score(field: str, score: float,
                                                                       agreement: Agreement) -> None:
    rows = compare(identity(), person(birth_date=date(1931, 12, 4)), {"surname": 1.0, "first_names": 0.8,
                                                                     "birth_date": 0.0})
    row = next(r for r in rows if r.field == field)
    assert (row.score, row.agreement) == (score, agreement)
    assert [r.label for r in rows] == ["Nom", "Prénoms", "Date de naissance"]
    assert next(r for r in rows if r.field == "birth_date").known == "04/12/1931"


def test_a_field_the_matcher_adds_later_is_still_shown() -> None:
    rows = compare(identity(), person(), {"surname": 1.0, "phonetic_name": 0.9})
    assert rows[-1].label == "Phonetic name" and rows[-1].agreement is Agreement.CLOSE
