"""Reads the Chambre des notaires' CRPCEN table: crpcen,name,email."""

import re
from collections.abc import Iterable
from pathlib import Path

from application.import_offices import ImportOfficesCommand
from application.importing import RejectedRow
from domain.office import NotarialOffice
from infrastructure.csv_files import open_text, records

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def read_offices(path: Path, collectivite: str) -> ImportOfficesCommand:
    with open_text(path) as handle:
        return parse_offices(handle, collectivite)


def parse_offices(lines: Iterable[str], collectivite: str) -> ImportOfficesCommand:
    offices: list[NotarialOffice] = []
    rejected: list[RejectedRow] = []
    rows = 0
    reader = records(lines)
    missing = {"crpcen", "name", "email"} - set(reader.fieldnames or ())
    if missing:
        rejected.append(RejectedRow(line=1, reason=f"colonnes manquantes : {', '.join(sorted(missing))}"))
    else:
        for rows, raw in enumerate(reader, start=1):
            crpcen, name, email = (raw[k].strip() if raw[k] else "" for k in ("crpcen", "name", "email"))
            if not crpcen.isdigit():
                rejected.append(RejectedRow(line=reader.line_num, reason=f"CRPCEN invalide « {crpcen} »"))
            elif not name:
                rejected.append(RejectedRow(line=reader.line_num, reason="nom de l'étude manquant"))
            elif not _EMAIL.match(email):
                rejected.append(RejectedRow(line=reader.line_num, reason=f"adresse électronique invalide « {email} »"))
            else:
                offices.append(NotarialOffice(crpcen=crpcen, name=name, email=email.lower()))
    return ImportOfficesCommand(collectivite=collectivite, rows_read=rows, offices=offices, rejected=rejected)
