"""Request bodies no larger than their page needs: a sign-in, a form or a GraphQL document is small; only the
back-office's upload pages take files. A larger body is refused with 413 and a French message, before it is read
whole (the declared length), or as soon as it passes the limit (a body sent in chunks)."""

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MEGABYTE = 1024 * 1024
FORM_BYTES = MEGABYTE  # a GraphQL document holds 2,000 tokens at most; a doubt's comment, a few lines
UPLOAD_BYTES = 200 * MEGABYTE  # an IODAS extract of a million rows is about 100 MB
# The pages whose forms send a CSV file (POST only): the IODAS extract, the CRPCEN table, the maisons.
UPLOAD_PATHS = frozenset({"/admin/administration/imports", "/admin/administration/etudes",
                          "/admin/administration/maisons"})


def limit_for(method: str, path: str) -> int:
    return UPLOAD_BYTES if method == "POST" and path.rstrip("/") in UPLOAD_PATHS else FORM_BYTES


def too_large(limit: int) -> str:
    """What a person is told of a body over `limit`, in French (the upload page says it before sending, too)."""
    if limit >= UPLOAD_BYTES:
        return (f"Le fichier dépasse {limit // MEGABYTE} Mo : découpez-le en plusieurs fichiers et envoyez-les "
                f"l'un après l'autre.")
    return f"Requête trop volumineuse : au plus {limit // MEGABYTE} Mo à cette adresse."


def refusal(path: str, limit: int) -> Response:
    message = too_large(limit)
    if path.startswith("/graphql"):
        return JSONResponse({"errors": [{"message": message, "extensions": {"code": "PAYLOAD_TOO_LARGE"}}]},
                            status_code=413)
    return PlainTextResponse(message, status_code=413)


class BodyLimit:
    """Past the limit, the application is told that the client went away, and whatever it answers then is dropped:
    the client already has the refusal."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        limit = limit_for(scope["method"], scope["path"])
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await refusal(scope["path"], limit)(scope, receive, send)
            return
        received, started, refused = 0, False, False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    if not started:
                        await refusal(scope["path"], limit)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise  # a disconnection we caused is no crash; anything else is
