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
from interfaces.graphql.types import CollectiviteAnswer, NotAuthenticated, Outcome

LETTER_URL = "/lettres/{request_id}.pdf"


@strawberry.type(description="Une demande passée de l'étude, avec la réponse en vigueur.")
class PastRequest:
    request_id: strawberry.ID
    reference: str
    requested_at: datetime
    last_name: str
    birth_name: str | None
    first_names: str
    birth_date: date
    death_date: date
    death_place: str
    status: Outcome  # type: ignore[valid-type]
    doubt_resolved: bool = strawberry.field(description="Un doute a été levé depuis par un agent.")
    answers: list[CollectiviteAnswer]
    letter_url: str = strawberry.field(description="Le courrier officiel, en PDF.")

    @classmethod
    def from_domain(cls, past: DomainPastRequest) -> "PastRequest":
        request, identity = past.request, past.request.identity
        return cls(
            request_id=strawberry.ID(request.id), reference=request.reference, requested_at=request.at,
            last_name=identity.last_name, birth_name=identity.birth_name, first_names=identity.first_names,
            birth_date=identity.birth_date, death_date=identity.death_date, death_place=identity.death_place,
            status=past.status.outcome, doubt_resolved=past.status.doubt_resolved,
            answers=[CollectiviteAnswer(collectivite=d.collectivite, outcome=d.outcome) for d in past.status.answers],
            letter_url=LETTER_URL.format(request_id=request.id),
        )


@strawberry.type
class RequestPage:
    items: list[PastRequest]
    has_next_page: bool
    end_cursor: str | None


MyRequestsResult = Annotated[RequestPage | NotAuthenticated, strawberry.union("MyRequestsResult")]


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
    async def my_requests(self, info: Info, first: int = 20, after: str | None = None) -> MyRequestsResult:
        user = info.context.user
        if user is None:
            return NotAuthenticated(message="Vous devez être connecté avec un compte d'étude notariale.")
        query = OfficeHistoryQuery(user_id=user.id, first=first, offset=_offset(after))
        result = await anyio.to_thread.run_sync(info.context.services.office_history.execute, query)
        match result:
            case Success(page):
                items = [PastRequest.from_domain(p) for p in page.items]
                end = _cursor(page.offset + len(items)) if items else None
                return RequestPage(items=items, has_next_page=page.has_more, end_cursor=end)
            case Failure(error):
                return NotAuthenticated(message=error.message)
        raise AssertionError("unreachable")
