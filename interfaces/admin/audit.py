"""The audit log viewer: filters, pages, and the CSV export (itself audited)."""

from datetime import date
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.browse_audit import AuditPage, AuditQuery
from application.ports.audit_queries import AuditFilter
from application.record_export import ExportCommand
from domain.audit import AuditEntry
from interfaces.admin.audit_details import details, target
from interfaces.admin.csv_export import csv_response
from interfaces.admin.formatting import moment
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller
from interfaces.admin.stat_tables import Column, Table

ACTION_LABELS = {
    "search.answered": "Recherche d'un notaire", "login.failed": "Connexion refusée", "login.locked": "Compte bloqué",
    "login.succeeded": "Connexion", "decision.corrected": "Doute levé", "export.csv": "Export CSV",
    "import.iodas": "Import IODAS", "user.created": "Compte créé", "user.disabled": "Compte désactivé",
    "user.enabled": "Compte réactivé", "user.password_link_sent": "Lien de mot de passe envoyé",
    "user.password_reset": "Mot de passe défini", "office.updated": "Étude modifiée",
    "offices.imported": "Table CRPCEN importée", "aid_type.saved": "Type d'aide enregistré",
    "maison.saved": "Maison du département enregistrée", "maisons.imported": "Maisons du département importées",
    "api_token.created": "Jeton d'API créé", "api_token.revoked": "Jeton d'API révoqué",
    "api_token.used": "Jeton d'API utilisé", "request.read": "Demande consultée",
    "request.refused": "Consultation de demande refusée", "decisions.listed": "Liste des réponses consultée",
    "retention.applied": "Durée de conservation appliquée", "creance.opened": "Créance ouverte",
    "creance.revised": "Montants de la créance corrigés", "creance.notified": "Créance notifiée au notaire",
    "creance.recovered_in_full": "Créance recouvrée en totalité",
    "creance.recovered_in_part": "Créance recouvrée en partie", "creance.waived": "Créance abandonnée",
    "deaths.exported": "Lot de décès pour IODAS créé", "deaths.downloaded": "Lot de décès pour IODAS téléchargé",
}


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def who(entry: AuditEntry, emails: dict[str, str]) -> str:
    if entry.actor_id is None:
        # Sign-ins and readings come from outside; the rest from the command line or a scheduled job (imports,
        # batches, retention), which act as no account.
        anonymous = entry.action.startswith(("login.", "request.", "api_token.used"))
        return "visiteur non identifié" if anonymous else "ligne de commande ou tâche programmée"
    return emails.get(entry.actor_id, entry.actor_id)


def audit_table(page: AuditPage, names: dict[str, str], short: bool = True) -> Table:
    """On screen, identifiers are shortened; the CSV export keeps them whole, for a look-up elsewhere."""
    return Table(name="journal", caption="Journal d'audit", columns=(
        Column(label="Date"), Column(label="Qui"), Column(label="Action"), Column(label="Cible"),
        Column(label="Collectivité"), Column(label="Adresse IP"), Column(label="Détails")),
        rows=tuple((moment(e.at), who(e, page.emails), ACTION_LABELS.get(e.action, e.action),
                    target(e, page.emails, short, page.references), names.get(e.collectivite or "", e.collectivite or ""),
                    e.ip or "", details(e, short, page.references)) for e in page.entries))


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    def query(request: Request, caller: Caller, export: bool = False) -> AuditQuery:
        p = request.query_params
        page = int(p["page"]) if p.get("page", "").isdigit() and int(p["page"]) > 0 else 1
        where = AuditFilter(start=_date(p.get("du")), end=_date(p.get("au")), action_prefix=p.get("action") or None)
        return AuditQuery(actor=caller.user, where=where, actor_email=p.get("qui") or None, page=page, export=export)

    async def viewer(request: Request, caller: Caller) -> Response:
        asked = query(request, caller)
        params = {k: v for k, v in request.query_params.items() if k != "page" and v}
        context = {"asked": asked, "params": params, "filters": urlencode(params), "labels": ACTION_LABELS}
        match await kit.run(services.browse_audit.execute, asked):
            case Success(found):
                return kit.render(request, caller, "administration/audit.html",
                                  {**context, "found": found, "table": audit_table(found, names)})
            case Failure(error):
                return kit.render(request, caller, "administration/audit.html", {**context, "problem": error.message},
                                  status=400)
        raise AssertionError("unreachable")

    async def export(request: Request, caller: Caller) -> Response:
        asked = query(request, caller, export=True)
        found = await kit.run(services.browse_audit.execute, asked)
        if not isinstance(found, Success):
            return kit.forbidden(request, found.failure().message)
        table = audit_table(found.unwrap(), names, short=False)
        filters = {k: v for k, v in request.query_params.items() if v}
        await kit.run(services.record_export.execute, ExportCommand(
            actor_id=caller.user.id, table="journal", rows=len(table.rows), ip=caller.ip, filters=filters))
        return csv_response(table, "journal-audit.csv")

    return Area(routes=[
        Route("/administration/journal", kit.page(viewer, roles=ADMIN_ONLY)),
        Route("/administration/journal.csv", kit.page(export, roles=ADMIN_ONLY)),
    ])
