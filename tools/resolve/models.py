"""The resolver's answers: ranked candidates and a verdict."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

__all__ = ["Candidate", "Resolution", "Verdict"]

Verdict = Literal["resolved", "ambiguous", "not_found"]


class Candidate(BaseModel):
    number: str
    name: str
    spec: str = ""
    category: str = ""
    score: float


class Resolution(BaseModel):
    """`best` is set only when resolved; `candidates` is the pick-list or the nearest suggestions."""

    verdict: Verdict
    query: str
    best: Candidate | None = None
    candidates: list[Candidate] = []
