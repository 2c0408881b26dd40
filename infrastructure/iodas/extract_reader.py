"""Reads the daily IODAS extract: one row per aid, grouped into beneficiaries.

Every bad row is reported with its line number and a French reason; good rows load. A record without first
names loads: rejecting it would hide a créance, while the matcher only ever makes it a doubt for an agent. So
does one without a usage name but with a birth name, known by it.
"""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from application.import_beneficiaries import ParsedExtract
from application.importing import RejectedRow
from domain.aid import Aid, AidReferential
from domain.beneficiary import Beneficiary
from domain.matching.normalize import fold, name_key
from infrastructure import csv_files

COLUMNS = ("iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date", "maison_code",
           "aid_code", "aid_start", "aid_end")
# No one alive, nor dead since the aids began, was born earlier (nor had an aid): a typing slip, as a birth in
# the future is.
EARLIEST = date(1880, 1, 1)
# An aid may be decided before it starts, next month say; years ahead is a typing slip ('2099' for '2019').
AID_NOTICE = timedelta(days=366)
# An extract may leave out these columns, as their values may be empty: read as empty on every row.
OPTIONAL = frozenset({"sex", "birth_name", "aid_end"})


class RowError(ValueError):
    pass


# How extracts write the sex: M/F, 'H' for homme, the social security number's 1/2, the word, or the civility;
# and how they say they do not know it (read as an empty cell: the person loads, the sex unknown).
_SEXES: dict[str, str | None] = {
    **dict.fromkeys(("M", "H", "1", "HOMME", "MASCULIN", "MALE", "MR", "M.", "MONSIEUR"), "M"),
    **dict.fromkeys(("F", "2", "FEMME", "FEMININ", "FÉMININ", "FEMALE", "MME", "MLLE", "MADAME", "MADEMOISELLE", "MRS",
                     "MISS", "MS"), "F"),
    **dict.fromkeys(("U", "X", "I", "0", "9", "?", "NC", "N/A", "INCONNU", "INDETERMINE", "INDÉTERMINÉ",
                     "UNKNOWN"), None)}


def _sex(text: str) -> str | None:
    if not (code := text.strip().upper()):
        return None
    if code not in _SEXES:
        raise RowError(f"sexe invalide « {text.strip()} » (M ou H, F, 1 ou 2, ou vide)")
    return _SEXES[code]


def _optional_date(text: str, label: str, *, year_only_if_unknown: bool = False) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return csv_files.parse_day(text, year_only_if_unknown=year_only_if_unknown)
    except ValueError as error:
        raise RowError(f"{label} invalide : {error}") from None


def _date(text: str, label: str, *, year_only_if_unknown: bool = False) -> date:
    found = _optional_date(text, label, year_only_if_unknown=year_only_if_unknown)
    if found is None:
        raise RowError(f"{label} manquante")
    return found


class AidCodes:
    """The collectivité's aid codes as an extract may write them: the code or the aid type's label, whatever the
    case, accents and separators ('ash', 'Aide ménagère', 'AIDE_MENAGERE')."""

    def __init__(self, codes: Collection[str], labels: Mapping[str, str] | None = None) -> None:
        self.codes = sorted(codes)
        self._by_spelling = {fold(label): code for code, label in (labels or {}).items()} \
            | {fold(code): code for code in codes}

    def read(self, text: str) -> str | None:
        return self._by_spelling.get(fold(text))


def aid_codes_of(referential: AidReferential) -> AidCodes:
    return AidCodes(referential.types, {code: aid_type.label for code, aid_type in referential.types.items()})


def _plausible(found: date, text: str, label: str, earliest: date, latest: date, after_latest: str) -> date:
    if found < earliest:
        raise RowError(f"{label} invalide : « {text.strip()} » précède {earliest.year}")
    if found > latest:
        raise RowError(f"{label} invalide : « {text.strip()} » {after_latest}")
    return found


def _row(values: dict[str, str], collectivite: str, aid_codes: AidCodes, today: date) -> Beneficiary:
    iodas_id = values["iodas_id"].strip()
    if not iodas_id:
        raise RowError("identifiant IODAS manquant")
    sex = _sex(values["sex"])
    birth_name = values["birth_name"].strip() or None
    usage_name, first_names = values["usage_name"].strip() or birth_name, values["first_names"].replace(",", " ").split()
    if not usage_name:
        raise RowError("nom manquant (ni nom d'usage ni nom de naissance)")
    code = aid_codes.read(values["aid_code"])
    if code is None:
        raise RowError(f"code d'aide inconnu « {values['aid_code']} » (connus : {', '.join(aid_codes.codes)})")
    start = _plausible(_date(values["aid_start"], "date de début d'aide"), values["aid_start"],
                       "date de début d'aide", EARLIEST, today + AID_NOTICE, "est à plus d'un an")
    end = _optional_date(values["aid_end"], "date de fin d'aide")
    if end and end < start:
        raise RowError("la fin de l'aide précède son début")
    birth = _plausible(_date(values["birth_date"], "date de naissance", year_only_if_unknown=True),
                       values["birth_date"], "date de naissance", EARLIEST, today, "est dans le futur")
    return Beneficiary(
        collectivite=collectivite, iodas_id=iodas_id, sex=sex, usage_name=usage_name,
        birth_name=birth_name, first_names=tuple(first_names), birth_date=birth,
        maison_code=values["maison_code"].strip() or None, aids=(Aid(code=code, start=start, end=end),),
    )


