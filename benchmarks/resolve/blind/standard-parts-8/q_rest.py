"""Query text + reading for copper, valves, hydraulics, electrical, motors."""
from common import cn_num, cn_dec, fmt_num
from gen_refrig import INCH, EVR

MM = dict(INCH)
FW = {"EL90": ["90度弯头", "铜弯头", "弯头 90°", "elbow"], "EL45": ["45度弯头", "45弯"], "TEE": ["三通", "铜三通", "tee"],
      "CPL": ["直通", "直接头", "coupling"], "UB": ["U弯", "U型弯头", "return bend"], "CAP": ["封帽", "铜帽"], "FN": ["纳子", "喇叭口螺母", "flare nut"]}

def rest(a, style, rng, omit):
    f, t = a["fam"], a["type"]
    c = {k: v for k, v in a.items() if k not in omit}
    v = style == "voice"
    if f == "cu":
        od = rng.choice([a["od"] + '"', a["od"] + "寸", "Φ%s" % fmt_num(MM[a["od"]]), a["od"] + " inch"])
        if v:
            od = {"1/4": "两分", "3/8": "三分", "1/2": "四分", "5/8": "五分", "3/4": "六分", "7/8": "七分"}.get(a["od"], od)
        if t == "TUBE":
            w = "%s厚" % fmt_num(a["w"]) if not v else cn_dec(a["w"]) + "厚"
            if "w" in omit:
                w = ""
            form = {"COIL": rng.choice(["盘管", "coil"]), "STR": rng.choice(["直管", "直铜管"])}[a["form"]]
            m = "" if "mat" in omit else a["mat"] + " "
            return "%s紫铜管 %s %s %s" % (m, od, w, form), c
        w = "" if "w" in omit or a["w"] == 0 else " %s壁厚" % fmt_num(a["w"])
        return "%s %s%s" % (rng.choice(FW[t]), od, w), c
    if f == "val":
        if t == "DML":
            code = a["code"]
            s = rng.choice([code, code[:3] + " " + code[3:], code.lower()])
            return "%s %s" % (rng.choice(["干燥过滤器", "丹佛斯过滤器", "filter drier", "干燥瓶"]), s), c
        if t == "EVR":
            conn = {"F": rng.choice(["喇叭口", "flare"]), "S": rng.choice(["焊接", "solder"])}[a["conn"]]
            if "conn" in omit:
                conn = ""
            return "%s %s %s" % (rng.choice(["EVR" + a["code"][3:], "EVR " + a["code"][3:]]), rng.choice(["电磁阀", "solenoid valve"]), conn), c
        if t == "COIL":
            return "丹佛斯电磁阀线圈 %s" % a["volt"].replace(" AC", "VAC").replace("V DC", "VDC"), c
    if f == "hyd":
        mat = {"ZN": rng.choice(["碳钢", "镀锌", "铁"]), "SS316": rng.choice(["316", "不锈钢316"])}[a["mat"]]
        if "mat" in omit:
            mat = ""
        code = rng.choice(["%s%d%s", "%s-%d%s", "%s %d%s"]) % (t, a["od"], a["ser"])
        w = {"G": "直通", "W": "直角", "T": "三通", "M": "卡套螺母", "PSR": "卡套"}[t]
        return "液压%s %s %s" % (w, code, mat), c
    if f == "el":
        if t == "CT":
            coil = a["coil"] if not v else cn_num(int(a["coil"].split("V")[0])) + "伏"
            coil = rng.choice([coil, coil.replace("V AC", "VAC"), coil.replace(" AC", "")]) if not v else coil
            if "coil" in omit:
                coil = ""
            return "%s %s %s" % (rng.choice(["接触器", "交流接触器", "contactor"]), a["model"], coil), c
        if t == "RLY":
            coil = rng.choice([a["coil"], a["coil"].replace("V DC", "VDC").replace("V AC", "VAC"),
                               ("DC" if "DC" in a["coil"] else "AC") + a["coil"].split("V")[0] + "V"])
            if "coil" in omit:
                coil = ""
            return "%s %s %s" % (rng.choice(["继电器", "中间继电器", "relay", "欧姆龙"]), a["model"], coil), c
        if t in ("CBB65", "CBB61"):
            uf = a["uf"]
            ufs = (cn_dec(float(uf)) if "+" not in uf else uf) + "微法" if v else uf + rng.choice(["uF", "μF", "UF", "MFD", "uf"])
            vol = "" if "v" in omit else (cn_num(a["v"]) + "伏" if v else rng.choice(["%dV", "%dVAC", "%dv"]) % a["v"])
            w = rng.choice(["电容", "启动电容" if False else "运行电容", "capacitor"]) if t == "CBB65" else rng.choice(["风扇电容", "电容"])
            return "%s %s %s %s" % (t, w, ufs, vol), c
        if t == "KSD":
            mode = {"NC": rng.choice(["常闭", "NC"]), "NO": rng.choice(["常开", "NO"])}[a["mode"]]
            amp = "" if "amp" in omit else a["amp"]
            return "%s KSD301 %d%s %s %s" % (rng.choice(["温控器", "温度开关", "thermostat"]), a["t"], rng.choice(["度", "℃", "°C", "C"]), mode, amp), c
    if f == "mot":
        extra = a.get("v", a.get("mount", ""))
        if ("v" in omit) or ("mount" in omit):
            extra = ""
        return "%s %s %s" % (rng.choice(["电机", "马达", "motor"]), a["model"], extra), c
    raise KeyError((f, t))
