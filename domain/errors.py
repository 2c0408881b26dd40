"""Expected failures, as values. Messages are French: users read them."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InvalidSearch:
    problems: tuple[tuple[str, str], ...]  # (field, message)

    @property
    def message(self) -> str:
        return " ".join(message for _, message in self.problems)


@dataclass(frozen=True, slots=True)
class NotAuthorized:
    message: str = "Vous devez être connecté avec un compte d'étude notariale."


@dataclass(frozen=True, slots=True)
class OfficeNotServed:
    """A notary's office that no collectivité serves (an administrator detached it from all): no search."""

    message: str = ("Votre étude n'est rattachée à aucune collectivité : la recherche n'est pas possible pour "
                    "l'instant. Contactez le service des successions du département.")


@dataclass(frozen=True, slots=True)
class DirectoryNotLoaded:
    """A collectivité whose beneficiaries were never loaded would answer « inconnu » to every search, and its
    official letters would say so: no search until its first IODAS extract is in."""

    collectivite: str

    @property
    def message(self) -> str:
        return (f"Le fichier des bénéficiaires de la collectivité « {self.collectivite} » n'a pas encore été chargé : "
                "le service ne peut pas encore vous répondre sans risque d'erreur. Réessayez plus tard ; si cela dure, "
                "contactez le service des successions du département.")


@dataclass(frozen=True, slots=True)
class InvalidCredentials:
    message: str = "Adresse électronique ou mot de passe incorrect."


@dataclass(frozen=True, slots=True)
class InvalidInput:
    message: str
    field: str | None = None  # the command's field at fault, when one is: a form can point at its input


@dataclass(frozen=True, slots=True)
class AccountNotFound:
    """Unknown, or outside the administrator's collectivité: the same answer, which tells nothing of the others."""

    message: str = "Ce compte n'existe pas, ou il ne relève pas de votre collectivité."


@dataclass(frozen=True, slots=True)
class OfficeNotFound:
    message: str = "Cette étude n'existe pas, ou elle ne relève pas de votre collectivité."
