"""Figures said aloud inside a spec (voice input, or typed as said): M十乘七十五 → m10x75, 德标九三一 → 德标931,
三一六 → 316, TC 三十二五十二十二 → tc 32x52x12. Only where a figure is sure to be meant: after M, around 乘, after a
standard body, three or more digits said one by one, or several figures said in a row on their own; 十字, 六角 and
一头弯 stay words."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule

__all__ = [
    "CORRECTION", "LENGTH_CORRECTION", "SAID_FIGURE", "SPOKEN_IN_CODES", "SPOKEN_NUMBERS", "SPOKEN_SIZE",
    "figures_said", "spoken_figures",
]  # fmt: skip

_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "幺": 1, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "[零〇幺一二两三四五六七八九十百千]+(?:点[零〇幺一二三四五六七八九]+)?"
_NUM = rf"(?:\d+(?:\.\d+)?|{_CN})"
_BODIES = "国标|德标|机标|日标|美标|gb/t|gb|din|iso|jis"
# what a figure said right before it measures: a length, cores and their section, a pressure, an angle
# (a length only before the size it is of, 五十长的M十四: one taken back, 不对 是一百八十长的, is the correction's)
_MEASURES = "长(?=的?\\s*m\\s*[\\d零〇幺一二两三四五六七八九十])|芯|平方|兆帕|mpa|度(?!的?[\u4e00-\u9fff]{2})|毫米|mm"

_PATTERN = re.compile(
    rf"(?:(?<![a-z\d.])|(?<=[a-z])(?={_CN}))"  # after a seal's type too: TG七十乘一百一十乘十
    rf"(?P<chain>(?:m\s*)?{_NUM}(?:\s*乘以?\s*{_NUM})+)"  # M二十乘九十, 八十乘九十二乘八, 五乘以四十
    rf"|(?<![a-z])(?P<size>m)\s*(?P<after_m>{_CN})"  # M六
    rf"|(?<![a-z])(?P<body>{_BODIES})\s*(?P<std>{_CN})"  # 国标五七八二, 国标七零点一
    r"|(?P<run>[零〇幺一二三四五六七八九]{3,}(?:点[零〇幺一二三四五六七八九]+)?)"  # 三一六, 六九零九: one by one
    r"|(?<![零〇幺一二两三四五六七八九十百千点])(?P<grade>(?:四|五|六|八|九|十|十二)点[六八九])(?![零〇幺一二三四五六七八九])"
    rf"|(?<![零〇幺一二两三四五六七八九十百千点])(?P<measured>{_CN})(?=\s*的?\s*(?:{_MEASURES}))"  # 五十长的, 十芯
    rf"|(?<=外径|内径|线径|导程|直径|孔径|轴径)(?P<labelled>{_CN})"  # 外径五十五, 导程十
    rf"|(?<![\u4e00-\u9fff])(?P<row>{_CN})(?![\u4e00-\u9fff])"  # 十五二十九六, on its own: 15x29x6
)


_VARIANT = re.compile(r"[a-z](?![a-z\d])")  # one letter, then no more of the code


def _one(run: str, i: int) -> tuple[int, int]:
    """One figure said with units (二十五, 一百零五, 十二, 二百二 = 220) from `run[i]`: (value, where the next one
    starts)."""
    value, digit, last_unit, gap = 0, None, 10_000, False
    while i < len(run):
        ch = run[i]
        if ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:
                break  # 十 again: the next figure
            value += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        elif ch in "零〇" and value:
            gap = True  # 一百零五: the gap
        else:
            if digit is not None or last_unit == 10:
                if digit is None and last_unit == 10:  # 二十五: the ones after the tens, then it ends
                    digit = _DIGITS[ch]
                    i += 1
                break
            digit = _DIGITS[ch]
        i += 1
    if digit is not None and 100 <= last_unit <= 1000 and not gap:  # 二百二, 一千二: a digit after 百 / 千 is of
        return value + digit * last_unit // 10, i  # the unit below it
    return value + (digit or 0), i


def spoken_figures(text: str) -> list[str]:
    """The figures of one run said aloud: 三一六 → [316], 三十二五十二十二 → [32, 52, 12], 七零点一 → [70.1]."""
    whole, _, decimals = text.partition("点")
    tail = "." + "".join(str(_DIGITS[c]) for c in decimals) if decimals else ""
    if not any(u in whole for u in _UNITS):
        return ["".join(str(_DIGITS[c]) for c in whole) + tail]
    out, i = [], 0
    while i < len(whole):
        value, i = _one(whole, i)
        out.append(str(value))
    out[-1] += tail
    return out


# A figure written in digits or said aloud (1.6, 一点六, 二百七十), as a pattern to match one.
SAID_FIGURE = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百点]+"


def figures_said(text: str) -> list[str]:
    """The figures of a run written in digits (as it is) or said aloud (三十二五十二 → [32, 52])."""
    return [text] if text[0].isdigit() else spoken_figures(text)


def _said(num: str) -> str:
    return num if num[0].isdigit() else "x".join(spoken_figures(num))


# Property classes of bolts and screws: said right after a size with no pause (M五乘以二十五十二点九级), the class is
# the run's tail that reads as one, and what comes before it the size's last figure.
_CLASSES = frozenset({"4.6", "4.8", "5.6", "5.8", "6.8", "8.8", "9.8", "10.9", "12.9"})
_CLASS_AFTER = re.compile(r"\s*的?\s*级")


def _with_class(num: str, m: re.Match[str]) -> str:
    """`num` said, a property class said glued to its end kept apart (二十五十二点九 before 级 → 25 12.9)."""
    if num[0].isdigit() or "点" not in num or not _CLASS_AFTER.match(m.string, m.end()):
        return _said(num)
    for i in range(1, len(num)):
        if "点" in num[i:] and num[i] != "点" and "x".join(spoken_figures(num[i:])) in _CLASSES:
            return f"{_said(num[:i])} {spoken_figures(num[i:])[0]}"
    return _said(num)


def _replace(m: re.Match[str]) -> str:
    if chain := m.group("chain"):
        head = "m" if chain.startswith("m") else ""
        # a code's variant letter said right after it stays on it: SI三二乘一五零S → si 32x150s (not 32x150 s)
        tail = "" if _VARIANT.match(m.string, m.end()) else " "
        figures = [n.strip() for n in chain.removeprefix("m").replace("乘以", "乘").split("乘")]
        said = [*(_said(n) for n in figures[:-1]), _with_class(figures[-1], m)]
        return " " + head + "x".join(said) + tail
    if m.group("size"):
        return f" m{_with_class(m.group('after_m'), m)} "
    if m.group("body"):
        return f"{m.group('body')}{_said(m.group('std'))} "
    if run := m.group("run"):  # kept glued after a code's hyphen: CJX2-零九幺零 → cjx2-0910
        return f"{'' if m.string[m.start() - 1 : m.start()] == '-' else ' '}{_said(run)} "
    if (grade := m.group("grade")) and (value := spoken_figures(grade)[0]) in _CLASSES:  # 十点九的: a class
        return f" {value} " if _CLASS_AFTER.match(m.string, m.end()) else f" {value}级 "
    if grade:
        return m.group()
    if measured := m.group("measured") or m.group("labelled"):
        one = spoken_figures(measured)
        return one[0] if len(one) == 1 else m.group()
    figures = spoken_figures(m.group("row"))
    return f" {'x'.join(figures)} " if len(figures) > 1 else m.group()


SPOKEN_NUMBERS = Rule(
    "spoken numbers",
    _PATTERN,
    _replace,
    (
        ("m十乘七十五", "m10x75"),
        ("半牙外六角螺栓 五乘四十的", "半牙外六角螺栓 5x40 的"),
        ("内六角 m二十乘九十", "内六角 m20x90"),
        ("m八乘以八 不锈钢", "m8x8 不锈钢"),  # 乘以: times, said in full
        ("m十二乘一百一", "m12x110"),  # 一百一 is 110, as 二百二 is 220 (一百零一 is 101)
        ("m五乘以二十五十二点九级", "m5x25 12.9 级"),  # the class said right after the length
        ("m三乘以四十八点八级", "m3x40 8.8 级"),
        ("国标九三m五十二点九级", "国标93 m5 12.9 级"),
        ("m十乘三十的四点八级", "m10x30 的 4.8 级"),  # apart: a class said
        ("m六 三一六", "m6 316"),
        ("德标九三一 外六角", "德标931 外六角"),
        ("国标七零点一", "国标70.1"),
        ("国标五七八二", "国标5782"),
        ("四十二乘二点四 o型圈", "42x2.4 o型圈"),
        ("tc 三十二五十二十二 fkm", "tc 32x52x12 fkm"),
        ("tb型 十五二十九六", "tb型 15x29x6"),
        ("不锈钢六八六双面铁盖", "不锈钢 686 双面铁盖"),
        ("八十乘九十二乘八", "80x92x8"),
        ("十字盘头螺钉", "十字盘头螺钉"),  # a word, no figure
        ("六角螺母 一头弯 两层", "六角螺母 一头弯 两层"),
        ("三维 同步带", "三维 同步带"),
        ("二十", "二十"),  # one figure on its own: not sure it is a size
        ("m14x1.5乘70", "m14x1.5乘70"),  # a fine pitch: the spoken sign's own rule
        ("气缸si三二乘一五零s神驰", "气缸si 32x150s神驰"),  # a variant letter stays on the code
        ("m八乘三十 sus304", "m8x30 sus304"),
        ("拖链线 十芯二点五平方", "拖链线 10芯2.5平方"),  # before what it measures: cores, a section
        ("五十长的m十四", "50长的 m14"),
        ("零到十六兆帕 压力表", "零到16兆帕 压力表"),
        ("爪式联轴器 外径五十五", "爪式联轴器 外径55"),
        ("丝杆 五十的导程十", "丝杆 五十的导程10"),
        ("十五度的 p四", "15度的 p四"),
        ("十字槽", "十字槽"),
        ("十点九的 杯头螺丝", "10.9级 的 杯头螺丝"),  # a property class said alone
        ("八点八 达克罗", "8.8级 达克罗"),
        ("五点九", "五点九"),  # no class
    ),
)


# A figure said aloud glued to a code's letters (N二百一十一E, XB二-BD三十三, LRD零七C, DN十六, 十MPa): any figure of
# two or more characters, or one right before a letter, hyphen, space or the end; a single one between a code and a
# word is that word's (PVC三通, 3P一字) and stays; 杠 before it is a hyphen said aloud (GE45ES杠二RS).
_GLUED = re.compile(
    rf"(?<=[a-z])(?P<after>{_CN})(?=[a-z\-\s]|$)|(?<=[a-z])(?P<long>[零〇幺一二两三四五六七八九十百千]{{2,}}(?:点[零〇幺一二三四五六七八九]+)?)"
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=杠))(?P<before>{_CN})(?=[a-z])"
)


def _glued(m: re.Match[str]) -> str:
    figures = spoken_figures(m.group("after") or m.group("long") or m.group("before"))
    return figures[0] if len(figures) == 1 else m.group()


SPOKEN_IN_CODES = Rule(
    "spoken figures in codes",
    _GLUED,
    _glued,
    (
        ("n二百一十一e 圆柱滚子轴承", "n211e 圆柱滚子轴承"),
        ("ucp二百零八轴承", "ucp208轴承"),
        ("xb二-bd三十三 平头按钮", "xb2-bd33 平头按钮"),
        ("e二e-x五e一", "e2e-x5e1"),
        ("lrd零七c", "lrd07c"),
        ("dn十六", "dn16"),
        ("ssr-七十五da-h", "ssr-75da-h"),
        ("十mpa 二十五l", "10mpa 25l"),
        ("6804 二rs", "6804 2rs"),
        ("ge45es杠二rs", "ge45es杠2rs"),  # 杠 said for the hyphen
        ("pvc三通", "pvc三通"),  # a tee, not PVC3
        ("o型圈", "o型圈"),
    ),
)


_ONE = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百][零一二两三四五六七八九十百点]*"
# A bolt's size said as a sentence: M十四细牙一点五牙距乘一百二十 (fine, its pitch, times the length), M八的，一百一十
# (the size's, then the length) → m14x1.5x120, m8x110. Run first, before single figures are read.
_SIZE_SAID = re.compile(
    rf"(?<![a-z\d])m\s*(?P<d>{_ONE})\s*(?:(?:细牙|幼牙)\s*(?P<p>{_ONE})\s*(?:牙距|螺距|的牙距)\s*(?:乘以|乘|x|\*|的\s*,?)"
    rf"|的\s*,?\s*(?=[零一二两三四五六七八九十百]))\s*(?P<l>{_ONE})(?![\d.点零一二两三四五六七八九十百级锰]|\s*(?:乘|x\d))"
)  # M五乘二十 alone is `SPOKEN_NUMBERS`' (which reads a class said right after the length)


def _size_said(m: re.Match[str]) -> str:
    parts = [m.group("d"), m.group("p"), m.group("l")]
    figures = [figures_said(p) if p else [""] for p in parts]
    if any(len(f) != 1 for f in figures):
        return m.group()
    d, p, length = (f[0] for f in figures)
    if not p and length in ("201", "304", "316"):  # M八的三一六: the steel said after the size
        return m.group()
    return f"m{d}x{p}x{length}" if p else f"m{d}x{length}"


SPOKEN_SIZE = Rule(
    "size said as a sentence",
    _SIZE_SAID,
    _size_said,
    (
        ("m十四细牙一点五牙距乘一百二十 gr4.8", "m14x1.5x120 gr4.8"),
        ("m二十四细牙二牙距乘以八十五 热镀锌", "m24x2x85 热镀锌"),
        ("m八的,一百一十 四点八级", "m8x110 四点八级"),
        ("m二点五的,六 304", "m2.5x6 304"),
        ("m10细牙1.25牙距的,25", "m10x1.25x25"),
        ("m八乘六十五", "m八乘六十五"),  # the spoken numbers' rule
        ("m8的 不锈钢", "m8的 不锈钢"),
        ("m三的十二点九级", "m三的十二点九级"),  # a class, not a length
        ("m4的 304", "m4的 304"),  # a steel written after the size's 的
        ("m6的六十五锰", "m6的六十五锰"),
        ("m十细牙一点二五牙距乘三十五乘", "m十细牙一点二五牙距乘三十五乘"),
    ),
)

_CUE = r"(?:不对不对|不对|说错了|搞错了|口误|唔系唔系|唔系|唔啱|讲错了?)"  # and as Cantonese says it
_SAID = rf"(?:{SAID_FIGURE})"
# A length taken back aloud (M8乘六十五 SS316 不对不对 是六十长的): the size's length is the one said after the cue,
# whatever was said between; the length must be called one (长, 长度), or it is some other fact said again.
_LENGTH_FIX = re.compile(
    rf"(?P<size>(?<![a-z])m\d+(?:\.\d+)?x(?:\d+(?:\.\d+)?x)?)(?P<old>\d+(?:\.\d+)?)(?P<mid>(?:(?!{_CUE}).)*?)"
    rf"\s*[,，]?\s*{_CUE}\s*[,，]?\s*(?:应该是|是)?\s*"
    rf"(?:长度\s*(?P<a>{_SAID})(?:\s*(?:mm|毫米))?|(?P<b>{_SAID})\s*(?:mm|毫米)?\s*长(?:度)?)的?"
)


def _length_fix(m: re.Match[str]) -> str:
    said = m.group("a") or m.group("b")
    figures = figures_said(said)
    return f"{m.group('size')}{figures[0]}{m.group('mid')}" if len(figures) == 1 else m.group()


LENGTH_CORRECTION = Rule(
    "a length taken back",
    _LENGTH_FIX,
    _length_fix,
    (
        ("内六角螺钉 m8x65 不锈钢ss316, 不对不对, 是六十长的 对", "内六角螺钉 m8x60 不锈钢ss316 对"),
        ("m20x65 不对 长度四十五", "m20x45"),
        ("m10x1.25x50 发黑 说错了 55长", "m10x1.25x55 发黑"),
        ("m8x30 不对 是m8x35", "m8x30 不对 是m8x35"),  # no length called one: the general rule below
    ),
)


# A self-correction said aloud (十二点九级 不对不对 是八点八级): what it corrects is taken back, and what follows the
# cue stands. What it corrects: the last figure said before the cue in the same shape as the one said after it
# (6207-zz of 6306-zz, 50x200 of φ50x75, 14x101 of m14x22), else the last word before the cue. Run last, over
# canonical text, so each fact is one word or token (gr12.9, 发黑).
_FIX_CUE = r"(?:不对不对|不是不是|哦?不对|说错了|搞错了|口误|唔系唔系|唔系|唔啱|讲错了?)"
# cues that take back only a figure said again in the same shape (M5x14 哦不 M5x22; 不是很急 takes nothing back)
_FIGURE_CUE = r"(?:哦不|不不|不是|改一下|改成)"
_FIX = re.compile(
    rf"(?:^|[\s,，])(?P<said>[^\s,，]+)[\s,，]*(?:{_FIX_CUE}|(?P<weak>{_FIGURE_CUE}))[\s,，]*(?:应该是|是|要)?\s*"
    r"(?P<after>[^\s,，]*)"
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _spec(word: str) -> str:
    """The figure-bearing run of a word (轴承的6207-zz: 6207-zz), or ""."""
    runs = [r.rstrip(".") for r in re.findall(r"[a-zφ\d][a-z\d.\-/]*", word) if _FIGURE.search(r)]
    return runs[-1] if runs else ""  # (M10*6… trails an ellipsis, no decimal point)


def _shape(spec: str) -> str:
    return _FIGURE.sub("9", spec.lstrip("mφ"))


def _head(spec: str) -> str:
    m = _FIGURE.search(spec.lstrip("mφ"))
    return f"{spec[:1]}{m.group() if m else ''}"


def _taken_back(text: str) -> str:
    out, pos = text, 0
    while (m := _FIX.search(out, pos)) is not None:
        before, after = out[: m.start()], _spec(m.group("after"))
        if after:  # a figure said again: the one of its shape said before is what it corrects
            words = re.split(r"[\s,，]+", f"{before} {m.group('said')}".strip())
            same = [_spec(w) for w in words if _spec(w) and _shape(_spec(w)) == _shape(after)]
            if same:  # it, and the other ways it was written (6207-zz 6207-2z)
                head = _head(same[-1])
                kept = [
                    w.replace(_spec(w), "").rstrip(".") if _spec(w) and _head(_spec(w)) == head else w for w in words
                ]
                out = " ".join([*kept, m.group("after")]) + out[m.end() :]
                continue
        if m.group("weak"):  # no figure of that shape said again: no correction
            pos = m.end("weak")
            continue
        out = before + " " + m.group("after") + out[m.end() :]
    return out


CORRECTION = Rule(
    "self-correction",
    re.compile(rf"^.*(?:{_FIX_CUE}|{_FIGURE_CUE}).*$"),
    lambda m: _taken_back(m.group()),
    (
        ("din7991 m5x40 gr12.9 不对不对 是 gr10.9 发黑", "din7991 m5x40 gr10.9 发黑"),
        ("m3 gr12.9 不对不对 是不锈钢ss316 螺母", "m3 不锈钢ss316 螺母"),
        ("m6x20 发黑 不对 应该是 镀锌", "m6x20 镀锌"),
        ("不对称 法兰", "不对称 法兰"),  # no cue: a word
        ("nsk 轴承 6207-zz 说错了 应该是 6306-zz", "nsk 轴承 6306-zz"),
        ("gr12.9 m4x40 唔系 m4x8 内六角圆柱头螺钉", "gr12.9 m4x8 内六角圆柱头螺钉"),  # Cantonese: 唔系, not so
        ("sc型气缸 50x200 不对不对 是φ50x75", "sc型气缸 φ50x75"),
        ("内六角螺钉 14x101 碳钢 白锌 哦不对 是m14x22", "内六角螺钉 碳钢 白锌 m14x22"),
        ("气缸 63x20 带磁 不是不是 63x10", "气缸 带磁 63x10"),
        ("nsk 轴承 6207-zz 6207-2z, 说错了, 应该是 6306-zz", "nsk 轴承 6306-zz"),
        ("内六角螺钉 14x101 碳钢 白锌,哦不对,是m14x22", "内六角螺钉 碳钢 白锌 m14x22"),
        ("内六角圆头螺钉 m5x14 哦不 m5x22 gr10.9", "内六角圆头螺钉 m5x22 gr10.9"),
        ("骨架油封 tc型 50x64x11...不是,是50x64x10 丁腈", "骨架油封 tc型 50x64x10 丁腈"),
        ("m20x200 改一下 要m20x180 半螺纹六角螺栓", "m20x180 半螺纹六角螺栓"),
        ("gr10.9 m12x1.25x14 不不 m12x1.25x30", "gr10.9 m12x1.25x30"),
        ("6204 不是很急", "6204 不是很急"),  # nothing said again: nothing taken back
        ("6204 不是 nsk的", "6204 不是 nsk的"),
    ),
)
