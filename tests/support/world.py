"""A small populated world for GraphQL tests: two collectivités, two offices, one account per profile."""

from datetime import date

from returns.result import Success

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand, ParsedExtract
from application.import_offices import ImportOfficesCommand
from domain.beneficiary import Beneficiary
from domain.office import NotarialOffice
from domain.user import Role
from interfaces.bootstrap import Services
from tests.support.admin import EVERYWHERE
from tests.support.builders import person

PASSWORD = "Cheval-Agrafe-Batterie-7"
NOTARY_A, NOTARY_B = "clerc@bellecour.example", "clerc@brotteaux.example"
AGENT_69, AGENT_69M, ADMIN = "agent@rhone.example", "agent@metropole.example", "admin@rhone.example"
JEANNE = {"lastName": "Martin", "birthName": "Durand", "firstNames": "Jeanne", "birthDate": "1931-04-12",
          "deathDate": "2024-01-05", "deathPlace": "Lyon"}
PAUL = {"lastName": "Bernard", "birthName": None, "firstNames": "Paul", "birthDate": "1938-06-01",
        "deathDate": "2024-02-01", "deathPlace": "Villeurbanne"}


def populate(services: Services) -> None:
    """Office A (69001) works with the Rhône only; office B (69002) with the Rhône and the Métropole."""
    _import(services, "69", [person(iodas_id="9001")])
    _import(services, "69M", [person(iodas_id="7001", usage_name="BERNARD", birth_name=None, first_names="PAUL",
                                     birth_date=date(1938, 6, 1), collectivite="69M")])
    a = NotarialOffice(crpcen="69001", name="Office de Bellecour", email="office.bellecour@notaires.example")
    b = NotarialOffice(crpcen="69002", name="Étude des Brotteaux", email="etude.brotteaux@notaires.example")
    for code, offices in (("69", (a, b)), ("69M", (b,))):
        imported = ImportOfficesCommand(collectivite=code, rows_read=len(offices), offices=offices, rejected=(),
                                        jurisdiction=EVERYWHERE)
        assert isinstance(services.import_offices.execute(imported), Success)
    for email, role, crpcen, collectivite in (
        (NOTARY_A, Role.NOTARY, "69001", None), (NOTARY_B, Role.NOTARY, "69002", None),
        (AGENT_69, Role.AGENT, None, "69"), (AGENT_69M, Role.AGENT, None, "69M"), (ADMIN, Role.ADMIN, None, "69"),
    ):
        command = CreateUserCommand(email=email, role=role, password=PASSWORD, crpcen=crpcen, collectivite=collectivite,
                                    jurisdiction=EVERYWHERE)
        assert isinstance(services.create_user.execute(command), Success)


def _import(services: Services, code: str, people: list[Beneficiary]) -> None:
    extract = ParsedExtract(rows_read=len(people), beneficiaries=people, rejected=())
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite=code, extract=extract)), Success)
