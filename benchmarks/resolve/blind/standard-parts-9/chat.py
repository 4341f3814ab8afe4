"""Chat text around the facts: order, joining, DingTalk wrappers, speech-to-text
numbers, corrections and typos."""
import re

import lexicon
import reader
from common import cn_digits, cn_int, cn_num, lev

ORDER = ['brand', 'org', 'std', 'series', 'kind', 'cat', 'htype', 'thread', 'form', 'stem', 'code', 'bear', 'size',
         'oring', 'jis', 'as568', 'tdims', 'dims', 'stype', 'hdim', 'cartsize', 'cylsize', 'ferrule', 'tube', 'tsize',
         'psize', 'dist', 'out', 'nc', 'amp', 'poles', 'hose', 'len', 'thr', 'range', 'dial', 'mount', 'hser', 'grade',
         'mat', 'fin', 'mag', 'volt', 'watt', 'coil', 'tctype', 'lead']
MARKERS = ['不对不对，是', '哦不对，是', '说错了，应该是', '不是不是，是', '搞错了，是']
WRAP = {
    'buyer': ['请帮忙查一下 {q} 的物料编码', '采购申请：{q}，数量{n}，请确认编码', '{q} 这个在K3里编码是多少？',
              '供应商报价单上是 {q}，对应哪个料号', '麻烦确认下{q}有没有建物料', '@仓库 {q} 还有库存吗？要下单了',
              '{q}，需求{n}个，麻烦给下编码', '请问{q}在系统里叫什么', '下周要{q}，先确认编码'],
    'storekeeper': ['{q} 还有吗', '领{n}个 {q}', '{q}没货了，补一下', '{q} 出库{n}个', '{q}放哪个库位？',
                    '盘点：{q} 少了{n}个', '{q} 要{n}个 急', '有{q}吗', '找下{q}', '{q}，{n}个，线上等'],
    'voice': ['{q}，帮我看一下还有没有', '就是那个{q}啊，我要{n}个', '喂，{q}有吗', '呃 帮我找一下{q} 急用',
              '那个那个，{q}，仓库还有吧', '{q}，给我拿{n}个过来'],
    'taiwanese': ['請問 {q} 有庫存嗎', '{q} 麻煩確認料號', '您好，{q} 請報價', '{q} 需要{n}pcs，請協助確認',
                  '想請問{q}的料號是多少', '{q} 交期多久？'],
    'english': ['need {q}, qty {n}', 'pls check stock: {q}', 'do we have {q}?', 'part no. for {q} pls',
                '{q} - {n} pcs urgent', 'hi, looking for {q}'],
    'japanese': ['{q} の在庫ありますか', '{q} を{n}個お願いします', '{q} 手配お願いします'],
}
QTY = [2, 3, 4, 5, 6, 8, 10, 12, 20, 30, 50, 100]
FILL = ['嗯，', '那个，', '呃，', '就是，', '']
SPOKEN_PARSERS = ('msize', 'oring', 'hdim', 'cylsize', 'volt', 'watt', 'amp', 'lead', 'len', 'cartsize', 'dims',
                  'pinsize', 'tsize', 'wsize')


def _ascii(ch):
    return ch.isascii() and (ch.isalnum() or ch in '.-/"')


def join(pieces, rg, tight=.5):
    out = pieces[0]
    for p in pieces[1:]:
        if _ascii(out[-1]) and _ascii(p[0]):
            out += ' '
        elif rg.random() > tight:
            out += ' '
        out += p
    return out


def order(facts, style, rg):
    fs = sorted(facts, key=lambda f: ORDER.index(f[0]) if f[0] in ORDER else 99)
    if style == 'english' and rg.random() < .4:
        k = [f for f in fs if f[0] in ('kind', 'cat')]
        fs = [f for f in fs if f[0] not in ('kind', 'cat')] + k
    if style == 'storekeeper' and rg.random() < .3:
        b = [f for f in fs if f[0] == 'brand']
        fs = [f for f in fs if f[0] != 'brand'] + b
    return fs


