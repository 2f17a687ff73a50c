"""Rule tables for quantities: units, qualifiers, change verbs, exclusions.

Conventions (span, value, unit, dimension, qualifier) are documented in ``docs/conventions.md``.
Every pattern here runs on the folded text (full-width → half-width; 萬/億 → 万/亿).
Order matters where one entry is a prefix of another: longer entries come first.
"""

from __future__ import annotations

# unit as written (folded) → (unit reported, dimension)
UNITS: tuple[tuple[str, str, str], ...] = (
    ("个百分点", "个百分点", "percentage_points"),
    ("百分点", "个百分点", "percentage_points"),
    ("个工作日", "工作日", "duration"),
    ("工作日", "工作日", "duration"),
    ("个小时", "小时", "duration"),
    ("小时", "小时", "duration"),
    ("个月", "月", "duration"),
    ("分钟", "分钟", "duration"),
    ("人次", "人次", "count"),
    ("户次", "户次", "count"),
    ("家次", "家次", "count"),
    ("篇次", "篇次", "count"),
    ("场次", "场次", "count"),
    ("批次", "批次", "count"),
    ("件次", "件次", "count"),
    ("期次", "期次", "count"),
    ("课时", "课时", "count"),
    ("学时", "学时", "count"),
    ("元", "元", "money"),
    ("%", "%", "percent"),
    ("‰", "‰", "permille"),
    ("倍", "倍", "multiple"),
    ("天", "天", "duration"),
    ("周", "周", "duration"),
    ("年", "年", "duration"),
    ("日", "日", "duration"),  # only as 日内 (see UNIT_NEEDS_FOLLOWER); 1月5日 is a date
    *((w, w, "count") for w in "件宗起人名位家户份条项个次场期篇笔批座所类种本册套台部例张封单"),
)

# Financial capitals (壹贰叁…拾佰仟) are numbers only in sums of money (人民币叁佰元整); in other
# words they are ordinary characters (队伍本领, 陆续, 收拾).
CAPITALS_ONLY_FOR_UNITS: tuple[str, ...] = ("元",)

# 成 after a single Chinese digit is a tenth (四成 = 40%), unless it begins a word (成立, 成效…).
TENTHS = "成"
TENTHS_NOT_BEFORE = "立效果为功本员绩交就熟品型年长人都份分规事熟套批新册文档"
# …nor when the digit ends a word (统一成册, 逐一成档, 第一成果).
TENTHS_NOT_AFTER = "统逐同唯第划专单"

# Classes of units other stages and checks reason with.
MONEY_UNITS: tuple[str, ...] = ("元",)
SHARE_UNITS: tuple[str, ...] = ("%", "‰")
# Units that do not add up into a total: shares, changes of shares, multiples.
NOT_ADDITIVE_UNITS: tuple[str, ...] = (*SHARE_UNITS, "个百分点", "倍")

# Nouns that count people when a figure in 万 or 亿 stands right before them with no measure
# word (为1.6万农民工讨回…, 惠及万余员工): the figure is a count in the unit given, and the noun
# stays outside its span. Only magnitudes: a bare ``2417农民工`` is too rare to trust.
IMPLIED_UNITS: tuple[tuple[str, str, str], ...] = (
    ("农民工", "人", "count"),
    ("劳动者", "人", "count"),
    ("职工", "人", "count"),
    ("员工", "人", "count"),
    ("工人", "人", "count"),
)

# Characters that, right after a unit, turn it into another word (部门, 条例, 单位, 年度 …).
UNIT_NOT_BEFORE: dict[str, str] = {
    "部": "门署分长委队位",
    "条": "例件款文",
    "项": "目",
    "次": "数序",
    "名": "单称义誉额",
    "家": "庭属长园政乡",
    "期": "间限刊末满",
    "本": "级部人身地年市县科",
    "台": "账阶",
    "场": "所景面合地",
    "单": "位",
    "份": "额",
    "类": "型别似",
    "种": "类植",
    "所": "有在以属得",
    "起": "草来步点止",
    "年": "级度底初末终",
    "周": "年边末期",
    "元": "旦素宵",
    "个": "体性",
    "批": "准复评",
    "例": "如",
    "座": "谈",
    "套": "餐",
    "位": "于置列",
    "户": "籍口",
    "人": "民员社",
    "天": "然",
}

