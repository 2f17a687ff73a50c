"""Write web pages made from the seed reports into fixtures/documents/html/ (deterministic).

Each page carries one seed's paragraphs exactly as the seed has them, inside the kind of page a
government site serves, so tests/test_reader_html.py can check that the HTML reader gives the
same extraction as the seed:

- ``foshan-2020.gbk-table.html``: GBK bytes declared gb2312, CRLF, an old table layout whose body
  is ``<br>``-separated lines in ``td#zoom``, a 繁體 link (GBK-only 體) in the header;
- ``shenzhen-2017.trs.html``: modern UTF-8 with no declared charset, ``div.TRS_Editor``,
  breadcrumbs, the 发布时间/来源 line, share buttons, QR code, 上一篇/下一篇 and a footer;
- ``nanchangxian-2024.unknown-container.html``: a body in a container no CMS table names, flat
  among the title, the 发布时间 line, 【打印】【关闭】, 扫一扫 and 上一篇 (the densest-Han fallback);
- ``wuzhou-2021.spans-table.html``: Word-pasted paragraphs whose ``<span>``s split words and
  numbers, entities and numeric references, source lines wrapped between Chinese characters, and
  a table of figures that only the page has;
- ``huilai-2020.big5.html``: the seed converted to traditional characters (opencc, Taiwan
  standard, at generation time only) in Big5; its text is kept as ``.source.txt`` beside it.

``manifest.json`` names each page's seed, source text, codec and container.

    python scripts/make_pages.py
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "reports"
DST = ROOT / "fixtures" / "documents" / "html"


def seed_lines(stem: str) -> list[str]:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


def esc(text: str) -> str:
    """Text as markup: leading blanks as &nbsp; (HTML would collapse them), the rest escaped."""
    body = text.lstrip(" ")
    return "&nbsp;" * (len(text) - len(body)) + html.escape(body, quote=False)


def trim_end(lines: list[str]) -> list[str]:
    """The lines without the blank ones at the end (a page has no trailing blank paragraphs)."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def paragraphs(lines: list[str], make: Callable[[str], str] | None = None) -> str:
    """One ``<p>`` a line; a blank line is an empty paragraph as editors save it (``<p><br></p>``)."""
    out: list[str] = []
    for line in trim_end(lines):
        if line.strip():
            out.append(make(line) if make else f'<p style="text-indent:2em;">{esc(line)}</p>')
        else:
            out.append("<p><br/></p>")
    return "\n".join(out)


def links(*titles: str) -> str:
    return "".join(f'<li><a href="/{i}.html" target="_blank">{t}</a></li>' for i, t in enumerate(titles, 1))


# --- (a) GBK, declared gb2312, old table layout -------------------------------------------------


def gbk_table_page() -> str:
    title = "佛山市人力资源和社会保障局2020年法治政府建设年度报告"
    body = "".join(f"{esc(line)}<br>\n" for line in trim_end(seed_lines("foshan-2020")))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_佛山市人力资源和社会保障局</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