def _header_problem(header: list[str]) -> str | None:
    if not any(header):
        return "fichier vide"
    missing = [c for c in COLUMNS if c not in header and c not in OPTIONAL]
    if len(missing) == len(COLUMNS) - len(OPTIONAL):  # not a misspelt column: another file, or another format
        return f"aucune des colonnes attendues ({', '.join(COLUMNS)}) : ce n'est pas une extraction IODAS en CSV"
    return f"colonnes manquantes : {', '.join(missing)}" if missing else None


def parse_extract(lines: Iterable[str], collectivite: str, aid_codes: AidCodes | Collection[str], *,
                  today: date | None = None) -> ParsedExtract:
    """`today` bounds the dates a row may hold (a birth, an aid's start); the system's date when not given."""
    if not isinstance(aid_codes, AidCodes):
        aid_codes = AidCodes(aid_codes)
    today = today or date.today()
    reader = csv_files.rows(lines)
    try:
        header = [h.strip().lower() for h in csv_files.header(reader)]
    except csv_files.UnreadableLine as unreadable:
        return ParsedExtract(rows_read=0, beneficiaries=(), rejected=(RejectedRow(line=1, reason=str(unreadable)),))
    if problem := _header_problem(header):
        return ParsedExtract(rows_read=0, beneficiaries=(), rejected=(RejectedRow(line=1, reason=problem),))
    absent = dict.fromkeys(OPTIONAL - set(header), "")
    people: dict[str, Beneficiary] = {}
    first_lines: dict[str, int] = {}
    rejected: list[RejectedRow] = []
    rows = 0
    for rows, raw in enumerate(csv_files.readable(reader), start=1):
        if isinstance(raw, csv_files.UnreadableLine):
            rejected.append(RejectedRow(line=raw.line, reason=str(raw)))
            continue
        line = reader.line_num
        if len(raw) != len(header):
            rejected.append(RejectedRow(line=line, reason=f"{len(raw)} colonnes au lieu de {len(header)}"))
            continue
        try:
            person = _row(absent | dict(zip(header, raw)), collectivite, aid_codes, today)
        except RowError as error:
            rejected.append(RejectedRow(line=line, reason=str(error)))
            continue
        known = people.get(person.iodas_id)
        if known is None:
            people[person.iodas_id], first_lines[person.iodas_id] = person, line
        elif difference := _difference(known, person):
            rejected.append(RejectedRow(line=line, reason=f"identité différente de celle de la ligne "
                                                          f"{first_lines[person.iodas_id]} pour l'individu "
                                                          f"{person.iodas_id} ({difference})"))
        else:
            people[person.iodas_id] = _merged(known, person)
    return ParsedExtract(rows_read=rows, beneficiaries=tuple(people.values()), rejected=tuple(rejected))


def _difference(known: Beneficiary, row: Beneficiary) -> str | None:
    """How a row's identity differs from the person's first row, case, accents and spacing apart; None if it does
    not. A sex left empty differs from none; the maison may differ, as a case moves with the person."""
    fields = (("nom d'usage", known.usage_name, row.usage_name), ("nom de naissance", known.birth_name or "",
              row.birth_name or ""), ("prénoms", " ".join(known.first_names), " ".join(row.first_names)))
    for label, first, other in fields:
        if [name_key(n) for n in first.split()] != [name_key(n) for n in other.split()]:
            return f"{label} « {other} » au lieu de « {first} »"
    if known.birth_date != row.birth_date:
        return f"date de naissance {row.birth_date:%d/%m/%Y} au lieu du {known.birth_date:%d/%m/%Y}"
    if None is not known.sex != row.sex is not None:
        return f"sexe {row.sex} au lieu de {known.sex}"
    return None


def _merged(known: Beneficiary, row: Beneficiary) -> Beneficiary:
    """One person's rows together: every aid once, the sex any row gives (rows that give two are refused), the
    maison of the latest aid, the identity as first written."""
    aids = known.aids + tuple(aid for aid in row.aids if aid not in known.aids)
    latest = row.maison_code if row.maison_code and row.aids[0].start > max(a.start for a in known.aids) \
        else known.maison_code or row.maison_code
    return replace(known, sex=known.sex or row.sex, maison_code=latest, aids=aids)


def read_extract(path: Path, collectivite: str, aid_codes: AidCodes | Collection[str], *,
                 today: date | None = None) -> ParsedExtract:
    with csv_files.open_text(path) as handle:
        return parse_extract(handle, collectivite, aid_codes, today=today)