# A unit that counts only when one of these follows it, or a prefix qualifier (不超过45日)
# stands before the number: 1月5日 is a date, 60日内 and 不超过45日 are durations.
UNIT_NEEDS_FOLLOWER: dict[str, tuple[str, ...]] = {"日": ("内", "以内", "之内")}

# Prefix qualifiers that join the span when they stand right before the number.
PREFIX_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("不少于", "at_least"),
    ("不低于", "at_least"),
    ("不超过", "at_most"),
    ("不高于", "at_most"),
    ("大约", "approx"),
    ("超过", "more_than"),
    ("多达", "more_than"),
    ("不足", "less_than"),
    ("不到", "less_than"),
    ("不满", "less_than"),
    ("至少", "at_least"),
    ("近", "approx"),
    ("约", "approx"),
    ("逾", "more_than"),
)

# Linking verbs a prefix qualifier may stand before (约占10%): it qualifies, outside the span.
QUALIFIER_LINKS = ("占", "为", "有", "达")

# Suffix qualifiers after the unit.
SUFFIX_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("以上", "at_least"),
    ("以下", "at_most"),
    ("以内", "at_most"),
    ("之内", "at_most"),
    ("左右", "approx"),
)

# 余/多 between number and magnitude or unit (1000余万元, 200多篇次, 2万多件): "more than".
INNER_MORE: tuple[str, ...] = ("余", "多")
# 多 after a duration unit (2年多): "more than".
DURATION_MORE = "多"

# Change verbs: the sign a change takes. 增加 / 减少 and their kin.
CHANGE_VERBS: tuple[tuple[str, int], ...] = (
    ("增加了", 1), ("增长了", 1), ("提高了", 1), ("上升了", 1), ("提升了", 1),
    ("减少了", -1), ("下降了", -1), ("降低了", -1), ("缩减了", -1), ("压缩了", -1), ("缩短了", -1),
    ("增加", 1), ("增长", 1), ("提高", 1), ("上升", 1), ("提升", 1), ("增多", 1),
    ("减少", -1), ("下降", -1), ("降低", -1), ("缩减", -1), ("压缩", -1), ("缩短", -1),
)  # fmt: skip

# Words before a bare magnitude that make it a quantity: 上万 (at least), 近千 (about), 数百/几十.
BARE_MAGNITUDE_PREFIX: dict[str, str] = {
    "上": "at_least",
    "近": "approx",
    "数": "more_than",
    "几": "more_than",
}

# Chinese 一 with a classifier is usually the article "a" (一项系统工程, 一批清单, 一起): a count
# only after one of these cue words (共召开一次).
ONE_COUNT_CUES = ("共", "累计", "合计", "仅", "只", "总计")

# Set phrases built on numerals: never quantities.
SET_PHRASES: tuple[str, ...] = (
    "三项制度", "一网通办", "四位一体", "五位一体", "一次性", "五大程序", "法律六进", "十一个坚持",
    "一件事", "跑一次", "一站式", "一把手", "两法衔接", "一企一", "一对一", "一图读懂", "一揽子",
    "一体化", "一号改革", "双随机", "一公开", "两个维护", "四个意识", "四个自信", "两个确立",
    "三个代表", "四个全面", "一带一路", "一国两制", "三会一课", "一岗双责", "两学一做", "七五普法",
    "八五普法", "六稳", "六保", "十四五", "十三五", "十五五", "一条龙", "一门式", "一窗受理",
    "多证合一", "一码通", "一张网", "一网统管", "最多跑一次", "一年来", "一次办", "两新", "三新",
    "一线", "一门", "两个责任", "一案双查", "一案一", "一户一", "一人一", "一事一议", "一单制",
    "一成不变", "十成",
)  # fmt: skip

# Lines of policy names: a Chinese-numbered count of 条 closed by a bracket (促进就业九条).
POLICY_NAME_CLOSERS = ")”》」』]"

# Range connectors between two numbers.
RANGE_CONNECTORS = ("至", "到", "-", "~")

# Zero stated in words: a count of none. The span is the whole phrase (未有败诉案件), the value
# 0, the unit the measure word the object implies. Only objects that are countable cases.
ZERO_PHRASE = (
    r"(?P<cue>未有|未发生|未出现|没有发生|无)(?P<obj>[\p{Han}]{0,6}?(?:案件|事件|事故))(?![\p{Han}]{0,2}(?:数|率))"
)
ZERO_UNIT = "件"
