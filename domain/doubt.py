"""A doubtful answer waiting for an agent, and how an agent settles it."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from returns.result import Failure, Result, Success

from domain.beneficiary import Beneficiary
from domain.decision import Decision, DecisionKind
from domain.errors import InvalidInput
from domain.identity import DeceasedIdentity
from domain.matching.normalize import name_key
from domain.outcome import Outcome
from domain.search import SearchRequest

FIELD_LABELS = {"surname": "Nom", "first_names": "Prénoms", "birth_date": "Date de naissance"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Doubt:
    """An AMBIGUOUS automatic decision that no agent has settled yet."""

    request: SearchRequest
    decision: Decision

    def age_in_days(self, now: datetime) -> int:
        return max((now.date() - self.request.at.date()).days, 0)


class Agreement(StrEnum):
    SAME = "same"
    CLOSE = "close"
    DIFFERENT = "different"


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldComparison:
    field: str
    label: str
    typed: str
    known: str
    score: float | None

    @property
    def agreement(self) -> Agreement:
        if self.score is None:
            return Agreement.DIFFERENT if name_key(self.typed) != name_key(self.known) else Agreement.SAME
        if self.score >= 0.999:
            return Agreement.SAME
        return Agreement.CLOSE if self.score >= 0.7 else Agreement.DIFFERENT


def compare(identity: DeceasedIdentity, person: Beneficiary, field_scores: dict[str, float]) -> tuple[FieldComparison, ...]:
    """The notary's input beside one candidate, field by field, with the matcher's own scores."""
    typed = {
        "surname": " / ".join(filter(None, (identity.last_name, identity.birth_name))),
        "first_names": identity.first_names,
        "birth_date": identity.birth_date.strftime("%d/%m/%Y"),
    }
    known = {
        "surname": " / ".join(dict.fromkeys(filter(None, (person.usage_name, person.birth_name)))),
        "first_names": " ".join(person.first_names),
        "birth_date": person.birth_date.strftime("%d/%m/%Y"),
    }
    fields = list(FIELD_LABELS) + [f for f in field_scores if f not in FIELD_LABELS]
    return tuple(
        FieldComparison(field=f, label=FIELD_LABELS.get(f, f.replace("_", " ").capitalize()),
                        typed=typed.get(f, "—"), known=known.get(f, "—"), score=field_scores.get(f))
        for f in fields
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Settlement:
    """What the agent concluded: the deceased's file among the candidates, or several when the same person was
    entered several times in IODAS, or nobody (no file)."""

    decision_id: str  # the id of the corrected decision to write
    iodas_ids: tuple[str, ...]
    outcome: Outcome
    comment: str
    agent_id: str
    at: datetime


def settle(original: Decision, settlement: Settlement) -> Result[Decision, InvalidInput]:
    """Business rules:
    - only an AMBIGUOUS automatic answer is settled by an agent;
    - the agent names the candidate the matcher put forward who is the deceased, or all of them when they are the
      same person entered several times in IODAS, or declares the person unknown;
    - the principal file, the one a single number stands for, is the best match of those named; the others follow
      in the matcher's order;
    - a comment explains the choice;
    - the settlement is a new CORRECTED decision that supersedes the original, which stays as it was.
    """
    if original.outcome is not Outcome.AMBIGUOUS or original.kind is not DecisionKind.AUTOMATIC:
        return Failure(InvalidInput("Cette réponse n'est pas un doute à lever."))
    candidates = [c.iodas_id for c in original.evidence.candidates]
    if any(iodas_id not in candidates for iodas_id in settlement.iodas_ids):
        return Failure(InvalidInput("La personne choisie ne fait pas partie des candidats proposés.", "iodas_ids"))
    named = tuple(dict.fromkeys(c for c in candidates if c in settlement.iodas_ids))
    if not named and settlement.outcome is not Outcome.UNKNOWN:
        return Failure(InvalidInput("Une personne inconnue ne peut avoir que la réponse « inconnu »."))
    if settlement.outcome is Outcome.AMBIGUOUS:
        return Failure(InvalidInput("Une réponse corrigée ne peut pas rester un doute."))
    comment = " ".join(settlement.comment.split())
    if not comment:
        return Failure(InvalidInput("Expliquez votre choix dans le commentaire.", "comment"))
    return Success(Decision(
        id=settlement.decision_id, request_id=original.request_id, collectivite=original.collectivite,
        outcome=settlement.outcome, iodas_id=named[0] if named else None, other_iodas_ids=named[1:],
        evidence=original.evidence, decided_at=settlement.at, kind=DecisionKind.CORRECTED,
        decided_by=settlement.agent_id, comment=comment, supersedes=original.id,
    ))


@dataclass(frozen=True, slots=True)
class DoubtNotFound:
    message: str = "Ce doute n'existe pas, ou il ne relève pas de votre collectivité."


@dataclass(frozen=True, slots=True)
class AlreadySettled:
    message: str = "Ce doute a déjà été levé par un autre agent : sa réponse corrigée est affichée."
