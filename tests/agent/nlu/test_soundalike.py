"""A voice or pinyin slip of a cue word (数两 for 数量) is read as the word meant; every listed slip reads its
examples, and words that merely contain the same characters stay as they are."""

from __future__ import annotations

import pytest

from agent.nlu.lexicon.soundalike import SOUNDALIKES
from agent.nlu.work import prepare


@pytest.mark.parametrize(("typed", "meant"), [pair for slip in SOUNDALIKES for pair in slip.examples])
def test_each_slip_reads_as_meant(typed: str, meant: str) -> None:
    assert prepare(typed) == meant


_LOOKALIKES = [
    ("数两个就行", "数两个"), ("报公司", "报公司"), ("交其他车间", "交其他"), ("他却认为不行", "却认为"),
    ("上下打量", "下打量"), ("下大雨了", "下大雨"), ("开公司", "开公司"), ("开公交车", "开公交"),
    ("天不凉", "不凉"), ("不凉快", "不凉快"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), _LOOKALIKES)
def test_words_that_only_look_alike_are_kept(text: str, kept: str) -> None:
    assert kept in prepare(text)
