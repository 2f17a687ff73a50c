"""The metric taxonomy and the rules that name quantities with it.

A rule is a small record. It applies to a quantity when all its conditions hold:

* ``left``: searched in the clause before the quantity (from the last ，；。：or line break);
  the cue that ends nearest the number wins among rules that match (“the governing verb”).
  It is searched backwards from the number (``regex.REVERSE``), which finds that cue in one
  step; write the pattern as usual, left to right.
* ``right``: matched at the start of the clause after the quantity (``5份规范性文件进行…``).
* ``sentence``: searched in the sentence before the quantity (``行政诉讼`` for a later ``二审``).
* ``not_left``: must not occur in the clause before the quantity.
* ``inside``: searched in the quantity's own text (a zero in words: ``未有败诉案件``).
* ``units`` / ``dims``: what the quantity must measure; ``change``: must (True) or must not
  (False) be a change, or either (None).
* ``domain``: the domain the context must resolve to (see ``DOMAIN_CUES``), for cues such as
  ``结案率`` or ``涉及劳动者`` that mean different things under different headings.

Figures under a ``next_year_plan`` part are targets, not results: they are never named.

Keys are stable; add rules freely. Labels and definitions document the taxonomy (README).
"""

from __future__ import annotations

from dataclasses import dataclass

COUNT = ("count",)
MONEY = ("money",)
PCT = ("percent",)
PEOPLE = ("人", "名", "位", "人次")
CASES = ("件", "宗", "起", "个", "例", "件次")
FIRMS = ("家", "户", "户次", "家次", "个")


@dataclass(frozen=True)
class Term:
    """A taxonomy key: its Chinese label and a one-line definition."""

    key: str
    label: str
    definition: str


@dataclass(frozen=True)
class Rule:
    id: str
    key: str
    left: str | None = None
    right: str | None = None
    sentence: str | None = None
    not_left: str | None = None
    inside: str | None = None
    dims: tuple[str, ...] = COUNT
    units: tuple[str, ...] | None = None
    change: bool | None = False
    domain: str | None = None


