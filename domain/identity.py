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


MAX_NAME = 100
MAX_FIRST_NAMES = 200
MAX_AGE = 125  # the oldest French person lived 122 years


def _years_between(born: date, died: date) -> int:
    return died.year - born.year - ((died.month, died.day) < (born.month, born.day))


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def validate_identity(form: IdentityForm, today: date) -> Result[DeceasedIdentity, InvalidSearch]:
    """Business rules:
    - the death date is required, to keep out idle curiosity;
    - the death date is neither in the future nor before the birth date, nor more than `MAX_AGE` years after it;
    - surname, first names and birth date are required; a name holds a letter, and stays within the length of a
      civil-status field (a longer text is a paste gone wrong, and would fill the letter).
    """
    last_name, first_names = _clean(form.last_name), _clean(form.first_names)
    birth_name, death_place = _clean(form.birth_name), _clean(form.death_place)
    problems: list[tuple[str, str]] = []
    if not last_name:
        problems.append(("lastName", "Le nom d'usage est obligatoire."))
    if not first_names:
        problems.append(("firstNames", "Au moins un prénom est obligatoire."))
    for field, label, text, limit in (("lastName", "Le nom d'usage", last_name, MAX_NAME),
                                      ("birthName", "Le nom de naissance", birth_name, MAX_NAME),
                                      ("firstNames", "La liste des prénoms", first_names, MAX_FIRST_NAMES),
                                      ("deathPlace", "Le lieu de décès", death_place, MAX_NAME)):
        if len(text) > limit:
            problems.append((field, f"{label} ne peut dépasser {limit} caractères."))
        elif text and field != "deathPlace" and not any(c.isalpha() for c in text):
            problems.append((field, f"{label} doit comporter au moins une lettre."))
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
    elif form.birth_date is not None and _years_between(form.birth_date, form.death_date) > MAX_AGE:
        problems.append(("birthDate", f"La personne aurait vécu plus de {MAX_AGE} ans : vérifiez les dates."))
    if problems or form.birth_date is None or form.death_date is None:
        return Failure(InvalidSearch(tuple(problems)))
    return Success(
        DeceasedIdentity(
            last_name=last_name,
            birth_name=birth_name or None,
            first_names=first_names,
            birth_date=form.birth_date,
            death_date=form.death_date,
            death_place=death_place,
        )
    )
