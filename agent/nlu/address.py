"""Whom a group message speaks to when it opens with a person (agent.nlu.lexicon.address): that person's name or
title as said, or None when it speaks to the bot (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from agent.nlu.lexicon.address import BOT_MENTION, MENTION, SEPARATOR, TITLED
from tools.text import normalize

__all__ = ["addressee"]


def addressee(text: str, people: Iterable[str] = ()) -> str | None:
    """The person `text` opens by speaking to: an @mention that is not the bot, a colleague's title (李工, 老王), or
    one of `people` (names from the directory) followed by a break or a figure."""
    s = normalize(text).strip()
    if m := MENTION.match(s):
        return None if BOT_MENTION.search(m.group(1)) else m.group(1)
    if m := TITLED.match(s):
        return m.group(0).strip()
    for name in _longest_first(tuple(people)):
        if s.startswith(name) and SEPARATOR.match(s, len(name)):
            return name
    return None


@lru_cache(maxsize=4)
def _longest_first(people: tuple[str, ...]) -> tuple[str, ...]:
    """The directory's names as said (normalised), longest first: computed once per directory, not per message (a
    traditional-to-simplified conversion for each of its people)."""
    return tuple(sorted({normalize(p).strip() for p in people if p.strip()}, key=len, reverse=True))
