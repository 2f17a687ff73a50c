"""Rule tables for decoding plain text: which legacy Chinese encodings are tried, and the
characters that tell a right decoding from a wrong one.

GB18030 and Big5 both decode most Chinese bytes without an error; only the right codec gives a
text made mostly of a report's common characters. ``COMMON_HAN`` holds the 400 Han characters
the seed reports use most (in simplified form; their traditional forms count too), regenerated
by ``python scripts/make_common_chars.py``.
"""

from __future__ import annotations

# Tried in this order after UTF-8 fails; on a tie the first wins.
LEGACY_CODECS: tuple[str, ...] = ("gb18030", "big5hkscs")

# A decoding must have at least this share of common characters among its Han characters to
# be preferred over the other codec's.
MIN_COMMON_SHARE = 0.3

COMMON_HAN = (
    "法政行的工人动和作件制规劳一执实进建开业社治理局案全关办务度公力市提策保事年议设展及依我为会定责重有"
    "律在监化合加时范大对要推发等资部解民强审中项程决企用查高信学不府性平以文系上察障问面落调通体主处宣职"
    "息权服导专组机员二传习任方格效题出诉门是争于领各严了共情意过到裁管三求普序位知成单步源现深应新式完能"
    "与复报网见好培指善来负仲条督县下统相训做党水结清期布识同维例率干将持积极按点接国自认入断升众形受立确"
    "庭者纠纷施联活检明多群四分经贯取地织心并参就生特书彻域台证真坚改级示欠量内据告思广线质录照评其难考核"
    "举引常委批快可或集次目前站险近促谁卷环利日罚涉请薪间记营切流健协限运类顾况论违得讲准存向安履署圳佛省"
    "精优续供费打本典则道稳采区农支构根计惠想山神疫减个家份创配造育院益万谐华境所微申答措读达讼号送师护待"
    "元排抓标从增疑把听着整科置室队围节宪场两电访金低由第户投询必征印需南已讨原回伍充付殊因教长视控放划使"
)
