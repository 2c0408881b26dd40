"""What an administrator administers: its collectivité's accounts and offices, or, attached to none, everything."""

from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import Role, User

METROPOLE = Jurisdiction(collectivites=("69M",))
EVERYWHERE = Jurisdiction.everywhere(("69", "69M"))


def _office(*served: str) -> NotarialOffice:
    return NotarialOffice(crpcen="69001", name="Étude", email="e@n.fr", collectivites=frozenset(served))


def _user(role: Role, collectivite: str | None = None, crpcen: str | None = None) -> User:
    return User(id="u", email="u@x.fr", role=role, password_hash="h", collectivite=collectivite, crpcen=crpcen)


def test_an_administrator_attached_to_none_administers_every_collectivite_and_one_attached_its_own() -> None:
    assert Jurisdiction.of(_user(Role.ADMIN), ("69", "69M")) == EVERYWHERE
    assert Jurisdiction.of(_user(Role.ADMIN, "69M"), ("69", "69M")) == METROPOLE
    assert Jurisdiction.of(_user(Role.AGENT, "69M"), ("69", "69M")) == METROPOLE
    assert Jurisdiction.of(_user(Role.AGENT), ("69", "69M")).collectivites == ()
    assert Jurisdiction.of(_user(Role.NOTARY, crpcen="69001"), ("69",)).collectivites == ()


def test_a_clerk_s_account_is_within_every_collectivite_serving_the_office_and_no_other() -> None:
    clerk = _user(Role.NOTARY, crpcen="69001")
    assert METROPOLE.sees_account(clerk, _office("69", "69M"))
    assert not METROPOLE.sees_account(clerk, _office("69"))
    assert not METROPOLE.sees_account(clerk, _office()) and not METROPOLE.sees_account(clerk, None)
    assert EVERYWHERE.sees_account(clerk, None)


def test_an_account_attached_to_no_collectivite_is_the_business_of_administrators_of_all() -> None:
    assert not METROPOLE.sees_account(_user(Role.ADMIN), None)
    assert not METROPOLE.sees_account(_user(Role.ADMIN, "69"), None)
    assert METROPOLE.sees_account(_user(Role.AGENT, "69M"), None)
    assert EVERYWHERE.sees_account(_user(Role.ADMIN), None)
    assert not METROPOLE.covers(None) and EVERYWHERE.covers(None) and EVERYWHERE.covers("2A")


def test_an_office_s_name_and_address_are_changed_only_where_no_other_collectivite_serves_it() -> None:
    assert METROPOLE.renames(_office("69M")) and METROPOLE.renames(_office())
    assert not METROPOLE.renames(_office("69", "69M")) and not METROPOLE.renames(_office("69"))
    assert EVERYWHERE.renames(_office("69", "69M"))
    assert METROPOLE.others_serving(_office("69", "69M")) == ("69",) and EVERYWHERE.others_serving(_office("69")) == ()


def test_an_administrator_sees_its_offices_and_those_no_collectivite_serves() -> None:
    assert METROPOLE.sees_office(_office("69", "69M")) and METROPOLE.sees_office(_office())
    assert not METROPOLE.sees_office(_office("69")) and not METROPOLE.serves(_office())
