"""The GraphQL schema, merged from one module per capability."""

import strawberry
from strawberry.extensions import MaskErrors
from strawberry.tools import merge_types

from interfaces.graphql.account import AccountMutation, AccountQuery
from interfaces.graphql.search import SearchMutation

Query = merge_types("Query", (AccountQuery,))
Mutation = merge_types("Mutation", (AccountMutation, SearchMutation))

schema = strawberry.Schema(query=Query, mutation=Mutation, extensions=[MaskErrors])
