"""The demo data set that `make run` loads into an empty database."""

from collections.abc import Iterator
from datetime import date

from returns.result import Failure, Success
from sqlalchemy import func, select

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand, ParsedExtract
from application.import_maisons import ImportMaisonsCommand
from application.import_offices import ImportOfficesCommand
from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.jurisdiction import Jurisdiction
from domain.maison import Maison
from domain.office import NotarialOffice
from domain.user import ROLE_LABELS, Role
from infrastructure.persistence.tables import UserRow
from interfaces.bootstrap import Services

# It must pass the password policy, which refuses a password containing the e-mail's local part
# ("notaire" in "Demo-Notaires-2026" did).
DEMO_PASSWORD = "Demo-Successions-2026"

# (iodas_id, sex, usage, birth, first names, birth date, maison, aids)
_PEOPLE: tuple[tuple[str, str, str, str | None, str, date, str, tuple[tuple[str, date, date | None], ...]], ...] = (
    ("100001", "F", "MARTIN", "DURAND", "JEANNE MARIE", date(1931, 4, 12), "MDR-LYON-7", (("ASH", date(2015, 1, 1), None),)),
    ("100002", "M", "LEFEVRE", "LEFEVRE", "HENRI", date(1928, 11, 2), "MDR-VILLEURBANNE", (("APA", date(2018, 3, 1), date(2021, 6, 30)),)),
    ("100003", "M", "PETIT", "PETIT", "LOUIS", date(1940, 2, 20), "MDR-LYON-7", (("APA", date(2019, 1, 1), None),)),
    ("100004", "M", "PETIT", "PETIT", "LOUIS", date(1940, 2, 20), "MDR-VENISSIEUX", (("PCH", date(2012, 1, 1), None),)),
    ("100005", "F", "DE LA FONTAINE", "ROUX", "MARIE CLAIRE", date(1935, 7, 3), "MDR-CALUIRE",
     (("AM", date(2016, 5, 1), None), ("APA", date(2017, 1, 1), None))),
    ("100006", "M", "N'DIAYE", "N'DIAYE", "MAMADOU", date(1944, 12, 25), "MDR-VAULX", (("PCH", date(2010, 9, 1), None),)),
)

_OFFICES = (
    NotarialOffice(crpcen="69001", name="Office notarial de Bellecour", email="office.bellecour@notaires.example"),
    NotarialOffice(crpcen="69002", name="Étude des Brotteaux", email="etude.brotteaux@notaires.example"),
)


def is_empty(services: Services) -> bool:
    with services.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(UserRow)).scalar_one() == 0


def load(services: Services) -> Iterator[str]:
    code = services.settings.collectivites[0].code
    people = [
        Beneficiary(collectivite=code, iodas_id=i, sex=s, usage_name=u, birth_name=b, first_names=tuple(f.split()),
                    birth_date=d, maison_code=m, aids=tuple(Aid(code=c, start=st, end=e) for c, st, e in aids))
        for i, s, u, b, f, d, m, aids in _PEOPLE
    ]
    extract = ParsedExtract(rows_read=len(people), beneficiaries=people, rejected=())
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite=code, extract=extract))
    everywhere = Jurisdiction.everywhere(c.code for c in services.settings.collectivites)
    services.import_offices.execute(ImportOfficesCommand(collectivite=code, rows_read=2, offices=_OFFICES, rejected=(),
                                                         jurisdiction=everywhere))
    maisons = [Maison(collectivite=code, code=m, name=f"Maison du département {m[4:].replace('-', ' ').title()}",
                      email=f"{m.lower()}@departement.example") for m in sorted({p[6] for p in _PEOPLE})]
    services.import_maisons.execute(ImportMaisonsCommand(collectivite=code, rows_read=len(maisons), maisons=maisons,
                                                         rejected=()))
    accounts = (
        ("notaire@demo.example", Role.NOTARY, "69001"),
        ("notaire2@demo.example", Role.NOTARY, "69002"),
        ("agent@demo.example", Role.AGENT, None),
        ("admin@demo.example", Role.ADMIN, None),
    )
    yield f"Données de démonstration chargées pour « {services.settings.collectivites[0].name} »."
    for email, role, crpcen in accounts:
        command = CreateUserCommand(email=email, role=role, password=DEMO_PASSWORD, crpcen=crpcen,
                                    collectivite=None if crpcen else code, jurisdiction=everywhere)
        match services.create_user.execute(command):
            case Success(_):
                yield f"  compte de démonstration : {email} / {DEMO_PASSWORD} ({ROLE_LABELS[role].lower()})"
            case Failure(error):
                yield f"  compte de démonstration {email} NON créé : {error.message}"
