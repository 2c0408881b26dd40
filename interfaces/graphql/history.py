"""The office's own past requests, for the notary's history page. Never another office's."""

import base64
import binascii
from datetime import date, datetime
from typing import Annotated

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.office_history import OfficeHistoryQuery, PastRequest as DomainPastRequest
from interfaces.graphql.context import Info
from interfaces.graphql.described import TYPED
from interfaces.graphql.types import CollectiviteAnswer, NotAuthenticated, Outcome, letter_url


@strawberry.type(description="Une demande passée de l'étude, avec la réponse en vigueur.")
class PastRequest:
    request_id: strawberry.ID = strawberry.field(description="Identifiant de la demande.")
    reference: str = strawberry.field(description=TYPED["reference"])
    requested_at: datetime = strawberry.field(description=TYPED["requested_at"])
    last_name: str = strawberry.field(description=TYPED["last_name"])
    birth_name: str | None = strawberry.field(description=TYPED["birth_name"])
    first_names: str = strawberry.field(description=TYPED["first_names"])
    birth_date: date = strawberry.field(description=TYPED["birth_date"])
    death_date: date = strawberry.field(description=TYPED["death_date"])
    death_place: str = strawberry.field(description=TYPED["death_place"])
    status: Outcome = strawberry.field(  # type: ignore[valid-type]
        description="La réponse en vigueur la plus importante parmi celles des collectivités (une correction "
                    "d'agent remplace la réponse automatique).")
    doubt_resolved: bool = strawberry.field(description="Un doute a été levé depuis par un agent.")
    answers: list[CollectiviteAnswer] = strawberry.field(
        description="La réponse en vigueur de chaque collectivité de l'étude.")
    letter_url: str = strawberry.field(
        description="Le courrier officiel de la réponse la plus importante, en PDF ; quand l'étude relève de "
                    "plusieurs collectivités, chacune envoie le sien : voir answers { letterUrl }.")

    @classmethod
    def from_domain(cls, past: DomainPastRequest) -> "PastRequest":
        request, identity = past.request, past.request.identity
        return cls(
            request_id=strawberry.ID(request.id), reference=request.reference, requested_at=request.at,
            last_name=identity.last_name, birth_name=identity.birth_name, first_names=identity.first_names,
            birth_date=identity.birth_date, death_date=identity.death_date, death_place=identity.death_place,
            status=past.status.outcome, doubt_resolved=past.status.doubt_resolved,
            answers=[CollectiviteAnswer(collectivite=d.collectivite, outcome=d.outcome,
                                        letter_url=letter_url(request.id, d.id)) for d in past.status.answers],
            letter_url=letter_url(request.id),
        )


@strawberry.type(description="Une page de l'historique, les demandes les plus récentes d'abord.")
class RequestPage:
    items: list[PastRequest] = strawberry.field(description="Les demandes de la page.")
    has_next_page: bool = strawberry.field(description="Vrai s'il reste des demandes plus anciennes.")
    end_cursor: str | None = strawberry.field(description="Curseur à passer en « after » pour la page suivante ; "
                                                          "vide si la page est vide.")


MyRequestsResult = Annotated[RequestPage | NotAuthenticated, strawberry.union(
    "MyRequestsResult", description="L'historique, ou le refus si l'appelant n'est pas une étude connectée.")]


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def _offset(cursor: str | None) -> int:
    """An unreadable cursor starts from the beginning rather than failing the page."""
    try:
        kind, _, number = base64.urlsafe_b64decode((cursor or "").encode()).decode().partition(":")
        return int(number) if kind == "o" else 0
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0


@strawberry.type
class HistoryQuery:
    @strawberry.field(description="Les demandes de l'étude du notaire connecté, les plus récentes d'abord.")
    async def my_requests(
        self, info: Info,
        first: Annotated[int, strawberry.argument(description="Nombre de demandes par page, de 1 à 100.")] = 20,
        after: Annotated[str | None, strawberry.argument(
            description="Reprendre après ce curseur (l'endCursor de la page précédente) ; du début si vide.")] = None,
        search: Annotated[str | None, strawberry.argument(
            description="Ne garder que les demandes dont la référence, ou un nom saisi, contient ce texte (sans "
                        "distinguer majuscules et minuscules) ; toutes si vide. Le même texte à chaque page.")] = None,
    ) -> MyRequestsResult:
        user = info.context.user
        if user is None:
            return NotAuthenticated(message="Vous devez être connecté avec un compte d'étude notariale.")
        query = OfficeHistoryQuery(user_id=user.id, first=first, offset=_offset(after), search=search or "")
        result = await anyio.to_thread.run_sync(info.context.services.office_history.execute, query)
        match result:
            case Success(page):
                items = [PastRequest.from_domain(p) for p in page.items]
                end = _cursor(page.offset + len(items)) if items else None
                return RequestPage(items=items, has_next_page=page.has_more, end_cursor=end)
            case Failure(error):
                return NotAuthenticated(message=error.message)
        raise AssertionError("unreachable")
