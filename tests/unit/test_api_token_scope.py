"""An administrator attached to one collectivité lists, creates and revokes its own integrators' tokens only."""

from datetime import timedelta

import pytest
from returns.result import Failure, Success

from application.create_api_token import CreateApiToken, CreateApiTokenCommand
from application.list_api_tokens import ListApiTokens
from application.revoke_api_token import RevokeApiToken, RevokeApiTokenCommand
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.api_token import Scope
from domain.collectivite import Collectivite


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    for code in ("69", "69M"):
        uow.collectivites.add(Collectivite(code=code, name=code))
    return uow


def _create(uow: FakeUnitOfWork, collectivite: str, scope: tuple[str, ...] | None) -> object:
    return CreateApiToken(uow, FakeClock()).execute(CreateApiTokenCommand(
        name=f"SI {collectivite}", collectivite=collectivite, scopes=frozenset({Scope.DECISIONS_READ}),
        valid_for=timedelta(days=30), collectivites=scope))


def test_the_metropoles_administrator_neither_sees_creates_nor_revokes_the_rhones_tokens(uow: FakeUnitOfWork) -> None:
    rhone = _create(uow, "69", None)  # the command line: every collectivité
    assert isinstance(rhone, Success)
    refused = _create(uow, "69", ("69M",))
    assert isinstance(refused, Failure) and refused.failure().field == "collectivite"
    assert isinstance(_create(uow, "69M", ("69M",)), Success)

    tokens = ListApiTokens(uow)
    assert [t.collectivite for t in tokens.execute(("69M",))] == ["69M"]
    assert sorted(t.collectivite for t in tokens.execute()) == ["69", "69M"]
    revoke = RevokeApiToken(uow, FakeClock())
    token_id = rhone.unwrap().token.id
    assert isinstance(revoke.execute(RevokeApiTokenCommand(token_id=token_id, collectivites=("69M",))), Failure)
    kept = uow.api_tokens.get(token_id)
    assert kept is not None and kept.revoked_at is None
    assert isinstance(revoke.execute(RevokeApiTokenCommand(token_id=token_id, collectivites=("69",))), Success)
