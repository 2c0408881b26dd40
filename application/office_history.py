"""A notary reads the office's past requests: what was asked, when, and the answer in force."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.errors import NotAuthorized
from domain.request_status import RequestStatus, status_of
from domain.search import SearchRequest
from domain.user import Role

MAX_PAGE = 100
MAX_OFFSET = 10**9  # no office asks a billion times; a database refuses an offset beyond its integers


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficeHistoryQuery:
    user_id: str
    first: int = 20
    offset: int = 0
    search: str = ""  # a reference or a surname typed, or part of one


@dataclass(frozen=True, slots=True, kw_only=True)
class PastRequest:
    request: SearchRequest
    status: RequestStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryPage:
    items: tuple[PastRequest, ...]
    offset: int
    has_more: bool


class OfficeHistory:
    """Business rules:
    - only a notary attached to an office reads a history, and only that office's;
    - the status shown is the answer in force: a corrected decision replaces the automatic one;
    - pages hold at most MAX_PAGE requests, newest first;
    - a clerk looking for one file finds it by its reference or a surname typed, or part of one;
    - a page starts at most MAX_OFFSET requests in: a forged cursor beyond reads an empty page, it fails nothing.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: OfficeHistoryQuery) -> Result[HistoryPage, NotAuthorized]:
        first, offset = max(1, min(query.first, MAX_PAGE)), max(0, min(query.offset, MAX_OFFSET))
        with self._uow() as uow:
            user = uow.users.get(query.user_id)
            if user is None or not user.active or user.role is not Role.NOTARY or user.crpcen is None:
                return Failure(NotAuthorized())
            found = uow.history.for_office(user.crpcen, first + 1, offset, query.search[:100])
            items = tuple(PastRequest(request=r, status=status_of(uow.requests.decisions_for(r.id)))
                          for r in found[:first])
        return Success(HistoryPage(items=items, offset=offset, has_more=len(found) > first))
