"""Reading a CSV file sent from a browser form, with French errors a person can act on."""

from collections.abc import Awaitable, Callable
from typing import TextIO, TypeVar

from returns.result import Failure, Result, Success
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response

from application.importing import ImportReport
from domain.errors import InvalidInput
from infrastructure.csv_files import UnreadableText, text_of
from interfaces.admin.kit import AdminKit, Caller

C = TypeVar("C")
# listing(request, caller, problem, report, status): the table's page, with what the import said.
Listing = Callable[[Request, Caller, str | None, ImportReport | None, int], Awaitable[Response]]


async def csv_text(kit: AdminKit, form: FormData, field: str) -> tuple[str, TextIO] | str:
    """(file name, text) of the uploaded file, or the French reason it cannot be read. The file stays where the form
    put it (on disk beyond 1 MB, its size bounded by interfaces/body_limits.py) and is read a chunk at a time, off
    the event loop: never whole in memory, nor decoded whole."""
    file = form.get(field)
    if not isinstance(file, UploadFile) or not file.filename:
        return "Choisissez le fichier CSV à importer."
    try:
        return file.filename, await kit.run(text_of, file.file)
    except UnreadableText as error:
        return str(error)


async def import_table(kit: AdminKit, request: Request, caller: Caller, read_table: Callable[[TextIO, str], C],
                       execute: Callable[[C], Result[ImportReport, InvalidInput]], listing: Listing) -> Response:
    """A referential table sent from the browser (CRPCEN table, maisons): read, imported, reported on its page."""
    form = await request.form()
    collectivite = str(form.get("collectivite") or caller.collectivites[0])
    read = await csv_text(kit, form, "fichier")
    if isinstance(read, str) or collectivite not in caller.collectivites:
        return await listing(request, caller, read if isinstance(read, str) else "Collectivité inconnue.", None, 400)
    match await kit.run(lambda: execute(read_table(read[1], collectivite))):
        case Success(report):
            return await listing(request, caller, None, report, 200)
        case Failure(error):
            return await listing(request, caller, error.message, None, 400)
    raise AssertionError("unreachable")
