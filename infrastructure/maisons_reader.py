"""Reads the referential of the maisons du département: code,name,email,address."""

import re
from collections.abc import Iterable
from pathlib import Path

from application.import_maisons import ImportMaisonsCommand
from application.importing import RejectedRow
from domain.maison import Maison
from infrastructure.csv_files import open_text, records

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def read_maisons(path: Path, collectivite: str) -> ImportMaisonsCommand:
    with open_text(path) as handle:
        return parse_maisons(handle, collectivite)


def parse_maisons(lines: Iterable[str], collectivite: str) -> ImportMaisonsCommand:
    maisons: list[Maison] = []
    rejected: list[RejectedRow] = []
    rows = 0
    reader = records(lines)
    missing = {"code", "name", "email"} - set(reader.fieldnames or ())
    if missing:
        rejected.append(RejectedRow(line=1, reason=f"colonnes manquantes : {', '.join(sorted(missing))}"))
        return ImportMaisonsCommand(collectivite=collectivite, rows_read=0, maisons=(), rejected=rejected)
    for rows, raw in enumerate(reader, start=1):
        code, name, email, address = ((raw.get(k) or "").strip() for k in ("code", "name", "email", "address"))
        if not code:
            rejected.append(RejectedRow(line=reader.line_num, reason="code de la maison manquant"))
        elif not name:
            rejected.append(RejectedRow(line=reader.line_num, reason="nom de la maison manquant"))
        elif not _EMAIL.match(email):
            rejected.append(RejectedRow(line=reader.line_num, reason=f"adresse électronique invalide « {email} »"))
        else:
            maisons.append(Maison(collectivite=collectivite, code=code, name=name, email=email.lower(),
                                  address=address))
    return ImportMaisonsCommand(collectivite=collectivite, rows_read=rows, maisons=maisons, rejected=rejected)
