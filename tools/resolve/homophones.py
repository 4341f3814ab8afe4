"""Misspellings an input method makes of any trade word, generated: one character swapped for one that sounds or
looks the same (螺丁 for 螺钉, O行圈 for O型圈), two letters of an English word typed the wrong way round (haed for
head), a letter typed twice (scrrew) or left out (srew), where the result is no word of the trade itself."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["HOMOPHONES", "misspellings"]

# character → what a pinyin or stroke input method offers in its place, as storeroom chat shows it
HOMOPHONES: Mapping[str, str] = {
    "钉": "丁顶订", "型": "行性", "圆": "园元", "螺": "罗骡", "栓": "拴", "柱": "住注", "头": "投", "沟": "勾",
    "承": "成程", "锌": "辛新", "镀": "度渡", "封": "风峰", "阀": "伐", "销": "消", "键": "健", "簧": "黄",
    "垫": "电", "钢": "刚", "芯": "心", "锥": "椎", "轴": "周", "滚": "磙", "角": "脚", "紧": "仅尽", "母": "姆",
    "胶": "交", "管": "官", "腈": "晴睛", "铆": "柳卯", "弹": "谈", "沉": "沈陈", "牙": "芽", "缸": "杠", "铁": "贴",
}  # fmt: skip


# English words one letter short of a trade word (ring of spring, plate of plated, liner of linear): never read as
# its misspelling
_REAL_WORDS = frozenset({
    "ally", "back", "bass", "bind", "blind", "bloc", "block", "boned", "camp", "clam", "clamp", "clap", "clear",
    "crown", "edge", "ender", "fender", "font", "full", "gage", "gate", "haft", "hell", "inert", "inset", "lack",
    "lain", "lamp", "levis", "liner", "lock", "moor", "pain", "pint", "plain", "plait", "plan", "plate", "plated",
    "ride", "ring", "rive", "ross", "sell", "silence", "silicon", "sing", "singe", "slit", "snap", "spit", "split",
    "sprig", "strip", "tape", "taped", "tread", "trip", "trust", "wedge", "wipe",
})  # fmt: skip


def _swapped(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]]


def _slipped(word: str) -> list[str]:
    """A letter typed twice (scrrew, ccap), and, in a word of five or more letters, one left out (srew, thead)."""
    doubled = [word[: i + 1] + word[i:] for i in range(len(word))]
    dropped = [word[:i] + word[i + 1 :] for i in range(len(word))] if len(word) >= 5 else []
    return [*doubled, *dropped]


def misspellings(words: Iterable[str]) -> dict[str, str]:
    """Each word of two or more Chinese characters with one character swapped, and each English word of four or more
    letters with two neighbours swapped → the word; never a known word."""
    known = set(words)
    every = {w for phrase in known if phrase.isascii() for w in phrase.split()}
    latin = {w for w in every if len(w) >= 4 and w.isalpha()}
    out: dict[str, str] = {}
    for word in sorted(latin):
        for variant in _swapped(word):
            if variant not in known and variant not in latin:
                out.setdefault(variant, word)
    for word in sorted(w for w in every if len(w) >= 3 and w.isalpha()):
        for variant in _slipped(word):
            if variant not in known and variant not in every and variant not in _REAL_WORDS and len(variant) >= 4:
                out.setdefault(variant, word)
    for word in sorted(known):
        if len(word) < 2 or word.isascii():
            continue
        for i, ch in enumerate(word):
            for alt in HOMOPHONES.get(ch, ""):
                variant = word[:i] + alt + word[i + 1 :]
                if variant not in known:
                    out.setdefault(variant, word)
    return out
