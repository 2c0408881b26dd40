"""The décompte de créance as a real PDF, read back as text: what the notary reads, amounts in French."""

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D
from io import BytesIO
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from domain.aid import Aid, default_aid_referential
from domain.collectivite import Collectivite, CollectiviteKind
from domain.creance import Creance
from domain.decompte import decompte_of
from domain.letters import LetterContent, LetterKind
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType, default_recovery_rules
from domain.search import SearchRequest
from infrastructure.letters.profiles import FolderProfiles
from infrastructure.letters.renderer import WeasyPrintRenderer
from tests.support.builders import identity

RHONE = Collectivite(code="69", name="Département du Rhône")
LYON = Collectivite(code="69M", name="Métropole de Lyon", kind=CollectiviteKind.METROPOLE)
EXAMPLE = Path(__file__).parents[2] / "config.example"
CASE = Creance(id="c1", decision_id="d1", request_id="r1", collectivite="69", iodas_id="1",
               recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("18450.50")),
                                                      ClaimedAid(aid_code="AM", amount_paid=D("3000.00"))),
               net_estate=D("60000.00"), funeral_costs=D("4200.00"), amount_claimed=D("20690.50"),
               opened_at=datetime(2026, 11, 2, 9, tzinfo=UTC), opened_by="agent")
AIDS = (Aid(code="ASH", start=date(2019, 3, 1), end=date(2024, 1, 5)), Aid(code="AM", start=date(2015, 6, 1)))


REQUEST = SearchRequest(id="r1", reference="2026-000042", identity=identity(last_name="Martin", birth_name="Durand"),
                        crpcen="69001", user_id="u1", at=datetime(2026, 10, 17, 9, tzinfo=UTC))


def decompte_letter(profiles: FolderProfiles, collectivite: Collectivite = RHONE, case: Creance = CASE) -> LetterContent:
    labels = {code: t.label for code, t in default_aid_referential().types.items()}
    decompte = decompte_of(case, REQUEST, default_recovery_rules(default_aid_referential()), labels, AIDS)
    return LetterContent(kind=LetterKind.DECOMPTE, outcome=Outcome.RECOVERABLE_AID, reference="2026-000042",
                         dated=date(2026, 11, 26), identity=REQUEST.identity,
                         office_name="Office notarial de Bellecour", office_email="office@notaires.example",
                         profile=profiles.profile(collectivite), previous_date=date(2026, 10, 17), decompte=decompte)


def text_of(pdf: bytes) -> str:
    """Every page, its spaces as a reader sees them (the narrow no-break space of « 1 234,56 € » included), and
    the words hyphenated at a line's end joined again."""
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split()).replace("\u2010 ", "")


def rendered(profiles: FolderProfiles, collectivite: Collectivite = RHONE) -> str:
    return text_of(WeasyPrintRenderer(profiles).render(decompte_letter(profiles, collectivite)))


DEMO = FolderProfiles(EXAMPLE, demo=True)  # as `make run` reads the example, in development mode


def test_the_decompte_names_the_deceased_as_typed_the_legal_basis_the_aids_and_the_computation() -> None:
    text = rendered(DEMO)
    for expected in (
            "Succession de Jeanne MARTIN — décompte de la créance d'aide sociale", "MARTIN", "DURAND", "12/04/1931",
            "05/01/2024", "Par votre demande du 17 octobre 2026, référencée 2026-000042", "Lyon, le 26 novembre 2026",
            "Office notarial de Bellecour", "office@notaires.example",
            "recours en récupération contre la succession du bénéficiaire de l'aide sociale, prévu à l'article "
            "L. 132-8 du code de l'action sociale et des familles",
            "Aide sociale à l'hébergement", "récupérable dès le premier euro", "du 01/03/2019 au 05/01/2024",
            "Aide ménagère", "du 01/06/2015 jusqu'au décès, le 05/01/2024", "au-delà de 46 000,00 €", "au-delà de 760,00 €",
            "18 450,50 €", "3 000,00 €", "2 240,00 €", "21 450,50 €", "60 000,00 €", "4 200,00 € déclarés",
            "dans la limite de 3 500,00 €", "− 3 500,00 €", "56 500,00 €", "Montant réclamé : 20 690,50 €",
            "Référence du paiement CR-69-2026-000042",
            "Titulaire du compte Paierie départementale du Rhône (exemple de démonstration)",
            "IBAN FR76 0000 0000 0000 0000 0000 097", "Compte fictif de démonstration : aucun paiement ne doit y être fait.",
            "recours-successions@rhone.example, tél. 04 00 00 00 00", "Claire Dubois", "Directrice de l'autonomie"):
        assert expected in text, expected


