"""`notaires`: the command line for the département's IT team."""

import argparse
import os
import sys
from collections.abc import Sequence

from infrastructure.csv_files import UnreadableLine, UnreadableText
from infrastructure.persistence.database import DatabaseUnavailable
from infrastructure.settings import InvalidSetting
from interfaces.cli import commands, deaths, letters_commands, retention, tokens
from interfaces.cli.evaluate import evaluate as evaluate_command
from interfaces.cli.french import speak_french


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="notaires", description="Départements & Notaires")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="sert l'application web et GraphQL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo-if-empty", action="store_true", help="charge la démo si la base est vide")
    serve.set_defaults(run=commands.serve)

    imp = sub.add_parser("import", help="importe un fichier").add_subparsers(dest="what", required=True)
    ben = imp.add_parser("beneficiaries", help="extraction IODAS quotidienne")
    ben.add_argument("file")
    ben.add_argument("--collectivite", help="code de la collectivité (s'il y en a plusieurs)")
    ben.set_defaults(run=commands.import_beneficiaries)
    off = imp.add_parser("offices", help="table CRPCEN de la Chambre des notaires")
    off.add_argument("file")
    off.add_argument("--collectivite", help="code de la collectivité (s'il y en a plusieurs)")
    off.set_defaults(run=commands.import_offices)
    letters_commands.add_parsers(sub, imp)

    users = sub.add_parser("users", help="comptes").add_subparsers(dest="what", required=True)
    create = users.add_parser("create", help="crée un compte")
    create.add_argument("--role", required=True, choices=["notary", "agent", "admin"])
    create.add_argument("--email", required=True)
    create.add_argument("--crpcen")
    create.add_argument("--collectivite")
    create.add_argument("--toutes-collectivites", dest="all_collectivites", action="store_true",
                        help="administrateur de toutes les collectivités de l'instance (sinon : de la première)")
    create.add_argument("--password-stdin", action="store_true", required=True)
    create.set_defaults(run=commands.create_user)

    match = sub.add_parser("match", help="rapproche une liste de personnes décédées")
    match.add_argument("input")
    match.add_argument("-o", "--output", required=True)
    match.add_argument("--collectivite", help="code de la collectivité (s'il y en a plusieurs)")
    match.add_argument("--workers", type=int, help="processus (par défaut : tous les cœurs pour une longue liste)")
    match.set_defaults(run=commands.match)

    evaluate = sub.add_parser("evaluate", help="mesure le rapprochement sur une liste étiquetée")
    evaluate.add_argument("labelled", help="colonnes de `match` + expected_iodas_ids et expected")
    evaluate.add_argument("--collectivite", help="code de la collectivité (s'il y en a plusieurs)")
    evaluate.add_argument("--extract", metavar="EXTRACT.csv",
                          help="évalue sur cette extraction IODAS seule, chargée dans une base jetable "
                               "(la base du service n'est ni lue ni modifiée)")
    evaluate.add_argument("--workers", type=int, help="processus (par défaut : tous les cœurs pour une longue liste)")
    evaluate.add_argument("--mistakes", help="écrit les lignes mal ou non décidées dans ce CSV")
    evaluate.add_argument("--motifs", action="store_true",
                          help="affiche aussi, par verdict, les motifs des réponses qui ne sont pas correctes")
    evaluate.add_argument("--accords", action="store_true",
                          help="affiche aussi, pour les réponses manquées ou différées, ce qui concorde entre la "
                               "saisie et le dossier attendu (nom, prénoms, date)")
    evaluate.add_argument("--compare", metavar="MISTAKES",
                          help="compare les réponses, recherche par recherche, à celles d'un passage précédent "
                               "(le fichier qu'il a écrit avec --mistakes)")
    evaluate.set_defaults(run=evaluate_command)

    demo = sub.add_parser("demo", help="charge le jeu de démonstration")
    demo.set_defaults(run=commands.demo)

    tokens.register(sub)
    retention.register(sub)
    deaths.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    speak_french()
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
        sys.stdout.flush()  # so that a reader gone away (`| head`) is met here, not at exit
    except BrokenPipeError:
        # The reader has what it wanted: no traceback, nor a second one when Python flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (UnreadableText, UnreadableLine, InvalidSetting, DatabaseUnavailable) as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:
        if error.filename is None:
            raise  # not a file someone named: a fault to see whole
        print(f"Fichier illisible : {error.filename} ({_why(error)}).", file=sys.stderr)
        return 2
    return code


def _why(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "il n'existe pas"
    if isinstance(error, IsADirectoryError):
        return "c'est un dossier"
    if isinstance(error, PermissionError):
        return "accès refusé"
    return error.strerror or "erreur d'entrée-sortie"


if __name__ == "__main__":
    sys.exit(main())
