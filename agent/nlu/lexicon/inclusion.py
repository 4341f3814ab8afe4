"""Inclusion words: whether a report's made figure includes its scrap figure (做了30个，坏了2个: good 28 or 30?), in the
report itself (其中 / 另外 / 一共) and in an answer to the question asked back (包括, 不是, yes, 一共32)."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = [
    "ANSWER_EXCLUDED",
    "ANSWER_INCLUDED",
    "ANSWER_NO",
    "ANSWER_PARTICLES",
    "ANSWER_YES",
    "SCRAP_INSIDE",
    "SCRAP_ON_TOP",
    "TOTAL_BEFORE",
    "TOTAL_BY_WORD",
    "TOTAL_SAID",
]

# All pieces together: 一共 / 总共 / 合计 / 共 / total / in all / altogether.
_ALL_TOGETHER = r"(?:一共|总共|合计|共|\btotal\b|\bin all\b|\baltogether\b)"

# Words that make a made figure a total of all pieces: its own keyword (报工30, 合计30, total 30: K/3's reported
# quantity is all pieces), or said just before it (一共做了30, 总共生产了500).
TOTAL_BY_WORD = rx(r"共|合计|总数|总量|报工|报产|\btotal\b|\breport(?:ed)?\b")
TOTAL_BEFORE = rx(_ALL_TOGETHER)
_NOT_A_BATCH = r"(?!\s*[一二两三\d]*\s*[批班])"  # 另外一批做了40: another batch, not pieces on top
# The scrap comes on top of the made figure (另外坏了2个, plus 2 scrap). Looked for first, since 不包括 holds 包括.
SCRAP_ON_TOP = rx(
    rf"另外{_NOT_A_BATCH}|额外|另有|(?<![面中头边])还有{_NOT_A_BATCH}|此外|外加|不包括|不包含|不含|没包括|没算|不算|另算|单算"
    r"|单独算|\bplus\b|\bbesides\b|\bin addition\b|\bon top\b|\bextra\b|\bnot (?:counting|including|included)\b"
    r"|\bexcluding\b|\bseparately\b"
)
# The scrap is part of the made figure (其中坏了2个, including 2 scrap).
SCRAP_INSIDE = rx(
    r"其中|里面|里头|里边|(?<=[个件台只套])里|当中|之中|包括|包含|含|在内|算在|算进"
    r"|\bof (?:which|those|them|these)\b|\bincluding\b|\bincluded\b|\bamong (?:them|those|which|these)\b"
)

# The answer to "do the 30 include the 2 bad ones?", beyond the report's own words: 分开 / not counted say no,
# 算上 / part of it say yes; a total said outright (一共30 / 一共32) says which by its figure.
ANSWER_EXCLUDED = rx(
    r"\bexclude[sd]?\b|\bnot\s+(?:included|counted|in)\b|\b(?:do|does)\s*n[o']?t\s+include\b|\bseparate(?:ly)?\b|分开|不在里面|不在内|没包含"
)
ANSWER_INCLUDED = rx(
    r"\binclude[sd]?\b|\bincluding\b|\bin (?:it|there|them)\b|\bpart of\b|\bcounted\b|算上|算进去|都算|算里面|算在里面"
)
TOTAL_SAID = rx(rf"{_ALL_TOGETHER}\s*(?:是|有|:)?\s*(\d+(?:\.\d+)?)")
# A plain yes or no as the whole answer or its first word (是的, 不是, yes they are in it), once particles are off.
ANSWER_PARTICLES = rx(r"[\s,.!?，。！？~、的啊呀吧呢哈了哦噢呃嗯]+$|^[\s,.!?，。！？~、呃]+")
ANSWER_YES = rx(r"(?:是|对|嗯+|好|yes|yep|yeah|y|right|correct|sure|(?:yes\s*)?(?:they|it)\s+do(?:es)?)")
ANSWER_NO = rx(r"(?:不是|不|没有|没|否|no|nope|n|(?:no\s*)?(?:they|it)\s+(?:do|does)\s*n[o']?t)")
