"""Thin GraphQL types, converted from application results. No names of beneficiaries here."""

import math
from datetime import date, datetime
from typing import Annotated

import strawberry

from application.search_deceased import SearchAnswer as DomainAnswer
from domain.abuse import RateLimited as DomainRateLimited
from domain.errors import InvalidSearch as DomainInvalidSearch
from domain.outcome import Outcome as DomainOutcome

Outcome = strawberry.enum(DomainOutcome, description="La réponse apportée au notaire.")


@strawberry.type
class LoginSuccess:
    token: str
    role: str


@strawberry.type
class LoginFailure:
    message: str


LoginResult = Annotated[LoginSuccess | LoginFailure, strawberry.union("LoginResult")]


@strawberry.type
class CollectiviteAnswer:
    collectivite: str
    outcome: Outcome  # type: ignore[valid-type]


@strawberry.type
class SearchAnswer:
    outcome: Outcome  # type: ignore[valid-type]
    request_id: strawberry.ID
    reference: str
    answered_at: datetime
    answers: list[CollectiviteAnswer]

    @classmethod
    def from_domain(cls, answer: DomainAnswer) -> "SearchAnswer":
        return cls(
            outcome=answer.outcome,
            request_id=strawberry.ID(answer.request.id),
            reference=answer.request.reference,
            answered_at=answer.request.at,
            answers=[CollectiviteAnswer(collectivite=a.collectivite, outcome=a.outcome) for a in answer.answers],
        )


@strawberry.type
class FieldError:
    field: str
    message: str


@strawberry.type
class InvalidSearch:
    message: str
    errors: list[FieldError]

    @classmethod
    def from_domain(cls, error: DomainInvalidSearch) -> "InvalidSearch":
        return cls(message=error.message, errors=[FieldError(field=f, message=m) for f, m in error.problems])


@strawberry.type
class NotAuthenticated:
    message: str


@strawberry.type(description="Refus temporaire : trop de demandes en peu de temps.")
class RateLimited:
    message: str
    retry_after_seconds: int

    @classmethod
    def from_domain(cls, refusal: DomainRateLimited) -> "RateLimited":
        return cls(message=refusal.message, retry_after_seconds=max(1, math.ceil(refusal.retry_after.total_seconds())))


@strawberry.type(description="Recherche impossible pour l'instant : l'étude n'est rattachée à aucune collectivité.")
class SearchUnavailable:
    message: str


SearchResult = Annotated[SearchAnswer | InvalidSearch | NotAuthenticated | RateLimited | SearchUnavailable,
                         strawberry.union("SearchResult")]


@strawberry.type
class Viewer:
    email: str
    role: str
    crpcen: str | None
    terms_accepted_at: datetime | None = strawberry.field(
        default=None, description="Quand les conditions d'utilisation en vigueur ont été acceptées ; vide sinon.")


@strawberry.input
class DeceasedSearchInput:
    last_name: str | None = None
    birth_name: str | None = None
    first_names: str | None = None
    birth_date: date | None = strawberry.field(
        default=None, description="Date de naissance ; si l'acte de décès ne donne que l'année (« né en 1936 »), le "
                                  "1er janvier de cette année : le rapprochement la lit alors comme l'année seule.")
    death_date: date | None = None
    death_place: str | None = None
