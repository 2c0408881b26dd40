"""Where a decision stands: still to be reviewed by an agent, answered, or replaced by a correction."""

from enum import StrEnum

from domain.decision import Decision
from domain.outcome import Outcome


class DecisionStatus(StrEnum):
    TO_REVIEW = "TO_REVIEW"  # an automatic doubt no agent has settled yet
    ANSWERED = "ANSWERED"  # the answer in force
    SUPERSEDED = "SUPERSEDED"  # replaced by an agent's correction


def status_of(decision: Decision, superseded: bool) -> DecisionStatus:
    if superseded:
        return DecisionStatus.SUPERSEDED
    return DecisionStatus.TO_REVIEW if decision.outcome is Outcome.AMBIGUOUS else DecisionStatus.ANSWERED
