"""Thin GraphQL types, converted from application results. No names of beneficiaries here."""

import math
from datetime import date, datetime
from typing import Annotated

import strawberry

from application.search_deceased import SearchAnswer as DomainAnswer
from domain.abuse import RateLimited as DomainRateLimited
from domain.errors import InvalidSearch as DomainInvalidSearch
from domain.outcome import Outcome as DomainOutcome
from interfaces.graphql.described import described_enum

Outcome = described_enum(DomainOutcome, "La réponse apportée au notaire sur la personne décédée.", {
    DomainOutcome.UNKNOWN: "Personne inconnue : aucune aide sociale récupérable sur la succession ; aucune créance "
                           "ne sera réclamée à ce titre.",
    DomainOutcome.RECOVERABLE_AID: "Personne connue : elle a reçu une aide sociale récupérable sur la succession ; "
                                   "une créance pourra être réclamée, son montant sera communiqué par le service.",
    DomainOutcome.POSSIBLE_UNDUE_PAYMENT: "Personne connue : pas d'aide récupérable, mais une prestation (APA ou PCH) "
                                          "a pu être versée à tort, par exemple après le décès ; le service pourra "
                                          "en demander le remboursement.",
    DomainOutcome.AMBIGUOUS: "Réponse en cours d'examen : un agent examine la demande et la réponse définitive "
                             "suivra par courrier (et dans l'historique).",
})

LETTER_URL = "/lettres/{request_id}.pdf"


def letter_url(request_id: str, decision_id: str | None = None) -> str:
    """Without a decision, the route gives the letter of the most significant answer; with one, that letter."""
    url = LETTER_URL.format(request_id=request_id)
    return f"{url}?decision={decision_id}" if decision_id else url


@strawberry.type(description="Connexion réussie.")
class LoginSuccess:
    token: str = strawberry.field(description="Jeton de session, à envoyer en « Authorization: Bearer <jeton> » ; "
                                              "il expire comme la session du site.")
    role: str = strawberry.field(description="Profil du compte : « notary » (étude notariale), « agent » ou "
                                             "« admin » (collectivité).")


@strawberry.type(description="Connexion refusée.")
class LoginFailure:
    message: str = strawberry.field(description="La raison du refus, en français, à montrer à l'utilisateur.")


LoginResult = Annotated[LoginSuccess | LoginFailure,
                        strawberry.union("LoginResult", description="Résultat d'une tentative de connexion.")]


@strawberry.type(description="La réponse d'une des collectivités de l'étude.")
class CollectiviteAnswer:
    collectivite: str = strawberry.field(description="Code de la collectivité qui répond (par exemple « 69 »).")
    outcome: Outcome = strawberry.field(  # type: ignore[valid-type]
        description="La réponse de cette collectivité, en vigueur (une correction d'agent remplace la réponse "
                    "automatique).")
    letter_url: str = strawberry.field(
        description="Le courrier officiel de cette collectivité, en PDF (chaque collectivité envoie le sien), à "
                    "demander avec le jeton ou la session de l'étude.")


@strawberry.type(description="La réponse à une recherche : un courrier officiel part par collectivité.")
class SearchAnswer:
    outcome: Outcome = strawberry.field(  # type: ignore[valid-type]
        description="La réponse la plus importante pour le notaire parmi celles des collectivités, dans cet ordre : "
                    "RECOVERABLE_AID, POSSIBLE_UNDUE_PAYMENT, AMBIGUOUS, UNKNOWN.")
    request_id: strawberry.ID = strawberry.field(
        description="Identifiant de la demande : pour « request(id) » et le courrier « /lettres/{requestId}.pdf ».")
    reference: str = strawberry.field(description="Référence de la demande, rappelée dans les courriers "
                                                  "(par exemple « 2026-000011 »).")
    answered_at: datetime = strawberry.field(description="Date et heure de la réponse.")
    answers: list[CollectiviteAnswer] = strawberry.field(description="La réponse de chaque collectivité de l'étude.")

    @classmethod
    def from_domain(cls, answer: DomainAnswer) -> "SearchAnswer":
        return cls(
            outcome=answer.outcome,
            request_id=strawberry.ID(answer.request.id),
            reference=answer.request.reference,
            answered_at=answer.request.at,
            answers=[CollectiviteAnswer(collectivite=a.collectivite, outcome=a.outcome,
                                        letter_url=letter_url(answer.request.id, a.decision_id))
                     for a in answer.answers],
        )


