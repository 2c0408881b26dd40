"""Each sub-command: parse files, call one use case, print a French report."""

import argparse
import csv
import sys
from pathlib import Path
from typing import NoReturn

from returns.result import Failure, Result, Success

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand
from application.importing import ImportReport
from domain.errors import InvalidInput
from domain.jurisdiction import Jurisdiction
from domain.user import ROLE_LABELS, Role
from infrastructure.iodas.extract_reader import aid_codes_of, read_extract
from infrastructure.offices_reader import read_offices
from infrastructure.settings import Settings
from interfaces.bootstrap import Services, bootstrap
from interfaces.cli import demo_data
from interfaces.cli.bulk import answer_list
from interfaces.cli.lists import read_entries
from infrastructure.spreadsheet import inert


def _services() -> Services:
    return bootstrap(Settings.from_env())


def _everywhere(services: Services) -> Jurisdiction:
    """Whoever runs the commands runs the service: every collectivité, as an administrator attached to none."""
    return Jurisdiction.everywhere(c.code for c in services.settings.collectivites)


def _collectivite(services: Services, wanted: str | None) -> str:
    """Exit 2, as for any mistake in the command line: 1 means a file of which no row could be read."""
    codes = [c.code for c in services.settings.collectivites]
    if wanted:
        if wanted not in codes:
            _refuse(f"Collectivité inconnue « {wanted} » ; connues : {', '.join(codes)}.")
        return wanted
    if len(codes) > 1:
        _refuse(f"Plusieurs collectivités sont configurées : précisez --collectivite ({', '.join(codes)}).")
    return codes[0]


def _refuse(message: str) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(2)


def print_report(report: ImportReport, summary: str) -> int:
    """Exit 0 when rows loaded, bad ones reported; 1 when none did, unreadable or all rejected (a scheduled job
    alerts: a drifted extract format rejects every row, and the data would silently age)."""
    if report.rejected and not report.rows_read:
        print(report.nothing_loaded(), file=sys.stderr)
        return 1
    print(summary)
    for row in report.rejected:
        print(f"  ligne {row.line} : {row.reason}", file=sys.stderr)
    for warning in (report.nothing_loaded(), report.maisons_warning(), report.offices_warning()):
        if warning:
            print(warning, file=sys.stderr)
    return 1 if report.nothing_loaded() else 0


def load_extract(services: Services, code: str, path: Path) -> Result[ImportReport, InvalidInput]:
    """An IODAS extract read against the collectivité's aid referential and imported: `import beneficiaries`, and
    `evaluate --extract` into its throwaway database."""
    with services.uow() as uow:
        aid_codes = aid_codes_of(uow.collectivites.aid_referential(code))
    extract = read_extract(path, code, aid_codes, today=services.clock.now().date())
    return services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite=code, extract=extract,
                                                                           source=path.name))


def import_beneficiaries(args: argparse.Namespace) -> int:
    services = _services()
    result = load_extract(services, _collectivite(services, args.collectivite), Path(args.file))
    match result:
        case Success(report):
            return print_report(report, report.summary())
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def import_offices(args: argparse.Namespace) -> int:
    services = _services()
    command = read_offices(Path(args.file), _collectivite(services, args.collectivite), _everywhere(services))
    match services.import_offices.execute(command):
        case Success(report):
            return print_report(report, report.table_summary())
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def create_user(args: argparse.Namespace) -> int:
    # Told in the options' words; the use case refuses the same, in the back-office's.
    if (args.role == "notary") != bool(args.crpcen):
        print("--crpcen est obligatoire pour un compte d'étude (--role notary)." if args.role == "notary"
              else "--crpcen ne vaut que pour un compte d'étude (--role notary) : retirez-le.", file=sys.stderr)
        return 2
    if args.all_collectivites and (args.role != "admin" or args.collectivite):
        print("--toutes-collectivites ne vaut que pour un administrateur (--role admin), sans --collectivite.",
              file=sys.stderr)
        return 2
    services = _services()
    password = sys.stdin.readline().rstrip("\r\n")
    collectivite = None if args.all_collectivites else args.collectivite or (
        services.settings.collectivites[0].code if args.role != "notary" else None)
    command = CreateUserCommand(email=args.email, role=Role(args.role), password=password, crpcen=args.crpcen,
                                collectivite=collectivite, jurisdiction=_everywhere(services))
    match services.create_user.execute(command):
        case Success(user):
            names = {c.code: c.name for c in services.settings.collectivites}
            where = (f"étude {user.crpcen}" if user.crpcen else names.get(user.collectivite, user.collectivite)
                     if user.collectivite else "toutes les collectivités")
            print(f"Compte créé : {user.email} ({ROLE_LABELS[user.role].lower()}, {where}).")
            return 0
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def match(args: argparse.Namespace) -> int:
    services = _services()
    code = _collectivite(services, args.collectivite)
    results = answer_list(services, code, read_entries(Path(args.input)), args.workers)
    counts: dict[str, int] = {}
    with open(args.output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "outcome", "iodas_id", "score", "error", "reason"])
        for r in results:
            counts[r.outcome] = counts.get(r.outcome, 0) + 1
            # The references come from whoever wrote the list, and the file is opened in a spreadsheet.
            writer.writerow([inert(r.ref), r.outcome, r.iodas_id, "" if r.score is None else f"{r.score:.4f}",
                             inert(r.error), inert(r.reason)])
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "aucune ligne")
    return 0


def _demo_settings() -> Settings:
    """The demo's accounts have a password the README publishes: never on a real service. Refused before the
    database is even opened."""
    settings = Settings.from_env()
    if not settings.dev:
        _refuse("Les données de démonstration ne se chargent qu'en mode développement (NOTAIRES_DEV=1, que "
                "« make run » règle) : leurs comptes ont un mot de passe publié.")
    return settings


def demo(_: argparse.Namespace) -> int:
    services = bootstrap(_demo_settings())
    for line in demo_data.load(services):
        print(line)
    return 0


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from interfaces.web import create_app

    services = bootstrap(_demo_settings() if args.demo_if_empty else Settings.from_env())
    if args.demo_if_empty and demo_data.is_empty(services):
        for line in demo_data.load(services):
            print(line)
    profiles, collectivites = services.profiles, services.settings.collectivites
    for warning in [*profiles.unconfigured(collectivites), *profiles.without_payment(collectivites)]:
        print(f"Attention : {warning}", file=sys.stderr)
    uvicorn.run(create_app(services), host=args.host, port=args.port, log_level="info")
    return 0
