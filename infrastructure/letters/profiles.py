"""Each collectivité's letterhead, read from NOTAIRES_CONFIG_DIR/<code>/collectivite.toml, with defaults.

Without that file, a letter says plainly what is missing (« Signataire à configurer », no scanned signature):
an official letter never carries an invented signatory. `notaires serve` warns of it (`unconfigured`). A
décompte de créance is not sent without the file's [payment] account (`domain.letters.payment_missing`); the
demonstration account of config.example (bank code 00000, which no money can reach) counts only in development
mode, and `notaires serve` warns of both (`without_payment`).

    NOTAIRES_CONFIG_DIR/69/collectivite.toml   sender, service address, signatory, payment account, wording…
    NOTAIRES_CONFIG_DIR/69/logo.svg|logo.png   the letterhead logo
    NOTAIRES_CONFIG_DIR/69/signature.png|.svg  the scanned signature
    NOTAIRES_CONFIG_DIR/69/templates/*.html    any template to replace (base.html, unknown.html…)
"""

import logging
import tomllib
from dataclasses import replace
from pathlib import Path
from collections.abc import Iterable
from typing import Any

from domain.collectivite import Collectivite, CollectiviteKind
from domain.letters import CollectiviteProfile, PaymentDetails, Signatory

DEFAULTS = Path(__file__).parent
UNCONFIGURED_SIGNATORY = "Signataire à configurer"
log = logging.getLogger("notaires.letters")


def _delegation(kind: CollectiviteKind) -> str:
    if kind is CollectiviteKind.METROPOLE:
        return "Pour le Président de la Métropole et par délégation,"
    return "Pour le Président du Conseil départemental et par délégation,"


def default_profile(collectivite: Collectivite) -> CollectiviteProfile:
    slug = "".join(ch for ch in collectivite.code.lower() if ch.isalnum()) or "collectivite"
    domain = f"collectivite-{slug}.example"
    return CollectiviteProfile(
        code=collectivite.code, name=collectivite.name, sender=f"notaires@{domain}",
        service_email=f"recours-successions@{domain}",
        service_name="Direction de l'autonomie — Service des recours et successions",
        address=("Adresse à configurer",),
        city="", phone="",
        signatory=Signatory(name=UNCONFIGURED_SIGNATORY, title="Fonction à configurer",
                            delegation=_delegation(collectivite.kind)),
        feminine=collectivite.kind is CollectiviteKind.METROPOLE,
    )


class FolderProfiles:
    def __init__(self, config_dir: Path | None, *, demo: bool = False) -> None:
        # Absolute: the renderer hands WeasyPrint file URIs (`make run` passes the relative `config.example`).
        self._config_dir = config_dir.resolve() if config_dir else None
        self._demo = demo  # development mode: the example account of config.example is accepted

    def folder(self, code: str) -> Path | None:
        if self._config_dir is None:
            return None
        found = self._config_dir / code
        return found if found.is_dir() else None

    def unconfigured(self, collectivites: Iterable[Collectivite]) -> list[str]:
        """In French, each collectivité whose letters would go out without its letterhead."""
        where = "NOTAIRES_CONFIG_DIR n'est pas réglé" if self._config_dir is None else f"dossier {self._config_dir}"
        return [f"Aucun en-tête de courrier pour {c.name} ({c.code}/collectivite.toml, {where}) : ses courriers "
                f"portent « {UNCONFIGURED_SIGNATORY} » et aucune signature. Voir config.example/."
                for c in collectivites if not self._has_file(c.code)]

    def without_payment(self, collectivites: Iterable[Collectivite]) -> list[str]:
        """In French, each collectivité with a letterhead but no account for its décomptes, or only the example's
        (those without a letterhead at all are told by `unconfigured`)."""
        warnings = []
        for c in (c for c in collectivites if self._has_file(c.code)):
            payment, section = self._written(c).payment, f"[payment] de {c.code}/collectivite.toml"
            if payment is None:
                warnings.append(f"Aucun compte de paiement pour {c.name} ({section}) : ses décomptes de créance ne "
                                "peuvent pas être envoyés aux notaires. Voir config.example/.")
            elif payment.is_example and self._demo:
                warnings.append(f"Le compte de paiement {c.of_name} ({section}) est l'exemple de démonstration : "
                                "remplacez-le avant la mise en production.")
            elif payment.is_example:
                warnings.append(f"Le compte de paiement {c.of_name} ({section}) est l'exemple de démonstration, "
                                "ignoré hors du mode développement : ses décomptes de créance ne peuvent pas être "
                                "envoyés aux notaires.")
        return warnings

    def _has_file(self, code: str) -> bool:
        folder = self.folder(code)
        return folder is not None and (folder / "collectivite.toml").is_file()

    def profile(self, collectivite: Collectivite) -> CollectiviteProfile:
        profile = self._written(collectivite)
        if profile.payment and profile.payment.is_example and not self._demo:
            return replace(profile, payment=None)  # a copied example must not reach a notary as a real account
        return profile

    def _written(self, collectivite: Collectivite) -> CollectiviteProfile:
        """As the collectivité's file says, or the defaults."""
        base = default_profile(collectivite)
        folder = self.folder(collectivite.code)
        settings_file = folder / "collectivite.toml" if folder else None
        if settings_file is None or not settings_file.is_file():
            return base
        try:
            return _read(base, tomllib.loads(settings_file.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, AttributeError, TypeError, ValueError):
            # A typo in one file must not stop the answers: the default letterhead stands in, loudly.
            log.exception("%s illisible : en-tête par défaut utilisé", settings_file)
            return base


def _read(base: CollectiviteProfile, data: dict[str, Any]) -> CollectiviteProfile:
    signatory = data.get("signatory", {})
    return CollectiviteProfile(
        code=base.code, name=data.get("name", base.name), sender=data.get("sender", base.sender),
        service_email=data.get("service_email", base.service_email),
        service_name=data.get("service_name", base.service_name),
        address=tuple(data.get("address", base.address)), city=data.get("city", base.city),
        phone=data.get("phone", base.phone),
        signatory=Signatory(name=signatory.get("name", base.signatory.name),
                            title=signatory.get("title", base.signatory.title),
                            delegation=signatory.get("delegation", base.signatory.delegation)),
        feminine=bool(data.get("feminine", base.feminine)),
        notify_every_search=bool(data.get("notify_every_search", False)),
        payment=_payment(data.get("payment", {})),
        wording={str(k): str(v) for k, v in data.get("wording", {}).items()},
    )


def _payment(data: dict[str, Any]) -> PaymentDetails | None:
    """An account is named by its holder and its IBAN; without both, the décompte says it is to be configured."""
    payee, iban = str(data.get("payee", "")).strip(), str(data.get("iban", "")).strip()
    if not payee or not iban:
        return None
    return PaymentDetails(payee=payee, iban=iban, bic=str(data.get("bic", "")).strip(),
                          note=str(data.get("note", "")).strip())
