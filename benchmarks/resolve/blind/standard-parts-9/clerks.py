"""The people who typed the material master, and small row helpers.

A  王 (materials clerk 2009-2015): formal GB names, GB/T numbers with year, ×.
B  老陈 (storekeeper, 2012-): shorthand, '*', standard only in aliases.
C  台湾供应商导入 (2014, 2019 Excel imports from Taiwanese suppliers): traditional
   Chinese, DIN numbers, 'M8x30L'.
D  ERP import 2016 (English BOM of purchased parts): upper case English.
E  日方设备 (2018-, parts for Japanese-designed units): Japanese terms, JIS."""
import lexicon

STYLE = {'A': 'cn', 'B': 'sk', 'C': 'tw', 'D': 'en', 'E': 'jp'}
GRADE_OVR = {
    'B': {'A2-70': '304', 'A2': '304', 'A4-70': '316', 'A4': '316'},
    'C': {'A2-70': 'SUS304', 'A2': 'SUS304', 'A4-70': 'SUS316', 'A4': 'SUS316'},
    'E': {'A2-70': 'SUS304', 'A2': 'SUS304', 'A4-70': 'SUS316', 'A4': 'SUS316'},
}
STAINLESS = ('A2-70', 'A2', 'A4-70', 'A4', '18-8')
GROUPS = {
    '01.01': '紧固件/螺栓', '01.02': '紧固件/螺钉', '01.03': '紧固件/螺母', '01.04': '紧固件/垫圈',
    '01.05': '紧固件/销键挡圈', '01.06': '紧固件/JIS', '01.07': '紧固件/英制',
    '02.01': '轴承/深沟球', '02.02': '轴承/角接触', '02.03': '轴承/圆锥滚子', '02.04': '轴承/滚针',
    '02.05': '轴承/关节轴承', '02.06': '轴承/其他',
    '03.01': '传动件/直线导轨', '03.02': '传动件/滚珠丝杠',
    '04.01': '密封件/O形圈', '04.02': '密封件/油封', '04.03': '密封件/液压密封',
    '05.01': '液压件/阀', '05.02': '液压件/泵', '05.03': '液压件/过滤', '05.04': '液压件/管接头',
    '05.05': '液压件/胶管', '05.06': '液压件/附件',
    '06.01': '气动件/气缸', '06.02': '气动件/阀', '06.03': '气动件/接头气管', '06.04': '气动件/气源处理',
    '07.01': '电气件/低压电器', '07.02': '电气件/传感器', '07.03': '电气件/加热测温',
    '07.04': '电气件/伺服驱动', '07.05': '电气件/其他',
}


def word(a, key, clerk):
    if key == 'grade' and a.get('grade') in GRADE_OVR.get(clerk, {}):
        return GRADE_OVR[clerk][a['grade']]
    return lexicon.row_word(a, key, STYLE[clerk])


def fin_word(a, clerk):
    if a.get('fin') == 'plain' and a.get('grade') in STAINLESS:
        return ''
    return word(a, 'fin', clerk)


def row(grp, clerk, name, spec, unit, a, aliases=(), models=()):
    if clerk == 'D':
        name, spec = name.upper(), spec.upper()
    spec = ' '.join(spec.split())
    return {'grp': grp, 'clerk': clerk, 'name': name, 'spec': spec, 'unit': unit, 'a': a,
            'aliases': list(aliases), 'models': list(models)}


def pick_clerk(rg, weights):
    x = rg.random() * sum(weights.values())
    for k in sorted(weights):
        x -= weights[k]
        if x <= 0:
            return k
    return sorted(weights)[-1]


UNIT = {'A': '个', 'B': '个', 'C': 'PCS', 'D': 'PCS', 'E': '個'}
