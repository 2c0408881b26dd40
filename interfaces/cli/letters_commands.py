"""`notaires import maisons` and `notaires outbox deliver|status`."""

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from returns.result import Failure, Success

from application.importing import count
from domain.outbox import MessageStatus
from infrastructure.maisons_reader import read_maisons
from interfaces.cli import commands

PARIS = ZoneInfo("Europe/Paris")


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
    with services.uow() as uow:
        waiting, due = uow.outbox.counts()[MessageStatus.PENDING], uow.outbox.next_attempt()
    if waiting:  # none was due: say when one will be, lest the operator think nothing waits
        print(f"{count(waiting, 'courriel attend', 'courriels attendent')} un nouvel essai ; "
              f"le prochain {_when(due, services.clock.now())}.")
    return 0


def outbox_status(_: argparse.Namespace) -> int:
    services = commands._services()
    with services.uow() as uow:
        counts = uow.outbox.counts()
        troubled = uow.outbox.troubled(limit=50)
    labels = {MessageStatus.PENDING: "en attente", MessageStatus.SENT: "envoyés", MessageStatus.FAILED: "en échec"}
    print(", ".join(f"{labels[status]} : {counts[status]}" for status in MessageStatus))
    now = services.clock.now()
    for m in troubled:
        state = "ÉCHEC" if m.status is MessageStatus.FAILED else f"nouvel essai {_when(m.next_attempt_at, now)}"
        print(f"  {m.message_id} → {', '.join(m.recipients)} : {state}, {m.attempts} essai(s) : {m.last_error}")
    return 0


def _when(at: datetime | None, now: datetime) -> str:
    """A time to come, in Paris time as the web pages show it, and said so: the database keeps UTC."""
    at = at if at is None or at.tzinfo else at.replace(tzinfo=UTC)
    if at is None or at <= now:
        return "dès maintenant"
    local = at.astimezone(PARIS)
    day = "" if local.date() == now.astimezone(PARIS).date() else f"le {local:%d/%m/%Y} "
    return f"{day}à {local:%H:%M:%S} (heure de Paris)"


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]",
                imports: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    maisons = imports.add_parser("maisons", help="référentiel des maisons du département : code,name,email,address")
    maisons.add_argument("file")
    maisons.add_argument("--collectivite")
    maisons.set_defaults(run=import_maisons)
    outbox = sub.add_parser("outbox", help="courriels en attente").add_subparsers(dest="what", required=True)
    outbox.add_parser("deliver", help="envoie une fois les courriels dus").set_defaults(run=outbox_deliver)
    outbox.add_parser("status", help="compte les courriels par état").set_defaults(run=outbox_status)
