"""Electrical: contactors, relays, run/start capacitors, bimetal thermostats, motors."""
from common import Row

LC1D = ["09", "12", "18", "25", "32", "38", "40A", "50A", "65A", "80A", "95"]
LC1D_COIL = {"M7C": "220V AC", "Q7C": "380V AC", "F7C": "110V AC", "B7C": "24V AC", "BDC": "24V DC"}
CJX2 = ["0910", "1210", "1810", "2510", "3210", "4011", "5011", "6511", "8011", "9511"]
CJX2_COIL = ["220V AC", "380V AC", "24V AC", "36V AC", "110V AC"]
RELAYS = ["MY2", "MY2N", "MY2N-J", "MY4", "MY4N", "MY4N-J", "LY2N-J", "G2R-1-E", "G2R-2"]
RELAY_V = {"AC220/240": "220V AC", "AC110/120": "110V AC", "DC24": "24V DC", "DC12": "12V DC"}
CBB65 = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80]
CBB61 = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8, 10]
DUAL = ["20+5", "25+5", "30+5", "35+5", "40+5", "45+5", "50+5", "55+5", "60+5", "35+3", "40+3"]
KSD_T = list(range(40, 155, 5))
MOTORS = [("YDK", "YDK-25-6", "25W", "6"), ("YDK", "YDK-35-6", "35W", "6"), ("YDK", "YDK-60-6", "60W", "6"),
          ("YDK", "YDK-90-6", "90W", "6"), ("YDK", "YDK-120-6", "120W", "6"), ("YDK", "YDK-180-6", "180W", "6"),
          ("YSK", "YSK110-20-4", "20W", "4"), ("YSK", "YSK110-40-4", "40W", "4"), ("YSK", "YSK140-90-4", "90W", "4"),
          ("YSK", "YSK140-150-4", "150W", "4"), ("YSK", "YSK140-250-4", "250W", "4")]
Y2 = [("Y2-80M1-4", "0.55kW"), ("Y2-80M2-4", "0.75kW"), ("Y2-90S-4", "1.1kW"), ("Y2-90L-4", "1.5kW"),
      ("Y2-100L1-4", "2.2kW"), ("Y2-100L2-4", "3kW"), ("Y2-112M-4", "4kW"), ("Y2-132S-4", "5.5kW"),
      ("Y2-132M-4", "7.5kW"), ("Y2-160M-4", "11kW")]

