"""The deceased's identity as the clerk typed it, and the rules it must obey."""

from dataclasses import dataclass
from datetime import date

from returns.result import Failure, Result, Success

from domain.errors import InvalidSearch


@dataclass(frozen=True, slots=True, kw_only=True)
class IdentityForm:
    """What arrives from a form or a CSV row, before validation."""

    last_name: str | None
    birth_name: str | None
    first_names: str | None
    birth_date: date | None
    death_date: date | None
    death_place: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DeceasedIdentity:
    last_name: str
    birth_name: str | None
    first_names: str
    birth_date: date
    death_date: date
    death_place: str


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def validate_identity(form: IdentityForm, today: date) -> Result[DeceasedIdentity, InvalidSearch]:
    """Business rules:
    - the death date is required, to keep out idle curiosity;
    - the death date is neither in the future nor before the birth date;
    - surname, first names and birth date are required.
    """
    last_name, first_names = _clean(form.last_name), _clean(form.first_names)
    problems: list[tuple[str, str]] = []
    if not last_name:
        problems.append(("lastName", "Le nom d'usage est obligatoire."))
    if not first_names:
        problems.append(("firstNames", "Au moins un prénom est obligatoire."))
    if form.birth_date is None:
        problems.append(("birthDate", "La date de naissance est obligatoire."))
    elif form.birth_date > today:
        problems.append(("birthDate", "La date de naissance ne peut pas être dans le futur."))
    if form.death_date is None:
        problems.append(("deathDate", "La date de décès est obligatoire."))
    elif form.death_date > today:
        problems.append(("deathDate", "La date de décès ne peut pas être dans le futur."))
    elif form.birth_date is not None and form.death_date < form.birth_date:
        problems.append(("deathDate", "La date de décès ne peut pas précéder la date de naissance."))
    if problems or form.birth_date is None or form.death_date is None:
        return Failure(InvalidSearch(tuple(problems)))
    return Success(
        DeceasedIdentity(
            last_name=last_name,
            birth_name=_clean(form.birth_name) or None,
            first_names=first_names,
            birth_date=form.birth_date,
            death_date=form.death_date,
            death_place=_clean(form.death_place),
        )
    )
