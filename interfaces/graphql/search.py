"""A notary's search for a deceased person."""

from typing import Annotated

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.search_deceased import SearchDeceasedCommand
from domain.errors import InvalidSearch as DomainInvalidSearch
from domain.errors import DirectoryNotLoaded, OfficeNotServed
from domain.identity import IdentityForm
from interfaces.graphql.context import Info
from interfaces.graphql.types import (
    DeceasedSearchInput,
    InvalidSearch,
    NotAuthenticated,
    RateLimited,
    SearchAnswer,
    SearchResult,
    SearchUnavailable,
)


@strawberry.type
class SearchMutation:
    @strawberry.mutation(description="Recherche d'une personne décédée auprès des collectivités de l'étude.")
    async def search_deceased(
        self, info: Info,
        input: Annotated[DeceasedSearchInput, strawberry.argument(description="L'identité de la personne décédée.")],
    ) -> SearchResult:
        user = info.context.user
        if user is None:
            return NotAuthenticated(message="Vous devez être connecté avec un compte d'étude notariale.")
        if refusal := info.context.services.throttle.search(crpcen=user.crpcen, user_id=user.id, ip=info.context.ip):
            return RateLimited.from_domain(refusal)
        form = IdentityForm(
            last_name=input.last_name, birth_name=input.birth_name, first_names=input.first_names,
            birth_date=input.birth_date, death_date=input.death_date, death_place=input.death_place,
        )
        command = SearchDeceasedCommand(user_id=user.id, form=form, ip=info.context.ip)
        result = await anyio.to_thread.run_sync(info.context.services.search.execute, command)
        match result:
            case Success(answer):
                return SearchAnswer.from_domain(answer)
            case Failure(DomainInvalidSearch() as invalid):
                return InvalidSearch.from_domain(invalid)
            case Failure(OfficeNotServed() | DirectoryNotLoaded() as unavailable):
                return SearchUnavailable(message=unavailable.message)
            case Failure(error):
                return NotAuthenticated(message=error.message)
        raise AssertionError("unreachable")
