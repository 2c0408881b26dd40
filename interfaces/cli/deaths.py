"""`notaires export deces`: the deaths learnt since the last batch, as a new batch's CSV file for IODAS (nightly)."""

import argparse
import errno
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from returns.result import Failure, Success

from application.export_deaths import ExportDeathsCommand
from application.importing import count
from domain.death_report import DeathBatch, NothingToReport
from infrastructure.iodas.deaths_file import deaths_csv, file_name
from interfaces.cli import commands


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = sub.add_parser("export", help="exporte des données").add_subparsers(dest="what", required=True)
    deaths = export.add_parser("deces", help="les décès appris des notaires et pas encore signalés à IODAS, en un "
                                             "nouveau lot (CSV)")
    deaths.add_argument("--collectivite", help="code de la collectivité (s'il y en a plusieurs)")
    deaths.add_argument("-o", "--output", metavar="FICHIER.csv",
                        help="le fichier à écrire (remplacé s'il existe), ou un dossier où écrire "
                             "deces-<collectivité>-lot-<n>.csv ; sans lui, le CSV va sur la sortie standard")
    deaths.set_defaults(run=export_deaths)


@dataclass(frozen=True, slots=True)
class _Draft:
    """The file being written beside its final place: IODAS never picks up half a file, and a place that cannot be
    written is known before any batch is recorded (a batch recorded is never exported again)."""

    handle: int
    path: Path
    where: Path  # the file asked for, or the folder

    @classmethod
    def open(cls, where: Path) -> "_Draft":
        path = _folder(where) / f".deces-{uuid.uuid4().hex}.tmp"
        return cls(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), path, where)  # as umask allows

    def publish(self, batch: DeathBatch) -> Path:
        final = self.where / file_name(batch) if self.where.is_dir() else self.where
        with os.fdopen(self.handle, "wb") as out:
            out.write(deaths_csv(batch).encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(self.path, final)
        return final

    def discard(self) -> None:
        os.close(self.handle)
        self.path.unlink(missing_ok=True)


def export_deaths(args: argparse.Namespace) -> int:
    services = commands._services()
    code = commands._collectivite(services, args.collectivite)
    try:
        draft = _Draft.open(Path(args.output)) if args.output else None
    except OSError as error:
        print(f"Fichier impossible à écrire : {args.output} ({_why(error, _folder(Path(args.output)))}) ; aucun lot "
              "n'a été créé.", file=sys.stderr)
        return 2
    try:
        result = services.export_deaths.execute(ExportDeathsCommand(collectivite=code, collectivites=(code,)))
    except BaseException:
        if draft:
            draft.discard()
        raise
    if draft and not isinstance(result, Success):
        draft.discard()
    match result:
        case Success(batch):
            name = next(c.name for c in services.settings.collectivites if c.code == code)
            return _hand_over(batch, draft, f"{count(batch.size, 'décès exporté', 'décès exportés')} (lot n° "
                                            f"{batch.number}, {name})")
        case Failure(NothingToReport() as nothing):
            print(nothing.message, file=sys.stdout if draft else sys.stderr)  # the CSV may be on the standard output
            return 0
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def _hand_over(batch: DeathBatch, draft: _Draft | None, summary: str) -> int:
    if draft is None:
        sys.stdout.buffer.write(deaths_csv(batch).encode("utf-8"))
        sys.stdout.flush()
        print(f"{summary}.", file=sys.stderr)
        return 0
    try:
        written = draft.publish(batch)
    except OSError as error:
        draft.path.unlink(missing_ok=True)
        print(f"Le lot n° {batch.number} ({count(batch.size, 'décès', 'décès')}) est enregistré, mais son fichier "
              f"n'a pu être écrit ({_why(error, _folder(draft.where))}) : téléchargez-le depuis l'espace agents, "
              "page « Décès à signaler à IODAS ».", file=sys.stderr)
        return 1
    print(f"{summary} : {written}")
    return 0


def _folder(where: Path) -> Path:
    return where if where.is_dir() else where.parent


def _why(error: OSError, folder: Path) -> str:
    """What the IT team can act on. A folder that exists may still refuse new files (a system folder such as /proc
    answers « no such file »), or be read-only."""
    if isinstance(error, FileNotFoundError) and not folder.is_dir():
        return "son dossier n'existe pas"
    if isinstance(error, FileNotFoundError | PermissionError):
        return f"le dossier {folder} n'est pas accessible en écriture"
    if error.errno == errno.EROFS:
        return f"le dossier {folder} est en lecture seule"
    if error.errno == errno.ENOSPC:
        return "disque plein"
    return error.strerror or "erreur d'entrée-sortie"
