"""Import history and the upload of an IODAS extract from the browser."""

from typing import TextIO

from returns.result import Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.import_beneficiaries import ImportBeneficiariesCommand
from application.importing import ImportReport
from application.record_export import ExportCommand
from domain.identifiers import is_identifier
from infrastructure.iodas.extract_reader import aid_codes_of, parse_extract
from interfaces.admin.csv_export import csv_response
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller
from interfaces.admin.stat_tables import Column, Table
from interfaces.admin.uploads import csv_text
from interfaces.body_limits import UPLOAD_BYTES, too_large


def rejections_table(report: ImportReport) -> Table:
    return Table(name="rejets", caption="Lignes rejetées",
                 columns=(Column(label="Ligne", kind="int"), Column(label="Motif")),
                 rows=tuple((r.line, r.reason) for r in report.rejected))


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def history(request: Request, caller: Caller, problem: str | None = None, status: int = 200) -> Response:
        entries = await kit.run(services.list_imports.execute, caller.collectivites)
        choices = [(code, names.get(code, code)) for code in caller.collectivites]
        return kit.render(request, caller, "administration/imports.html",
                          {"entries": entries, "choices": choices, "problem": problem, "names": names,
                           "max_bytes": UPLOAD_BYTES, "too_large": too_large(UPLOAD_BYTES)}, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await history(request, caller)

    def load(collectivite: str, text: TextIO, source: str, actor_id: str) -> ImportReport | str:
        with services.uow() as uow:
            aid_codes = aid_codes_of(uow.collectivites.aid_referential(collectivite))
        extract = parse_extract(text, collectivite, aid_codes, today=services.clock.now().date())
        command = ImportBeneficiariesCommand(collectivite=collectivite, extract=extract, source=source,
                                             actor_id=actor_id)
        result = services.import_beneficiaries.execute(command)
        if isinstance(result, Success):
            report: ImportReport = result.unwrap()
            return report
        message: str = result.failure().message
        return message

    async def upload(request: Request, caller: Caller) -> Response:
        form = await request.form()
        collectivite = str(form.get("collectivite") or caller.collectivites[0])
        if collectivite not in caller.collectivites:
            return await history(request, caller, "Collectivité inconnue.", 400)
        read = await csv_text(kit, form, "fichier")
        if isinstance(read, str):
            return await history(request, caller, read, 400)
        file_name, text = read
        outcome = await kit.run(load, collectivite, text, file_name, caller.user.id)
        if isinstance(outcome, str):
            return await history(request, caller, outcome, 400)
        return kit.redirect(request, f"/administration/imports/{outcome.run_id}")

    async def report(request: Request, caller: Caller) -> Response:
        run_id = request.path_params["run_id"]
        found = await kit.run(services.show_import.execute, run_id, caller.collectivites) \
            if is_identifier(run_id) else None
        if not isinstance(found, Success):
            return kit.not_found(request, caller)
        entry = found.unwrap()
        return kit.render(request, caller, "administration/import_report.html",
                          {"entry": entry, "report": entry.run.report, "names": names})

    async def rejections(request: Request, caller: Caller) -> Response:
        run_id = request.path_params["run_id"]
        found = await kit.run(services.show_import.execute, run_id, caller.collectivites) \
            if is_identifier(run_id) else None
        if not isinstance(found, Success):
            return kit.not_found(request, caller)
        run = found.unwrap().run
        table = rejections_table(run.report)
        await kit.run(services.record_export.execute, ExportCommand(
            actor_id=caller.user.id, table="imports.rejets", rows=len(table.rows), collectivite=run.collectivite,
            ip=caller.ip, filters={"import": run.id}))
        return csv_response(table, f"rejets-import-{run.at.date().isoformat()}-{run.id[:8]}.csv")

    return Area(routes=[
        Route("/administration/imports", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/imports", kit.page(upload, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/imports/{run_id}", kit.page(report, roles=ADMIN_ONLY)),
        Route("/administration/imports/{run_id}/rejets.csv", kit.page(rejections, roles=ADMIN_ONLY)),
    ])
