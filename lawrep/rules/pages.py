"""Rule tables for web pages: which charsets a page may declare, where a CMS puts the article,
which elements and lines are the site's rather than the report's, and the page's own metadata.

Read by ``lawrep/readers/html.py`` and its helpers (``html_decode``, ``html_lines``). Ids, classes
and meta names are lower case; patterns are strings, compiled by the reader. A name or pattern
added here must never match a line of a report: ``tests/test_reader_html.py`` runs every seed
through the boilerplate patterns to check it.
"""

from __future__ import annotations

# --- Decoding --------------------------------------------------------------------------------

_UTF8 = ("utf-8",)
_GB = ("gb18030",)
_BIG5 = ("big5", "cp950", "big5hkscs")

# Declared charsets a page is trusted on: WHATWG labels of the encodings Chinese pages are written
# in, with the Python codecs to try in order. GB2312 and GBK pages routinely hold GBK-only
# characters (体 in 繁體): read them all as GB18030, their superset. A meta that says UTF-16 is
# UTF-8 (the page is ASCII-based). Any other declaration (ISO-8859-1, windows-1252, …) on a Chinese
# report is a template's default, not the truth, and is ignored: the bytes are then read as UTF-8,
# else as one of LEGACY_FAMILIES.
CHARSETS: dict[str, tuple[str, ...]] = {
    "utf-8": _UTF8, "utf8": _UTF8, "unicode-1-1-utf-8": _UTF8, "unicode11utf8": _UTF8, "unicode20utf8": _UTF8,
    "x-unicode20utf8": _UTF8, "utf-16": _UTF8, "utf-16le": _UTF8, "utf-16be": _UTF8, "unicode": _UTF8,
    "ucs-2": _UTF8, "unicodefffe": _UTF8,
    "gb2312": _GB, "gbk": _GB, "gb18030": _GB, "x-gbk": _GB, "chinese": _GB, "csgb2312": _GB,
    "csiso58gb231280": _GB, "iso-ir-58": _GB, "gb_2312": _GB, "gb_2312-80": _GB, "cp936": _GB, "ms936": _GB,
    "windows-936": _GB, "euc-cn": _GB, "x-euc-cn": _GB,
    "big5": _BIG5, "cn-big5": _BIG5, "csbig5": _BIG5, "x-x-big5": _BIG5, "x-big5": _BIG5, "big-5": _BIG5,
    "big5-hkscs": ("big5hkscs",), "big5hkscs": ("big5hkscs",), "hkscs": ("big5hkscs",),
    "cp950": ("cp950", "big5hkscs"), "windows-950": ("cp950", "big5hkscs"), "ms950": ("cp950", "big5hkscs"),
}  # fmt: skip

# The legacy encodings a page that declares none (and is not UTF-8) is read in: the family whose
# decoding has the larger share of common characters (encodings.COMMON_HAN) wins, the first on a
# tie; within a family, the first codec that decodes. Big5 pages keep the name "big5" when plain
# Big5 reads them, so the plain-text reader's one-codec LEGACY_CODECS is not used here.
LEGACY_FAMILIES: tuple[tuple[str, ...], ...] = (_GB, _BIG5)

# How many bytes at the start of a page are searched for a declared charset (meta or XML).
CHARSET_PRESCAN = 8192

# Share of undecodable characters a page may have and still be read (a truncated download, a
# stray byte), as a browser does: replacement characters at most one in a hundred.
MAX_REPLACED = 0.01

# --- What a reader sees ----------------------------------------------------------------------

