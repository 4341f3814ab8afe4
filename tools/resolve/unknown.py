"""Which of a phrase's free words the catalogue can judge: a word no item name ever writes (线上, 装机, 放哪个: chat the
filler list does not know) says nothing of which item is meant, and a character no name holds inside an otherwise
known word (畜 of 囊式畜能器) is a slip of the keyboard, not a word the item lacks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import groupby

__all__ = ["Vocabulary"]

_ASKING = frozenset("有要拿给的查找领买补问是个这那和与及或把帮请用换")  # before a part's name: asking, not naming
_PIECE = re.compile(r"[a-z]+|[^\x00-\x7f\s]+")  # a Latin word, or a run of Chinese between spaces / figures


class Vocabulary:
    """The characters, character pairs and Latin words the catalogue's names are written with."""

    def __init__(self, forms: Iterable[str], part_heads: frozenset[str] = frozenset()) -> None:
        chars: set[str] = set()
        pairs: set[str] = set()
        for form in forms:
            for piece in _PIECE.findall(form):
                if piece.isascii():
                    chars.add(piece)
                    continue
                chars.update(piece)
                pairs.update(piece[i : i + 2] for i in range(len(piece) - 1))
        self.chars = frozenset(chars)
        self.pairs = frozenset(pairs)
        self.part_heads = part_heads

    def _foreign(self, piece: str) -> bool:
        """A word the catalogue never writes: a Latin word no name holds, a Chinese run none of whose character pairs
        (or, alone, whose character) any name holds, unless it ends as a part's name does (同步带轮: another part)."""
        if piece.isascii():
            return piece not in self.chars and piece not in self.part_heads
        if piece[-1] in self.part_heads:
            return False
        if len(piece) == 1:
            return piece not in self.chars
        pairs = [piece[i : i + 2] for i in range(len(piece) - 1)]
        return not any(self._linked(p) for p in pairs)  # 栓螺: 螺栓 with two swapped

    def _without_tail(self, piece: str) -> str:
        """A Chinese run without the characters after its last known word that no name writes at all (继电器嘅冇晒未:
        the part, then Cantonese asking for it); a part's name ending there (轴承座) is kept."""
        end = len(piece)
        while end > 1 and piece[end - 1] not in self.chars and piece[end - 1] not in self.part_heads:
            end -= 1
        if end == len(piece) or end < 2 or not self._linked(piece[end - 2 : end]):
            return piece
        return piece[:end]

    def _linked(self, pair: str) -> bool:
        return pair in self.pairs or pair[::-1] in self.pairs

    def qualifying(self, cleaned: str, writes: Callable[[str], bool]) -> set[str]:
        """The characters no name writes that qualify a part's name right after them (光电 of 光电轴承 6204) or are one
        (同步带轮): a part the catalogue lacks; unlike those standing apart (装机 法兰螺母, 您好 滚珠螺杆: chat)."""
        out: set[str] = set()
        for run in re.findall(r"[\u4e00-\u9fff]+", cleaned):
            end = 0
            for written, group in groupby(run, writes):
                chars = "".join(group)
                end += len(chars)
                if written:
                    continue
                after = run[end:]
                # a character asking for the part (有轴承 6214, 要螺母) is no kind of it; any other is (羊角螺母)
                asked = len(chars) == 1 and chars in _ASKING
                before_a_part = bool(after) and not asked and any(h in after for h in self.part_heads)
                if before_a_part or (len(chars) >= 3 and chars[-1] in self.part_heads):
                    out.update(chars)
        return out

    def judged(self, free: str, cleaned: str = "", named: bool = False) -> str:
        """`free` (a residue without its facet values) without the words the catalogue never writes, and without the
        characters no name holds inside a word it otherwise writes (one per word: two make it another word).
        A word never written is kept where it is all the phrase names (滚珠丝杠 M12, unless `named`: the phrase states
        facts of the part or a code) or where it qualifies a part's name after it in `cleaned` (光电传感器: a part
        the catalogue lacks, not chat; 高强发黑 qualifies no part)."""
        pieces = _PIECE.findall(free)
        heads = "".join(h for h in self.part_heads if len(h) == 1)
        qualifies = "[\u4e00-\u9fff]*[" + re.escape(heads) + "]" if heads else "[\u4e00-\u9fff]"
        foreign = {p for p in pieces if self._foreign(p) and not re.search(re.escape(p) + qualifies, cleaned)}
        if not named and len(foreign) == len(set(pieces)):
            foreign = set()
        kept = []
        for piece in pieces:
            if piece in foreign:
                continue
            if not piece.isascii():
                piece = self._without_tail(piece)
                stray = [c for c in piece if c not in self.chars]
                if len(stray) == 1 and len(piece) >= 3:
                    piece = piece.replace(stray[0], "")
            kept.append(piece)
        return " ".join(kept)
