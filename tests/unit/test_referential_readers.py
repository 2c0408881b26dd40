"""The CRPCEN table and the maisons' referential: each bad row told with its line, as the IODAS extract is."""

from infrastructure.maisons_reader import parse_maisons
from infrastructure.offices_reader import parse_offices
from tests.support.admin import EVERYWHERE


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def test_an_office_row_with_too_many_or_too_few_cells_is_rejected_with_its_line() -> None:
    command = parse_offices(_lines("crpcen,name,email\n"
                                   "69001,Étude A,a@notaires.example\n"
                                   "69007,Étude B,b@notaires.example,extra\n"
                                   "69008,Étude C\n"), "69", EVERYWHERE)
    assert [o.crpcen for o in command.offices] == ["69001"]
    assert [(r.line, r.reason) for r in command.rejected] == [(3, "4 colonnes au lieu de 3"),
                                                             (4, "2 colonnes au lieu de 3")]


def test_a_maison_row_with_too_many_or_too_few_cells_is_rejected_with_its_line() -> None:
    command = parse_maisons(_lines("code,name,email,address\n"
                                   "MDR01,Maison A,a@rhone.example,1 rue X\n"
                                   "MDR02,Maison B,b@rhone.example,1 rue Y,extra\n"
                                   "MDR03,Maison C,c@rhone.example\n"), "69")
    assert [m.code for m in command.maisons] == ["MDR01"]
    assert [(r.line, r.reason) for r in command.rejected] == [(3, "5 colonnes au lieu de 4"),
                                                             (4, "3 colonnes au lieu de 4")]


def test_an_empty_e_mail_is_told_missing_and_an_empty_file_empty() -> None:
    offices = parse_offices(_lines("crpcen,name,email\n69004,Étude sans courriel,\n69005,Étude,pas-un-courriel\n"),
                            "69", EVERYWHERE)
    assert [r.reason for r in offices.rejected] == ["adresse électronique manquante",
                                                   "adresse électronique invalide « pas-un-courriel »"]
    maisons = parse_maisons(_lines("code,name,email\nMDR01,Maison,\n"), "69")
    assert [r.reason for r in maisons.rejected] == ["adresse électronique manquante"]
    for parsed in (parse_offices([], "69", EVERYWHERE), parse_maisons([], "69")):
        assert [(r.line, r.reason) for r in parsed.rejected] == [(1, "fichier vide")]
    missing = parse_offices(_lines("crpcen,nom\n"), "69", EVERYWHERE)
    assert missing.rejected[0].reason == "colonnes manquantes : email, name"


def test_a_field_too_long_for_the_csv_module_is_a_rejected_line_in_either_table() -> None:
    huge = "N" * 200_000
    offices = parse_offices(_lines(f"crpcen,name,email\n69001,{huge},a@notaires.example\n"
                                   "69002,Étude B,b@notaires.example\n"), "69", EVERYWHERE)
    assert [o.crpcen for o in offices.offices] == ["69002"]
    assert [(r.line, r.reason) for r in offices.rejected] == [
        (2, "ligne illisible : un champ dépasse 131\u202f072 caractères")]
    maisons = parse_maisons(_lines(f"code,name,email,address\nMDR01,Maison,a@rhone.example,{huge}\n"
                                   "MDR02,Maison B,b@rhone.example,1 rue Y\n"), "69")
    assert [m.code for m in maisons.maisons] == ["MDR02"]
    assert [r.line for r in maisons.rejected] == [2]
    for parsed in (parse_offices([f"crpcen,{huge}\n"], "69", EVERYWHERE), parse_maisons([f"code,{huge}\n"], "69")):
        assert [(r.line, r.reason[:18]) for r in parsed.rejected] == [(1, "fichier illisible ")]
