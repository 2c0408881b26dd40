"""The back-office application, mounted at /admin by interfaces/web.py.

Each area of the back-office is one module with an `area(kit) -> Area` function; list it in AREAS
and its routes and navigation entries appear. The order of AREAS is the order of the navigation.
"""

from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from interfaces.admin import (
    accounts,
    administration,
    aid_types,
    api_tokens,
    audit,
    auth,
    creances,
    deaths,
    doubts,
    home,
    imports,
    maisons,
    offices,
    password,
    statistics,
)
from interfaces.admin.kit import AdminKit, Area
from interfaces.bootstrap import Services
from interfaces.error_pages import error_handlers

AREAS: tuple[Callable[[AdminKit], Area], ...] = (
    home.area,
    doubts.area,
    creances.area,
    deaths.area,
    auth.area,
    statistics.area,
    administration.area,
    imports.area,
    accounts.area,
    offices.area,
    maisons.area,
    aid_types.area,
    api_tokens.area,
    audit.area,
    password.area,
)


def create_admin_app(services: Services) -> Starlette:
    kit = AdminKit(services)
    routes = []
    for make_area in AREAS:
        built = make_area(kit)
        routes.extend(built.routes)
        kit.nav.extend(built.nav)
    static = StaticFiles(directory=Path(__file__).parent / "static")
    # Its own handlers: a mounted app answers its 404s and crashes before the outer app could.
    return Starlette(routes=[*routes, Mount("/static", static, name="static")],
                     exception_handlers=error_handlers(kit.error_page))
