"""Builders that keep tests short and in the trade's words."""

from datetime import date

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity, IdentityForm

EXTRACT_HEADER = "iodas_id,sex,usage_name,birth_name,first_names,birth_date,maison_code,aid_code,aid_start,aid_end\n"


def person(
    iodas_id: str = "1",
    usage_name: str = "MARTIN",
    birth_name: str | None = "DURAND",
    first_names: str = "JEANNE MARIE",
    birth_date: date = date(1931, 4, 12),
    aids: tuple[str, ...] = ("ASH",),
    collectivite: str = "69",
    maison_code: str = "MDR01",
    sex: str | None = "F",
) -> Beneficiary:
    return Beneficiary(
        collectivite=collectivite, iodas_id=iodas_id, sex=sex, usage_name=usage_name, birth_name=birth_name,
        first_names=tuple(first_names.split()), birth_date=birth_date, maison_code=maison_code,
        aids=tuple(Aid(code=c, start=date(2015, 1, 1)) for c in aids),
    )


def identity(
    last_name: str = "Martin",
    birth_name: str | None = None,
    first_names: str = "Jeanne",
    birth_date: date = date(1931, 4, 12),
    death_date: date = date(2024, 1, 5),
    death_place: str = "Lyon",
) -> DeceasedIdentity:
    return DeceasedIdentity(last_name=last_name, birth_name=birth_name, first_names=first_names,
                            birth_date=birth_date, death_date=death_date, death_place=death_place)


def form(**changes: object) -> IdentityForm:
    values: dict[str, object] = dict(last_name="Martin", birth_name="Durand", first_names="Jeanne",
                                     birth_date=date(1931, 4, 12), death_date=date(2024, 1, 5), death_place="Lyon")
    values.update(changes)
    return IdentityForm(**values)  # type: ignore[arg-type]
