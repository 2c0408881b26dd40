"""The GraphQL schema, merged from one module per capability."""

import strawberry

from interfaces.graphql.account import AccountMutation, AccountQuery
from interfaces.graphql.decisions import DecisionsQuery
from interfaces.graphql.hardening import hardened_schema
from interfaces.graphql.history import HistoryQuery
from interfaces.graphql.search import SearchMutation
from interfaces.graphql.statistics import StatisticsQuery
from interfaces.graphql.terms import TermsMutation


@strawberry.type(description="Lectures : le compte connecté, l'historique de l'étude (notaires), les décisions et "
                             "les statistiques (agents, administrateurs, intégrateurs habilités).")
class Query(AccountQuery, HistoryQuery, DecisionsQuery, StatisticsQuery):
    pass


@strawberry.type(description="Actions : connexion, déconnexion, recherche d'une personne décédée, acceptation des "
                             "conditions d'utilisation.")
class Mutation(AccountMutation, SearchMutation, TermsMutation):
    pass


def build_schema(*, dev: bool) -> strawberry.Schema:
    """Introspection, the IDE and field suggestions only in development (NOTAIRES_DEV)."""
    return hardened_schema(Query, Mutation, dev=dev)


schema = build_schema(dev=False)
