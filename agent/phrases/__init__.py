"""Every fixed line the bot says, in Chinese and in English, and the language a message is answered in.

One table of lines, each in both languages, so that no reply exists in one language only; a test checks that
every English line is free of Chinese and takes the same values as its Chinese twin. English in, English out:
a message written in English is answered in English, one in Chinese in Chinese, and one that says nothing of
its language (`2`, `MO20261103`, `ok`, a card press) in the language of the conversation so far. The lines are
kept by what they are about (requests, cards, approvals, writes, several requests, the message itself); names
of states, actions and slots are in `agent.phrases.names`.
"""

from __future__ import annotations

from agent.phrases.approvals import APPROVAL_LINES
from agent.phrases.cards import CARD_LINES
from agent.phrases.language import Lang, in_lang, language_of
from agent.phrases.messages import MESSAGE_LINES
from agent.phrases.multi import MULTI_LINES
from agent.phrases.requests import REQUEST_LINES
from agent.phrases.writes import WRITE_LINES

__all__ = ["LINES", "Lang", "in_lang", "language_of", "say"]


def _joined(*tables: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """One table of the parts; a key in two parts is a mistake, never a silent override."""
    joined: dict[str, tuple[str, str]] = {}
    for table in tables:
        if twice := joined.keys() & table.keys():
            raise ValueError(f"lines defined twice: {sorted(twice)}")
        joined |= table
    return joined


LINES = _joined(REQUEST_LINES, CARD_LINES, APPROVAL_LINES, WRITE_LINES, MULTI_LINES, MESSAGE_LINES)


def say(lang: Lang, key: str, /, **values: object) -> str:
    """The line `key` in `lang`, its {placeholders} filled from `values`."""
    return in_lang(LINES[key], lang).format(**values)
