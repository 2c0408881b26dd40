"""Writes a batch of deaths for IODAS: the file the nightly command writes and the back-office hands over.

As the back-office's other exports: UTF-8 with a byte-order mark, semicolons, CRLF, so that a French spreadsheet
opens it as is; its columns named as the IODAS extract names them, dates as `AAAA-MM-JJ`. A cell a spreadsheet would
read as a formula (the death place is typed by a notary's clerk) is prefixed with an apostrophe.
"""

import csv
import io
from zoneinfo import ZoneInfo

from domain.death_report import DeathBatch, DeathReport
from infrastructure.spreadsheet import inert

PARIS = ZoneInfo("Europe/Paris")
COLUMNS = ("collectivite", "iodas_id", "usage_name", "birth_name", "first_names", "birth_date", "death_date",
           "death_place", "request_reference", "request_date", "crpcen", "outcome")


def _row(r: DeathReport) -> list[str]:
    cells = (r.collectivite, r.iodas_id, r.usage_name, r.birth_name or "", r.first_names, r.birth_date.isoformat(),
             r.death_date.isoformat(), r.death_place, r.reference,
             r.requested_at.astimezone(PARIS).date().isoformat(), r.crpcen, r.outcome.value)
    return [inert(cell) for cell in cells]


def deaths_csv(batch: DeathBatch) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(r) for r in batch.reports)
    return "\ufeff" + out.getvalue()


def file_name(batch: DeathBatch) -> str:
    """`deces-69-lot-3.csv`: the collectivité and the batch's number, as the back-office names it."""
    return f"deces-{batch.collectivite}-lot-{batch.number}.csv"
