"""More of the trade's words as data, merged into `words.SYNONYMS` / `MISSPELLINGS` / `CHAT_FILLER`: hydraulic
parts, seals and fittings by their Chinese and English names, homophones an input method offers, and words that say
where a part comes from rather than which it is."""

from __future__ import annotations

__all__ = [
    "CHAT_PATTERNS",
    "GENERIC_GROUPS",
    "LONE_CHAT",
    "MORE_CHAT",
    "MORE_MISSPELLINGS",
    "MORE_SYNONYMS",
    "PART_HEADS",
]

MORE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "齿轮泵": ("gear pump",),
    "柱塞泵": ("piston pump", "plunger pump", "柱塞油泵"),
    "叶片泵": ("vane pump",),
    "蓄能器": ("储能器", "accumulator"),
    "液压缸": ("cylinder",),
    "摆线马达": ("摆线液压马达", "orbit motor", "orbital motor"),
    "马达": ("液压马达", "motor"),
    "溢流阀": ("relief valve",),
    "球阀": ("ball valve",),
    "单向阀": ("check valve",),
    "油嘴": (
        "黄油嘴", "牛油嘴", "注油嘴", "压注油杯", "油杯", "直通式压注油杯", "grease nipple", "grease fitting",
    ),
    "密封包": ("修理包", "密封组件", "油缸密封包", "repair kit", "seal kit"),
    "管夹": ("管卡", "tube clamp", "pipe clamp"),
    "喉箍": ("管箍", "卡箍", "hose clamp"),
    "螺塞": ("堵头", "螺堵", "丝堵", "plug"),
    "关节轴承": ("向心关节轴承", "spherical plain bearing"),
    "骨架油封": ("旋转轴唇形密封圈", "唇形密封圈"),
    "o型密封圈": ("o形橡胶密封圈", "o型橡胶密封圈", "o形密封环"),
    "缓冲圈": ("缓冲密封圈", "缓冲密封", "缓冲环", "buffer seal", "buffer ring", "buffer"),
    "轴用密封圈": ("活塞杆密封圈", "活塞杆密封", "杆用密封圈", "杆用密封", "杆用", "rod seal"),
    "孔用密封圈": ("活塞密封圈", "活塞密封", "孔用密封", "piston seal"),
    "铜垫圈": ("密封铜垫", "紫铜垫", "铜垫片", "铜垫", "copper washer"),
    "止动垫圈": ("圆螺母止动垫圈", "圆螺母用止动垫圈", "止动垫片", "止动垫", "tab washer"),
    "楔形锁紧垫圈": ("双叠自锁垫圈", "双叠防松垫圈", "双叠垫圈", "楔形垫圈", "wedge lock washer", "wedge washer"),
    "螺套": ("钢丝螺纹衬套", "钢丝螺套", "螺纹护套", "thread insert", "helicoil"),
    "液位计": ("液位液温计", "液位温度计", "level gauge"),
    "胶管接头": ("扣压接头", "胶管总成接头", "hose fitting"),
    "接头": ("fitting",),
    "滤芯": ("过滤器滤芯", "filter"),
    "轴承": ("brg",),
    "深沟球轴承": ("深沟球", "深沟滚珠轴承"),  # 滚珠 is the ball
    "氟橡胶": ("氟素橡胶", "氟素"),
    "热镀锌": ("热镀",),
    "磷化": ("phosphated", "phosphate"),
    "黑锌": ("镀黑锌", "镀发黑锌", "black zinc"),
    "细牙": ("细牙螺纹", "细螺纹", "fine thread", "fine pitch"),
    "美制": ("美制螺纹", "unified"),
    # a pneumatic cylinder with a magnet on its piston (for a reed switch), or without
    "带磁": ("有磁", "附磁", "带磁性", "磁性", "with magnet", "magnetic"),
    "无磁": ("不带磁", "非磁性", "无磁性", "no magnet", "without magnet", "non-magnetic", "non magnetic"),
    "轻型": ("light duty", "light"),
    "重型": ("heavy duty", "heavy"),
    "双管": ("twin",),
    "单管": ("single",),
    "活塞": ("piston",),
    "45#": ("c45", "s45c", "ck45"),  # the same medium-carbon steel by EN, JIS and old DIN
    "紧定螺钉": ("无头内六角螺丝", "无头内六角", "socket set screw", "hex socket set screw"),  # socket: as said
    "达克罗": ("达克罗涂层", "dacromet coated", "锌铝涂层", "锌铝镀层", "zinc flake"),  # a zinc-aluminium flake coat
    # DIN 7984: a socket cap screw with a low head (杯头 alone, as South China says it, is the ordinary one)
    "薄头内六角螺钉": (
        "低头内六角螺钉", "低头内六角螺丝", "低头内六角", "薄头内六角", "low head socket cap screw",
        "low head cap screw", "low head socket screw", "thin head socket cap screw",
    ),
    # makers of hydraulics, seals and bearings by their Chinese names
    "eaton": ("伊顿",),
    "vickers": ("威格士", "威格仕"),
    "danfoss": ("丹佛斯",),
    "atos": ("阿托斯",),
    "sauer": ("萨澳", "sauer-danfoss"),
    "kawasaki": ("川崎",),
    "denison": ("丹尼逊",),
    "moog": ("穆格",),
    "daikin": ("大金",),
    "leemin": ("黎明",),
    "gates": ("盖茨",),
    "trelleborg": ("特瑞堡",),
    "hiwin": ("上银",),
    "airtac": ("亚德客",),
    "festo": ("费斯托",),
    "nordlock": ("nord-lock", "nord lock"),
    "伍尔特": ("wurth", "würth"),
    # a cap screw is a hex or a socket one by who says it: a screw, its standard or head saying which
    "螺钉": ("cap screw",),
    # conveyors and pneumatics, by their Chinese (mainland and Taiwan) and English names
    "气缸": ("汽缸", "air cylinder", "pneumatic cylinder"),
    "接近开关": ("接近传感器", "近接开关", "proximity switch", "proximity sensor"),
    "光电开关": ("光电传感器", "photoelectric switch", "photoelectric sensor"),
    "行程开关": ("限位开关", "limit switch"),
    "链轮": ("链齿轮", "sprocket"),
    "链条": ("滚子链条", "滚子链", "roller chain", "chain"),
    "同步带": ("同步皮带", "时规皮带", "timing belt"),
    # a sprocket's hub: A plain (平板), B on one side (单边凸台), C on both; bored or left for the buyer to bore
    "a型": ("type a", "平板"),
    "b型": ("type b", "单边凸台"),
    "c型": ("type c", "双边凸台"),
    "预孔": ("粗孔", "毛坯孔", "pilot bore"),
    "圆带": ("圆皮带", "round belt"),
    "光面": ("smooth",),
    "气管": ("pu管", "pu tubing", "pu tube", "air tubing", "air tube"),
    "迷你气缸": ("mini cylinder", "mini air cylinder"),  # not a hydraulic one, whatever "cylinder" says alone
    "透明": ("transparent", "clear"),  # clear zinc is the longer word: 白锌
    "橙色": ("orange", "橘色", "橙"),
    "绿色": ("绿", "green"),
    "红色": ("red",),
    "蓝色": ("蓝", "blue"),  # blue zinc, 蓝白锌 and 发蓝 are longer words
    "灰色": ("grey", "gray"),
    "黄色": ("yellow",),  # yellow zinc is 彩锌
    # a hose assembly's ends (两端 and 两头 alone are chat: canonical words avoid them), and its wire layers
    # (one braid: SAE 100R1AT, EN 853 1SN; two: 100R2AT, 2SN; four spirals: 4SH, 4SP)
    "直头": ("两端直头", "两头直", "两端直", "两头直头", "straight ends", "both ends straight"),
    "一端弯头": (
        "一头弯", "一端弯", "一头弯头", "一端90°弯头", "一端90弯头", "一端90度弯头", "90度弯头", "90°弯头",
        "one end 90° elbow", "one end 90 elbow", "one end elbow",
    ),
    "双弯头": ("两端弯头", "两头弯", "两端弯", "两头弯头", "both ends elbow"),
    # (steel wire unless said otherwise: 钢丝 adds nothing)
    # (written in words: a figure would be read as a spec token)
    "一层": ("1层", "单层", "1层钢丝", "一层钢丝", "单层钢丝", "1层钢丝编织", "一层钢丝编织"),
    "二层": (
        "2层", "两层", "双层", "2层钢丝", "二层钢丝", "两层钢丝", "双层钢丝", "2层钢丝编织", "二层钢丝编织",
        "两层钢丝编织",
    ),
    "四层": ("4层", "4层钢丝", "四层钢丝", "4层钢丝缠绕", "四层钢丝缠绕"),
    "盖形螺母": ("盖型螺母", "盖形螺帽", "盖型螺帽", "盖帽螺母", "盖母", "acorn nut", "cap nut", "domed nut"),
    "带": ("belt",),  # a belt of any kind: 同步带, 圆带, v带
    # an oil seal of the Y (U-cup) profile is a Y-ring: not a rotary lip seal, whatever 油封 says alone
    "y型密封圈": ("y型油封", "y形油封", "u-cup", "u cup"),
    # makers of chains, belts, bearings and sensors by their Chinese names
    "tsubaki": ("椿本",),
    "东华": ("donghua",),
    "三维": ("sanwei",),
    "bando": ("阪东", "坂东"),
    "asahi": ("旭",),
    "autonics": ("奥托尼克斯",),
    "omron": ("欧姆龙",),
    "keyence": ("基恩士",),
    "快插接头": ("快速接头", "气动接头", "push-in fitting", "push in fitting", "one touch fitting"),
    "消声器": ("消音器", "silencer", "muffler"),
    "吊环螺钉": ("吊环螺丝", "吊环螺栓", "eye bolt", "lifting eye bolt"),
    "直线导轨": ("线性导轨", "滑轨", "linear guide", "linear rail", "linear guideway"),
    "输送带": ("conveyor belt",),
}  # fmt: skip