@strawberry.type(description="Une erreur sur un champ de la recherche.")
class FieldError:
    field: str = strawberry.field(description="Le champ de DeceasedSearchInput en cause (par exemple « birthDate »).")
    message: str = strawberry.field(description="Ce qui ne va pas, en français.")


@strawberry.type(description="Recherche refusée : la saisie est incomplète ou incohérente ; rien n'a été enregistré.")
class InvalidSearch:
    message: str = strawberry.field(description="Le refus, en français.")
    errors: list[FieldError] = strawberry.field(description="Une erreur par champ à corriger.")

    @classmethod
    def from_domain(cls, error: DomainInvalidSearch) -> "InvalidSearch":
        return cls(message=error.message, errors=[FieldError(field=f, message=m) for f, m in error.problems])


@strawberry.type(description="Il faut être connecté avec un compte d'étude notariale (ou la session a expiré).")
class NotAuthenticated:
    message: str = strawberry.field(description="Le refus, en français.")


@strawberry.type(description="Refus temporaire : trop de demandes en peu de temps.")
class RateLimited:
    message: str = strawberry.field(description="Le refus, en français.")
    retry_after_seconds: int = strawberry.field(description="Nombre de secondes à attendre avant de réessayer.")

    @classmethod
    def from_domain(cls, refusal: DomainRateLimited) -> "RateLimited":
        return cls(message=refusal.message, retry_after_seconds=max(1, math.ceil(refusal.retry_after.total_seconds())))


@strawberry.type(description="Recherche impossible pour l'instant : l'étude n'est rattachée à aucune collectivité.")
class SearchUnavailable:
    message: str = strawberry.field(description="Le refus, en français.")


SearchResult = Annotated[SearchAnswer | InvalidSearch | NotAuthenticated | RateLimited | SearchUnavailable,
                         strawberry.union("SearchResult", description="La réponse, ou la raison du refus.")]


@strawberry.type(description="Le compte connecté.")
class Viewer:
    email: str = strawberry.field(description="Adresse électronique du compte.")
    role: str = strawberry.field(description="Profil du compte : « notary » (étude notariale), « agent » ou "
                                             "« admin » (collectivité).")
    crpcen: str | None = strawberry.field(description="Numéro CRPCEN de l'étude, pour un compte d'étude ; "
                                                      "vide sinon.")
    terms_accepted_at: datetime | None = strawberry.field(
        default=None, description="Quand les conditions d'utilisation en vigueur ont été acceptées ; vide sinon.")


@strawberry.input(description="L'identité de la personne décédée, telle que l'acte de décès la donne. Les champs "
                              "sont facultatifs pour GraphQL, mais une recherche sans nom d'usage, prénom, date de "
                              "naissance ou date de décès est refusée (InvalidSearch).")
class DeceasedSearchInput:
    last_name: str | None = strawberry.field(default=None, description="Nom d'usage (obligatoire).")
    birth_name: str | None = strawberry.field(default=None, description="Nom de naissance, s'il diffère.")
    first_names: str | None = strawberry.field(default=None, description="Prénoms, séparés par des espaces ; au "
                                                                         "moins un (obligatoire).")
    birth_date: date | None = strawberry.field(
        default=None, description="Date de naissance (obligatoire) ; si l'acte de décès ne donne que l'année "
                                  "(« né en 1936 »), le 1er janvier de cette année : le rapprochement la lit alors "
                                  "comme l'année seule.")
    death_date: date | None = strawberry.field(default=None, description="Date de décès (obligatoire).")
    death_place: str | None = strawberry.field(default=None, description="Commune de décès.")
