"""Words that voice input and pinyin typing put in place of the bot's cue words (数两 for 数量, 报公 for 报工): each
is read as the word meant. Only slips that cannot mean anything else in a factory chat are listed; `examples` are
(as typed, as read) pairs, run as tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.nlu.rx import rx

__all__ = ["SOUNDALIKES", "Soundalike", "read_as_meant"]


@dataclass(frozen=True)
class Soundalike:
    pattern: re.Pattern[str]
    meant: str  # a replacement (\1 for a group)
    examples: tuple[tuple[str, str], ...]


SOUNDALIKES: tuple[Soundalike, ...] = (
    Soundalike(rx(r"数两(?![个只件台套根条把块张份])|树量|数辆"), "数量",
               (("数两改成320", "数量改成320"), ("树量300", "数量300"))),
    Soundalike(rx(r"报公(?!司|告|开|布|示)"), "报工", (("mo20261102 报公 良品30", "mo20261102 报工 良品30"),)),
    Soundalike(rx(r"交其(?![他它中余实])"), "交期", (("交其改到下周五", "交期改到下周五"),)),
    # 写搓了 for 写错了 (搓丝 / 搓丝机, thread rolling, keeps its 搓)
    Soundalike(rx(r"([写打搞弄填输记])搓(?=了|啦|的|\s|$)"), r"\1错",
               (("写搓了 12.21", "写错了 12.21"), ("打搓了", "打错了"))),
)  # fmt: skip


def read_as_meant(text: str) -> str:
    for slip in SOUNDALIKES:
        text = slip.pattern.sub(slip.meant, text)
    return text
