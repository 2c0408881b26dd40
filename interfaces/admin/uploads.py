"""Reading a CSV file sent from a browser form, with French errors a person can act on."""

from starlette.datastructures import FormData, UploadFile

MAX_BYTES = 200 * 1024 * 1024


async def csv_text(form: FormData, field: str) -> tuple[str, str] | str:
    """(file name, text) of the uploaded file, or the French reason it cannot be read."""
    file = form.get(field)
    if not isinstance(file, UploadFile) or not file.filename:
        return "Choisissez le fichier CSV à importer."
    if (file.size or 0) > MAX_BYTES:
        return "Le fichier dépasse 200 Mo : découpez-le."
    try:
        return file.filename, (await file.read()).decode("utf-8-sig")
    except UnicodeDecodeError:
        return "Le fichier n'est pas un CSV encodé en UTF-8 : réenregistrez-le en UTF-8 et recommencez."
