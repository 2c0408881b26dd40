"""`notaires retention apply`: applies the retention policy now (serve also does it daily)."""

import argparse

from infrastructure.settings import Settings
from interfaces.bootstrap import bootstrap


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    retention = sub.add_parser("retention", help="durées de conservation").add_subparsers(dest="what", required=True)
    apply = retention.add_parser("apply", help="anonymise et supprime ce qui a dépassé sa durée de conservation")
    apply.set_defaults(run=apply_retention)


def apply_retention(_: argparse.Namespace) -> int:
    services = bootstrap(Settings.from_env())
    print(services.apply_retention.execute().summary())
    return 0
