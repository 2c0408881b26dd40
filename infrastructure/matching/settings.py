"""The decision policy's thresholds, from NOTAIRES_MATCH_* environment variables (see architecture.md)."""

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import Weights
from infrastructure.setting_values import decimal, whole

_PREFIX = "NOTAIRES_MATCH_"


def policy_from_env(env: Mapping[str, str]) -> ThresholdPolicy:
    """NOTAIRES_MATCH_ACCEPT_TOTAL=0.92, NOTAIRES_MATCH_WEIGHT_SURNAME=0.4, …; unset ones keep their default.
    ValueError, in French, naming the first one that is not a number of the expected kind."""
    thresholds: dict[str, Any] = {}
    for f in fields(ThresholdPolicy):
        if f.name != "weights" and (name := _PREFIX + f.name.upper()) in env:
            thresholds[f.name] = _whole(name, env[name]) if f.type in (int, "int") else _share(name, env[name])
    weights = {f.name: _share(name, env[name]) for f in fields(Weights)
               if (name := f"{_PREFIX}WEIGHT_{f.name.upper()}") in env}
    return ThresholdPolicy(weights=Weights(**weights), **thresholds)


def _share(name: str, text: str) -> float:
    """Thresholds and weights are shares: a number from 0 to 1 ('0.9' or '0,9')."""
    value = decimal(text)
    if value is None or not 0 <= value <= 1:
        raise ValueError(f"{name}=« {text} » : un nombre de 0 à 1 est attendu, par exemple 0.9")
    return value


def _whole(name: str, text: str) -> int:
    try:
        return whole(text)
    except ValueError as error:
        raise ValueError(f"{name}=« {text} » : {error}, par exemple 1") from None
