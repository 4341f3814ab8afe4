"""Whether a report's "made" figure includes its scrap figure (做了30个，坏了2个: good 28 or good 30?).

Both readings are natural Chinese (and English), so when nothing in the message says which, the report is asked
back, never guessed. A message says which when:
- the figure is a total by its own word (一共 / 总共 / 合计 / 共 / total 30) or by K/3's (报工 / 报产 / report 30:
  the reported quantity is all pieces), or words say the scrap is part of it (其中 / 里面 / 里头 / 当中 / 包括 /
  含 / of which / including / 其余都OK): good = N − M;
- words say the scrap comes on top (另外 / 额外 / 还有 / 此外 / 外加 / 不包括 / 不算 / plus / besides / in addition /
  on top / not counting): good = N;
- the scrap is 0, or more than N (then only "on top" is possible).
"""

from __future__ import annotations

from typing import Literal

from agent.nlu.rx import rx

__all__ = ["Inclusion", "inclusion_cues", "scrap_inclusion"]

Inclusion = Literal["included", "excluded", "unclear"]

# Words that make the figure a total of all pieces: its own keyword (报工30, 合计30, total 30), or said just before it
# (一共做了30, 总共生产了500).
_TOTAL_WORD = rx(r"共|合计|总数|总量|报工|报产|\btotal\b|\breport(?:ed)?\b")
_TOTAL_BEFORE = rx(r"共|合计|\btotal\b|\bin all\b|\baltogether\b")
_NOT_A_BATCH = r"(?!\s*[一二两三\d]*\s*[批班])"  # 另外一批做了40: another batch, not pieces on top
# Said on top: checked first, since 不包括 holds 包括.
_EXCLUDED = rx(
    rf"另外{_NOT_A_BATCH}|额外|另有|(?<![面中头边])还有{_NOT_A_BATCH}|此外|外加|不包括|不包含|不含|没包括|没算|不算|另算|单算"
    r"|单独算|\bplus\b|\bbesides\b|\bin addition\b|\bon top\b|\bextra\b|\bnot (?:counting|including|included)\b"
    r"|\bexcluding\b|\bseparately\b"
)
_INCLUDED = rx(
    r"其中|里面|里头|里边|当中|之中|包括|包含|含|在内|算在|算进"
    r"|\bof (?:which|those|them|these)\b|\bincluding\b|\bincluded\b|\bamong (?:them|those|which|these)\b"
)


def inclusion_cues(text: str) -> list[tuple[int, int, Inclusion]]:
    """Every word in `text` that says whether a made figure includes the scrap, left to right, with what it says."""
    found: list[tuple[int, int, Inclusion]] = [(m.start(), m.end(), "excluded") for m in _EXCLUDED.finditer(text)]
    for m in _INCLUDED.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "included"))
    return sorted(found)


def scrap_inclusion(
    text: str, made: list[tuple[int, int]], made_qty: float, scrap_qty: float, *, rest_good: bool = False
) -> Inclusion:
    """Does the made figure (its spans in `text`) include the scrap figure? `rest_good`: the message said the
    rest are fine (其余都OK), which makes the figure the total."""
    if scrap_qty <= 0:
        return "included"  # nothing to include: either reading gives the same report
    if scrap_qty > made_qty:
        return "excluded"  # 做了2个，坏了30个: only on top is possible
    for start, end in made:
        if _TOTAL_WORD.search(text[start:end]) or _TOTAL_BEFORE.search(text[max(0, start - 4) : start]):
            return "included"
    said = {kind for _, _, kind in inclusion_cues(text)}
    if rest_good:
        said.add("included")
    if len(said) == 1:
        return said.pop()
    return "unclear"
