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
    # 确认 typed as 确人 / 确仁 / 却认 (却认为 "but thinks", 却认得 / 却认识 keep theirs)
    Soundalike(rx(r"确[人仁]|却认(?![为得识真定可])"), "确认", (("没呢 确人", "没呢 确认"), ("却认", "确认"))),
    # 确认 typed as 确任 (the same pinyin, 任 for 认; 确任 is no word of its own)
    Soundalike(rx(r"确任"), "确认", (("确任", "确认"), ("1110的确任", "1110的确认"))),
    # 下达 typed as 下打 (上下打量 keeps its 打); 下大 is not listed: 下大雨, 下大力气 are words
    Soundalike(rx(r"(?<!上)下打(?!量)"), "下达", (("mo20261107下打", "mo20261107下达"), ("可以下打了", "可以下达了"))),
    # 开工 typed as 开公 only where the word ends (开公司, 开公交, 开公众号 are other words)
    Soundalike(rx(r"开公(?=$|[\s,，。.!！?？了吧啦没吗呢的])"), "开工",
               (("1105开公吧", "1105开工吧"), ("开公了吗", "开工了吗"))),
    Soundalike(rx(r"完公(?![司务事文])"), "完工", (("1137完公了", "1137完工了"),)),
    Soundalike(rx(r"节案"), "结案", (("把1105节案", "把1105结案"),)),
    Soundalike(rx(r"报共"), "报工", (("1130 报共 良品40", "1130 报工 良品40"),)),
    Soundalike(rx(r"良晶|凉品"), "良品", (("良晶30 不良1", "良品30 不良1"), ("凉品30", "良品30"))),
    # 良品 typed as 两品 (liangpin) only before a count, never after one (两品种, 三两品 keep theirs)
    Soundalike(rx(r"(?<![\d零〇一二两三四五六七八九十百千万几])两品(?=\s*(?:[:：]\s*)?(?:\d|[一二三四五六七八九十几]))"),
               "良品",
               (("1124 两品15 不良1个", "1124 良品15 不良1个"), ("两品:三十", "良品:三十"), ("两品种", "两品种"))),
    # 不良 typed as 不凉 only before a count or 品 (天不凉, 不凉快 are the weather)
    Soundalike(rx(r"不凉(?=\s*(?:品|\d|[一二三四五六七八九十两几]))"), "不良", (("良品30 不凉2", "良品30 不良2"),)),
    # 不良 typed as 不量 / 不两 (buliang) only before a count (不量力, 不量体温 and 不两样 keep theirs)
    Soundalike(rx(r"不[量两](?=\s*(?:[:：]\s*)?(?:\d|[一二三四五六七八九十几]))"), "不良",
               (("良品一百零五 不量3", "良品一百零五 不良3"), ("良品40 不两:2", "良品40 不良:2"),
                ("不量力而行", "不量力而行"))),
    # Cue words typed in pinyin without switching the keyboard (1116 liangpin30 buliang1, baogong, queren, 好de): read
    # as the word only where no other letter touches them, so a code or an English word keeps its letters.
    Soundalike(rx(r"(?<![a-z])bu\s?liang(?:\s?pin)?(?![a-z])"), "不良",
               (("1116 liangpin30 buliang1", "1116 良品30 不良1"), ("buliangpin 2", "不良 2"))),
    Soundalike(rx(r"(?<![a-z])liang\s?pin(?![a-z])"), "良品",
               (("1116 liangpin30 不良1", "1116 良品30 不良1"), ("liang pin 40", "良品 40"))),
    Soundalike(rx(r"(?<![a-z])bao\s?gong(?![a-z])"), "报工", (("1130 baogong 良品40", "1130 报工 良品40"),)),
    Soundalike(rx(r"(?<![a-z])que\s?ren(?![a-z])"), "确认", (("queren", "确认"), ("ok queren", "ok 确认"))),
    Soundalike(rx(r"(?:好|(?<![a-z])hao\s?)de(?![a-z])"), "好的",
               (("好de", "好的"), ("haode", "好的"), ("hao de", "好的"), ("shade", "shade"))),
    # 写搓了 for 写错了 (搓丝 / 搓丝机, thread rolling, keeps its 搓)
    Soundalike(rx(r"([写打搞弄填输记])搓(?=了|啦|的|\s|$)"), r"\1错",
               (("写搓了 12.21", "写错了 12.21"), ("打搓了", "打错了"))),
)  # fmt: skip


def read_as_meant(text: str) -> str:
    for slip in SOUNDALIKES:
        text = slip.pattern.sub(slip.meant, text)
    return text