MORE_MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "滚子": ("滚仔", "棍子"),
    "断路器": ("断路气",),
    "调心": ("调芯",),
    "角接触": ("角接处",),
    "骨架": ("骨价",),
    "油封": ("由封",),
    "圆柱头": ("圆住头",),
    "六角头": ("六角投",),
    "溢流": ("益流",),
    "阀": ("伐",),
    "过渡": ("过度",),
}

# Where it is kept or comes from, a standard body said without its number: no part's name is told by them.
MORE_CHAT: tuple[str, ...] = (
    "库里", "库房", "老国标", "国标", "德标", "美标", "日标", "日本", "瑞典", "德国", "美国", "意大利", "法国", "韩国",
    "进口",
    # where the asker is and what for (仓库里面, 我这边要用), and the stock question in ERP English
    "仓库里面", "里面", "我这边", "我那边", "这边", "那边", "要用", "check下", "check一下", "有stock", "有库存吗",
    "qty on hand", "on hand", "stock on hand", "in stock", "available qty", "any left",
    # asking whether a part is set up in K/3 at all (麻烦确认下…有没有建物料)
    "确认一下", "确认下", "确认", "有没有建物料", "建物料",
    # a line down and in a hurry (线上坏了一个 … 快点)
    "坏了一个", "坏了", "快点",
    # a Northeastern storekeeper (给我整俩呗, 贼急, 啥时候能到, 帮我瞅瞅, 咱们库里)
    "给我整俩呗", "给我整一个呗", "给我整", "整一个", "整俩", "整仨", "贼急", "贼快", "啥时候能到", "啥时候到",
    "啥时候", "帮我瞅瞅", "瞅瞅", "瞅一眼", "咱们", "咱", "老铁", "嘎哈", "呗",
    # keep some aside, and why it is asked (有的话给我留两个, 比价前看一下, 装配缺, 设计变更 改用), three of it (仨)
    "有的话给我留", "给我留", "比价前看一下", "比价前", "装配缺", "设计变更", "改用", "要补货", "补货", "拿仨", "仨",
    "嘎哈呢",
)  # fmt: skip

