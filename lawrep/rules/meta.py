"""Rule tables for report metadata: places, agency names, dates, addressee, contact.

Province names are the 34 provincial-level divisions of the PRC (民政部 行政区划).
Patterns run on the folded text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Level

PROVINCES: tuple[str, ...] = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)  # fmt: skip

# Official names of the agency kinds this tool reads first, and the short forms reports use.
AGENCY_KINDS: tuple[tuple[str, str], ...] = (
    # (pattern as written, official name)
    ("人力资源和社会保障局", "人力资源和社会保障局"),
    ("人力资源与社会保障局", "人力资源和社会保障局"),
    ("人力资源社会保障局", "人力资源和社会保障局"),
    ("人力资源保障局", "人力资源和社会保障局"),
    ("人力资源和社会保障厅", "人力资源和社会保障厅"),
    ("人力资源社会保障厅", "人力资源和社会保障厅"),
    ("人社局", "人力资源和社会保障局"),
    ("人社厅", "人力资源和社会保障厅"),
)

# A place name: 2–3 Han characters and an administrative suffix (惠来县, 石家庄市). Without word
# boundaries in Chinese, every 2- and 3-character reading is counted and the most frequent wins.
PLACE_SUFFIX = r"(?:自治州|自治县|市|州|盟|县|区|旗)(?![场民容值域间长委书级属直])"
PLACE = rf"(?P<place>\p{{Han}}{{2,3}}?{PLACE_SUFFIX})"
# The one-character administrative suffixes a place name may end in (for the tests below).
PLACE_SUFFIX_CHARS = "市州盟县区旗"
# Words that end like a place but are not one (全市, 我县, 市区…), as the place's first character.
NOT_PLACE_FIRST = "全我本该各此其市县区省州城地辖郊两三四五六七八九十一二每同外"
# …nor as the character right before the suffix (据全市, 了我市, 组织市).
NOT_BEFORE_SUFFIX = "全我本该各此其每同外两三四五六七八九十一二多织请报到"
NOT_PLACE_ANYWHERE = (
    "社区",
    "园区",
    "景区",
    "小区",
    "街区",
    "城区",
    "辖区",
    "矿区",
    "开发区",
    "经开区",
    "新区",
    "示范区",
    "片区",
    "专区",
    "港区",
    "营商",
)

SUFFIX_LEVEL: dict[str, Level] = {
    "省": "province", "自治区": "province", "特别行政区": "province",
    "市": "city", "州": "city", "自治州": "city", "盟": "city",
    "县": "county", "自治县": "county", "区": "county", "旗": "county",
}  # fmt: skip

# How the text names its own level: 县委、县政府 / 全市 … (counted to choose the agency's place).
LEVEL_SIGNALS: dict[Level, tuple[str, ...]] = {
    "county": ("县委", "县政府", "全县", "我县", "本县", "县领导", "区委", "区政府", "全区", "我区", "本区"),
    "city": ("市委", "市政府", "全市", "我市", "本市", "市领导", "州委", "州政府"),
    "province": ("省委", "省政府", "全省", "我省", "本省"),
}

# Self-references of the reporting agency.
SELF_REFERENCE = r"(?:我局|本局|我厅|本厅|我委|本委)"

# A report that only calls itself 我局 implies its kind by the words of its field, tried in order.
IMPLIED_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("人社", "人力资源"), "人力资源和社会保障局"),
)

# A short self-name may open with the level's character (市人社局, 县人力资源保障局); each of
# these is a key of SUFFIX_LEVEL, which gives the level.
SHORT_NAME_LEVELS = "省市县区州"

# How the name of an agency that signs a report ends (…局, …委员会 …).
SIGNATURE_KIND_ENDINGS = "局|厅|委员会|办公室|中心"

# Dates: 2021年1月5日, 二〇二一年一月五日, 2021-01-05, 2021.1.5
DATE_CN = r"(?P<y>[0-9]{4}|[零〇一二三四五六七八九]{4})\s*年\s*(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日"
DATE_ISO = r"(?P<y>[0-9]{4})[-./](?P<m>[0-9]{1,2})[-./](?P<d>[0-9]{1,2})"

# The years a report can be about; the model accepts the same range (models.Meta.year).
FIRST_YEAR, LAST_YEAR = 1949, 2200

# Where the report names the year it is about, strongest first.
YEAR_CUES: tuple[str, ...] = (
    r"(?P<y>[0-9]{4})\s*年度?\s*法治政府建设(?:工作)?(?:年度)?(?:情况)?报告",  # title
    r"现将(?:我局)?(?P<y>[0-9]{4})\s*年度?.{0,30}?报告如下",
    r"^\s*(?P<y>[0-9]{4})\s*年度?\s*[,，以来]",  # opening: "2020年,我局…"
    r"(?P<y>[0-9]{4})\s*年度?.{0,12}?(?:法治政府建设|法治建设)",
)

CONTACT_PERSON = r"联系人\s*[:：]\s*(?P<v>[\p{Han}·]{2,6})"
CONTACT_PHONE = r"(?:联系)?电话\s*[:：]\s*(?P<v>[0-9][0-9\-\s]{5,18}[0-9])"