def spoken(parser, s, rg):
    """Speech-to-text rendering of a fact, if it still reads the same."""
    if parser == 'bear':
        t = re.sub(r'^\d+', lambda m: cn_digits(m.group(0)), s)
        t = t.replace('-', '杠' if rg.random() < .5 else '')
    elif parser == 'word' and re.search(r'\d', s) and not re.search(r'[A-Za-z]', s):
        t = re.sub(r'\d+(?:\.\d+)?', lambda m: cn_digits(m.group(0)) if len(m.group(0)) == 3 and '.' not in m.group(0)
                   else cn_num(m.group(0)), s)
    elif parser in SPOKEN_PARSERS:
        t = re.sub(r'[×*xX]', '乘', s)
        t = re.sub(r'\d+(?:\.\d+)?', lambda m: cn_num(m.group(0), short=True) if rg.random() < .75 else m.group(0), t)
        t = t.replace('V', '伏').replace('W', '瓦') if parser in ('volt', 'watt') else t
        t = t.replace('A', '安') if parser == 'amp' else t
        t = t.replace('L=', '长').replace('mm', '')
    else:
        return s
    try:
        if reader.parse(parser, t) == reader.parse(parser, s):
            return t
    except (ValueError, KeyError):
        pass
    return s


def qty(style, rg):
    n = rg.choice(QTY)
    if style == 'voice':
        return '两' if n == 2 else cn_int(n)
    return str(n)


def wrap(text, style, rg):
    t = rg.choice(WRAP.get(style, WRAP['storekeeper']))
    q = t.replace('{q}', text).replace('{n}', qty(style, rg))
    if style == 'voice':
        q = rg.choice(FILL) + q
    return q


def compose(facts, style, rg):
    fs = order(facts, style, rg)
    if style == 'voice':
        sep = ['的', '，', ' ', '，那个', '，嗯，']
        out = fs[0][2]
        for f in fs[1:]:
            out += rg.choice(sep) + f[2]
        return out
    return join([f[2] for f in fs], rg, tight={'storekeeper': .65, 'buyer': .3}.get(style, .4))


HOMO = {'柱': '住注', '钉': '丁订', '螺': '罗骡', '栓': '拴', '垫': '电殿', '圈': '全券', '轴': '周舟', '承': '成乘',
        '圆': '园元', '头': '投', '角': '脚', '沉': '陈尘', '弹': '谈', '簧': '黄', '密': '蜜', '封': '风峰',
        '锁': '所', '紧': '近', '母': '姆', '深': '申', '沟': '勾', '球': '求', '滚': '衮', '锥': '椎', '滑': '华',
        '块': '快', '导': '倒', '轨': '规', '阀': '伐', '磁': '滋', '接': '节', '触': '处', '器': '气', '继': '既',
        '电': '点', '加': '家', '热': '惹', '挡': '档', '键': '建', '销': '消', '吊': '掉', '环': '还', '兰': '栏',
        '油': '由', '管': '官', '滤': '虑', '芯': '心', '缸': '刚', '尼': '泥', '龙': '笼', '陶': '淘', '瓷': '词',
        '铸': '筑', '铝': '吕', '盖': '该', '蝶': '碟', '防': '房', '尘': '陈', '骨': '古', '架': '价', '丁': '订',
        '腈': '晴', '偶': '藕', '感': '赶', '应': '映', '六': '陆'}


def typo_word(w, rg):
    cands = []
    if re.search(r'[\u4e00-\u9fff]', w):
        for i, ch in enumerate(w):
            for sub in HOMO.get(ch, ''):
                cands.append(w[:i] + sub + w[i + 1:])
        if len(w) >= 5:
            cands += [w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1)]
    else:
        letters = [i for i in range(1, len(w) - 1) if w[i].isalpha() and w[i + 1].isalpha()]
        for i in letters:
            cands.append(w[:i] + w[i + 1] + w[i] + w[i + 2:])
            cands.append(w[:i] + w[i + 1:])
    cands = [c for c in dict.fromkeys(cands) if c != w and not lexicon.is_word(c) and lev(c, w) <= 2]
    return rg.choice(cands) if cands else None
