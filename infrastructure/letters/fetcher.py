"""WeasyPrint's only way out: files under the allowed folders and inline data. Nothing else, no network."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedResource(ValueError):
    pass


class FolderFetcher(URLFetcher):  # type: ignore[misc]
    def __init__(self, roots: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self._roots = tuple(root.resolve() for root in roots)

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise RefusedResource(f"ressource refusée (seuls les fichiers du modèle sont permis) : {url}")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self._roots) or not path.is_file():
            raise RefusedResource(f"ressource refusée (hors du dossier des modèles) : {url}")
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), headers={"Content-Type": _mime(path)})


def _mime(path: Path) -> str:
    return {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
            ".css": "text/css", ".html": "text/html"}.get(path.suffix.lower(), "application/octet-stream")
