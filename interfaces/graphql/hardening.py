"""The schema's protections: size limits, error masking, no introspection nor suggestions in production."""

from collections.abc import Callable
from datetime import date, datetime

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from interfaces.graphql.csrf import CsrfGuard
from interfaces.graphql.dates import FRENCH_DATE, FRENCH_DATETIME
from interfaces.graphql.errors import PublicError, PublicErrorsOnly

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2000


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Refusals and validation messages are expected answers, not incidents: only crashes are logged."""
        crashes = [e for e in errors if e.original_error is not None
                   and not isinstance(e.original_error, (PublicError, GraphQLError))]
        super().process_errors(crashes, execution_context)


def hardened_schema(query: type, mutation: type, *, dev: bool) -> strawberry.Schema:
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        PublicErrorsOnly,
        CsrfGuard,
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    ]
    if not dev:
        extensions.append(DisableIntrospection)
    # Batching stays off (batching_config=None): one operation per HTTP request.
    config = StrawberryConfig(disable_field_suggestions=not dev, batching_config=None,
                              scalar_map={date: FRENCH_DATE, datetime: FRENCH_DATETIME})
    return Schema(query=query, mutation=mutation, extensions=extensions, config=config)