# Material groups every plant has, which say nothing of what a part is (a group such as 液压件 or 密封件 does).
GENERIC_GROUPS = frozenset(
    {
        "原材料", "原料", "材料", "物料", "辅料", "产成品", "成品", "半成品", "在制品", "其他", "其它", "外购件",
        "自制件", "委外件", "外协件", "标准件", "通用件", "零件", "配件", "备件", "备品备件", "消耗品", "低值易耗品",
        "包装物",
    }
)  # fmt: skip

# One character left alone between spaces once the chat around it is gone (check下 … 有stock吗 → 下, 有): a function
# word, never a part's name; glued to other characters (有机玻璃, 下料) it is left as it is.
LONE_CHAT = "有下面用要在是都也就再把给还我你对需整"

# The characters Chinese part names end in (带轮, 电机, 支架, 链条 …) and English part nouns: a word holding one names a
# part even where the catalogue has none of that name, so a code said beside it is no proof of the part.
PART_HEADS = frozenset(
    "轮阀泵管圈垫销钉栓母承封缸器座套块板杆轴簧环片条带链箍夹卡嘴芯表计机件架柱盖罩塞网线绳锁扣钩"
) | frozenset(
    (
        "pulley", "gear", "belt", "chain", "sprocket", "motor", "pump", "valve", "bearing", "seal", "ring", "bolt",
        "nut", "screw", "washer", "pin", "key", "hose", "pipe", "tube", "filter", "gauge", "cylinder", "spring",
        "bushing", "coupling", "shaft", "bracket", "plate", "cover", "sensor", "switch", "relay", "cable", "wheel",
    )
)  # fmt: skip

