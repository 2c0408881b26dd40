"""A small world for letter and mail tests: the test extract, one office, its clerk, the maisons."""

from pathlib import Path

from returns.result import Success

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand
from domain.user import Role
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.maisons_reader import read_maisons
from infrastructure.offices_reader import read_offices
from interfaces.bootstrap import Services
from tests.support.admin import EVERYWHERE
from tests.integration.test_cli import EXTRACT

OFFICE_EMAIL = "office@notaires.example"
SERVICE_EMAIL = "recours-successions@collectivite-69.example"
MAISONS = ("code,name,email,address\n"
           "MDR01,Maison du Rhône Lyon 7e,mdr01@rhone.example,\"10 rue de Marseille, 69007 Lyon\"\n"
           "MDR03,Maison du Rhône Vénissieux,mdr03@rhone.example,\n")
PASSWORD = "Clerc-Tres-Secret-2026"


def populate(services: Services, folder: Path) -> str:
    """Returns the clerk's user id."""
    (folder / "b.csv").write_text(EXTRACT, encoding="utf-8")
    (folder / "o.csv").write_text(f"crpcen,name,email\n69999,Office de Bellecour,{OFFICE_EMAIL}\n"
                                  "69998,Autre étude,autre@notaires.example\n", encoding="utf-8")
    (folder / "m.csv").write_text(MAISONS, encoding="utf-8")
    extract = read_extract(folder / "b.csv", "69", frozenset({"ASH", "APA", "PCH", "AM"}))
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite="69", extract=extract)), Success)
    assert isinstance(services.import_offices.execute(read_offices(folder / "o.csv", "69", EVERYWHERE)), Success)
    assert isinstance(services.import_maisons.execute(read_maisons(folder / "m.csv", "69")), Success)
    for email, crpcen in (("clerk@office.example", "69999"), ("other@office.example", "69998")):
        created = services.create_user.execute(CreateUserCommand(email=email, role=Role.NOTARY, password=PASSWORD,
                                                                 crpcen=crpcen, jurisdiction=EVERYWHERE))
        assert isinstance(created, Success)
    with services.uow() as uow:
        clerk = uow.users.by_email("clerk@office.example")
    assert clerk is not None
    return clerk.id
