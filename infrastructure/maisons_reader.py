"""Reads the referential of the maisons du département: code,name,email,address."""

from collections.abc import Iterable
from pathlib import Path

from application.import_maisons import ImportMaisonsCommand
from application.importing import RejectedRow
from domain.maison import Maison
from infrastructure.csv_files import (
    UnreadableLine,
    email_problem,
    header_problem,
    open_text,
    readable_records,
    records,
    width_problem,
)


def read_maisons(path: Path, collectivite: str) -> ImportMaisonsCommand:
    with open_text(path) as handle:
        return parse_maisons(handle, collectivite)


def parse_maisons(lines: Iterable[str], collectivite: str) -> ImportMaisonsCommand:
    maisons: list[Maison] = []
    rejected: list[RejectedRow] = []
    rows = 0
    try:
        reader = records(lines)
        problem = header_problem(reader.fieldnames, ("code", "name", "email"))
    except UnreadableLine as unreadable:
        problem = str(unreadable)
    if problem:
        rejected.append(RejectedRow(line=1, reason=problem))
        return ImportMaisonsCommand(collectivite=collectivite, rows_read=0, maisons=(), rejected=rejected)
    width = len(reader.fieldnames or ())
    for rows, raw in enumerate(readable_records(reader), start=1):
        if isinstance(raw, UnreadableLine):
            rejected.append(RejectedRow(line=raw.line, reason=str(raw)))
            continue
        code, name, email, address = ((raw.get(k) or "").strip() for k in ("code", "name", "email", "address"))
        if reason := width_problem(raw, width) or _problem(code, name, email):
            rejected.append(RejectedRow(line=reader.line_num, reason=reason))
        else:
            maisons.append(Maison(collectivite=collectivite, code=code, name=name, email=email.lower(),
                                  address=address))
    return ImportMaisonsCommand(collectivite=collectivite, rows_read=rows, maisons=maisons, rejected=rejected)


def _problem(code: str, name: str, email: str) -> str | None:
    if not code:
        return "code de la maison manquant"
    if not name:
        return "nom de la maison manquant"
    return email_problem(email)
