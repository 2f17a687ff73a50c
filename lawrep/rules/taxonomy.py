"""The metric taxonomy: every key lawrep can name, with its Chinese label and a definition.

Keys are stable (``domain.measure``); other tools and panels join on them. ``docs/taxonomy.md``
is generated from this table and the rules (``python scripts/taxonomy_doc.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A taxonomy key: its Chinese label, a one-line definition and, for a rate (a key ending in
    ``_rate``), what is counted above and below the line, so two rates are never added up."""

    key: str
    label: str
    definition: str
    numerator: str = ""
    denominator: str = ""


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
    Term("labor_inspection.cases_closed", "劳动监察结案", "Labour inspection cases concluded (结案, 办结)."),
    Term(
        "labor_inspection.cases_investigated",
        "劳动监察查处案件",
        "Labour inspection cases investigated and dealt with (查处): not the same as cases closed.",
    ),
    Term(
        "labor_inspection.closure_rate",
        "劳动监察结案率",
        "Closure rate of labour inspection cases (结案率, 办结率; 调结率 counts settlements as closed).",
        "inspection cases concluded or settled",
        "inspection cases accepted or filed",
    ),
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
    Term(
        "labor_dispute.closure_rate",
        "仲裁结案率",
        "Arbitration closure rate.",
        "dispute cases closed",
        "dispute cases received",
    ),
    Term(
        "labor_dispute.mediation_rate",
        "调解成功率",
        "Mediation success rate.",
        "disputes settled by mediation",
        "disputes mediated or received",
    ),
    Term(
        "labor_dispute.finality_rate",
        "仲裁终结率",
        "Share of awards final at arbitration.",
        "awards final at arbitration (终局裁决)",
        "awards made",
    ),
    Term("labor_dispute.amount_involved", "争议涉案金额", "Money involved in the disputes."),
    Term("labor_dispute.workers_involved", "争议涉及劳动者", "Workers involved in the disputes."),
    Term("labor_dispute.change", "争议案件同比变化", "Year-on-year change in dispute cases."),
    Term("admin_reconsideration.cases", "行政复议案件", "Administrative reconsideration cases."),
    Term("admin_litigation.cases", "行政诉讼案件", "Administrative litigation cases."),
    Term("admin_litigation.first_instance", "行政诉讼一审", "Administrative litigation, first instance."),
    Term("admin_litigation.second_instance", "行政诉讼二审", "Administrative litigation, second instance."),
    Term("admin_litigation.retrial", "行政诉讼再审", "Administrative litigation, retrial."),
    Term("admin_litigation.lost", "行政诉讼败诉", "Administrative litigation cases lost."),
    Term(
        "admin_litigation.appearance_rate",
        "负责人出庭应诉率",
        "Rate of agency heads appearing in court.",
        "hearings the agency head attended",
        "hearings of cases against the agency",
    ),
    Term("admin_disputes.cases", "复议诉讼案件合计", "Reconsideration and litigation cases counted together."),
    Term("admin_disputes.upheld", "维持", "Decisions upheld."),
    Term("admin_disputes.corrected", "撤销纠错", "Decisions revoked, changed, found unlawful or corrected."),
    Term("admin_disputes.withdrawn", "撤回", "Cases ended by a withdrawal (撤回): of the application, or of the act."),
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
    Term(
        "disclosure.completion_rate",
        "办结率",
        "Share of requests or cases completed.",
        "requests answered",
        "requests received",
    ),
    Term("legal_education.events", "普法活动", "Law-popularisation events held."),
    Term("legal_education.participants", "参加人数", "People taking part in law-popularisation events."),
    Term("legal_education.reach", "普法覆盖人次", "People reached by law popularisation."),
    Term("staff_training.trainees", "培训人数", "Staff trained in law and enforcement."),
    Term("staff_training.sessions", "培训期次", "Training sessions for staff."),
    Term(
        "staff_training.exam_pass_rate",
        "学法考试通过率",
        "Share of staff passing a law exam or training test (通过率, 合格率).",
        "staff who passed",
        "staff who sat the exam",
    ),
    Term(
        "staff_training.coverage_rate",
        "学法参学率",
        "Share of staff taking part in law study or an exam (参学率, 参考率, 覆盖率).",
        "staff who took part",
        "staff expected to take part",
    ),
    Term("services.items", "政务服务事项", "Government service items."),
    Term(
        "services.online_rate",
        "网上可办率",
        "Share of service items available online.",
        "service items that can be handled online",
        "service items",
    ),
    Term("services.materials_cut", "办事材料精简", "Reduction in documents required."),
    Term("services.time_cut", "办理时限压缩", "Reduction in processing time."),
    Term("services.transactions", "办件量", "Service transactions handled."),
    Term("labor_contracts.signed", "签订劳动合同", "Labour contracts signed."),
    Term(
        "labor_contracts.signing_rate",
        "劳动合同签订率",
        "Labour-contract signing rate.",
        "workers (or employers) with a signed labour contract",
        "workers (or employers) covered",
    ),
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
    Term(
        "enforcement.case_file_pass_rate",
        "案卷合格率",
        "Pass rate of reviewed case files.",
        "case files rated acceptable",
        "case files reviewed",
    ),
)

DOMAINS: dict[str, str] = {
    "wage_arrears": "欠薪治理",
    "labor_inspection": "劳动保障监察",
    "labor_dispute": "劳动人事争议仲裁",
    "admin_reconsideration": "行政复议",
    "admin_litigation": "行政诉讼",
    "admin_disputes": "复议诉讼合计",
    "normative_documents": "规范性文件",
    "legal_counsel": "法律顾问",
    "disclosure": "政务公开",
    "legal_education": "普法",
    "staff_training": "学法培训",
    "services": "政务服务",
    "labor_contracts": "劳动合同",
    "social_insurance": "社会保险",
    "oversight": "建议提案",
    "enforcement": "执法监督",
}
"""Each key's domain (the part before the dot) with the Chinese name a reviewer sees it under,
in the order the review page lists them (the taxonomy's own order)."""
