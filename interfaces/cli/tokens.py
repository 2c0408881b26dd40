"""`notaires tokens create|revoke|list`: integrators' API tokens, for the IT team."""

import argparse
import sys
from datetime import timedelta
from zoneinfo import ZoneInfo

from returns.result import Failure, Success

from application.create_api_token import CreateApiTokenCommand
from application.revoke_api_token import RevokeApiTokenCommand
from domain.api_token import ApiToken, Scope
from infrastructure.settings import Settings
from interfaces.bootstrap import bootstrap


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    tokens = sub.add_parser("tokens", help="jetons d'API des intégrateurs").add_subparsers(dest="what", required=True)
    create = tokens.add_parser("create", help="crée un jeton (affiché une seule fois)")
    create.add_argument("--name", required=True, help="l'intégrateur, par exemple « SI du Département »")
    create.add_argument("--scope", action="append", required=True, choices=[s.value for s in Scope])
    create.add_argument("--days", type=int, default=90, help="durée de validité en jours (1 à 366, 90 par défaut)")
    create.add_argument("--collectivite")
    create.set_defaults(run=create_token)
    revoke = tokens.add_parser("revoke", help="révoque un jeton")
    revoke.add_argument("id")
    revoke.set_defaults(run=revoke_token)
    listing = tokens.add_parser("list", help="liste les jetons (jamais leur secret)")
    listing.set_defaults(run=list_tokens)


def create_token(args: argparse.Namespace) -> int:
    services = bootstrap(Settings.from_env())
    collectivite = args.collectivite or services.settings.collectivites[0].code
    command = CreateApiTokenCommand(name=args.name, collectivite=collectivite,
                                    scopes=frozenset(Scope(s) for s in args.scope), valid_for=timedelta(days=args.days))
    match services.create_api_token.execute(command):
        case Success(issued):
            print(f"Jeton créé : {issued.token.id} ({_describe(issued.token)}).")
            print("Secret, affiché une seule fois, à transmettre à l'intégrateur :")
            print(issued.secret)
            return 0
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def revoke_token(args: argparse.Namespace) -> int:
    services = bootstrap(Settings.from_env())
    match services.revoke_api_token.execute(RevokeApiTokenCommand(token_id=args.id)):
        case Success(token):
            print(f"Jeton révoqué : {token.id} ({token.name}).")
            return 0
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def list_tokens(_: argparse.Namespace) -> int:
    services = bootstrap(Settings.from_env())
    now = services.clock.now()
    for token in services.list_api_tokens.execute():
        state = "révoqué" if token.revoked_at else ("expiré" if not token.usable_at(now) else "actif")
        print(f"{token.id}  {state:8}  {_describe(token)}")
    return 0


def _describe(token: ApiToken) -> str:
    scopes = ", ".join(sorted(token.scopes))
    expires = token.expires_at.astimezone(ZoneInfo("Europe/Paris"))
    return f"{token.name} ; {token.collectivite} ; {scopes} ; expire le {expires:%d/%m/%Y} (heure de Paris)"
