"""Reading a CSV file sent from a browser form, with French errors a person can act on."""

import io
from collections.abc import Awaitable, Callable
from typing import TextIO, TypeVar

from returns.result import Failure, Result, Success
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response

from application.importing import ImportReport
from domain.errors import InvalidInput
from infrastructure.csv_files import UnreadableText, decode
from interfaces.admin.kit import AdminKit, Caller

MAX_BYTES = 200 * 1024 * 1024
C = TypeVar("C")
# listing(request, caller, problem, report, status): the table's page, with what the import said.
Listing = Callable[[Request, Caller, str | None, ImportReport | None, int], Awaitable[Response]]


async def csv_text(form: FormData, field: str) -> tuple[str, str] | str:
    """(file name, text) of the uploaded file, or the French reason it cannot be read."""
    file = form.get(field)
    if not isinstance(file, UploadFile) or not file.filename:
        return "Choisissez le fichier CSV à importer."
    if (file.size or 0) > MAX_BYTES:
        return "Le fichier dépasse 200 Mo : découpez-le."
    try:
        return file.filename, decode(await file.read())
    except UnreadableText as error:
        return str(error)


async def import_table(kit: AdminKit, request: Request, caller: Caller, read_table: Callable[[TextIO, str], C],
                       execute: Callable[[C], Result[ImportReport, InvalidInput]], listing: Listing) -> Response:
    """A referential table sent from the browser (CRPCEN table, maisons): read, imported, reported on its page."""
    form = await request.form()
    collectivite = str(form.get("collectivite") or caller.collectivites[0])
    read = await csv_text(form, "fichier")
    if isinstance(read, str) or collectivite not in caller.collectivites:
        return await listing(request, caller, read if isinstance(read, str) else "Collectivité inconnue.", None, 400)
    match await kit.run(execute, read_table(io.StringIO(read[1], newline=""), collectivite)):
        case Success(report):
            return await listing(request, caller, None, report, 200)
        case Failure(error):
            return await listing(request, caller, error.message, None, 400)
    raise AssertionError("unreachable")