def rows(rng, nb):
    out = []
    def add(a, name, spec, unit, als, c, pre, cat="电气元件"):
        r = Row(a, name, spec, unit, cat, als, c); r.num = nb.next(pre); out.append(r)
    for r_ in LC1D:
        for code, v in LC1D_COIL.items():
            m = "LC1D%s%s" % (r_, code)
            c = rng.choice(("eng", "hk", "erp"))
            add({"fam": "el", "type": "CT", "model": "LC1D" + r_, "coil": v},
                {"eng": "交流接触器", "hk": "交流接觸器", "erp": "CONTACTOR"}[c],
                {"eng": "施耐德 %s 线圈%s" % (m, v), "hk": "Schneider %s %s" % (m, v), "erp": "SCHNEIDER TESYS D %s %s" % (m, v)}[c],
                "PCS", ["LC1-D%s%s" % (r_, code), "TeSys D %s" % m], c, "DQ01")
    for r_ in CJX2:
        for v in CJX2_COIL:
            c = rng.choice(("eng", "store", "erp"))
            add({"fam": "el", "type": "CT", "model": "CJX2-" + r_, "coil": v},
                {"eng": "交流接触器", "store": "接触器", "erp": "CONTACTOR"}[c],
                {"eng": "正泰 CJX2-%s %s" % (r_, v), "store": "CJX2-%s %s" % (r_, v.replace(" AC", "")), "erp": "CHINT CJX2-%s COIL %s" % (r_, v)}[c],
                "个", ["NXC-" + r_[:2]], c, "DQ01")
    for m in RELAYS:
        for vc, v in RELAY_V.items():
            if m.startswith("G2R") and v == "110V AC":
                continue
            c = rng.choice(("eng", "hk", "erp"))
            add({"fam": "el", "type": "RLY", "model": m, "coil": v},
                {"eng": "中间继电器", "hk": "中間繼電器", "erp": "RELAY"}[c],
                {"eng": "欧姆龙 %s %s" % (m, vc), "hk": "OMRON %s %s" % (m, vc), "erp": "OMRON %s %s" % (m, v)}[c],
                "PCS", ["%s %s" % (m, vc)], c, "DQ02")
    for uf in CBB65:
        for v in (370, 450):
            for tol in (5,):
                c = rng.choice(("eng", "store", "hk", "erp"))
                add({"fam": "el", "type": "CBB65", "uf": str(uf), "v": v},
                    {"eng": "运行电容", "store": "压缩机电容", "hk": "運轉電容", "erp": "RUN CAPACITOR"}[c],
                    {"eng": "CBB65 %sμF %dVAC ±5%%" % (uf, v), "store": "CBB65 %sUF %dV" % (uf, v), "hk": "CBB65 %suF/%dVAC" % (uf, v),
                     "erp": "CBB65 %sMFD %dVAC" % (uf, v)}[c], "PCS", [], c, "DQ03")
    for uf in DUAL:
        for v in (370, 450):
            c = rng.choice(("eng", "store", "erp"))
            add({"fam": "el", "type": "CBB65", "uf": uf, "v": v},
                {"eng": "双联运行电容", "store": "双电容", "erp": "DUAL RUN CAPACITOR"}[c],
                {"eng": "CBB65 %sμF %dVAC" % (uf, v), "store": "CBB65 %s %dV" % (uf, v), "erp": "CBB65 %s MFD %dVAC" % (uf, v)}[c], "PCS", [], c, "DQ03")
    for uf in CBB61:
        for v in (450, 500):
            c = rng.choice(("eng", "store", "erp"))
            add({"fam": "el", "type": "CBB61", "uf": str(uf), "v": v},
                {"eng": "风机电容", "store": "风扇电容", "erp": "FAN CAPACITOR"}[c],
                {"eng": "CBB61 %sμF %dVAC" % (uf, v), "store": "CBB61 %suf %dV" % (uf, v), "erp": "CBB61 %sUF %dVAC" % (uf, v)}[c], "PCS", [], c, "DQ03")
    for t in KSD_T:
        for mode in ("NC", "NO"):
            for amp in ("10A", "16A"):
                if rng.random() > 0.6:
                    continue
                c = rng.choice(("eng", "store", "hk", "erp"))
                add({"fam": "el", "type": "KSD", "t": t, "mode": mode, "amp": amp},
                    {"eng": "双金属温控器", "store": "温控开关", "hk": "溫控器", "erp": "THERMOSTAT BIMETAL"}[c],
                    {"eng": "KSD301 %d℃ 常%s 250V %s" % (t, "闭" if mode == "NC" else "开", amp),
                     "store": "KSD301 %d度 %s %s" % (t, mode, amp), "hk": "KSD301 %d°C %s 250V/%s" % (t, mode, amp),
                     "erp": "KSD301 %dC %s 250V %s" % (t, mode, amp)}[c], "PCS", [], c, "DQ04")
    for fam_, model, pw, pole in MOTORS:
        for v in ("220V", "380V"):
            if fam_ == "YSK" and v == "380V":
                continue
            add({"fam": "mot", "type": fam_, "model": model, "v": v},
                "风机电机" if fam_ == "YDK" else "电容运转异步电动机", "%s %s %s %s极" % (model, pw, v, pole), "台", [], "eng", "DJ01", "电机")
    for model, kw in Y2:
        for mount in ("B3", "B5", "B35"):
            add({"fam": "mot", "type": "Y2", "model": model, "mount": mount},
                "三相异步电动机", "%s %s 380V %s" % (model, kw, mount), "台", ["%s-%s" % (model, mount)], "eng", "DJ02", "电机")
    return out