# Ids and classes of the element that holds the article body in Chinese government CMSs, in order
# of trust. A name from the top of the list wins; a fixed list never covers every site, so the
# densest block of Han text is the fallback.
CONTAINERS: tuple[str, ...] = (
    # TRS WCM (拓尔思): the commonest CMS of government sites.
    "trs_editor", "trs_ueditor", "trs_editor_view", "custom_unionstyle",
    # gov.cn and the 开普云 (Ucap) intensive-site platform of provincial governments.
    "ucap-content", "pages_content",
    # 大汉 Hanweb JCMS (zoom is its font-size switcher's target), and its JPAAS article box.
    "zoom", "fontzoom", "bt_content", "article_con",
    # 博达 VSB and 新闻发布 WebPlus (many institutions and bureaus), WeChat articles republished.
    "vsb_content", "v_news_content", "wp_articlecontent", "js_content", "rich_media_content",
    # Names seen across other CMSs for an article's body (正文, 详情, 信息公开).
    "article-content", "article_content", "articlecontent", "article-body", "article-text", "detail-content",
    "detail_content", "details-content", "news_content", "news-content", "newscontent", "xl_content",
    "xlcontent", "xq_content", "xxgk_content", "zwgk_content", "con_text", "content_text", "contenttext",
    "contxt", "main-text", "zw", "zoomcon", "textbox", "info_content", "infocontent",
    # Generic names: last, since they often wrap the whole page.
    "content", "main-content", "maincontent",
)  # fmt: skip

# HTML5 elements that wrap an article's body, trusted after every name of CONTAINERS.
CONTAINER_TAGS: tuple[str, ...] = ("article", "main")

# Elements whose content is never report text: code, media, form controls, and the HTML5
# structure of navigation, page header and footer, and sidebars.
SKIP_TAGS: frozenset[str] = frozenset((
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
    "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "map", "area", "img", "input",
    "button", "select", "option", "optgroup", "datalist", "textarea", "marquee", "nav", "header", "footer",
    "aside", "dialog", "rt", "rp",
))  # fmt: skip

# Ids and classes (whole tokens) of elements that are navigation, breadcrumbs, share bars, QR
# codes or a footer in pages that do not use the HTML5 elements for them.
BOILERPLATE_NAMES: frozenset[str] = frozenset((
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread", "position", "location", "dqwz", "curpos",
    "share", "bdsharebuttonbox", "bdshare", "fenxiang", "footer", "copyright", "banquan", "qrcode", "erweima",
    "ewm", "sidebar", "navbar", "nav", "menu", "topbar", "toolbar", "skip-link",
))  # fmt: skip

# Inline styles that hide an element (searched in its style attribute, ignoring case).
HIDDEN_STYLE = r"display\s*:\s*none|visibility\s*:\s*hidden"

# Elements that start and end a line. Everything else (span, a, font, b, Word's o:p…) is inline.
BLOCKS: frozenset[str] = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip

# Blocks that are one paragraph: their Han text counts for their parent when finding the body.
PARAGRAPHS: frozenset[str] = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre"))

# Sentence punctuation: a block with one of these outside links is prose, never a list of links.
SENTENCE_STOPS: tuple[str, ...] = ("。", "；", "！", "？")

# Longest text cell, in characters, of a table of figures: a table with a longer cell is a layout
# table, walked as blocks rather than as rows of tab-separated cells.
MAX_CELL = 300

# Container elements counted (in the markup, opening and closing) for how deep a page nests.
NESTING_TAGS: tuple[str, ...] = (
    "div", "section", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "dl", "fieldset",
    "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "ul", "pre", "listing",
    "address", "summary",
)  # fmt: skip

# Deepest nesting of NESTING_TAGS a page may have. Real pages nest a few dozen deep; lexbor takes
# time quadratic in this depth (0.4 s at 20,000), so deeper pages are refused.
MAX_NESTING = 3000

# --- Boilerplate lines -----------------------------------------------------------------------

# Labels of the line under an article's title (发布时间：… 来源：… 字号：… 浏览次数：…) and of the
# information-disclosure box around it. A line that starts with one followed by a colon, or holds
# two, or starts with a PUBLICATION_STAMP and one, is dropped.
PAGE_LABELS: tuple[str, ...] = (
    "发布时间", "发布日期", "發佈時間", "發布時間", "發佈日期", "發布日期", "更新时间", "更新時間",
    "信息来源", "資訊來源", "文章来源", "文章來源", "来源", "來源", "作者", "责任编辑", "責任編輯",
    "编辑", "編輯", "字号", "字號", "字体", "字體", "浏览次数", "瀏覽次數", "浏览量", "瀏覽量",
    "点击数", "點擊數", "点击量", "點擊量", "点击次数", "點擊次數", "阅读次数", "閱讀次數", "阅读量",
    "閱讀量", "访问量", "訪問量", "索引号", "索引號", "发布机构", "發佈機構", "發布機構",
)  # fmt: skip

