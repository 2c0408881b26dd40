"""The retention policy, applied once a day while `notaires serve` runs."""

import logging

from interfaces.background import Lifespan, every
from interfaces.bootstrap import Services

log = logging.getLogger("notaires.retention")
DAY = 24 * 3600


def retention_lifespan(services: Services) -> Lifespan:
    def apply() -> None:
        log.info("conservation : %s", services.apply_retention.execute().summary())

    return every(DAY, apply, log, "conservation : passe interrompue")
