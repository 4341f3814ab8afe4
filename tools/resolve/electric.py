"""Rules for the notations of electrical parts: capacitance (30μF, 30UF, 30 MFD, 六微法, a dual 60+5), a switching
temperature (80℃, 80°C, 80C) and a contact's normal state (常开 / NO, 常闭 / NC), each one way on both sides. `lexicon`
runs them in its order; each carries its own examples (tests run them all)."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule
from tools.resolve.spoken import SAID_FIGURE, figures_said

__all__ = ["CAPACITANCE", "CONTACT", "SPOKEN_VOLTS", "TEMPERATURE"]

_CAPACITANCE = re.compile(
    rf"(?<![\d.a-z])({SAID_FIGURE})(?:\s*\+\s*({SAID_FIGURE}))?\s*(?:μf|µf|uf|mfd|微法)(?![a-z])/?"
)


def _figure(said: str) -> str:
    return figures_said(said)[0]


def _capacitance(m: re.Match[str]) -> str:
    value = _figure(m.group(1)) + (f"/{_figure(m.group(2))}" if m.group(2) else "")
    return f" {value}uf "


CAPACITANCE = Rule(
    "capacitance",
    _CAPACITANCE,
    _capacitance,
    (
        ("cbb65 30μf 450v", "cbb65 30uf 450v"),
        ("cbb65 30uf", "cbb65 30uf"),
        ("cbb65 60+5 mfd 450vac", "cbb65 60/5uf 450vac"),
        ("60+5uf", "60/5uf"),
        ("电容 六微法", "电容 6uf"),
        ("一点二微法", "1.2uf"),
        ("cbb61 2.5μf", "cbb61 2.5uf"),
        ("cbb65 2uf/450vac", "cbb65 2uf 450vac"),
    ),
)

TEMPERATURE = Rule(
    "switching temperature",
    # 度 only before a contact state (85度 NO): alone it is an angle (45度弯头)
    re.compile(r"(?<![\d.a-z])(\d{2,3})(?:\s*°\s*c|\s*℃|c(?![a-z\d&])|\s*度(?=\s*(?:常开|常闭|no|nc)(?![a-z])))"),
    r" \1c ",
    (
        ("ksd301 80°c 常闭", "ksd301 80c 常闭"),
        ("ksd301 85度 no 16a", "ksd301 85c no 16a"),
        ("45度弯头", "45度弯头"),
        ("ksd301 50c no", "ksd301 50c no"),
        ("6205 c3", "6205 c3"),
        ("608 c&u 轴承", "608 c&u 轴承"),
    ),
)

_STATE = {
    "normally open": "常开",
    "normally closed": "常闭",
    "n.o.": "常开",
    "n.c.": "常闭",
    "no": "常开",
    "nc": "常闭",
}
CONTACT = Rule(  # a fact (`vocabulary`): a thermostat that opens is no answer for one that closes
    "contact state",
    re.compile(r"normally open|normally closed|n\.o\.|n\.c\.|(?<=\dc)\s*n[oc](?![a-z])"),
    lambda m: f" {_STATE[m.group().strip()]} ",
    (
        ("ksd301 80c nc 250v", "ksd301 80c 常闭 250v"),
        ("normally open", "常开"),
        ("thermostat 85c no 16a", "thermostat 85c 常开 16a"),
        ("part no. 6204", "part no. 6204"),
    ),
)

SPOKEN_VOLTS = Rule(  # after `spec_rules.UNIT` (伏 → v)
    "volts said aloud",
    re.compile(r"(?<![\d.a-z])([一二两三四五六七八九十百][零一二两三四五六七八九十百]*)\s*v(?![a-z])"),
    lambda m: f" {_figure(m.group(1))}v ",
    (("四百五十v", "450v"), ("contactor lc1d12 三百八十v", "contactor lc1d12 380v"), ("二十四v", "24v")),
)