<script language="javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" class="top_bg"><a href="/">首页</a> | <a href="/fanti/">繁體</a> |
    <a href="/wza/">无障碍浏览</a> |
    <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设为首页</a></td></tr>
  <tr><td><img src="/images/banner.jpg" width="1000" height="120" alt="佛山市人力资源和社会保障局"></td></tr>
  <tr><td class="menu_bg"><a href="/">首页</a>&nbsp;|&nbsp;<a href="/jggk/">机构概况</a>
    &nbsp;|&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;|&nbsp;<a href="/bsfw/">办事服务</a>
    &nbsp;|&nbsp;<a href="/hdjl/">互动交流</a>&nbsp;|&nbsp;<a href="/zcfg/">政策法规</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="lm_title">政务公开</td></tr>
        <tr><td class="lm_list"><a href="/zwgk/zcfg/">政策法规</a></td></tr>
        <tr><td class="lm_list"><a href="/zwgk/ghjh/">规划计划</a></td></tr>
        <tr><td class="lm_list"><a href="/zwgk/fzzf/">法治政府建设</a></td></tr>
        <tr><td class="lm_list"><a href="/zwgk/rsxx/">人事信息</a></td></tr>
        <tr><td class="lm_list"><a href="/zwgk/tjxx/">统计信息</a></td></tr>
      </table>
    </td>
    <td width="780" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="dqwz2" height="30">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
          <a href="/zwgk/fzzf/">法治政府建设</a></td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td align="center" class="title" height="50">{title}</td></tr>
        <tr><td align="center" class="info">发布日期：2020-12-25&nbsp;&nbsp;&nbsp;来源：本局&nbsp;&nbsp;&nbsp;【字体：<a
          href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a
          href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td class="bt_content" id="zoom" style="font-size:14px; line-height:28px;">
{body}</td></tr>
        <tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a
          href="javascript:window.close()">关闭窗口</a>】</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_bg">
  <tr><td align="center" height="80">版权所有：佛山市人力资源和社会保障局&nbsp;&nbsp;
    地址：佛山市禅城区岭南大道北18号&nbsp;&nbsp;邮编：528000<br>
    粤ICP备05008850号&nbsp;&nbsp;网站标识码：4406000047&nbsp;&nbsp;建议使用IE8以上版本浏览器</td></tr>
</table>
</body>
</html>
"""


# --- (b) UTF-8, undeclared, TRS_Editor ----------------------------------------------------------


def trs_page() -> str:
    title = "深圳市人力资源和社会保障局2017年法治政府建设工作报告"
    body = paragraphs(seed_lines("shenzhen-2017"))
    related = links("深圳市人力资源和社会保障局2016年法治政府建设工作报告", "关于公布重大行政决策事项目录的通知")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="深圳市人力资源和社会保障局">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2018-03-30 16:42">
<meta name="ContentSource" content="深圳市人力资源和社会保障局">
<title>{title}--深圳市人力资源和社会保障局</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<header class="header">
  <div class="top-links"><a href="/wza/">无障碍</a><a href="/elder/">长者模式</a><a href="/fanti/">繁體</a></div>
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="深圳市人力资源和社会保障局"></a></div>
  <nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li></ul></nav>
</header>
<div class="container">
  <div class="crumbs-bar">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 法治政府建设</div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-info">
      <span>发布时间：2018-03-30 16:42</span>
      <span>来源：深圳市人力资源和社会保障局</span>
      <span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
      <span>浏览次数：<em id="hits">1024</em></span>
    </div>
    <div class="share-bar">分享到：<a class="weixin" href="javascript:;">微信</a><a
      class="weibo" href="javascript:;">微博</a><a class="qzone" href="javascript:;">QQ空间</a></div>
    <div class="article-con">
      <div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}
</style>
{body}
      </div>
    </div>
    <div class="article-tools">【<a href="javascript:window.print()">打印</a>】【<a
      href="javascript:window.close()">关闭</a>】</div>
    <div class="qr-code"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
    <div class="prev-next">
      <p>上一篇：<a href="/1.html">深圳市人力资源和社会保障局2016年法治政府建设工作报告</a></p>
      <p>下一篇：<a href="/2.html">关于公布重大行政决策事项目录的通知</a></p>
    </div>
    <div class="related"><h3>相关文章</h3><ul>{related}</ul></div>
  </div>
</div>
<footer class="footer">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
  <p>主办单位：深圳市人力资源和社会保障局　版权所有　粤ICP备05001612号　网站标识码：4403000027</p>
</footer>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


# --- (c) UTF-8, a container no table names: the densest block of Han text ------------------------


def unknown_container_page() -> str:
    title = "南昌县人力资源和社会保障局2024年法治政府建设年度报告"
    body = paragraphs(seed_lines("nanchangxian-2024"), lambda line: f"<p>{esc(line)}</p>")
    side = links("法定主动公开内容", "政策文件", "法治政府建设年度报告", "人事信息", "财政信息")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025/1/20">
<meta name="ContentSource" content="南昌县人力资源和社会保障局">
<title>{title}</title>
</head>
<body>
<div id="top_bar"><a href="/">南昌县人民政府</a> <a href="/wza/">无障碍</a> <a href="/login/">登录</a></div>
<div class="banner"><img src="/images/banner.png" alt="南昌县人民政府"></div>
<div id="menu_list"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/xxgk/">信息公开</a><a
  href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="wrap">
  <div class="lm_left"><div class="lm_name">信息公开</div><ul>{side}</ul></div>
  <div class="lm_right">
    <div class="lmdq">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 法治政府建设年度报告</div>
    <div class="wz_box">
      <h2 class="wz_title">{title}</h2>
      <div class="wz_info">发布时间：2025-01-20&nbsp;&nbsp;信息来源：南昌县人力资源和社会保障局&nbsp;&nbsp;
        浏览次数：<span id="hits">386</span></div>
{body}
      <div class="wz_tools">【<a href="javascript:window.print()">打印本页</a>】【<a
        href="javascript:window.close()">关闭窗口</a>】</div>
      <div class="wz_ewm"><img src="/qr.png" alt=""><span>扫一扫在手机打开当前页</span></div>
      <div class="wz_page"><p>上一篇：<a href="/3.html">南昌县人力资源和社会保障局2023年法治政府建设年度报告</a></p>
        <p>下一篇：没有了</p></div>
    </div>
  </div>
</div>
<div class="bottom">南昌县人民政府办公室　版权所有　赣ICP备05004011号　网站标识码：3601210001</div>
</body>
</html>
"""