@pytest.mark.parametrize(("recourse", "value_line", "basis"), [
    (RecourseType.DONEE, "Valeur des biens donnés déclarée par votre étude 15 000,00 €",
     "pour une donation consentie après la demande d'aide sociale ou dans les dix ans qui l'ont précédée, dans la "
     "limite de sa créance et de la valeur des biens donnés"),
    (RecourseType.LEGATEE, "Valeur des biens légués au jour de l'ouverture de la succession, déclarée par votre étude "
     "15 000,00 €", "dans la limite de sa créance et de la valeur des biens légués au jour de l'ouverture de la "
     "succession"),
])
def test_a_decompte_against_a_donee_or_a_legatee_is_computed_and_worded_on_the_value_given_not_the_estate(
        recourse: RecourseType, value_line: str, basis: str) -> None:
    """Such a décompte was capped by the net estate less funeral costs and worded as a claim on the estate (an
    acceptance test). ASH 18,450.50 and AM 3,000, all from the first euro, within the 15,000 given."""
    case = replace(CASE, recourse=recourse, net_estate=D("0.00"), funeral_costs=D("0.00"),
                   liberality_value=D("15000.00"), amount_claimed=D("15000.00"))
    text = text_of(WeasyPrintRenderer(DEMO).render(decompte_letter(DEMO, case=case)))
    against = "contre le donataire" if recourse is RecourseType.DONEE else "contre le légataire"
    for expected in (f"exerce le recours en récupération {against}, prévu à l'article L. 132-8", basis, value_line,
                     f"récupérable dès le premier euro {against} (les seuils de l'actif net successoral ne valent que "
                     "pour le recours sur la succession)", "Montant réclamé : 15 000,00 €",
                     f"Cette somme est due par le {'donataire' if recourse is RecourseType.DONEE else 'légataire'}"):
        assert expected in text, expected
    for estate_only in ("Actif net successoral déclaré", "Frais d'obsèques", "frais d'obsèques", "Actif net disponible",
                        "lors du règlement de la succession", "n'est pas privilégiée"):
        assert estate_only not in text, estate_only


def test_the_decompte_is_a_tagged_pdf_a() -> None:
    pdf = WeasyPrintRenderer(DEMO).render(decompte_letter(DEMO))
    root = cast(DictionaryObject, PdfReader(BytesIO(pdf)).trailer["/Root"].get_object())
    assert "/StructTreeRoot" in root and "/OutputIntents" in root


def test_a_configured_account_is_printed(tmp_path: Path) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "collectivite.toml").write_text(
        '[payment]\npayee = "Paierie départementale du Rhône"\niban = "FR76 1234 5678 9012 3456 7890 123"\n'
        'bic = "ABCDFRPPXXX"\nnote = "Un chèque est accepté à l\'ordre de la paierie."\n', encoding="utf-8")
    text = rendered(FolderProfiles(tmp_path))
    for expected in ("Titulaire du compte Paierie départementale du Rhône", "IBAN FR76 1234 5678 9012 3456 7890 123",
                     "BIC ABCDFRPPXXX", "Un chèque est accepté", "Référence du paiement CR-69-2026-000042"):
        assert expected in text, expected
    assert FolderProfiles(tmp_path).without_payment([RHONE]) == []


@pytest.mark.parametrize("payment", ['[payment]\npayee = "Paierie"\n', "", '[payment]\niban = "FR76"\n'])
def test_an_account_without_its_holder_or_its_iban_is_no_account_and_the_service_is_warned(
        tmp_path: Path, payment: str) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "collectivite.toml").write_text(f'name = "Département du Rhône"\n{payment}', encoding="utf-8")
    assert FolderProfiles(tmp_path).profile(RHONE).payment is None  # so no décompte is sent (NotifyCreance)
    assert FolderProfiles(tmp_path).without_payment([RHONE]) == [
        "Aucun compte de paiement pour Département du Rhône ([payment] de 69/collectivite.toml) : ses décomptes de "
        "créance ne peuvent pas être envoyés aux notaires. Voir config.example/."]


def test_the_examples_account_counts_in_development_only_and_is_always_told_to_be_replaced() -> None:
    """config.example is copied to production as the README says: its demonstration account (bank code 00000, no
    bank's) must never reach a notary as a real one."""
    production = FolderProfiles(EXAMPLE)
    assert production.profile(RHONE).payment is None and production.profile(LYON).payment is None
    assert production.without_payment([RHONE]) == [
        "Le compte de paiement du Département du Rhône ([payment] de 69/collectivite.toml) est l'exemple de "
        "démonstration, ignoré hors du mode développement : ses décomptes de créance ne peuvent pas être envoyés aux "
        "notaires."]
    account = DEMO.profile(LYON).payment
    assert account is not None and account.is_example
    assert account.payee == "Paierie de la Métropole de Lyon (exemple de démonstration)"
    assert DEMO.without_payment([LYON]) == [
        "Le compte de paiement de la Métropole de Lyon ([payment] de 69M/collectivite.toml) est l'exemple de "
        "démonstration : remplacez-le avant la mise en production."]


def test_without_its_letterhead_a_decompte_says_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "collectivite.toml").write_text('[payment]\npayee = "Paierie"\niban = "FR76 3000 1007 9412 '
                                                      '3456 7890 185"\n', encoding="utf-8")
    text = rendered(FolderProfiles(tmp_path))
    assert "Signataire à configurer" in text and "IBAN FR76 3000 1007 9412 3456 7890 185" in text


def test_a_metropole_claims_in_its_own_name() -> None:
    text = rendered(DEMO, LYON)
    assert "La Métropole de Lyon exerce le recours en récupération" in text
    assert "Paul Martin" in text and "Pour le Président de la Métropole" in text
