"""Whether a report's "made" figure includes its scrap figure (做了30个，坏了2个: good 28 or good 30?).

Both readings are natural Chinese (and English), so when nothing in the message says which, the report is asked
back, never guessed. An ordered rule table decides, each rule with the reports it must decide (run as tests by
tests/agent/nlu/test_inclusion.py); the words are in `agent.nlu.lexicon.inclusion`. A message says which when:
- the scrap is 0 (either reading gives the same report), or more than N (then only "on top" is possible);
- the figure is a total by its own word (一共 / 总共 / 合计 / 共 / total 30) or by K/3's (报工 / 报产 / report 30:
  the reported quantity is all pieces), or words say the scrap is part of it (其中 / 里面 / 里头 / 当中 / 包括 /
  含 / of which / including / 其余都OK): good = N − M;
- words say the scrap comes on top (另外 / 额外 / 还有 / 此外 / 外加 / 不包括 / 不算 / plus / besides / in addition /
  on top / not counting): good = N.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from agent.nlu.lexicon.inclusion import SCRAP_INSIDE, SCRAP_ON_TOP, TOTAL_BEFORE, TOTAL_BY_WORD

__all__ = ["INCLUSION_RULES", "Inclusion", "InclusionRule", "inclusion_cues", "scrap_inclusion"]

Inclusion = Literal["included", "excluded", "unclear"]


def inclusion_cues(text: str) -> list[tuple[int, int, Inclusion]]:
    """Every word in `text` that says whether a made figure includes the scrap, left to right, with what it says."""
    found: list[tuple[int, int, Inclusion]] = [(m.start(), m.end(), "excluded") for m in SCRAP_ON_TOP.finditer(text)]
    for m in SCRAP_INSIDE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "included"))
    return sorted(found)


@dataclass(frozen=True, slots=True)
class _Report:
    """What a rule reads: the text, the spans of the made figure, both figures, and whether the rest are fine."""

    text: str
    made: list[tuple[int, int]]
    made_qty: float
    scrap_qty: float
    rest_good: bool

    def cues(self) -> set[Inclusion]:
        said = {kind for _, _, kind in inclusion_cues(self.text)}
        return said | {"included"} if self.rest_good else said  # 其余都OK: the figure is the total


@dataclass(frozen=True)
class InclusionRule:
    """When `when` holds for a report, its made figure `says` whether it includes the scrap; `examples` are reports
    this rule must decide."""

    name: str
    when: Callable[[_Report], bool]
    says: Inclusion
    examples: tuple[str, ...]


def _total_by_word(r: _Report) -> bool:
    return any(
        TOTAL_BY_WORD.search(r.text[start:end]) or TOTAL_BEFORE.search(r.text[max(0, start - 4) : start])
        for start, end in r.made
    )


INCLUSION_RULES: tuple[InclusionRule, ...] = (
    InclusionRule("no_scrap", lambda r: r.scrap_qty <= 0, "included", ("做了30个，坏了0个", "made 30, scrap 0")),
    InclusionRule("scrap_over_made", lambda r: r.scrap_qty > r.made_qty, "excluded",
                  ("做了2个，坏了3个", "made 2, 5 scrap")),
    InclusionRule("said_total", _total_by_word, "included", ("一共做了30个，坏了2个", "报工30 不良2")),
    InclusionRule("scrap_inside", lambda r: r.cues() == {"included"}, "included",
                  ("做了30个，其中坏了2个", "made 30, 2 scrap of them", "做了30个，坏了2个，其余都OK")),
    InclusionRule("scrap_on_top", lambda r: r.cues() == {"excluded"}, "excluded",
                  ("做了30个，另外坏了2个", "made 30, plus 2 scrap")),
    InclusionRule("unsaid", lambda r: True, "unclear", ("今天做了30个，坏了2个", "made 30, 2 scrap")),
)  # fmt: skip


def scrap_inclusion(
    text: str, made: list[tuple[int, int]], made_qty: float, scrap_qty: float, *, rest_good: bool = False
) -> InclusionRule:
    """The rule that decides whether the made figure (its spans in `text`) includes the scrap figure. `rest_good`:
    the message said the rest are fine (其余都OK)."""
    report = _Report(text, made, made_qty, scrap_qty, rest_good)
    return next(rule for rule in INCLUSION_RULES if rule.when(report))
