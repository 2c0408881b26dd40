"""Helpers for back-office tests: accounts and a signed-in HTTP client."""

import re

import httpx

from application.create_user import CreateUserCommand
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import Role, User
from interfaces.bootstrap import Services

PASSWORD = "Mot-de-passe-solide-2026"
EVERYWHERE = Jurisdiction.everywhere(("69", "69M"))  # the test collectivités (tests/conftest.py), as the CLI acts


def account(services: Services, email: str, role: Role, collectivite: str | None = "69",
            crpcen: str | None = None) -> User:
    command = CreateUserCommand(email=email, role=role, password=PASSWORD, collectivite=collectivite, crpcen=crpcen,
                                jurisdiction=EVERYWHERE)
    return services.create_user.execute(command).unwrap()


def with_office(services: Services, name: str = "Étude Bellecour") -> NotarialOffice:
    """The office 69001, registered with the Rhône: most back-office worlds need one."""
    office = NotarialOffice(crpcen="69001", name=name, email="etude@notaires.example", collectivites=frozenset({"69"}))
    with services.uow() as uow:
        uow.offices.save(office)
        uow.commit()
    return office


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def sign_in(client: httpx.Client, email: str, password: str = PASSWORD) -> str:
    """Signs in through the form; returns the page the browser lands on."""
    form = client.get("/admin/connexion")
    response = client.post("/admin/connexion", data={"email": email, "password": password,
                                                     "csrf": csrf_of(form.text), "suite": "/"})
    return response.text
