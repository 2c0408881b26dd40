"""Monitoring probes: the database answers; each collectivité's IODAS extract was loaded recently."""

from collections.abc import Callable, Coroutine
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from application.check_extracts import CheckExtractsQuery
from domain.freshness import ExtractFreshness
from infrastructure.persistence.database import reachable
from interfaces.bootstrap import Services

Probe = Callable[[Request], Coroutine[Any, Any, JSONResponse]]


def health(services: Services) -> Probe:
    """200 when the database answers, 503 otherwise (the service can answer no one)."""
    async def probe(_: Request) -> JSONResponse:
        if await run_in_threadpool(reachable, services.engine):
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "indisponible", "raison": "base de données injoignable"}, status_code=503)
    return probe


def _extract(found: ExtractFreshness) -> dict[str, object]:
    age = found.age
    return {"collectivite": found.collectivite, "nom": found.name,
            "charge_le": found.loaded_at.isoformat() if found.loaded_at else None,
            "age_heures": round(age.total_seconds() / 3600, 1) if age is not None else None,
            "personnes": found.people, "a_jour": not found.stale}


def extracts_health(services: Services) -> Probe:
    """200 when every collectivité's extract is recent, 503 otherwise: the service still answers, but from old data
    (or, never loaded, refuses to), so a monitor's plain HTTP check raises the alarm. No personal data."""
    async def probe(_: Request) -> JSONResponse:
        found = await run_in_threadpool(services.check_extracts.execute, CheckExtractsQuery())
        stale = [f for f in found if f.stale]
        body: dict[str, object] = {"status": "périmé" if stale else "ok", "extraits": [_extract(f) for f in found]}
        if stale:
            hours = "{:g}".format(services.settings.extract_max_age.total_seconds() / 3600)
            never = [f.name for f in stale if f.never_loaded]
            old = [f.name for f in stale if not f.never_loaded]
            body["raison"] = " ; ".join(
                ([f"extraction IODAS jamais chargée : {', '.join(never)}"] if never else [])
                + ([f"extraction IODAS non chargée depuis plus de {hours} h : {', '.join(old)}"] if old else []))
        return JSONResponse(body, status_code=503 if stale else 200)
    return probe
