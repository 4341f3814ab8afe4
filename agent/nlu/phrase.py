"""The material phrase: what is left of a message once every recognised span and filler word is gone."""

from __future__ import annotations

import re

from agent.nlu.lexicon.fillers import EDGE_FILLER, FILLER_PHRASES, STOP_WORDS_EN
from agent.nlu.rx import rx
from agent.nlu.work import Work

__all__ = ["material_phrase"]

_TOKEN_SPLIT = rx(r"[\s,;!?。、~:()\[\]【】\"'“”‘’<>《》|]+")


def material_phrase(work: Work) -> str | None:
    """What is left once every recognised span and filler word is gone: the thing the message names."""
    s = work.text
    for phrase in _FILLERS_BY_LENGTH:
        if phrase in s:
            s = s.replace(phrase, " ")
    tokens = [t.strip(EDGE_FILLER) for t in _TOKEN_SPLIT.split(s)]
    tokens = [t for t in tokens if t]
    # "check valve" is a product, not the verb "check".
    protected = {i for i, t in enumerate(tokens) if t == "check" and i + 1 < len(tokens) and tokens[i + 1] == "valve"}
    while tokens and tokens[0] in STOP_WORDS_EN and 0 not in protected:
        tokens.pop(0)
        protected = {i - 1 for i in protected}
    while tokens and tokens[-1] in STOP_WORDS_EN:
        tokens.pop()
    phrase = " ".join(tokens).strip(EDGE_FILLER)
    if not phrase or not re.search(r"[a-z0-9\u4e00-\u9fff]", phrase) or _LONE_CHARACTER.fullmatch(phrase):
        return None
    return phrase


# One Chinese character or one Latin letter left over (但, 问, the s of "shop's") names no catalogue item.
_LONE_CHARACTER = rx(r"[\u4e00-\u9fff]|[a-z]")


_FILLERS_BY_LENGTH = sorted(FILLER_PHRASES, key=len, reverse=True)