TAXONOMY: tuple[Term, ...] = (
    Term("wage_arrears.amount_recovered", "追发欠薪金额", "Wages and benefits recovered for workers."),
    Term("wage_arrears.workers", "追发欠薪涉及劳动者", "Workers the recovered wages were paid to."),
    Term("wage_arrears.clues", "欠薪线索", "Wage-arrears leads received and handled."),
    Term("wage_arrears.emergency_fund", "欠薪应急资金", "Emergency or revolving funds used to pay arrears."),
    Term(
        "labor_inspection.complaints",
        "劳动监察受理投诉举报",
        "Complaints and reports accepted by labour inspection.",
    ),
    Term("labor_inspection.cases_filed", "劳动监察立案", "Labour inspection cases placed on file."),
    Term("labor_inspection.cases_closed", "劳动监察结案", "Labour inspection cases concluded."),
    Term("labor_inspection.closure_rate", "劳动监察结案率", "Closure or settlement rate of inspection cases."),
    Term("labor_inspection.employers_inspected", "检查用人单位", "Employers inspected."),
    Term("labor_inspection.workers_covered", "检查涉及劳动者", "Workers covered by the inspections."),
    Term(
        "labor_inspection.orders_issued",
        "下达整改指令文书",
        "Rectification orders and other enforcement instruments.",
    ),
    Term("labor_inspection.criminal_referrals", "移送公安机关", "Cases referred to the police."),
    Term("labor_inspection.penalties", "行政处罚件数", "Administrative penalties imposed (count)."),
    Term("labor_inspection.penalty_amount", "行政处罚金额", "Administrative penalties imposed (amount)."),
    Term(
        "labor_dispute.cases_received",
        "受理劳动人事争议案件",
        "Labour and personnel disputes received by mediation and arbitration.",
    ),
    Term("labor_dispute.cases_closed", "劳动人事争议结案", "Labour and personnel disputes concluded."),
    Term("labor_dispute.hearings", "开庭审理", "Dispute cases heard in court."),
    Term("labor_dispute.mediated", "调解结案", "Dispute cases settled by mediation."),
    Term("labor_dispute.withdrawn", "撤诉", "Dispute cases withdrawn."),
    Term("labor_dispute.closure_rate", "仲裁结案率", "Arbitration closure rate."),
    Term("labor_dispute.mediation_rate", "调解成功率", "Mediation success rate."),
    Term("labor_dispute.finality_rate", "仲裁终结率", "Share of awards final at arbitration."),
    Term("labor_dispute.amount_involved", "争议涉案金额", "Money involved in the disputes."),
    Term("labor_dispute.workers_involved", "争议涉及劳动者", "Workers involved in the disputes."),
    Term("labor_dispute.change", "争议案件同比变化", "Year-on-year change in dispute cases."),
    Term("admin_reconsideration.cases", "行政复议案件", "Administrative reconsideration cases."),
    Term("admin_litigation.cases", "行政诉讼案件", "Administrative litigation cases."),
    Term("admin_litigation.first_instance", "行政诉讼一审", "Administrative litigation, first instance."),
    Term("admin_litigation.second_instance", "行政诉讼二审", "Administrative litigation, second instance."),
    Term("admin_litigation.retrial", "行政诉讼再审", "Administrative litigation, retrial."),
    Term("admin_litigation.lost", "行政诉讼败诉", "Administrative litigation cases lost."),
    Term("admin_litigation.appearance_rate", "负责人出庭应诉率", "Rate of agency heads appearing in court."),
    Term("admin_disputes.cases", "复议诉讼案件合计", "Reconsideration and litigation cases counted together."),
    Term("admin_disputes.upheld", "维持", "Decisions upheld."),
    Term("admin_disputes.corrected", "撤销纠错", "Decisions revoked, withdrawn or corrected."),
    Term("admin_disputes.pending", "未结", "Cases not yet concluded."),
    Term(
        "normative_documents.legality_reviewed",
        "规范性文件合法性审查",
        "Normative documents given a legality review.",
    ),
    Term(
        "normative_documents.fair_competition_reviewed",
        "公平竞争审查",
        "Normative documents given a fair-competition review.",
    ),
    Term("normative_documents.cleaned_up", "规范性文件清理", "Normative documents reviewed in a clean-up."),
    Term("legal_counsel.advisors", "法律顾问", "Legal advisers retained."),
    Term(
        "legal_counsel.documents_reviewed",
        "法律顾问审查文件",
        "Documents and contracts the advisers reviewed.",
    ),
    Term("legal_counsel.opinions", "法律意见书", "Legal opinions issued."),
    Term("disclosure.requests", "信息公开申请", "Information-disclosure requests."),
    Term("disclosure.items_published", "主动公开信息", "Items of government information published."),
    Term("disclosure.public_opinion_handled", "处理舆情", "Online public-opinion cases handled."),
    Term("disclosure.completion_rate", "办结率", "Share of requests or cases completed."),
    Term("legal_education.events", "普法活动", "Law-popularisation events held."),
    Term("legal_education.participants", "参加人数", "People taking part in law-popularisation events."),
    Term("legal_education.reach", "普法覆盖人次", "People reached by law popularisation."),
    Term("legal_education.pass_rate", "学法考试通过率", "Pass or coverage rate of law exams and study."),
    Term("staff_training.trainees", "培训人数", "Staff trained in law and enforcement."),
    Term("staff_training.sessions", "培训期次", "Training sessions for staff."),
    Term("services.items", "政务服务事项", "Government service items."),
    Term("services.online_rate", "网上可办率", "Share of service items available online."),
    Term("services.materials_cut", "办事材料精简", "Reduction in documents required."),
    Term("services.time_cut", "办理时限压缩", "Reduction in processing time."),
    Term("services.transactions", "办件量", "Service transactions handled."),
    Term("labor_contracts.signed", "签订劳动合同", "Labour contracts signed."),
    Term("labor_contracts.signing_rate", "劳动合同签订率", "Labour-contract signing rate."),
    Term("social_insurance.fee_cut", "减免社保费", "Social-insurance premium reductions."),
    Term("social_insurance.subsidy_paid", "稳岗返还", "Job-stabilisation refunds and subsidies paid."),
    Term("social_insurance.workers_benefited", "惠及职工", "Workers benefiting."),
    Term("social_insurance.employers_benefited", "惠及企业", "Employers benefiting."),
    Term("oversight.npc_suggestions", "人大代表建议", "NPC deputies' suggestions handled."),
    Term("oversight.cppcc_proposals", "政协提案", "CPPCC members' proposals handled."),
    Term(
        "oversight.judicial_suggestions",
        "司法建议",
        "Judicial, procuratorial and reconsideration suggestions received.",
    ),
    Term("enforcement.case_files_reviewed", "评查执法案卷", "Enforcement case files reviewed."),
    Term("enforcement.case_file_pass_rate", "案卷合格率", "Pass rate of reviewed case files."),
)

