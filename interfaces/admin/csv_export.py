"""Tables handed over as CSV files that a French spreadsheet opens as is."""

import csv
import io

from starlette.responses import Response

from interfaces.admin.kit import SECURITY_HEADERS
from interfaces.admin.stat_tables import Table, Value, raw, with_unit
from infrastructure.spreadsheet import inert


def csv_body(table: Table) -> str:
    """Semicolons and a byte-order mark, as French spreadsheets expect; bare numbers, their units in the headers
    (a labelled value's unit in its label). Every export goes through here: no text cell is ever run as a formula,
    whoever typed it (an office's name, an identifier sent to the API, an e-mail typed at the sign-in)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([with_unit(c.label, c.kind) for c in table.columns])
    for r, row in enumerate(table.rows):
        cells = [_cell(value, table.kind(r, c)) for c, value in enumerate(row)]
        if table.row_kinds:
            cells[0] = with_unit(cells[0], table.row_kinds[r])
        writer.writerow(cells)
    return "\ufeff" + out.getvalue()


def _cell(value: Value, kind: str) -> str:
    """Text as typed, made inert; a number (a count, an amount, a share) as a number, even a negative one."""
    return inert(value) if isinstance(value, str) else raw(value, kind)


def csv_response(table: Table, file_name: str) -> Response:
    return csv_file(csv_body(table), file_name)


def csv_file(body: str, file_name: str) -> Response:
    """A CSV file to save, never kept by a browser or a proxy."""
    return Response(body, media_type="text/csv; charset=utf-8", headers={
        **SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{file_name}"'})
