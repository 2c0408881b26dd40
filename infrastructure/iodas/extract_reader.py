"""Reads the daily IODAS extract: one row per aid, grouped into beneficiaries.

Every bad row is reported with its line number and a French reason; good rows load. A record without first
names loads: rejecting it would hide a créance, while the matcher only ever makes it a doubt for an agent. So
does one without a usage name but with a birth name, known by it.
"""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from application.import_beneficiaries import ParsedExtract
from application.importing import RejectedRow
from domain.aid import Aid
from domain.beneficiary import Beneficiary
from infrastructure import csv_files

COLUMNS = ("iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date", "maison_code",
           "aid_code", "aid_start", "aid_end")


class RowError(ValueError):
    pass


# How extracts write the sex: M/F, 'H' for homme, the social security number's 1/2, the word, or the civility.
_SEXES = {**dict.fromkeys(("M", "H", "1", "HOMME", "MASCULIN", "MALE", "MR", "M.", "MONSIEUR"), "M"),
          **dict.fromkeys(("F", "2", "FEMME", "FEMININ", "FÉMININ", "FEMALE", "MME", "MLLE", "MADAME",
                           "MADEMOISELLE"), "F")}


def _sex(text: str) -> str | None:
    if not (code := text.strip().upper()):
        return None
    if (sex := _SEXES.get(code)) is None:
        raise RowError(f"sexe invalide « {text.strip()} » (M ou H, F, 1 ou 2, ou vide)")
    return sex


def _optional_date(text: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return csv_files.parse_day(text)
    except ValueError as error:
        raise RowError(f"{label} invalide : {error}") from None


def _date(text: str, label: str) -> date:
    found = _optional_date(text, label)
    if found is None:
        raise RowError(f"{label} manquante")
    return found


def _row(values: dict[str, str], collectivite: str, aid_codes: frozenset[str]) -> Beneficiary:
    iodas_id = values["iodas_id"].strip()
    if not iodas_id:
        raise RowError("identifiant IODAS manquant")
    sex = _sex(values["sex"])
    birth_name = values["birth_name"].strip() or None
    usage_name, first_names = values["usage_name"].strip() or birth_name, values["first_names"].replace(",", " ").split()
    if not usage_name:
        raise RowError("nom manquant (ni nom d'usage ni nom de naissance)")
    code = values["aid_code"].strip().upper()
    if code not in aid_codes:
        raise RowError(f"code d'aide inconnu « {values['aid_code']} » (connus : {', '.join(sorted(aid_codes))})")
    start = _date(values["aid_start"], "date de début d'aide")
    end = _optional_date(values["aid_end"], "date de fin d'aide")
    if end and end < start:
        raise RowError("la fin de l'aide précède son début")
    birth = _date(values["birth_date"], "date de naissance")
    return Beneficiary(
        collectivite=collectivite, iodas_id=iodas_id, sex=sex, usage_name=usage_name,
        birth_name=birth_name, first_names=tuple(first_names), birth_date=birth,
        maison_code=values["maison_code"].strip() or None, aids=(Aid(code=code, start=start, end=end),),
    )


def parse_extract(lines: Iterable[str], collectivite: str, aid_codes: frozenset[str]) -> ParsedExtract:
    reader = csv_files.rows(lines)
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return ParsedExtract(rows_read=0, beneficiaries=(),
                             rejected=(RejectedRow(line=1, reason=f"colonnes manquantes : {', '.join(missing)}"),))
    people: dict[str, Beneficiary] = {}
    rejected: list[RejectedRow] = []
    rows = 0
    for rows, raw in enumerate(reader, start=1):
        line = reader.line_num
        if len(raw) != len(header):
            rejected.append(RejectedRow(line=line, reason=f"{len(raw)} colonnes au lieu de {len(header)}"))
            continue
        try:
            person = _row(dict(zip(header, raw)), collectivite, aid_codes)
        except RowError as error:
            rejected.append(RejectedRow(line=line, reason=str(error)))
            continue
        known = people.get(person.iodas_id)
        if known is None:
            people[person.iodas_id] = person
        elif replace(known, aids=()) != replace(person, aids=()):
            rejected.append(RejectedRow(line=line, reason=f"identité différente pour l'individu {person.iodas_id}"))
        elif person.aids[0] not in known.aids:
            people[person.iodas_id] = replace(known, aids=known.aids + person.aids)
    return ParsedExtract(rows_read=rows, beneficiaries=tuple(people.values()), rejected=tuple(rejected))


def read_extract(path: Path, collectivite: str, aid_codes: frozenset[str]) -> ParsedExtract:
    with csv_files.open_text(path) as handle:
        return parse_extract(handle, collectivite, aid_codes)
