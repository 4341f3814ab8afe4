"""Notations of chains, sprockets and timing belts, run by `lexicon` in its order: a belt's pitch, length and width in
either order (8M320-50, 320-8M-50), a sprocket's teeth (Z=17, 17齿, 17T) and bore (孔径15, 内孔15, bore 15), a chain's
rows (08B双排 = 08B-2) and its ANSI number (RS40 = 08A). Each rule carries its examples."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule

__all__ = ["ANSI_CHAIN", "BORE", "CHAIN_ROWS", "TEETH", "TIMING_BELT"]

# Timing belt pitches: HTD/STD (3M, 5M, 8M, 14M, S5M, S8M) and T-profiles (T5, T10, AT10).
_PITCH = r"s?(?:2|3|5|8|14)m|at?(?:5|10|20)|t2\.5"
TIMING_BELT = Rule(
    "timing belt",
    re.compile(
        rf"(?<![a-z\d.\-/])(?:({_PITCH})[-\s]?(\d{{3,5}})|(htd|std|gt)?(\d{{3,5}})-({_PITCH}))[-\s](\d{{1,3}})(?![\d.x])"
    ),
    lambda m: (
        f"{(m.group(3) or '') and m.group(3) + ' '}{m.group(1) or m.group(5)}-{m.group(2) or m.group(4)}-{m.group(6)}"
    ),
    (
        ("8m320-50", "8m-320-50"),
        ("8m-320-50 三维", "8m-320-50 三维"),
        ("s8m1328-30", "s8m-1328-30"),
        ("1638-14m-40 gates", "14m-1638-40 gates"),
        ("htd2160-8m-30", "htd 8m-2160-30"),  # the profile's name before the length
        ("t10-1030-25", "t10-1030-25"),
        ("m8-30", "m8-30"),  # a bolt
        ("5m 同步轮", "5m 同步轮"),
    ),
)

# A sprocket's (or pulley's) number of teeth → z17.
TEETH = Rule(
    "teeth",
    re.compile(r"(?<![a-z])z\s*=\s*(\d{1,3})(?!\d)|(?<![a-z\d.\-/])(\d{1,3})\s*(?:齿|teeth|t(?![a-z\d.\-/]))"),
    lambda m: f" z{m.group(1) or m.group(2)} ",
    (
        ("z=17", "z17"),
        ("17齿", "z17"),
        ("40t", "z40"),
        ("17 teeth", "z17"),
        ("z13", "z13"),
        ("t10", "t10"),
        ("4t-30311", "4t-30311"),
    ),  # NTN's 4T- before a bearing number
)

# A sprocket's or pulley's bore → bore15 (a pilot bore, 预孔, is a word: no figure).
BORE = Rule(
    "bore",
    re.compile(
        r"(?:孔径|内孔|轴孔|(?<![a-z])bore)\s*(\d{1,3})(?![\d.x])|孔(\d{1,3})(?![\d.x#号])"
        r"|(?<![\d.])(\d{2,3})\s*孔(?![径用])"
    ),
    lambda m: f" bore{m.group(1) or m.group(2) or m.group(3)} ",
    (("孔径15", "bore15"), ("内孔25", "bore25"), ("bore 14", "bore14"), ("40孔", "bore40"), ("孔35", "bore35"),
     ("孔用挡圈", "孔用挡圈"), ("4孔法兰", "4孔法兰"),
     ("预孔 40#", "预孔 40#")),
)  # fmt: skip

# A roller chain's rows said in words: 08B双排 → 08b-2.
_ROWS = {"单排": "1", "双排": "2", "三排": "3"}
CHAIN_ROWS = Rule(
    "chain rows",
    re.compile(r"(?<![a-z\d])(\d{2}[abc])\s*(单排|双排|三排)"),
    lambda m: f"{m.group(1)}-{_ROWS[m.group(2)]}",
    (("08b双排", "08b-2"), ("12a单排 链轮", "12a-1 链轮"), ("08b-2", "08b-2")),
)

# ANSI roller chain numbers and the ISO 606 A-series they are (RS40 = 08A, 60号链条 = 12A): one chain.
_ISO = {"40": "08a", "50": "10a", "60": "12a", "80": "16a", "100": "20a", "120": "24a", "140": "28a", "160": "32a"}
ANSI_CHAIN = Rule(
    "ansi chain",
    re.compile(
        r"(?<![a-z\d])(?:rs\s?(40|50|60|80|100|120|140|160)(?:-(\d))?"
        r"|(40|50|60|80|100|120|140|160)#(?!钢)(?=.*链))(?![\d.])"
    ),
    lambda m: f"{_ISO[m.group(1) or m.group(3)]}{'-' + m.group(2) if m.group(2) else ''}",
    (("rs80-1 不锈钢", "16a-1 不锈钢"), ("rs40 链轮", "08a 链轮"), ("60# a型 链轮", "12a a型 链轮"),
     ("45# 链轮", "45# 链轮"), ("40# 机油", "40# 机油")),
)  # fmt: skip
