"""Tables handed over as CSV files that a French spreadsheet opens as is."""

import csv
import io

from starlette.responses import Response

from interfaces.admin.kit import SECURITY_HEADERS
from interfaces.admin.stat_tables import Table, raw


def csv_body(table: Table) -> str:
    """Semicolons and a byte-order mark, as French spreadsheets expect."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.label for c in table.columns])
    for row in table.rows:
        writer.writerow([raw(value, column.kind) for value, column in zip(row, table.columns)])
    return "\ufeff" + out.getvalue()


def csv_response(table: Table, file_name: str) -> Response:
    return Response(csv_body(table), media_type="text/csv; charset=utf-8", headers={
        **SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{file_name}"'})
