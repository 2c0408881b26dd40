"""Reads the Chambre des notaires' CRPCEN table: crpcen,name,email."""

from collections.abc import Iterable
from pathlib import Path

from application.import_offices import ImportOfficesCommand
from application.importing import RejectedRow
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from infrastructure.csv_files import (
    UnreadableLine,
    email_problem,
    header_problem,
    open_text,
    readable_records,
    records,
    width_problem,
)


def read_offices(path: Path, collectivite: str, jurisdiction: Jurisdiction) -> ImportOfficesCommand:
    with open_text(path) as handle:
        return parse_offices(handle, collectivite, jurisdiction)


def parse_offices(lines: Iterable[str], collectivite: str, jurisdiction: Jurisdiction) -> ImportOfficesCommand:
    offices: list[NotarialOffice] = []
    rejected: list[RejectedRow] = []
    rows = 0
    try:
        reader = records(lines)
        problem = header_problem(reader.fieldnames, ("crpcen", "name", "email"))
    except UnreadableLine as unreadable:
        problem = str(unreadable)
    if problem:
        rejected.append(RejectedRow(line=1, reason=problem))
    else:
        width = len(reader.fieldnames or ())
        for rows, raw in enumerate(readable_records(reader), start=1):
            if isinstance(raw, UnreadableLine):
                rejected.append(RejectedRow(line=raw.line, reason=str(raw)))
            elif reason := width_problem(raw, width) or _problem(raw):
                rejected.append(RejectedRow(line=reader.line_num, reason=reason))
            else:
                offices.append(NotarialOffice(crpcen=raw["crpcen"].strip(), name=raw["name"].strip(),
                                              email=raw["email"].strip().lower()))
    return ImportOfficesCommand(collectivite=collectivite, rows_read=rows, offices=offices, rejected=rejected,
                                jurisdiction=jurisdiction)


def _problem(raw: dict[str, str]) -> str | None:
    crpcen, name, email = (raw[k].strip() for k in ("crpcen", "name", "email"))
    if not crpcen.isdigit():
        return f"CRPCEN invalide « {crpcen} »"
    if not name:
        return "nom de l'étude manquant"
    return email_problem(email)