# The date and time of publication, as it opens a line before a label: 2021-01-06 09:30  来源：…
PUBLICATION_STAMP = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"

# Words of the page's controls (【打印】【关闭】, 【字体：大 中 小】, 返回顶部): a line made of
# nothing else is dropped.
CONTROL_WORDS: frozenset[str] = frozenset((
    "打印", "打印本页", "打印此页", "打印文章", "打印正文", "列印", "列印本頁", "关闭", "关闭窗口",
    "关闭本页", "關閉", "關閉窗口", "關閉本頁", "返回", "返回顶部", "回到顶部", "返回頂部", "回到頂部",
    "返回首页", "返回首頁", "收藏", "加入收藏", "我要纠错", "我要糾錯", "纠错", "糾錯", "分享", "分享到",
    "保存", "保存本页", "大", "中", "小", "大中小", "默认", "默認", "字号", "字號", "字体", "字體", "top",
))  # fmt: skip

# What separates the control words on such a line: blanks, brackets, bars, dots, slashes, colons.
CONTROL_SEPARATORS = r"[\s【】\[\]()（）|｜·•/:：,，、]+"

# Patterns of lines that belong to the page, not the report (searched in lines of at most
# BOILERPLATE_MAX characters, so a paragraph that mentions 版权 is never dropped).
BOILERPLATE_LINES: tuple[str, ...] = (
    # Breadcrumbs: 当前位置：首页 > 政务公开 > …, or the path alone.
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置"
    r"|當前位置|您現在的位置|現在位置)\s*[:：]",
    r"^(?:首页|网站首页|首頁|網站首頁)\s*[>＞》»›/]",
    # Previous and next article, share bars, QR codes.
    r"^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)\s*[:：]?",
    r"^(?:分享到|分享至)",
    r"扫一扫|掃一掃|扫描二维码|掃描二維碼|手机扫码|手機掃碼",
    # Lists of related links: their heading (the links themselves are link-dense blocks).
    r"^(?:相关链接|相关文章|相关新闻|相关阅读|相关信息|相关稿件|推荐阅读|延伸阅读|热点新闻|热门文章"
    r"|相關鏈接|相關文章|相關新聞|相關閱讀)\s*[:：]?$",
    # Site footer.
    r"版权所有|版權所有|(?i:copyright)|©|ICP备|ICP備|公网安备|公網安備|网站标识码|網站標識碼|网站地图|網站地圖",
    r"^(?:主办单位|承办单位|主辦單位|承辦單位|技术支持|技術支持|主办|承办)\s*[:：]",
    r"(?:建议|推荐|建議|推薦).{0,20}(?:浏览器|瀏覽器)",
)

# Longest line the boilerplate patterns and labels are tried on: report paragraphs are longer.
BOILERPLATE_MAX = 160

# --- The page's own metadata -----------------------------------------------------------------

# <meta name=…> of government CMSs and the PageInfo field each fills.
META_NAMES: dict[str, str] = {
    "articletitle": "title",
    "pubdate": "published",
    "publishdate": "published",
    "contentsource": "publisher",
}

# A publication date (PubDate and the like): year, month and day, as 2021-01-06, 2021/1/6,
# 2021年1月6日 or 20210106. The reader takes the three numbers of whichever form matched.
PUBLICATION_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|^(\d{4})(\d{2})(\d{2})"

# Separators between an article's title and the site's name in a page's <title>.
TITLE_SEPARATORS = r"\s*(?:_|\||｜|\s[-–—]\s|(?<!\d)--(?!\d))\s*"

# Words that make a short opening line of the body its title (else the page's ArticleTitle is
# put before the body), unless the line has sentence punctuation (TITLE_NOT).
TITLE_WORDS: tuple[str, ...] = ("报告", "報告")

# Punctuation that makes an opening line a sentence, never a title.
TITLE_NOT = "[。，；,;]"
