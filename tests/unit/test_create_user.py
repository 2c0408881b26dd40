"""An administrator creates an account: each mistake is refused in French, before anything is written."""

from returns.result import Failure, Success

from application.create_user import CreateUser, CreateUserCommand
from application.testing.fakes import FakeClock, FakePasswordHasher, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.office import NotarialOffice
from domain.user import Role

PASSWORD = "une phrase de passe solide"


def _create(uow: FakeUnitOfWork, **fields: object) -> str | None:
    """The refusal's message, or None once the account is created."""
    command = CreateUserCommand(**{"email": "agent@rhone.fr", "role": Role.AGENT, "password": PASSWORD,
                                   "collectivite": "69", **fields})  # type: ignore[arg-type]
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
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="office@notaires.fr"))
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
