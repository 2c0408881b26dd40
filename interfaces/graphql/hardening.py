"""The schema's protections: size limits, error masking, no introspection nor suggestions in production."""

import logging
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


# Strawberry's own logger, so that an operator's log settings still apply to our crash reports.
crash_log = logging.getLogger("strawberry.execution")


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Refusals and validation messages are expected answers, not incidents: only crashes are logged, with
        their traceback, the operation's name and the field's path, never the document nor its variables (names
        of the deceased typed as literals would go to the logs: strawberry prints the document's lines)."""
        for error in errors:
            if error.original_error is None or isinstance(error.original_error, (PublicError, GraphQLError)):
                continue
            operation = execution_context.operation_name if execution_context else None
            crash_log.error("erreur inattendue dans l'opération GraphQL %s, champ %s",
                            operation or "(sans nom)", ".".join(str(p) for p in error.path or ()) or "(aucun)",
                            exc_info=error.original_error)


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