# Chat a storekeeper hears around a part, by its shape rather than word by word (whoever asks, when, whether it can be
# sent): pattern and examples (phrase → what `normalize.clean` keeps). No part's name holds any of them.
_SURNAMES = (
    "张王李刘陈杨赵黄周吴徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟"
    "谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯史黎贺顾毛郝龚邵万钱严戴孔汤"
)
CHAT_PATTERNS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (  # who asks or for whom: 张工, 王总, 老王, 李师傅, and what they said (张工问, 老王说)
        rf"(?:[{_SURNAMES}](?:工|总|经理|主任|班长|师傅)|老[{_SURNAMES}]|老板|领导|客户|供应商)(?:问|说|讲|要|那边|这边)?",
        (("张工问 6205轴承", "6205轴承"), ("老王,6205 轴承", "6205 轴承"), ("王总说要 m8x30 螺栓", "m8x30 螺栓")),
    ),
    (  # when: 明天, 下午, 周一, 明天装配用
        r"(?:今天|明天|后天|今晚|明早|明晚|上午|下午|晚上|早上|中午|马上|立刻|立即|赶紧|下周[一二三四五六日天末]"
        r"|周[一二三四五六日末]|下周|这周|本周"
        r"|月底|月初|年底)(?:装配|安装|维修|检修|保养|生产|开工)?(?:\s*(?:要用|要|用|前|到|能到))?",
        (
            ("明天装配 用 6205轴承", "6205轴承"),
            ("6205轴承明天", "6205轴承"),
            ("下午要 o型圈 20x2.5", "o型密封圈 20x2.5"),
            ("6205轴承 下周一到货", "6205轴承"),
        ),
    ),
    (  # whether it can be had or sent: 能发, 没, 有现货, available
        r"能不能发|能发(?:吗|货)?|可以发|发货|现货|没货|没了|没(?![\u4e00-\u9fff])|有的话|有(?=\s*话)|话(?=\s*拿)"
        r"|拿(?:[一两二三四五六七八九十\d]+个?)?|能到|到货",
        (("6205轴承能发", "6205轴承"), ("6205 没", "6205"), ("有的话拿两个 6205", "6205")),
    ),
    (  # looking for it, and the old system's code; 查 opening a request, 编码 (an 编码器 is a part)
        r"找一下|找找|找下|找|搜一下|搜下|老系统|旧系统|原厂件号|原厂号|原厂|老(?=\s|[a-z\d])|先(?!导)|我这边|你(?!们)"
        r"|在吗|谢谢|辛苦|(?<![\u4e00-\u9fff])查(?=\s*[a-z\d\u4e00-\u9fff])|编码(?!器)",
        (("找下 6205", "6205"), ("老系统 wg1060010", "wg1060010"), ("老 1.01.0670", "1.01.0670"),
         ("6205先", "6205"), ("先导溢流阀", "先导溢流阀"), ("查六角螺栓 m8x30", "六角螺栓 m8x30"),
         ("编码 1.01.0670", "1.01.0670"), ("编码器 100线", "编码器 100线"),
         ("pls查6807", "6807"), ("检查阀", "检查阀")),
    ),
    (  # the shop floor asking, as a sentence opens (车间要 …); a workshop's own name (三车间, 我们车间) is kept
        r"(?<![\u4e00-\u9fff])车间(?:需要|要|领用|领)?",
        (("车间要 6205轴承", "6205轴承"), ("车间6205", "6205"), ("三车间", "三车间"), ("我们车间", "我们车间")),
    ),
    (  # English around a part
        r"(?<![a-z])(?:hi|hello|urgent|urgently|asap|available|looking for|look for|do you have|have you got|want"
        r"|thanks|thank you|need|required|request|rfq|quotation|quote|please quote|price"
        r"|part\s*(?:no\.?|number|#)(?:\s*for)?|p/n)(?![a-z])\s*-?",
        (("hi 6205 bearing urgent", "6205 轴承"), ("looking for 6205 available", "6205"), ("RFQ - 6205", "6205"),
         ("need quote: 6205 bearing moq 200", "6205 轴承"), ("part no. for 6205 pls", "6205"),
         ("P/N 6205", "6205")),
    ),
    (  # what it is for: 修收割机用, 拖拉机返修要, 给二号线用 (a machine's name said with it, not the part's)
        r"(?:(?<![\u4e00-\u9fff])修|维修|给)[\u4e00-\u9fff\w]{1,5}?用(?![\u4e00-\u9fff])"
        r"|[\u4e00-\u9fff]{0,4}返修(?:要|用)?",
        (("m8x40 gr8.8 发黑 修收割机用", "m8x40 gr8.8 发黑"), ("拖拉机返修要6300-z-c3", "6300-z-c3"),
         ("给二号线用 6205", "6205"), ("维修包 6205", "维修包 6205")),
    ),
    (  # a drawing's or a bill of materials' reference after the part: (ref. BOM rev C), per dwg 12-034
        r"(?<![a-z])ref\.?\s*(?:bom|dwg|drawing)?\s*(?:rev\.?\s*[a-z0-9]{1,3})?(?![a-z])",
        (("hex bolt m16x200 (ref. BOM rev C)", "六角螺栓 m16x200"), ("6205 ref bom", "6205")),
    ),
)  # fmt: skip
