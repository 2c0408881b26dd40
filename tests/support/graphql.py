"""A tiny GraphQL client over real HTTP."""

from typing import Any

import httpx


class GraphQLClient:
    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base_url = base_url
        self._client = httpx.Client(base_url=base_url, timeout=30)
        self.token = token

    def __call__(self, query: str, **variables: Any) -> dict[str, Any]:
        headers = {"authorization": f"Bearer {self.token}"} if self.token else {}
        response = self._client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
        body: dict[str, Any] = response.json()
        return body

    def login(self, email: str, password: str) -> dict[str, Any]:
        data = self(
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) "
            "{ __typename ... on LoginSuccess { token role } ... on LoginFailure { message } } }",
            e=email, p=password,
        )["data"]["login"]
        if data["__typename"] == "LoginSuccess":
            self.token = data["token"]
        result: dict[str, Any] = data
        return result

    def close(self) -> None:
        self._client.close()


SEARCH = """
mutation($input: DeceasedSearchInput!) {
  searchDeceased(input: $input) {
    __typename
    ... on SearchAnswer { outcome requestId reference answeredAt answers { collectivite outcome } }
    ... on InvalidSearch { message errors { field message } }
    ... on NotAuthenticated { message }
  }
}
"""