# Domain cues: the words that say which field a sentence or heading is about.
DOMAIN_CUES: tuple[tuple[str, str], ...] = (
    ("disclosure", r"信息公开|政务公开|舆情|公开申请"),
    ("labor_dispute", r"仲裁|劳动争议|人事争议|争议案件|调解组织|调处"),
    ("labor_inspection", r"劳动监察|劳动保障监察|监察执法|举报投诉|投诉举报|欠薪|拖欠|线索"),
    ("admin_disputes", r"复议[^0-9]{0,6}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼)|复议诉讼"),
    ("enforcement", r"案卷|评查"),
    ("legal_counsel", r"法律顾问|律师"),
    ("admin_litigation", r"行政诉讼|应诉"),
    ("admin_reconsideration", r"行政复议"),
    ("legal_education", r"普法|法治宣传|学法"),
    ("services", r"政务服务|审批|办事"),
)

_CASE_RECEIVED = r"(受理|收到|接收|处理|办理|立案受理|新收)"
_SESSIONS = ("期", "次", "场", "批", "班", "期次", "场次")
_STAFF = r"(执法|干部|职工|公务员|工作人员|监察员|人员)"
_NOT_STAFF = r"(职业技能|技能|创业|就业)培训"

RULES: tuple[Rule, ...] = (
    # — wage arrears —
    Rule(
        "wage.recovered",
        "wage_arrears.amount_recovered",
        left=r"(追发|追回|追讨|讨要|清欠|讨回|追缴|补发|挽回|兑付|清偿|支付|解决).{0,12}(工资|欠薪|薪酬|劳动报酬|工资待遇|工钱)",
        dims=MONEY,
    ),
    Rule("wage.recovered.verb", "wage_arrears.amount_recovered", left=r"(讨薪|追薪|清欠|追欠)$", dims=MONEY),
    Rule(
        "wage.recovered2",
        "wage_arrears.amount_recovered",
        left=r"(工资|欠薪|劳动报酬|工资待遇).{0,4}(追发|追回|追讨|讨回|清欠)",
        dims=MONEY,
    ),
    Rule(
        "wage.workers",
        "wage_arrears.workers",
        right=r"^.{0,6}(讨要|追发|追回|追讨|讨回|挽回|清欠).{0,8}(工资|欠薪|劳动报酬|工资待遇)",
        units=PEOPLE,
    ),
    Rule(
        "wage.workers.involved",
        "wage_arrears.workers",
        left=r"(涉及|惠及)(劳动者|农民工|职工|工人|员工)",
        units=PEOPLE,
        domain="wage_arrears",
    ),
    Rule("wage.clues", "wage_arrears.clues", left=r"欠薪.{0,8}线索|线索.{0,4}欠薪|欠薪(问题)?线索", dims=COUNT),
    Rule(
        "wage.fund",
        "wage_arrears.emergency_fund",
        left=r"(应急资金|应急周转金|周转金|垫付资金|垫付)",
        dims=MONEY,
    ),
    # — labour inspection —
    Rule(
        "insp.complaints",
        "labor_inspection.complaints",
        left=r"(受理|接到|收到|接收|处理|办理|核处).{0,14}(投诉|举报)",
        units=CASES,
    ),
    Rule(
        "insp.filed",
        "labor_inspection.cases_filed",
        left=r"立案(查处|处理|调查)?$|立案查处",
        units=CASES,
        not_left=r"公安",
    ),
    Rule(
        "insp.closed",
        "labor_inspection.cases_closed",
        left=r"(办结|结案|查处|结办|处结)",
        units=CASES,
        domain="labor_inspection",
    ),
    Rule("insp.rate.tiaojie", "labor_inspection.closure_rate", left=r"调结率", dims=PCT),
    Rule(
        "insp.rate",
        "labor_inspection.closure_rate",
        left=r"(结案率|办结率|处结率)",
        dims=PCT,
        domain="labor_inspection",
    ),
    Rule(
        "insp.employers",
        "labor_inspection.employers_inspected",
        left=r"(检查|抽检|抽查|巡查|巡视|排查|执法检查).{0,10}(用人单位|企业|单位|工地|项目)",
        units=FIRMS,
    ),
    Rule(
        "insp.workers",
        "labor_inspection.workers_covered",
        left=r"(涉及|覆盖)(劳动者|职工|工人|员工)",
        units=PEOPLE,
        domain="labor_inspection",
    ),
    Rule(
        "insp.orders",
        "labor_inspection.orders_issued",
        left=r"(下达|发出|送达|下发|制发|作出).{0,8}(整改|指令|责令|限期改正|处理决定|文书)",
        dims=COUNT,
    ),
    Rule("insp.referrals", "labor_inspection.criminal_referrals", left=r"移送(公安|司法|检察)", units=CASES),
    Rule(
        "insp.referrals.right",
        "labor_inspection.criminal_referrals",
        right=r"^.{0,6}(移送)(公安|司法|检察)",
        units=CASES,
    ),
    Rule(
        "insp.penalties",
        "labor_inspection.penalties",
        left=r"(行政处罚|处罚决定)",
        units=CASES,
        not_left=r"听证",
    ),
    Rule(
        "insp.penalty_amount",
        "labor_inspection.penalty_amount",
        left=r"(行政处罚|处罚|罚款|罚没)",
        dims=MONEY,
    ),
    # — labour and personnel disputes —
    Rule(
        "disp.received",
        "labor_dispute.cases_received",
        left=_CASE_RECEIVED + r".{0,14}(劳动|人事|争议|纠纷|仲裁)",
        units=CASES,
        not_left=r"投诉|举报|复议|诉讼|应诉",
    ),
    Rule(
        "disp.received.ctx",
        "labor_dispute.cases_received",
        left=_CASE_RECEIVED + r".{0,6}案件$",
        units=CASES,
        domain="labor_dispute",
    ),
    Rule(
        "disp.mediated",
        "labor_dispute.mediated",
        left=r"调解(成功|结案)?[^,;。案率]{0,24}$",
        units=("件", "宗", "起", "例", "件次"),
    ),
    Rule(
        "disp.closed",
        "labor_dispute.cases_closed",
        left=r"(结案|审结|调处|办结)",
        units=CASES,
        domain="labor_dispute",
    ),
    Rule("disp.hearings", "labor_dispute.hearings", left=r"开庭", units=CASES),
    Rule("disp.withdrawn", "labor_dispute.withdrawn", left=r"撤诉|撤回(仲裁)?申请", units=CASES),
    Rule("disp.mediation_rate", "labor_dispute.mediation_rate", left=r"调解(成功)?率", dims=PCT),
    Rule("disp.finality_rate", "labor_dispute.finality_rate", left=r"终结率|终局(裁决)?率", dims=PCT),
    Rule(
        "disp.closure_rate",
        "labor_dispute.closure_rate",
        left=r"(结案率|办结率)",
        dims=PCT,
        domain="labor_dispute",
    ),
    Rule(
        "disp.amount",
        "labor_dispute.amount_involved",
        left=r"(涉案金额|涉及金额|标的额|争议金额)",
        dims=MONEY,
    ),
    Rule(
        "disp.workers",
        "labor_dispute.workers_involved",
        left=r"(涉及|涉案)(劳动者|职工|工人|员工)",
        units=PEOPLE,
        domain="labor_dispute",
    ),
    Rule(
        "disp.change",
        "labor_dispute.change",
        left=r"(同比|较上年|较去年|比上年|比去年|与去年|与上年)",
        dims=(*PCT, "count", "percentage_points", "multiple"),
        change=True,
        domain="labor_dispute",
    ),
    # — reconsideration and litigation —
    Rule(
        "oversight.judicial",
        "oversight.judicial_suggestions",
        left=r"(司法建议|检察建议|复议建议|行政复议意见书|建议书)",
        dims=COUNT,
    ),
    Rule(
        "adm.both",
        "admin_disputes.cases",
        left=r"复议[^0-9]{0,6}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼).{0,4}案件|复议诉讼案件|复议应诉诉讼",
        units=CASES,
    ),
    Rule("adm.upheld", "admin_disputes.upheld", left=r"(维持|驳回)", units=CASES),
    Rule(
        "adm.corrected",
        "admin_disputes.corrected",
        left=r"(撤销|撤回|纠错|纠正|确认违法|变更)",
        units=CASES,
        not_left=r"撤回(仲裁)?申请|撤诉",
    ),
    Rule("adm.pending", "admin_disputes.pending", left=r"(未结|未审结|在审|尚未审结|审理中)", units=CASES),
    Rule(
        "recon.cases",
        "admin_reconsideration.cases",
        left=r"行政复议(?![^0-9]{0,4}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼))",
        units=CASES,
        not_left=r"建议",
    ),
    Rule(
        "lit.first",
        "admin_litigation.first_instance",
        left=r"一审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule(
        "lit.second",
        "admin_litigation.second_instance",
        left=r"二审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule(
        "lit.retrial",
        "admin_litigation.retrial",
        left=r"再审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule("lit.lost", "admin_litigation.lost", left=r"败诉", units=CASES),
    Rule("lit.lost.zero", "admin_litigation.lost", inside=r"败诉", units=CASES),
    Rule("lit.appearance", "admin_litigation.appearance_rate", left=r"出庭(应诉)?率", dims=PCT),
    Rule(
        "lit.cases",
        "admin_litigation.cases",
        left=r"(行政诉讼|行政应诉|(?<!复议)应诉案件|被诉)",
        units=CASES,
        not_left=r"民事诉讼",
    ),
    # — normative documents —
    Rule("doc.fair", "normative_documents.fair_competition_reviewed", right=r"^.{0,14}公平竞争审查", dims=COUNT),
    Rule(
        "doc.fair.left",
        "normative_documents.fair_competition_reviewed",
        left=r"公平竞争审查.{0,8}$",
        dims=COUNT,
    ),
    Rule(
        "doc.legality",
        "normative_documents.legality_reviewed",
        right=r"^.{0,14}(合法性审查|合法性审核)",
        dims=COUNT,
    ),
    Rule(
        "doc.legality.left",
        "normative_documents.legality_reviewed",
        left=r"(合法性审查|合法性审核).{0,12}$",
        dims=COUNT,
        not_left=r"公平竞争",
    ),
    Rule(
        "doc.cleanup",
        "normative_documents.cleaned_up",
        right=r"^.{0,16}规范性文件.{0,8}(清理|评估|废止|修改)",
        dims=COUNT,
    ),
    Rule("doc.cleanup.left", "normative_documents.cleaned_up", left=r"清理.{0,10}规范性文件.{0,6}$", dims=COUNT),
    # — legal counsel —
    Rule("counsel.advisors", "legal_counsel.advisors", right=r"^.{0,4}(律师|法律顾问|公职律师)", units=PEOPLE),
    Rule("counsel.advisors.left", "legal_counsel.advisors", left=r"(法律顾问|公职律师|律师)$", units=PEOPLE),
    Rule(
        "counsel.reviewed",
        "legal_counsel.documents_reviewed",
        left=r"(顾问|律师).{0,12}(审查|审核|审阅).{0,10}$",
        dims=COUNT,
    ),
    Rule(
        "counsel.reviewed.ctx",
        "legal_counsel.documents_reviewed",
        left=r"(审查|审核|审阅).{0,10}$",
        dims=COUNT,
        domain="legal_counsel",
    ),
    Rule("counsel.opinions", "legal_counsel.opinions", right=r"^.{0,2}《?法律(意见书|意见)", dims=COUNT),
    Rule(
        "counsel.opinions.left",
        "legal_counsel.opinions",
        left=r"(出具|提供|提出).{0,4}《?法律意见",
        dims=COUNT,
    ),
    # — information disclosure —
    Rule("disc.requests", "disclosure.requests", left=r"(政府)?信息公开申请|依申请公开", dims=COUNT),
    Rule("disc.requests.right", "disclosure.requests", right=r"^.{0,4}(政府)?信息公开申请", dims=COUNT),
    Rule("disc.opinion", "disclosure.public_opinion_handled", left=r"舆情", dims=COUNT),
    Rule(
        "disc.published",
        "disclosure.items_published",
        left=r"(公开|发布|公示|报送|更新).{0,12}(信息|政策|解读)",
        dims=COUNT,
        not_left=r"宣传|申请",
    ),
    Rule(
        "disc.published.right",
        "disclosure.items_published",
        right=r"^.{0,2}(新政策|政策解读|政策文件|政府信息)",
        dims=COUNT,
        not_left=r"宣传",
    ),
    Rule(
        "disc.rate",
        "disclosure.completion_rate",
        left=r"(办结率|答复率|按时答复率)",
        dims=PCT,
        domain="disclosure",
    ),
    # — enforcement case files —
    Rule(
        "enf.pass_rate",
        "enforcement.case_file_pass_rate",
        left=r"(案卷|评查).{0,10}(合格率|优良率)",
        dims=PCT,
    ),
    Rule(
        "enf.pass_rate.ctx",
        "enforcement.case_file_pass_rate",
        left=r"(合格率|优良率)",
        dims=PCT,
        domain="enforcement",
    ),
    Rule("enf.files", "enforcement.case_files_reviewed", right=r"^.{0,6}(执法案卷|案卷)", dims=COUNT),
    Rule("enf.files.left", "enforcement.case_files_reviewed", left=r"(评查|抽查|抽取).{0,14}案卷$", dims=COUNT),
    # — staff training —
    Rule(
        "train.trainees.left",
        "staff_training.trainees",
        left=r"培训.{0,8}$",
        units=PEOPLE,
        sentence=_STAFF,
        not_left=_NOT_STAFF,
    ),
    Rule(
        "train.trainees.right",
        "staff_training.trainees",
        right=r"^.{0,8}(参与|参加|参训).{0,12}(培训|学法)",
        units=PEOPLE,
    ),
    Rule(
        "train.sessions",
        "staff_training.sessions",
        right=r"^.{0,10}(执法|业务|法治|法律).{0,6}培训",
        units=_SESSIONS,
    ),
    Rule(
        "train.sessions.left",
        "staff_training.sessions",
        left=r"(执法|业务|法治|法律|岗前|公务员|干部|职工|工作人员).{0,14}培训(班|会)?$",
        units=_SESSIONS,
        not_left=_NOT_STAFF,
    ),
    # — legal education —
    Rule("edu.pass_rate", "legal_education.pass_rate", left=r"(通过率|合格率|覆盖率|参考率|参学率)", dims=PCT),
    Rule(
        "edu.events",
        "legal_education.events",
        left=r"(开展|举办|组织|举行).{0,14}(宣传|普法|讲座|讲堂|宣讲|活动|送法)",
        units=("场", "场次", "期", "次", "批", "个", "期次"),
    ),
    Rule(
        "edu.events.right",
        "legal_education.events",
        right=r"^.{0,6}(“?劳动者法律大讲堂|法律大讲堂|普法|宣讲|讲座|线下活动|宣传活动|送法)",
        units=("场", "场次", "期", "次", "期次"),
    ),
    Rule(
        "edu.participants",
        "legal_education.participants",
        right=r"^.{0,6}(参加|参与|参会|出席|到场)",
        units=PEOPLE,
    ),
    Rule(
        "edu.participants.left",
        "legal_education.participants",
        left=r"(参加|参与|参会|出席)[^,;。]{0,8}$",
        units=PEOPLE,
        not_left=r"培训",
    ),
    Rule(
        "edu.reach",
        "legal_education.reach",
        left=r"(推送|覆盖|受众|宣传|提供|受益|阅读|浏览)",
        units=("人次", "万人次"),
    ),
    # — government services —
    Rule(
        "svc.online",
        "services.online_rate",
        right=r"^.{0,2}(网上可办|网上办理|全程网办|网办|可网上办理)",
        dims=PCT,
    ),
    Rule("svc.online.left", "services.online_rate", left=r"(网上可办率|网办率|全程网办率)", dims=PCT),
    Rule("svc.materials", "services.materials_cut", left=r"(材料|证明)$", dims=(*PCT, "count"), change=True),
    Rule(
        "svc.materials.verb",
        "services.materials_cut",
        left=r"(精简|缩减|减少|压减|取消|砍掉).{0,6}(材料|证明)",
        dims=(*PCT, "count"),
    ),
    Rule("svc.time", "services.time_cut", left=r"(时限|时间|时长)", dims=(*PCT, "duration"), change=True),
    Rule(
        "svc.items",
        "services.items",
        right=r"^.{0,10}(服务事项|政务服务事项|审批事项|办事事项)",
        units=("项", "个", "类"),
    ),
    Rule(
        "svc.items.left",
        "services.items",
        left=r"(服务|审批|办事)事项(清单)?.{0,4}$",
        units=("项", "个", "类"),
    ),
    Rule(
        "svc.items.ctx",
        "services.items",
        left=r"事项$",
        units=("项", "个", "类"),
        sentence=r"(服务|审批|办事)事项",
    ),
    Rule(
        "svc.transactions",
        "services.transactions",
        left=r"(办理|办件|受理).{0,12}(业务|事项|办件)",
        units=("笔", "件", "宗", "件次"),
    ),
    # — labour contracts and social insurance —
    Rule("contract.signed", "labor_contracts.signed", left=r"签订.{0,4}劳动合同", units=("份", "人", "家")),
    Rule("contract.rate", "labor_contracts.signing_rate", left=r"(签订率|签约率)", dims=PCT),
    Rule(
        "si.fee_cut",
        "social_insurance.fee_cut",
        left=r"(降低|减免|减征|减少|阶段性降低|缓缴).{0,10}(保险费|社保费|费用|费率)",
        dims=MONEY,
    ),
    Rule("si.fee_cut.burden", "social_insurance.fee_cut", left=r"(减负|降费|减轻.{0,6}负担)$", dims=MONEY),
    Rule(
        "si.subsidy",
        "social_insurance.subsidy_paid",
        left=r"(稳岗返还|稳岗补贴|返还|以工代训补贴|补贴)",
        dims=MONEY,
    ),
    Rule(
        "si.workers",
        "social_insurance.workers_benefited",
        left=r"惠及.{0,12}(职工|员工|劳动者|人)$|惠及(职工|员工|劳动者)",
        units=PEOPLE,
    ),
    Rule(
        "si.employers",
        "social_insurance.employers_benefited",
        left=r"^(企业|用人单位|单位|市场主体)$",
        units=FIRMS,
        domain="social_insurance",
    ),
    Rule(
        "si.employers.left",
        "social_insurance.employers_benefited",
        left=r"惠及.{0,4}(企业|用人单位|市场主体)",
        units=FIRMS,
    ),
    Rule(
        "si.employers.right",
        "social_insurance.employers_benefited",
        right=r"^(企业|用人单位|参保单位)?.{0,2}(返还|发放|拨付|减免|兑现).{0,8}(保险费|补贴|资金|社保费)",
        units=FIRMS,
    ),
    # — oversight —
    Rule("ov.npc", "oversight.npc_suggestions", left=r"(人大代表建议|人大建议|代表建议|人大议案)", units=CASES),
    Rule("ov.cppcc", "oversight.cppcc_proposals", left=r"(政协提案|政协委员提案|提案)", units=CASES),
)
