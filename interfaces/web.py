"""The ASGI application: GraphQL today, the back-office and the notary client beside it."""

from starlette.applications import Starlette
from starlette.routing import Mount, Route

from interfaces.admin.app import create_admin_app
from interfaces.bootstrap import Services
from interfaces.graphql.app import NotairesGraphQL
from interfaces.health import extracts_health, health
from interfaces.facts_warmup import facts_lifespan
from interfaces.letters_route import letter_route
from interfaces.outbox_worker import dispatcher_lifespan
from interfaces.background import combined
from interfaces.retention_job import retention_lifespan
from interfaces.security_headers import security_headers, security_middleware
from interfaces.notary_web.routes import error_page, notary_routes
from interfaces.error_pages import error_handlers


def create_app(services: Services) -> Starlette:
    graphql = NotairesGraphQL(services)
    return Starlette(
        routes=[
            Route("/healthz", health(services)),
            Route("/healthz/extraits", extracts_health(services)),
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Mount("/admin", create_admin_app(services)),
            *notary_routes(services.settings),
            letter_route(services),
        ],
        middleware=security_middleware(services.settings),
        exception_handlers=error_handlers(error_page(services.settings),
                                          security_headers(dev=services.settings.dev)),
        lifespan=combined(dispatcher_lifespan(services), retention_lifespan(services), facts_lifespan(services)),
    )
