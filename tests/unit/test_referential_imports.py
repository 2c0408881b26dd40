"""Importing the offices' or the maisons' table again tells what changed, and counts the rest unchanged."""

from dataclasses import replace

from application.import_maisons import ImportMaisons, ImportMaisonsCommand
from application.import_offices import ImportOffices, ImportOfficesCommand
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.jurisdiction import Jurisdiction
from domain.maison import Maison
from domain.office import NotarialOffice

OFFICES = (NotarialOffice(crpcen="69001", name="Étude Bellecour", email="etude@bellecour.example"),
           NotarialOffice(crpcen="69002", name="Étude Croix-Rousse", email="etude@croix-rousse.example"))
EVERYWHERE = Jurisdiction.everywhere(("69", "69M"))
MAISONS = (Maison(collectivite="69", code="MDR01", name="Lyon 7e", email="mdr01@rhone.example"),
           Maison(collectivite="69", code="MDR02", name="Vénissieux", email="mdr02@rhone.example"))


def _uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    uow.collectivites.add(Collectivite(code="69M", name="Métropole de Lyon"))
    return uow


def test_offices_imported_again_are_unchanged_but_a_new_address_or_agreement_is_an_update() -> None:
    uow = _uow()
    use_case = ImportOffices(uow, FakeClock())

    def run(collectivite: str, *offices: NotarialOffice) -> tuple[int, int, int]:
        report = use_case.execute(ImportOfficesCommand(collectivite=collectivite, rows_read=len(offices),
                                                       offices=offices, rejected=(), jurisdiction=EVERYWHERE)).unwrap()
        return report.created, report.updated, report.unchanged

    assert run("69", *OFFICES) == (2, 0, 0)
    assert run("69", *OFFICES) == (0, 0, 2)
    assert run("69", replace(OFFICES[0], email="accueil@bellecour.example"), OFFICES[1]) == (0, 1, 1)
    assert run("69M", *OFFICES) == (0, 2, 0), "registered with one more collectivité"
    assert uow.offices.get("69002") == replace(OFFICES[1], collectivites=frozenset({"69", "69M"}))


def test_maisons_imported_again_are_unchanged_but_a_new_name_is_an_update() -> None:
    uow = _uow()
    use_case = ImportMaisons(uow, FakeClock())

    def run(*maisons: Maison) -> tuple[int, int, int]:
        report = use_case.execute(ImportMaisonsCommand(collectivite="69", rows_read=len(maisons), maisons=maisons,
                                                       rejected=())).unwrap()
        return report.created, report.updated, report.unchanged

    assert run(*MAISONS) == (2, 0, 0)
    assert run(*MAISONS) == (0, 0, 2)
    assert run(MAISONS[0], replace(MAISONS[1], name="Vénissieux Centre")) == (0, 1, 1)
    assert uow.maisons.get("69", "MDR02") == replace(MAISONS[1], name="Vénissieux Centre")
