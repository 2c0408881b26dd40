"""`notaires serve` learns the name facts after an import, before any notary searches."""


from application.import_beneficiaries import ImportBeneficiariesCommand
from infrastructure.iodas.extract_reader import read_extract
from interfaces.bootstrap import Services
from interfaces.facts_warmup import warm
from tests.integration.test_matching_quality import CORPORA


def test_the_facts_learnt_in_the_background_are_those_a_search_then_uses(services: Services) -> None:
    extract = read_extract(CORPORA / "fr" / "extract.csv", "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=extract))
    learnt = warm(services)
    assert set(learnt) == {"69", "69M"} and learnt["69"].sex_by_name
    with services.uow() as uow:
        assert uow.beneficiaries.name_facts("69") is learnt["69"]
