"""The GraphQL schema, merged from one module per capability."""

import strawberry
from strawberry.tools import merge_types

from interfaces.graphql.account import AccountMutation, AccountQuery
from interfaces.graphql.decisions import DecisionsQuery
from interfaces.graphql.hardening import hardened_schema
from interfaces.graphql.history import HistoryQuery
from interfaces.graphql.search import SearchMutation
from interfaces.graphql.statistics import StatisticsQuery
from interfaces.graphql.terms import TermsMutation

Query = merge_types("Query", (AccountQuery, HistoryQuery, DecisionsQuery, StatisticsQuery))
Mutation = merge_types("Mutation", (AccountMutation, SearchMutation, TermsMutation))


def build_schema(*, dev: bool) -> strawberry.Schema:
    """Introspection, the IDE and field suggestions only in development (NOTAIRES_DEV)."""
    return hardened_schema(Query, Mutation, dev=dev)


schema = build_schema(dev=False)