# --- (d) Word-pasted spans, entities, wrapped source lines and a table of figures ---------------

_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "、": "&#12289;", "—": "&mdash;", "&": "&amp;", "<": "&lt;", ">": "&gt;"}
_RUNS = re.compile(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+")
_SPAN = '<span style="font-family:仿宋_GB2312;font-size:16.0pt">{}</span>'
_LATIN = '<span lang="EN-US" style="font-family:\'Times New Roman\';font-size:16.0pt">{}</span>'


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _han_pieces(run: str) -> list[str]:
    """A Chinese run in pieces of 7 characters (Word splits runs where formatting history
    differs), every third piece break between two Chinese characters written as a source line
    break (an editor's wrapping, which a browser does not show between Chinese characters)."""
    pieces = [run[i : i + 7] for i in range(0, len(run), 7)]
    for i in range(2, len(pieces) - 1, 3):
        if _han(pieces[i][-1]) and _han(pieces[i + 1][0]):
            pieces[i] += "\n"
    return pieces


def _entity(text: str) -> str:
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def word_paragraph(line: str) -> str:
    """A line as Word saves it: a span per run, numbers in their own span (split after their first
    digit when they are long), entities for quotes and the enumeration comma."""
    out: list[str] = []
    for run in _RUNS.findall(line):
        if run[0].isascii() and run[0].isalnum():
            parts = [run[:1], run[1:]] if len(run) >= 3 and run[:2].isdigit() else [run]
            out.extend(_LATIN.format(_entity(p)) for p in parts)
        else:
            out.extend(_SPAN.format(_entity(p)) for p in _han_pieces(run))
    return f'<p class="MsoNormal" style="text-indent:32.0pt">{"".join(out)}<o:p></o:p></p>'


FIGURES = (
    ("项目", "数量"),
    ("梳理人社依申请服务事项", "155项"),
    ("召开专题会议", "3次"),
    ("党组会议审议重大行政事项", "5次"),
)
"""The table of figures only the page has (its numbers are the seed's)."""


def figures_table() -> str:
    cell = '<td width="200" valign="top"><p class="MsoNormal"><span>{}</span></p></td>'
    rows = "\n".join("<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in FIGURES)
    return f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"><tbody>\n{rows}\n</tbody></table>'


def spans_table_page() -> str:
    title = "梧州市人力资源和社会保障局2021年法治政府建设年度报告"
    lines = seed_lines("wuzhou-2021")
    body = paragraphs(lines[:3], word_paragraph) + "\n" + figures_table() + "\n" + paragraphs(lines[3:], word_paragraph)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2022年1月6日">
<meta name="ContentSource" content="梧州市人力资源和社会保障局">
<title>{title} - 梧州市人民政府门户网站</title>
</head>
<body>
<div class="header"><div class="site-name">梧州市人民政府门户网站</div>
  <ul class="navs"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li></ul></div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
  <div class="pages-title">{title}</div>
  <div class="pages-date">2022-01-06 09:30&nbsp;&nbsp;来源：梧州市人力资源和社会保障局</div>
  <div class="pages_content" id="UCAP-CONTENT">
{body}
  </div>
  <div class="pages-print"><a href="javascript:window.print()">【打印】</a>
    <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer-links"><a href="/">首页</a> <a href="/lxwm/">联系我们</a></div>
<div class="foot">主办：梧州市人民政府办公室　版权所有　桂ICP备05006102号</div>
</body>
</html>
"""


# --- (e) Big5, traditional characters ------------------------------------------------------------


def traditional(text: str) -> str:
    """Simplified to traditional (Taiwan standard, every character in Big5), at generation time."""
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a generation-time dependency only
        raise SystemExit("pip install opencc-python-reimplemented (needed only to regenerate the Big5 page)") from exc
    converted: str = opencc.OpenCC("s2tw").convert(text)
    return converted


def big5_page(source: str) -> str:
    title = "惠来县人力资源和社会保障局2020年法治政府建设年度报告"
    body = paragraphs(source.split("\n"))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2021-01-08" />
<meta name="ContentSource" content="惠来县人力资源和社会保障局" />
<title>{title}_惠来县人民政府</title>
</head>
<body>
<div class="top"><a href="/">简体版</a> | <a href="/big5/">繁体版</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="detail">
  <h1>{title}</h1>
  <div class="detail-info">发布时间：2021-01-08 来源：惠来县人力资源和社会保障局 浏览次数：212</div>
  <div class="article_con">
{body}
  </div>
  <div class="detail-tools">【<a href="javascript:window.print()">打印</a>】【<a
    href="javascript:window.close()">关闭</a>】</div>
  <div>上一篇：<a href="/4.html">惠来县人力资源和社会保障局2019年法治政府建设年度报告</a></div>
</div>
<div class="footer">版权所有：惠来县人民政府 粤ICP备12345678号</div>
</body>
</html>
"""
    return traditional(page)


# --- writing -------------------------------------------------------------------------------------


def main() -> None:
    DST.mkdir(parents=True, exist_ok=True)
    source = traditional((SEEDS / "huilai-2020.txt").read_text(encoding="utf-8"))
    pages = [
        ("foshan-2020.gbk-table.html", "foshan-2020", None, "gb18030", "zoom",
         gbk_table_page().replace("\n", "\r\n").encode("gbk")),
        ("shenzhen-2017.trs.html", "shenzhen-2017", None, "utf-8", "trs_editor", trs_page().encode("utf-8")),
        ("nanchangxian-2024.unknown-container.html", "nanchangxian-2024", None, "utf-8", None,
         unknown_container_page().encode("utf-8")),
        ("wuzhou-2021.spans-table.html", "wuzhou-2021", None, "utf-8", "ucap-content",
         spans_table_page().encode("utf-8")),
        ("huilai-2020.big5.html", "huilai-2020", "huilai-2020.big5.source.txt", "big5", "article_con",
         big5_page(source).encode("big5")),
    ]  # fmt: skip
    manifest = []
    for page, seed, own_source, codec, container, raw in pages:
        (DST / page).write_bytes(raw)
        if own_source:
            (DST / own_source).write_text(source, encoding="utf-8")
        src = f"fixtures/documents/html/{own_source}" if own_source else f"fixtures/reports/{seed}.txt"
        manifest.append({"page": page, "seed": seed, "source": src, "encoding": codec, "container": container})
    (DST / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
