"""`notaires import maisons` and `notaires outbox deliver|status`."""

import argparse
import sys
from pathlib import Path

from returns.result import Failure, Success

from domain.outbox import MessageStatus
from infrastructure.maisons_reader import read_maisons
from interfaces.cli import commands


def import_maisons(args: argparse.Namespace) -> int:
    services = commands._services()
    command = read_maisons(Path(args.file), commands._collectivite(services, args.collectivite))
    match services.import_maisons.execute(command):
        case Success(report):
            return commands.print_report(report, report.table_summary())
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def outbox_deliver(_: argparse.Namespace) -> int:
    services = commands._services()
    print(services.deliver_outbox.execute().summary())
    return 0


def outbox_status(_: argparse.Namespace) -> int:
    services = commands._services()
    with services.uow() as uow:
        counts = uow.outbox.counts()
        troubled = uow.outbox.troubled(limit=50)
    labels = {MessageStatus.PENDING: "en attente", MessageStatus.SENT: "envoyés", MessageStatus.FAILED: "en échec"}
    print(", ".join(f"{labels[status]} : {counts[status]}" for status in MessageStatus))
    for m in troubled:
        state = "ÉCHEC" if m.status is MessageStatus.FAILED else f"nouvel essai à {m.next_attempt_at:%H:%M:%S}"
        print(f"  {m.message_id} → {', '.join(m.recipients)} : {state}, {m.attempts} essai(s) : {m.last_error}")
    return 0


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]",
                imports: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    maisons = imports.add_parser("maisons", help="référentiel des maisons du département : code,name,email,address")
    maisons.add_argument("file")
    maisons.add_argument("--collectivite")
    maisons.set_defaults(run=import_maisons)
    outbox = sub.add_parser("outbox", help="courriels en attente").add_subparsers(dest="what", required=True)
    outbox.add_parser("deliver", help="envoie une fois les courriels dus").set_defaults(run=outbox_deliver)
    outbox.add_parser("status", help="compte les courriels par état").set_defaults(run=outbox_status)
