from datetime import date

from domain.aid import default_aid_referential
from infrastructure.iodas.extract_reader import aid_codes_of, parse_extract
from tests.support.builders import EXTRACT_HEADER

CODES = frozenset({"ASH", "APA", "PCH", "AM"})


def test_rows_of_one_person_are_grouped_with_their_aids() -> None:
    text = EXTRACT_HEADER + (
        "1,F,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR01,ASH,2015-01-01,\n"
        '1,F,MARTIN,DURAND,"JEANNE, MARIE",1931-04-12,MDR01,APA,2014-01-01,2014-12-31\n'
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    [person] = extract.beneficiaries
    assert [a.code for a in person.aids] == ["ASH", "APA"]
    assert person.first_names == ("JEANNE", "MARIE")


def test_bad_rows_are_reported_with_their_line_and_reason_and_good_rows_load() -> None:
    text = EXTRACT_HEADER + (
        "1,F,MARTIN,,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
        "2,F,DUPONT,,ANNE,1931-02-30,MDR01,ASH,2015-01-01,\n"
        "3,Q,DUPONT,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n"
        "4,F,DUPONT,,ANNE,1931-02-01,MDR01,XYZ,2015-01-01,\n"
        "5,F,,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n"
        "6,F,DUPONT\n"
        "7,F,DUPONT,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,2014-01-01\n"
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    assert [b.iodas_id for b in extract.beneficiaries] == ["1"]
    reasons = {r.line: r.reason for r in extract.rejected}
    assert set(reasons) == {3, 4, 5, 6, 7, 8}
    assert "date de naissance invalide : « 1931-02-30 » n'est pas un jour du calendrier" in reasons[3]
    assert "sexe invalide" in reasons[4]
    assert "code d'aide inconnu « XYZ »" in reasons[5]
    assert "nom manquant (ni nom d'usage ni nom de naissance)" in reasons[6]
    assert "3 colonnes au lieu de 10" in reasons[7]
    assert "la fin de l'aide précède son début" in reasons[8]


def test_someone_born_abroad_whose_day_of_birth_is_unknown_is_loaded_with_the_1st_of_january() -> None:
    text = EXTRACT_HEADER + "1,M,BENSALEM,,MOHAMED,00/00/1935,MDR01,ASH,2015-01-01,\n"
    [person] = parse_extract(text.splitlines(keepends=True), "69", CODES).beneficiaries
    assert person.birth_date == date(1935, 1, 1)


def test_an_aid_is_read_by_its_code_or_its_label_whatever_the_case_accents_or_separators() -> None:
    codes = aid_codes_of(default_aid_referential())
    written = ("ash", "Aide ménagère", "AIDE_MENAGERE", "aide-menagere", " apa ",
               "Prestation de compensation du handicap")
    text = EXTRACT_HEADER + "".join(f"1,F,MARTIN,,JEANNE,1931-04-12,MDR01,{code},2015-0{i + 1}-01,\n"
                                    for i, code in enumerate(written))
    extract = parse_extract(text.splitlines(keepends=True), "69", codes)
    assert [a.code for a in extract.beneficiaries[0].aids] == ["ASH", "AM", "AM", "AM", "APA", "PCH"]
    unknown = parse_extract((EXTRACT_HEADER + "1,F,MARTIN,,JEANNE,1931-04-12,MDR01,RSA,2015-01-01,\n")
                            .splitlines(keepends=True), "69", codes)
    assert [r.reason for r in unknown.rejected] == ["code d'aide inconnu « RSA » (connus : AM, APA, ASH, PCH)"]


def test_a_missing_column_rejects_the_file_in_french() -> None:
    extract = parse_extract(["iodas_id,sex\n", "1,F\n"], "69", CODES)
    assert extract.rejected[0].reason.startswith("colonnes manquantes")


def test_a_spreadsheet_export_with_semicolons_and_french_dates_reads_the_same() -> None:
    ours = EXTRACT_HEADER + "1,F,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR01,APA,2014-01-01,2014-12-31\n"
    exported = EXTRACT_HEADER.replace(",", ";") + "1;F;MARTIN;DURAND;JEANNE MARIE;12/04/1931;MDR01;APA;01/01/2014;31/12/2014\n"
    assert parse_extract(exported.splitlines(keepends=True), "69", CODES) == \
        parse_extract(ours.splitlines(keepends=True), "69", CODES)


def test_a_record_without_first_names_loads_rather_than_hide_a_creance() -> None:
    text = EXTRACT_HEADER + "1,F,MARTIN,DURAND,,1931-04-12,MDR01,ASH,2015-01-01,\n"
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    assert not extract.rejected
    [person] = extract.beneficiaries
    assert person.first_names == ()


def test_the_sex_is_read_as_extracts_write_it() -> None:
    """'H' for homme, the social security number's 1 and 2, the word or the civility: M or F all the same; a code
    that says the sex is unknown loads the person, the sex unknown (rejecting the row would hide a créance)."""
    written = ["M", "h", "1", "Homme", "Masculin", "Mr", "F", "2", "femme", "Féminin", "Mme", "Mrs", "",
               "U", "Inconnu", "X"]
    text = EXTRACT_HEADER + "".join(f"{i},{sex},MARTIN,,JEAN,1931-04-12,MDR01,ASH,2015-01-01,\n"
                                    for i, sex in enumerate(written, start=1))
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    assert [b.sex for b in extract.beneficiaries] == ["M"] * 6 + ["F"] * 6 + [None] * 4
    assert extract.rejected == ()


def test_dates_are_read_as_a_database_exports_them() -> None:
    text = EXTRACT_HEADER + (
        "1,F,MARTIN,,JEANNE,12/04/1931 00:00:00,MDR01,ASH,2015-01-01 00:00:00,\n"
        "2,F,DUPONT,,ANNE,1931/04/12,MDR01,ASH,20150101,31.12.2016\n"
        "3,F,PETIT,,ANNE,12/04/31,MDR01,ASH,2015-01-01,\n"
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    assert [(b.birth_date.isoformat(), b.aids[0].start.isoformat()) for b in extract.beneficiaries] == [
        ("1931-04-12", "2015-01-01"), ("1931-04-12", "2015-01-01")]
    assert extract.beneficiaries[1].aids[0].end is not None and extract.beneficiaries[1].aids[0].end.year == 2016
    [rejected] = extract.rejected
    assert rejected.line == 4 and rejected.reason.startswith("date de naissance invalide : « 12/04/31 » n'est pas une date")


def test_a_record_without_a_usage_name_is_known_by_its_birth_name() -> None:
    text = EXTRACT_HEADER + "1,F,,DURAND,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
    [person] = parse_extract(text.splitlines(keepends=True), "69", CODES).beneficiaries
    assert (person.usage_name, person.birth_name) == ("DURAND", "DURAND")


def test_rows_of_one_person_written_otherwise_are_one_person_with_the_maison_of_the_latest_aid() -> None:
    text = EXTRACT_HEADER + (
        "1,F,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR01,APA,2015-01-01,\n"
        "1,,Martin,Durand,Jeanne  Marie,12/04/1931,MDR02,ASH,2019-03-01,\n"  # case, spaces, no sex, a later aid
        "1,F,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR03,PCH,2012-01-01,2013-12-31\n"  # an older aid elsewhere
        "1,F,MARTIN,DURAND,JEANNE MARIE,1931-04-13,MDR01,AM,2016-01-01,\n"  # another birth date: another person?
        "1,M,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR01,AM,2016-01-01,\n"  # another sex
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    [person] = extract.beneficiaries
    assert [aid.code for aid in person.aids] == ["APA", "ASH", "PCH"]
    assert (person.sex, person.maison_code, person.usage_name) == ("F", "MDR02", "MARTIN")
    assert [(r.line, r.reason) for r in extract.rejected] == [
        (5, "identité différente de celle de la ligne 2 pour l'individu 1 (date de naissance 13/04/1931 au lieu du "
            "12/04/1931)"),
        (6, "identité différente de celle de la ligne 2 pour l'individu 1 (sexe M au lieu de F)")]


def test_the_columns_whose_values_may_be_empty_may_be_left_out() -> None:
    text = "iodas_id,usage_name,first_names,birth_date,maison_code,aid_code,aid_start\n" \
           "1,MARTIN,JEANNE,1931-04-12,MDR01,ASH,2015-01-01\n"
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    [person] = extract.beneficiaries
    assert (person.sex, person.birth_name, person.aids[0].end, extract.rejected) == (None, None, None, ())
    refused = parse_extract(["iodas_id,usage_name,first_names,birth_date,aid_code,aid_start\n"], "69", CODES)
    assert refused.rejected[0].reason == "colonnes manquantes : maison_code"


def test_an_empty_file_is_told_empty_and_another_file_is_told_apart_from_missing_columns() -> None:
    def reason(text: str) -> str:
        [rejected] = parse_extract(text.splitlines(keepends=True), "69", CODES).rejected
        return rejected.reason

    assert reason("") == reason("\n") == "fichier vide"
    assert reason("id\n1\n").startswith("aucune des colonnes attendues (iodas_id, sex, usage_name,")
    assert reason(EXTRACT_HEADER.replace(",aid_code", "")) == "colonnes manquantes : aid_code"


def test_a_birth_in_the_future_or_before_1880_or_an_aid_starting_years_ahead_is_rejected_with_its_line() -> None:
    text = EXTRACT_HEADER + (
        "1,M,LAMBERT,,NOEL,05/05/2041,MDR01,APA,01/01/2020,\n"
        "2,M,LAMBERT,,NOEL,05/05/1870,MDR01,APA,01/01/2020,\n"
        "3,M,LAMBERT,,NOEL,05/05/1942,MDR01,APA,01/01/2099,\n"
        "4,M,ROUX,,YVES,05/05/1942,MDR01,APA,01/12/2026,\n"  # decided now, starting next month
        "4,M,ROUX,,YVES,05/05/1942,MDR01,ASH,01/01/2020,\n"
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES, today=date(2026, 11, 26))
    assert [(r.line, r.reason) for r in extract.rejected] == [
        (2, "date de naissance invalide : « 05/05/2041 » est dans le futur"),
        (3, "date de naissance invalide : « 05/05/1870 » précède 1880"),
        (4, "date de début d'aide invalide : « 01/01/2099 » est à plus d'un an"),
    ]
    [person] = extract.beneficiaries
    assert [a.start for a in person.aids] == [date(2026, 12, 1), date(2020, 1, 1)]


HUGE = "A" * 200_000  # beyond the csv module's 131,072 characters a field


def test_a_field_too_long_for_the_csv_module_is_a_rejected_line_and_the_next_lines_load() -> None:
    """It was a crash: « field larger than field limit », a 500 on the upload page."""
    text = EXTRACT_HEADER + (
        "1,F,MARTIN,,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
        f"2,F,{HUGE},,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n"
        "3,F,DUPONT,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n"
    )
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    assert [b.iodas_id for b in extract.beneficiaries] == ["1", "3"]
    assert [(r.line, r.reason) for r in extract.rejected] == [
        (3, "ligne illisible : un champ dépasse 131\u202f072 caractères")]
    assert extract.rows_read == 3


def test_the_lines_a_stray_quote_swallowed_are_told_and_the_rows_after_them_load() -> None:
    row = "3,F,DUPONT,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n"
    text = EXTRACT_HEADER + "1,F,MARTIN,,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n" + \
        '2,F,"DUPONT,,ANNE,1931-02-01,MDR01,ASH,2015-01-01,\n' + row * 3000 + row.replace("3,", "4,", 1)
    extract = parse_extract(text.splitlines(keepends=True), "69", CODES)
    [unreadable] = extract.rejected
    assert unreadable.line == 3 and unreadable.reason.startswith(
        "lignes 3 à 2624 illisibles : un champ dépasse 131\u202f072 caractères (un guillemet laissé ouvert ?)")
    assert [b.iodas_id for b in extract.beneficiaries] == ["1", "3", "4"]


def test_a_header_too_long_to_read_makes_the_file_unreadable() -> None:
    extract = parse_extract([f"iodas_id,{HUGE}\n", "1,x\n"], "69", CODES)
    assert extract.beneficiaries == () and extract.rows_read == 0
    assert [(r.line, r.reason) for r in extract.rejected] == [
        (1, "fichier illisible : un champ dépasse 131\u202f072 caractères dans la ligne des noms de colonnes")]
