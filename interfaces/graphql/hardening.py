"""The schema's protections: size limits, error masking, no introspection nor suggestions in production."""

from collections.abc import Callable

import strawberry
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig

from interfaces.graphql.csrf import CsrfGuard
from interfaces.graphql.errors import PublicErrorsOnly

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2000


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
    config = StrawberryConfig(disable_field_suggestions=not dev, batching_config=None)
    return strawberry.Schema(query=query, mutation=mutation, extensions=extensions, config=config)
