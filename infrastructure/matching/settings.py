"""The decision policy's thresholds, from NOTAIRES_MATCH_* environment variables (see architecture.md)."""

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import Weights

_PREFIX = "NOTAIRES_MATCH_"


def policy_from_env(env: Mapping[str, str]) -> ThresholdPolicy:
    """NOTAIRES_MATCH_ACCEPT_TOTAL=0.92, NOTAIRES_MATCH_WEIGHT_SURNAME=0.4, …; unset ones keep their default."""
    thresholds: dict[str, Any] = {f.name: _number(env[_PREFIX + f.name.upper()]) for f in fields(ThresholdPolicy)
                                  if f.name != "weights" and _PREFIX + f.name.upper() in env}
    weights = {f.name: float(env[f"{_PREFIX}WEIGHT_{f.name.upper()}"]) for f in fields(Weights)
               if f"{_PREFIX}WEIGHT_{f.name.upper()}" in env}
    return ThresholdPolicy(weights=Weights(**weights), **thresholds)


def _number(text: str) -> float | int:
    return int(text) if text.strip().isdigit() else float(text)
