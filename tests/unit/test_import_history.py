"""Each IODAS import is kept in the history with its rejected rows."""

from collections.abc import Iterator
from contextlib import contextmanager

from application.import_beneficiaries import ImportBeneficiaries, ImportBeneficiariesCommand, ParsedExtract
from application.importing import RejectedRow
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.maison import Maison
from tests.support.builders import person


def test_an_import_is_recorded_with_its_file_author_and_rejections() -> None:
    uow, clock = FakeUnitOfWork(), FakeClock()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    extract = ParsedExtract(rows_read=3, beneficiaries=[person(iodas_id="1")],
                            rejected=[RejectedRow(line=3, reason="prénoms manquants")])
    command = ImportBeneficiariesCommand(collectivite="69", extract=extract, source="iodas.csv", actor_id="admin-1")
    report = ImportBeneficiaries(uow, clock).execute(command).unwrap()
    run = uow.imports.get(report.run_id or "")
    assert run is not None
    assert (run.source, run.actor_id, run.at, run.rejected_count) == ("iodas.csv", "admin-1", clock.now(), 1)
    assert run.report.rejected == (RejectedRow(line=3, reason="prénoms manquants"),)
    assert uow.commits == 1
    audited = uow.audit.entries[-1]
    assert (audited.action, audited.target, audited.actor_id) == ("import.iodas", run.id, "admin-1")


def test_an_import_for_an_unknown_collectivite_leaves_no_history() -> None:
    uow = FakeUnitOfWork()
    extract = ParsedExtract(rows_read=0, beneficiaries=[], rejected=[])
    ImportBeneficiaries(uow, FakeClock()).execute(ImportBeneficiariesCommand(collectivite="99", extract=extract))
    assert uow.imports.runs == []


def test_an_import_writes_inside_its_exclusive_section() -> None:
    """The section is held while the unit of work commits: a second import waits for the first one's rows."""
    uow, held = FakeUnitOfWork(), []
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))

    @contextmanager
    def exclusive(name: str) -> Iterator[None]:
        held.append((name, uow.commits))
        yield
        held.append((name, uow.commits))

    extract = ParsedExtract(rows_read=1, beneficiaries=[person(iodas_id="1")], rejected=[])
    ImportBeneficiaries(uow, FakeClock(), exclusive).execute(ImportBeneficiariesCommand(collectivite="69",
                                                                                      extract=extract))
    assert held == [("import-69", 0), ("import-69", 1)]


def test_a_maison_code_the_referential_lacks_loads_and_is_reported_with_its_people() -> None:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    uow.maisons.save(Maison(collectivite="69", code="MDR01", name="Maison", email="mdr01@rhone.example"))
    people = [person(iodas_id="1"), person(iodas_id="2", maison_code="MDR-INCONNUE"),
              person(iodas_id="3", maison_code="MDR-INCONNUE"), person(iodas_id="4", maison_code="MDR99")]
    command = ImportBeneficiariesCommand(collectivite="69", extract=ParsedExtract(rows_read=4, beneficiaries=people,
                                                                                   rejected=[]))
    report = ImportBeneficiaries(uow, FakeClock()).execute(command).unwrap()
    assert report.created == 4
    assert report.unknown_maisons == (("MDR-INCONNUE", 2), ("MDR99", 1))
    assert report.maisons_warning().startswith(
        "Attention : codes de maison inconnus du référentiel : « MDR-INCONNUE » (2 personnes), « MDR99 » (1 personne).")
    assert "aucune maison ne sera avertie" in report.maisons_warning()
    again = ImportBeneficiaries(uow, FakeClock()).execute(command).unwrap()
    assert (again.unchanged, again.unknown_maisons) == (4, report.unknown_maisons)


def test_without_a_maisons_referential_no_code_is_called_unknown() -> None:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    command = ImportBeneficiariesCommand(collectivite="69", extract=ParsedExtract(
        rows_read=1, beneficiaries=[person(iodas_id="1", maison_code="MDR-INCONNUE")], rejected=[]))
    report = ImportBeneficiaries(uow, FakeClock()).execute(command).unwrap()
    assert (report.unknown_maisons, report.maisons_warning()) == ((), "")
