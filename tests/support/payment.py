"""A collectivité's paierie account, as its collectivite.toml gives it: no décompte is sent without one."""

from dataclasses import replace
from pathlib import Path

from application.ports.letters import CollectiviteProfiles
from domain.collectivite import Collectivite
from domain.letters import CollectiviteProfile, PaymentDetails

ACCOUNT = PaymentDetails(payee="Paierie départementale du Rhône", iban="FR76 3000 1007 9412 3456 7890 185",
                         bic="BDFEFRPPCCT", note="Un chèque est accepté à l'ordre de la paierie.")


def paying_letterheads(folder: Path, codes: tuple[str, ...] = ("69", "69M")) -> Path:
    """NOTAIRES_CONFIG_DIR with each collectivité's file holding only its account: the rest stays the default."""
    for code in codes:
        (folder / code).mkdir(parents=True, exist_ok=True)
        (folder / code / "collectivite.toml").write_text(
            f'[payment]\npayee = "{ACCOUNT.payee}"\niban = "{ACCOUNT.iban}"\nbic = "{ACCOUNT.bic}"\n'
            f'note = "{ACCOUNT.note}"\n', encoding="utf-8")
    return folder


class Paying:
    """Unit tests' letterheads: as the profiles given say, with the paierie's account."""

    def __init__(self, profiles: CollectiviteProfiles) -> None:
        self._profiles = profiles

    def profile(self, collectivite: Collectivite) -> CollectiviteProfile:
        return replace(self._profiles.profile(collectivite), payment=ACCOUNT)
