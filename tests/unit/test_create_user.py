"""An administrator creates an account: each mistake is refused in French, before anything is written."""

from returns.result import Failure, Success

from application.create_user import CreateUser, CreateUserCommand
from application.testing.fakes import FakeClock, FakePasswordHasher, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import Role

PASSWORD = "une phrase de passe solide"
EVERYWHERE = Jurisdiction.everywhere(("69", "69M"))
METROPOLE = Jurisdiction(collectivites=("69M",))


def _create(uow: FakeUnitOfWork, **fields: object) -> str | None:
    """The refusal's message, or None once the account is created."""
    command = CreateUserCommand(**{"email": "agent@rhone.fr", "role": Role.AGENT, "password": PASSWORD,
                                   "collectivite": "69", "jurisdiction": EVERYWHERE,
                                   **fields})  # type: ignore[arg-type]
    match CreateUser(uow, FakePasswordHasher(), FakeClock()).execute(command):
        case Failure(error):
            message: str = error.message
            return message
        case Success(_):
            return None
    raise AssertionError("unreachable")


def _world() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="office@notaires.fr",
                                    collectivites=frozenset({"69"})))
    return uow


def test_a_missing_e_mail_is_told_missing_and_a_wrong_one_shown_as_typed() -> None:
    assert _create(_world(), email="  ") == "Adresse électronique manquante."
    assert _create(_world(), email="agent.rhone.fr") == "Adresse électronique invalide : « agent.rhone.fr »."


def test_a_notary_account_needs_an_office_and_no_other_account_takes_one() -> None:
    uow = _world()
    assert _create(uow, role=Role.NOTARY, collectivite=None, crpcen=None) \
        == "Choisissez l'étude du compte : un compte d'étude notariale appartient à une étude."
    assert _create(uow, role=Role.ADMIN, crpcen="69001", email="admin@rhone.fr") \
        == "Seul un compte d'étude notariale appartient à une étude : retirez l'étude, ou choisissez ce profil."
    assert _create(uow, role=Role.NOTARY, collectivite=None, crpcen="99999") \
        == "Étude inconnue (CRPCEN 99999) : importez d'abord les études."
    assert uow.users.items == {} and uow.commits == 0
    assert _create(uow, role=Role.NOTARY, collectivite=None, crpcen="69001", email="clerc@notaires.fr") is None


def test_an_unknown_collectivite_is_refused_and_nothing_is_written() -> None:
    uow = _world()
    assert _create(uow, collectivite="99") == "Collectivité inconnue : 99 (connues : 69)."
    assert uow.users.items == {} and uow.audit.entries == []
    assert _create(uow) is None and [u.collectivite for u in uow.users.items.values()] == ["69"]


def test_an_administrator_of_the_metropole_creates_no_account_beyond_it_and_says_which_field_to_change() -> None:
    uow = _world()
    uow.collectivites.add(Collectivite(code="69M", name="Métropole de Lyon"))
    uow.offices.save(NotarialOffice(crpcen="69002", name="Étude", email="office2@notaires.fr",
                                    collectivites=frozenset({"69", "69M"})))

    def refused(**fields: object) -> tuple[str | None, str | None]:
        command = CreateUserCommand(**{"email": "x@lyon.fr", "password": PASSWORD, "jurisdiction": METROPOLE,
                                       **fields})  # type: ignore[arg-type]
        error = CreateUser(uow, FakePasswordHasher(), FakeClock()).execute(command).failure()
        return error.field, error.message

    assert refused(role=Role.ADMIN, collectivite=None) == ("collectivite", (
        "Un administrateur rattaché à une collectivité ne peut pas créer d'administrateur de toutes les "
        "collectivités : rattachez ce compte à « Métropole de Lyon »."))
    for role, collectivite in ((Role.ADMIN, "69"), (Role.AGENT, "69"), (Role.AGENT, None)):
        assert refused(role=role, collectivite=collectivite) == ("collectivite", (
            "Vous administrez « Métropole de Lyon » seulement : rattachez ce compte à cette collectivité."))
    assert refused(role=Role.NOTARY, crpcen="69001")[0] == "crpcen"
    assert uow.users.items == {} and uow.audit.entries == []
    for fields in ({"role": Role.AGENT, "collectivite": "69M"}, {"role": Role.NOTARY, "crpcen": "69002"}):
        command = CreateUserCommand(**{"email": f"{fields['role']}@lyon.fr", "password": PASSWORD,
                                       "jurisdiction": METROPOLE, **fields})  # type: ignore[arg-type]
        assert isinstance(CreateUser(uow, FakePasswordHasher(), FakeClock()).execute(command), Success)
    assert len(uow.users.items) == 2


def test_an_administrator_of_every_collectivite_creates_another() -> None:
    uow = _world()
    assert _create(uow, role=Role.ADMIN, collectivite=None, email="admin@tous.fr") is None
    assert [u.collectivite for u in uow.users.items.values()] == [None]
