"""Rule tables for who wrote a report: the departments, how reports write their names, and their
standard names at each level.

A department's standard name depends on the level: below a province it is a 局 (or the name
given), at a province a 厅 for most departments, while a 直辖市's departments are 局 although the
city is a province. Written forms map to a department; a written form that is an agency's own
official name and not the national pattern (深圳's district bureaus are 人力资源局) keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .meta import YEAR_WRITTEN

if TYPE_CHECKING:
    from ..models import Level


@dataclass(frozen=True)
class Department:
    """One kind of department: ``kind`` is the stable key panels select by."""

    kind: str
    name: str  # the standard name below province level
    province_name: str  # at a province (a 直辖市 uses ``name``)
    written: tuple[str, ...]  # how reports write it, standard names included
    own: tuple[tuple[str, str], ...] = ()  # written form → an agency's own official name, kept as such
    own_province: tuple[tuple[str, str], ...] = ()  # an own name → its form at a province (局 → 厅)
    prefix: str = ""  # before the place in every official name (国家税务总局慈溪市税务局)


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "hrss",
        "人力资源和社会保障局",
        "人力资源和社会保障厅",
        (
            "人力资源和社会保障局", "人力资源与社会保障局", "人力资源社会保障局", "人力资源保障局",
            "人力资源和社会保障厅", "人力资源社会保障厅", "人力社保局", "人社局", "人社厅",
            # a place's department as news writes it (廣水市人社部門): that place's bureau
            "人社部门", "人力资源和社会保障部门", "人力资源社会保障部门",
        ),
        own=(
            ("人力资源局", "人力资源局"),  # 深圳's district bureaus
            # names before 2008 (劳动和社会保障局/厅, 劳动局), and their 部门 in news
            ("劳动和社会保障局", "劳动和社会保障局"), ("劳动和社会保障厅", "劳动和社会保障厅"),
            ("劳动保障局", "劳动和社会保障局"), ("劳动保障厅", "劳动和社会保障厅"), ("劳动局", "劳动局"),
            ("劳动和社会保障部门", "劳动和社会保障局"), ("劳动保障部门", "劳动和社会保障局"), ("劳动部门", "劳动局"),
            # the 人社 system's arbitration bodies, under the bureau of their place (嘉兴市劳动人事争议仲裁院)
            ("劳动人事争议仲裁院", "劳动人事争议仲裁院"), ("劳动争议仲裁院", "劳动争议仲裁院"),
            ("劳动人事争议仲裁委员会", "劳动人事争议仲裁委员会"), ("劳动争议仲裁委员会", "劳动争议仲裁委员会"),
        ),
        own_province=(("劳动和社会保障局", "劳动和社会保障厅"), ("劳动局", "劳动厅")),
    ),
    Department("justice", "司法局", "司法厅", ("司法局", "司法厅")),
    Department("market_regulation", "市场监督管理局", "市场监督管理局", ("市场监督管理局", "市场监管局")),
    Department("emergency", "应急管理局", "应急管理厅", ("应急管理局", "应急管理厅", "应急局")),
    Department(
        "health",
        "卫生健康委员会",
        "卫生健康委员会",
        ("卫生健康委员会", "卫健委"),
        # many counties' and some cities' are a 局, not a 委员会 (晋江市卫生健康局)
        own=(("卫生健康局", "卫生健康局"), ("卫健局", "卫生健康局")),
        own_province=(("卫生健康局", "卫生健康委员会"),),
    ),
    Department("medical_security", "医疗保障局", "医疗保障局", ("医疗保障局", "医保局")),
    Department("ecology", "生态环境局", "生态环境厅", ("生态环境局", "生态环境厅")),
    Department(
        "housing",
        "住房和城乡建设局",
        "住房和城乡建设厅",
        ("住房和城乡建设局", "住房城乡建设局", "住房和城乡建设厅", "住建局"),
    ),
    Department("transport", "交通运输局", "交通运输厅", ("交通运输局", "交通运输厅", "交通局")),
    Department(
        "agriculture",
        "农业农村局",
        "农业农村厅",
        ("农业农村局", "农业农村厅"),
        own=(("农牧局", "农牧局"), ("农牧厅", "农牧厅"), ("农业农村和水利局", "农业农村和水利局")),  # 内蒙古's 农牧
    ),
    Department(
        "natural_resources",
        "自然资源局",
        "自然资源厅",
        ("自然资源局", "自然资源厅"),
        own=(("自然资源和规划局", "自然资源和规划局"),),
    ),
    Department("education", "教育局", "教育厅", ("教育局", "教育厅"), own=(("教育体育局", "教育体育局"),)),
    Department("public_security", "公安局", "公安厅", ("公安局", "公安厅")),
    Department("finance", "财政局", "财政厅", ("财政局", "财政厅")),
    Department("civil_affairs", "民政局", "民政厅", ("民政局", "民政厅")),
    # the tax system is run from the centre: every bureau's official name opens with its head
    # office's (国家税务总局慈溪市税务局, 国家税务总局江苏省税务局)
    Department("taxation", "税务局", "税务局", ("税务局",), prefix="国家税务总局"),
    Department(
        "water_resources", "水利局", "水利厅", ("水利局", "水利厅"), own=(("水务局", "水务局"), ("水务厅", "水务厅"))
    ),
    Department(
        "culture_tourism",
        "文化和旅游局",
        "文化和旅游厅",
        ("文化和旅游局", "文化旅游局", "文旅局", "文化和旅游厅"),
        own=(("文化广电和旅游局", "文化广电和旅游局"), ("文化广电旅游局", "文化广电旅游局"), ("文广旅局", "文化广电旅游局")),
    ),
    Department("commerce", "商务局", "商务厅", ("商务局", "商务厅")),
    Department(
        "development_reform",
        "发展和改革委员会",
        "发展和改革委员会",
        ("发展和改革委员会", "发展改革委员会", "发改委"),
        own=(("发展和改革局", "发展和改革局"), ("发改局", "发展和改革局")),  # many counties' are a 局
    ),
    Department(
        "industry_it",
        "工业和信息化局",
        "工业和信息化厅",
        ("工业和信息化局", "工信局", "工业和信息化厅", "工信厅"),
        own=(
            ("经济和信息化局", "经济和信息化局"), ("经信局", "经济和信息化局"), ("经济和信息化厅", "经济和信息化厅"),
            ("经济和信息化委员会", "经济和信息化委员会"), ("经信委", "经济和信息化委员会"),  # 重庆市经济和信息化委员会
        ),
    ),
    Department(
        "science_technology",
        "科学技术局",
        "科学技术厅",
        ("科学技术局", "科技局", "科学技术厅", "科技厅"),
        own=(("科技创新局", "科技创新局"), ("科技创新委员会", "科技创新委员会")),  # 深圳 and its districts
    ),
    Department("audit", "审计局", "审计厅", ("审计局", "审计厅")),
    Department("statistics", "统计局", "统计局", ("统计局",)),
    Department("veterans", "退役军人事务局", "退役军人事务厅", ("退役军人事务局", "退役军人事务厅", "退役军人局")),
    Department(
        "forestry",
        "林业局",
        "林业局",
        ("林业局",),
        own=(("林业和草原局", "林业和草原局"), ("林草局", "林业和草原局")),
    ),
    Department(
        "urban_management",
        "城市管理局",
        "城市管理局",
        ("城市管理局", "城管局"),
        own=(
            ("城市管理综合行政执法局", "城市管理综合行政执法局"), ("城市管理和综合执法局", "城市管理和综合执法局"),
            ("综合行政执法局", "综合行政执法局"),
        ),
    ),
    Department("administrative_approval", "行政审批局", "行政审批局", ("行政审批局",), own=(("行政审批服务局", "行政审批服务局"),)),
    Department("sports", "体育局", "体育局", ("体育局",)),
    Department("petitions", "信访局", "信访局", ("信访局",)),
    Department(  # a government's commission: its name carries 人民政府 (浙江省人民政府国有资产监督管理委员会)
        "state_assets",
        "人民政府国有资产监督管理委员会",
        "人民政府国有资产监督管理委员会",
        ("人民政府国有资产监督管理委员会", "国有资产监督管理委员会", "国资委"),
    ),
    Department("government", "人民政府", "人民政府", ("人民政府", "政府")),
    # (a 党委 and its government writing together, 中共X县委、X县人民政府, have the kind
    # ``party_government`` and that joint name)
)  # fmt: skip

# The national ministries and administrations (a report of the State Council's departments): kind
# and official name. Such a body has no region and no level (``meta.level`` is for the
# province, city and county levels), and it is the author only as a clause's subject in a text
# that speaks as a ministry (NATIONAL_SELF), never as the body above a local author (在人社部的
# 指导下) or where the name is part of a longer word (司法部门, 教育部分).
NATIONAL: dict[str, tuple[str, str]] = {
    "人力资源和社会保障部": ("hrss", "中华人民共和国人力资源和社会保障部"),
    "人力资源社会保障部": ("hrss", "中华人民共和国人力资源和社会保障部"),
    "人社部": ("hrss", "中华人民共和国人力资源和社会保障部"),
    "司法部": ("justice", "中华人民共和国司法部"),
    "应急管理部": ("emergency", "中华人民共和国应急管理部"),
    "国家市场监督管理总局": ("market_regulation", "国家市场监督管理总局"),
    "市场监管总局": ("market_regulation", "国家市场监督管理总局"),
    "国家卫生健康委员会": ("health", "中华人民共和国国家卫生健康委员会"),
    "国家卫健委": ("health", "中华人民共和国国家卫生健康委员会"),
    "国家医疗保障局": ("medical_security", "国家医疗保障局"),
    "国家医保局": ("medical_security", "国家医疗保障局"),
    "生态环境部": ("ecology", "中华人民共和国生态环境部"),
    "住房和城乡建设部": ("housing", "中华人民共和国住房和城乡建设部"),
    "住房城乡建设部": ("housing", "中华人民共和国住房和城乡建设部"),
    "交通运输部": ("transport", "中华人民共和国交通运输部"),
    "农业农村部": ("agriculture", "中华人民共和国农业农村部"),
    "自然资源部": ("natural_resources", "中华人民共和国自然资源部"),
    "教育部": ("education", "中华人民共和国教育部"),
    "公安部": ("public_security", "中华人民共和国公安部"),
    "财政部": ("finance", "中华人民共和国财政部"),
    "民政部": ("civil_affairs", "中华人民共和国民政部"),
    "国家税务总局": ("taxation", "国家税务总局"),
    "水利部": ("water_resources", "中华人民共和国水利部"),
    "文化和旅游部": ("culture_tourism", "中华人民共和国文化和旅游部"),
    "商务部": ("commerce", "中华人民共和国商务部"),
    "国家发展和改革委员会": ("development_reform", "中华人民共和国国家发展和改革委员会"),
    "国家发展改革委": ("development_reform", "中华人民共和国国家发展和改革委员会"),
    "工业和信息化部": ("industry_it", "中华人民共和国工业和信息化部"),
    "工信部": ("industry_it", "中华人民共和国工业和信息化部"),
    "科学技术部": ("science_technology", "中华人民共和国科学技术部"),
    "科技部": ("science_technology", "中华人民共和国科学技术部"),
    "审计署": ("audit", "中华人民共和国审计署"),
    "国家统计局": ("statistics", "国家统计局"),
    "退役军人事务部": ("veterans", "中华人民共和国退役军人事务部"),
    "国家林业和草原局": ("forestry", "国家林业和草原局"),
    "国家体育总局": ("sports", "国家体育总局"),
    "国家信访局": ("petitions", "国家信访局"),
    "税务总局": ("taxation", "国家税务总局"),
}
NATIONAL_NOT_BEFORE = "门署分位件长"  # 司法部门, 部署, 教育部分, 司法部长 …: not the ministry
# A ministry speaks of itself as 部: its leading group, leaders, organs (部党组先后召开…).
NATIONAL_SELF: tuple[str, ...] = ("我部", "本部", "部党组", "部领导", "部机关", "部直属", "我署", "署党组", "总局党组")

# A news item names the body its figures come from as a source (记者近日从湖北省人力资源和社会保障厅
# 获悉): that body is the author when no department of the text is the subject of a clause.
SOURCE_BEFORE = r"(?:记者|本报)[^,，。；;]{0,4}?从$"
SOURCE_AFTER = r"[^,，。；;]{0,6}?(?:获悉|了解到|得知)"

# A report calls itself by these words; each says how its author's name ends (局, 厅, 委员会), so
# a body named with another ending (在省人社厅的指导下) is not the author.
SELF_REFERENCES: dict[str, tuple[str, ...]] = {
    "我局": ("局",), "本局": ("局",), "我厅": ("厅",), "本厅": ("厅",), "我委": ("委员会", "委"), "本委": ("委员会", "委"),
}  # fmt: skip

# A government named right after its party committee (县委、县政府) is the one the author reports
# to, not the author: these stand between the two.
SUPERIOR_PAIR = ("委、", "委和", "委及", "委,", "委与")
# A body named just before these words guides, leads or supports the author (在市市场监督管理局
# 的支持指导下): it is not the author. Not across a clause mark or a 在 that opens the phrase of
# the body's own superiors (区司法局在区委、区政府的坚强领导下: the 司法局 is led, so the author).
SUPERIOR_AFTER = (  # …的指导, …指导下; not 市人社局指导企业… (its own verb)
    r"[^在,，。;；]{0,8}?(?:的(?:正确领导|坚强领导|领导|指导|支持|关心|帮助|监督)|(?:领导|指导|支持|关心|帮助|监督)下)"
)
# A two-character place name (和县, 城区, 成县) is also the end of many ordinary words (…和县委,
# 主城区, 完成县…): it counts only after a character that is not Han (or at a line's start, or
# after its province or city), and not before one of these characters.
SHORT_PLACE_NOT_BEFORE = "委政级域城内外直属"
# A longer name that ends in an ordinary word (城区, 山区, 城市 …) is also read across two words:
# 适应城市 holds 应城市, 上海城市管理 海城市, 推进老城区改造 老城区. Such a name counts only where
# it starts a word: after a character that is not Han, after one of the function characters
# below (在盐城市), or after its province or city.
NAME_WORD_TAILS: tuple[str, ...] = (
    "城区", "山区", "湖区", "林区", "海区", "市区", "园区", "陵区", "边区", "军区", "苏区", "城市", "都市", "全区", "全县",
)  # fmt: skip
NAME_OPENS_AFTER = "的和与及由经在为将年从对向共、"
# …and a name whose level character makes a word with the character after it (富裕县|县域,
# 政和县|县直, 合作市|市场, 中原区|区域, 天津市|市场 holding 津市市) is read so only after its
# province or city, or before a body's name (霍山县市场监管局): the level character, then each
# character that makes such a word with it.
LEVEL_CHAR_WORDS: dict[str, str] = {
    "区": "域级县属划", "县": "域级城直乡区市属", "市": "场级县区直域属", "州": "域级县", "省": "级直域属市", "旗": "县级",
}  # fmt: skip
# …and a name that is itself an ordinary word (老城区: any city's old town) counts only after its
# province or city, or before the name of a body (老城区人民政府, 老城区委, 老城区人社局).
NAMES_AS_WORDS: frozenset[str] = frozenset(
    {"老城区", "新城区", "古城区", "新市区", "港口区", "市中区", "城区", "矿区", "郊区", "西区", "东区"}
)
BODY_AFTER_NAME: tuple[str, ...] = ("委", "政府", "人民政府", "人大", "人民法院", "人民检察院", "纪委", "监委")

# A place named right after one of these words (with the rest of its run of names, and the names
# listed after it with 、) is one the author visits, learns from, works with or helps (赴天津市和平区
# 学习, 对口帮扶四川省马边彝族自治县): it is not the author's place, and it does not decide between
# divisions that share a name (和平区).
AWAY_BEFORE: tuple[str, ...] = (
    "赴", "前往", "到", "去", "考察", "参观", "学习", "借鉴", "走访", "与", "同", "对口", "帮扶", "支援", "参加",
    "接轨", "融入", "对接",
    "指导", "督促", "督导",  # a place below the author (指导海宁市创建…): not its own either
)  # fmt: skip
# …except where what follows the place is the author's own ground (深入到盱眙县各乡镇, 与盱眙县人民法院
# 会签): its towns or its own court and procuratorate.
AWAY_EXCEPT_BEFORE: tuple[str, ...] = ("各", "中级人民法院", "人民法院", "人民检察院", "法院", "检察院", "中院")
# …but only where the author is who goes: not where another body opens the clause (市人社局督察组
# 到宁海县开展督察: the author's place is visited). These words before the away word name one.
OTHER_GOERS = r"督察组|督查组|督导组|调研组|检查组|考核组|巡察组|工作组|专家组|领导|代表团|考察团"
# A place named as the venue of an event (在石家庄市召开的全省…会议) may be the author's own (全市现场会在
# 宁波市召开), so it counts; but it does not decide between divisions that share a name.
VENUE_AFTER: tuple[str, ...] = ("召开", "举办", "举行")

# A place named only by its short name (法治襄阳, 鞍山为…) counts when it opens the text or a
# clause, or follows one of these words, and is not the start of an institution's name.
SHORT_NAME_AFTER: tuple[str, ...] = ("法治", "平安", "我", "全", "建设", "美丽", "文明")  # not 幸福安康
# A county is named by its short name too (海安主城区, 开通海安至如皋…): a county's short name
# counts only where a place is certainly meant: where a province's or a city's would (above), or
# before a word only a place takes, or as one end of a route between two places of the province.
COUNTY_SHORT_BEFORE: tuple[str, ...] = ("主城区", "城区", "境内", "全境", "全域")
ROUTE_MARKS: tuple[str, ...] = ("至", "到", "—", "-")
# A county named so is the author's place only when the text names it at least this often and
# this many times as often as any other county of its province.
COUNTY_SHORT_MIN, COUNTY_SHORT_LEAD = 2, 2
SHORT_NAME_NOT_BEFORE: tuple[str, ...] = (
    "学院", "大学", "理工", "医院", "公司", "银行", "日报", "晚报", "电视", "广播", "职业", "技术", "中学", "小学",
    # another place's model a report learns from (“三明医改”经验, 大庆精神)
    "精神", "经验", "模式", "医改", "做法", "样板",
)  # fmt: skip
# A place named only so is the author's when the text names it at least this often (法治襄阳 once
# is the city's own programme), and more often than any other.
SHORT_NAME_MIN = 1
# …nor a name that opens a quotation (“三明医改”): a slogan or a model, not the author's place.
SHORT_NAME_NOT_AFTER = "“‘「『\"'"

# A department name that goes on into a longer body's name is that body, not the department
# (县人民政府办公室, 市生态环境局淳安分局, 县司法局千岛湖司法所).
SUB_BODY_AFTER: tuple[str, ...] = (
    "办公室", "分局", "司法所", "派出所", "执法所", "监管所", "支队", "大队", "中队", "执法队", "委员会",
)  # fmt: skip
# …and a one-character unit (所, 队, 科, 处, 站, 院) only where the word ends there (县司法局法规科、,
# not 处理, 所属, 队伍, 科学, 站位).
SUB_BODY_ONE_CHAR = "所队科处站院"

# …and so is a line that opens with a department's name run on into a unit of it, up to the year
# or 关于 (杭州市公安局西湖区分局2022年…, 杭州市生态环境局淳安分局…, 淳安县公安局交通警察大队…,
# 杭州市人民政府外事办公室…, 西湖区人民政府北山街道办事处…): that unit wrote the report.
SUB_BODY_RUN = (
    r"[\u3400-\u9fff]{0,12}?(?:分局|大队|支队|中队|办事处|办公室|督导室|派出所|司法所|执法队|稽查局|执法局|管理所|"
    r"监督管理所|监管所|税务所|税务分局)"
    r"(?=\s*(?:[0-9]|" + YEAR_WRITTEN + r"|关于|（|\(|$))"
)

# County-level units named …区 that are not a city's districts: their names carry no city's.
NOT_CITY_DISTRICTS: tuple[str, ...] = ("林区", "特区")

# A signature or title that names a body the department table does not know (常德市档案局,
# 株洲市人民政府办公室, 中共浦江县委全面依法治县委员会办公室), or a place alone (浦江县2023年度…
# 报告), says who wrote the report: not any department its body names. Such a name opens with its
# place and ends in one of these words.
BODY_ENDINGS = r"(?:局|委员会|委|办公室|办|中心|馆|院|会|所|站|处|室|队|署|厅|部)"

# A name on a line of the back matter that opens with one of these is a recipient or an appendix,
# never the author (抄送：杭州市司法局。).
BACK_MATTER_LINES: tuple[str, ...] = (
    "抄送", "抄报", "主送", "报送", "分送", "发送", "附件", "印发",
    # a web page's publication line names who posted the page, not who wrote the report
    "来源", "信息来源", "发布机构", "发布单位", "（来源", "(来源", "【来源",
)  # fmt: skip

# A label a page's metadata puts before a name (标题：…, 发文机关：…), and the labels that name the
# document's issuer.
ISSUER_LABELS = r"发文机关|发文单位|成文单位"
NAME_LABEL = rf"^(?:标题|题名|名称|{ISSUER_LABELS})\s*[:：\t ]\s*"
# The marks a clause ends at.
CLAUSE_MARKS = ",，。;；:：\n"

# Outside the signature and the title, a name is the author's only as the subject a clause opens
# with: after a clause mark, at most after these opening words (2021年, 今年以来 …).
SUBJECT_OPENINGS = (
    r"\s*(?:现将)?\s*"  # 现将市人社局2021年…报告如下
    r"(?:(?:(?:19|20)[0-9]{2}\s*年度?|今年|本年度|全年|一年来|近年来|今年以来|年内)\s*(?:以来)?\s*[,，]?\s*)?"
    r"(?:中共[^,，。、]{2,14}委、)?"  # a joint author: 中共姚安县委、姚安县人民政府
)

# A full name in a sentence that ties it to the author as another body (杭州市人社局对我局…给予肯定,
# …来我局调研, …指导我局…) is not the author.
SELF_AS_OBJECT = (
    r"(?:对|向|给|为|来|到|赴|请|邀请|指导|督导|检查|调研|肯定|表扬|支持|帮助)(?:了)?(?:我|本)(?:局|委|厅|办)"
    r"|(?:我|本)(?:局|委|厅|办)(?:作|在会上|应邀|受邀)"  # …召开会议，我局作交流发言: its meeting
)
# …nor a body named in full that presents its practice (义乌市人社局介绍了“安薪智管”平台建设经验):
# a host or a peer at an exchange; nor a part ranked within the author's area (居全市首位).
PRESENTS_PRACTICE = r"[^。，,；;]{0,6}?(?:介绍|分享|交流|推介)了?[^。；;]{0,24}?(?:经验|做法|成效)"
PART_RANKED = r"[^。；;]{0,30}?(?:居全[省市州县区盟旗]|全[省市州县区盟旗](?:第一|首位))"
# …nor a body that visits the author (涟水县司法局来我县交流调研):
VISITS_SELF = r"(?:来|到|赴|莅临)(?:我|本)(?:局|县|市|区|委|厅|州|旗|镇)"
# …but never a clause that lists parts of a total (其中，和平区人社局查处45件), nor a name in a list
# of bodies (浙江省司法厅、江苏省司法厅负责同志…; 县公安局、县市场监管局联合开展), nor a body's
# name followed by the title of a document it issued (杭州市司法局关于做好…的通知要求…), nor a full
# name in a sentence where the report calls itself 我局 (杭州市人社局对我局…给予充分肯定).
PART_CLAUSE_BEFORE: tuple[str, ...] = ("其中",)
LIST_MARKS = "、"
DOCUMENT_AFTER: tuple[str, ...] = ("关于", "《")
SENTENCE_MARKS = "。！？!?；;\n"
# A report that speaks as a place (2022年，我县深入推进…) and never as a department (我局) is its
# government's: a department named in its body is one of that place's, not the author.
PLACE_SELF_REFERENCES: tuple[str, ...] = ("我县", "我市", "我区", "我州", "我省", "我旗", "我镇")
# When a text names its department's levels by short self-names as subjects (省人社厅召开…，县人社局
# 作典型发言), the lowest is the author's: level characters from low to high.
SHORT_CHARS_LOW_TO_HIGH: tuple[str, ...] = ("县区", "州", "市", "省")

# A short self-name's level character (区 of 区司法局) is the level only where no other word ends
# in it: at a clause's start, or after one of these characters.
LEVEL_CHAR_AFTER = "的和与及由经在为将年从我本"  # 我县司法局: the short self-name 县司法局

# The field words must name one field clearly: at least this many cues, and twice the next field.
IMPLIED_MIN_CUES = 2

# A department written with no place and no level (司法厅坚持…) is at the level its ending says.
ENDING_LEVEL_CHARS: dict[str, str] = {"厅": "省"}

# A short self-name opens with the level's character (市人社局, 区人力资源局): the level it names.
SHORT_LEVEL_CHARS: dict[str, Level] = {"省": "province", "市": "city", "州": "city", "县": "county", "区": "county"}
# Where no place is found, the levels a short self-name's character allows (a 市 is a prefecture,
# a county-level city or a 直辖市, so 市 alone decides nothing; a 区 with a 厅 is an 自治区's, see
# ENDING_LEVEL_CHARS). A 我局 allows every level.
LEVELS_OF_CHAR: dict[str, tuple[Level, ...]] = {
    "省": ("province",), "市": ("province", "city", "county"), "州": ("city",), "县": ("county",), "区": ("county",),
}  # fmt: skip
# …and the tiers a text carries out the decisions of choose among them where they reach below
# a city (全面落实省、市、区关于…的部署: only a district or county answers to a 区 or 县). A list
# that stops at 市 (中央、省、市决策部署) decides nothing: a district names its superiors so too.
_TIER_END = r"(?:关于|的(?![一二三四五两]级)|工作|决策|部署|法治|有关)"  # not 省、市、县的三级…体系
LEVEL_TIERS: tuple[tuple[str, Level], ...] = (
    (rf"省[、和及]市[、和及][县区]{_TIER_END}", "county"),
    # …and a 市 that directs the counties, county-level cities and districts under it (指导各县（市、区）)
    # is a prefecture (not one ranked among them: 在全省90个县（市、区）…考评中位列第一)
    (r"(?:(?:指导|督促|督导|组织|推动|要求|部署|帮助)各?|对各)县[(（]市[、,，]\s*区[)）]", "city"),
)
# …and so does a tier list that names a 市 above the author in the author's own field (全面落实
# 省、市交通运输部门…的决策部署, written by a 市交通运输局): a city's department cannot carry out
# its own decisions, so the author's 市 is a county-level city. ``{field}`` is the department's
# name as written without its ending (交通运输, 人社, 司法 …).
OWN_FIELD_TIERS: tuple[tuple[str, Level], ...] = (
    (
        r"(?:落实|贯彻|执行|按照|根据)[^。；;]{0,20}?省[、和及]市(?:{field})部门[^。；;]{0,30}?(?:部署|要求|决策|精神)",
        "county",
    ),
)
# …and the endings of the names of places a short self-name can stand for (市 is a prefecture,
# a county-level city or a 直辖市).
SHORT_NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "省": ("省", "自治区"),
    "市": ("市",),
    "州": ("州",),
    "县": ("县",),
    "区": ("区",),
}

# Where a full name stands says how surely it is the author's own: the signature at the end,
# the title line, the front matter, the body (outside 《…》 titles, which name other documents).
PLACE_RANKS: tuple[str, ...] = ("signature", "title", "front", "body")

# A report that only calls itself 我局 implies its department by the words of its field.
# The words of each field; the field named most wins.
IMPLIED_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("人社", "人力资源", "劳动保障"), "hrss"),
    (("司法行政", "公共法律服务"), "justice"),
    (("生态环境", "环境质量"), "ecology"),
    (("市场监管", "市场监督"), "market_regulation"),
    (("应急管理", "安全生产"), "emergency"),
    (("交通运输",), "transport"),
)
