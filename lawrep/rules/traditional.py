"""Traditional → simplified characters, one for one, for matching and for names.

Two tables: the complete one, ``traditional_chars.tsv``, generated from OpenCC's character data
by ``scripts/make_traditional.py`` (traditional and Hong Kong/Taiwan variant forms, without the
characters simplified text also uses), and the hand-checked pairs below, which win where the
two differ and add a few characters that are unambiguous in administrative prose (於 → 于).
覆, 乾, 著 and the like stay as they are: they are also ordinary simplified characters
(乾安县 is a place). The mapping is length-preserving, so it joins the fold in
``lawrep.text.fold``; a character with no single-character mapping stays as it is.
"""

from __future__ import annotations

from pathlib import Path

GENERATED = Path(__file__).with_name("traditional_chars.tsv")

PAIRS = (
    "勞劳動动資资監监執执爭争議议訴诉訟讼結结簽签訂订訓训請请調调審审處处罰罚違违單单織织務务員员"
    "門门險险費费補补貼贴發发總总計计數数據据報报檢检舉举辦办會会開开達达與与關关係系縣县區区鎮镇"
    "農农業业權权責责規规範范證证書书準准稅税額额萬万億亿個个項项場场張张筆笔戶户類类種种臺台點点"
    "幾几兩两餘余約约於于為为對对從从將将還还這这時时間间後后應应復复簡简傳传講讲習习學学識识導导"
    "領领機机構构體体隊队實实現现讓让網网線线聯联絡络話话電电號号級级義义職职轉转轄辖營营東东廣广"
    "蘇苏陝陕遼辽寧宁貴贵雲云灣湾華华國国內内勵励獎奖懲惩嚴严厲厉並并產产療疗醫医藥药護护養养傷伤"
    "殘残壓压縮缩減减紛纷糾纠決决斷断劃划協协維维穩稳崗岗續续參参滿满遞递訊讯標标優优鄉乡園园設设"
    "備备徵征價价錢钱銀银貸贷撥拨擴扩啟启動动屆届樣样評评務务級级積积極极認认證证銷销議议詢询詳详"
    "歷历黨党幹干們们說说問问題题決决準准讀读寫写聽听觀观點点認认識识護护衛卫飛飞齊齐雙双組组"
)


def generated() -> dict[int, str]:
    """The generated table: ``traditional<TAB>simplified`` lines, ``#`` comments."""
    pairs: dict[int, str] = {}
    for line in GENERATED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simple = line.split("\t")
            pairs[ord(trad)] = simple
    return pairs


def table() -> dict[int, str]:
    """The code-point table for ``str.translate``: the generated pairs, then the checked ones."""
    found = generated()
    found.update({ord(PAIRS[i]): PAIRS[i + 1] for i in range(0, len(PAIRS) - 1, 2)})
    return found
