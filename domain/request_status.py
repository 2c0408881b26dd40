"""Where a past request stands for the notary: the answer in force, and whether a doubt was settled."""

from collections.abc import Sequence
from dataclasses import dataclass

from domain.decision import Decision
from domain.outcome import Outcome, most_significant


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestStatus:
    outcome: Outcome
    doubt_resolved: bool
    answers: tuple[Decision, ...]  # the decision in force for each collectivité


def status_of(decisions: Sequence[Decision]) -> RequestStatus:
    """A corrected decision replaces the one it supersedes; the most significant answer in force wins.
    A doubt counts as resolved once every ambiguous answer has been superseded by a clear one."""
    superseded = {d.supersedes for d in decisions if d.supersedes}
    in_force = tuple(d for d in decisions if d.id not in superseded)
    outcome = most_significant(d.outcome for d in in_force)
    had_doubt = any(d.outcome is Outcome.AMBIGUOUS for d in decisions if d.id in superseded)
    return RequestStatus(outcome=outcome, doubt_resolved=had_doubt and outcome is not Outcome.AMBIGUOUS,
                         answers=in_force)
