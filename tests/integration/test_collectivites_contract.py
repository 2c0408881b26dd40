"""Registering the configured collectivités behaves the same on the fake, SQLite and PostgreSQL."""

from collections.abc import Iterator

import pytest

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.aid import AidCategory, AidType
from domain.collectivite import Collectivite
from tests.conftest import BACKENDS, stores


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWorkFactory]:
    yield from stores(request.param, request)


def test_a_collectivite_another_process_registered_meanwhile_is_left_as_it_is(uow: UnitOfWorkFactory) -> None:
    """Two commands starting at once on a new database each register the configured collectivités: the one that
    looked before the other had committed adds one that now exists (found failing, now and then, on PostgreSQL)."""
    with uow() as unit:
        unit.collectivites.save_aid_type("69", AidType(code="FOYER", label="Foyer", category=AidCategory.RECOVERABLE))
        unit.commit()
    with uow() as unit:
        before, referential = unit.collectivites.get("69"), unit.collectivites.aid_referential("69")
    assert before is not None and "FOYER" in referential.types
    with uow() as unit:
        unit.collectivites.add(Collectivite(code="69", name="Ajout concurrent"))
        unit.commit()
    with uow() as unit:
        assert unit.collectivites.get("69") == before
        assert unit.collectivites.aid_referential("69") == referential
