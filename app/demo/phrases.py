"""What the demo staff write in the ledger: write-off reasons, red-letter and void notes,
follow-up summaries, invoice request rejections.

Everything is a tuple so that the generator's random choices are reproducible."""

from __future__ import annotations

WRITE_OFF_REASONS = (
    "客户已注销，经多次催收无果，经批准按坏账核销",
    "法院裁定终结本次执行，无可供执行财产",
    "客户破产清算，债权未获清偿",
    "账龄超过三年，多次发函催收无回应，确认无法收回",
    "小额尾款，客户以检测报告延误为由拒付，经批准核销",
)

RED_LETTER_FULL_NOTES = (
    "发票抬头有误，全额冲红后重开",
    "购买方税号有误，全额冲红",
    "客户取消委托，全额冲红",
)
RED_LETTER_PARTIAL_NOTES = (
    "检测项目调整，部分冲红",
    "协商折让，开具红字发票",
    "样品数量减少，按实际数量冲减",
)
VOID_REASONS = ("开票信息有误，当月作废重开", "重复开票，已作废")

DUNNING_CALLS = (
    "电话催款，对方财务称付款申请已提交，等待领导审批",
    "电话联系，客户表示资金紧张，承诺分批付款",
    "微信提醒逾期发票，对方回复本周内安排",
    "上门拜访，与采购负责人核对未付款发票清单",
    "电话催收，对方称发票已交财务，月底前付款",
)
PROMISE_KEPT_SUMMARY = "电话确认付款计划，对方承诺按期付款"
DUNNING_LETTER_SUMMARY = "寄送催款函及对账单，要求在十五日内付清逾期款项"
VISIT_SUMMARIES = (
    "拜访客户，介绍年度自行监测方案",
    "回访检测报告使用情况，客户满意",
    "沟通下半年检测计划及报价",
    "年度合同续签洽谈",
)
REQUEST_REJECT_REASONS = (
    "开票信息不全：缺少纳税人识别号",
    "开票金额与合同不符，请核对后重新申请",
)
PREPAYMENT_NOTE = "预付款（高风险客户先款后检）"
