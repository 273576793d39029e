"""Closed vocabularies stored as short strings (validated in services, not by CHECK
constraints, so that adding a value never needs a table rebuild)."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    SALES = "sales"
    FINANCE = "finance"
    TECHNICIAN = "technician"
    VIEWER = "viewer"


class CustomerCategory(StrEnum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    INSTITUTION = "institution"
    INDIVIDUAL = "individual"


class ProjectStage(StrEnum):
    LEAD = "lead"
    QUOTED = "quoted"
    CONTRACTED = "contracted"
    SAMPLES_RECEIVED = "samples_received"
    TESTING = "testing"
    REPORT_ISSUED = "report_issued"
    INVOICED = "invoiced"
    PAID = "paid"
    CANCELLED = "cancelled"


# The forward chain; CANCELLED is reachable from any stage but PAID.
STAGE_ORDER: tuple[ProjectStage, ...] = (
    ProjectStage.LEAD,
    ProjectStage.QUOTED,
    ProjectStage.CONTRACTED,
    ProjectStage.SAMPLES_RECEIVED,
    ProjectStage.TESTING,
    ProjectStage.REPORT_ISSUED,
    ProjectStage.INVOICED,
    ProjectStage.PAID,
)


class InstallmentTrigger(StrEnum):
    FIXED = "fixed"
    CONTRACT_SIGNED = "contract_signed"
    SAMPLES_RECEIVED = "samples_received"
    REPORT_ISSUED = "report_issued"


class InvoiceKind(StrEnum):
    VAT_SPECIAL = "vat_special"  # 专票
    VAT_NORMAL = "vat_normal"  # 普票
    DIGITAL = "digital"  # 数电
    RECEIPT = "receipt"  # 收据


class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"


class InvoiceRequestStatus(StrEnum):
    PENDING = "pending"
    ISSUED = "issued"
    REJECTED = "rejected"


class WriteOffRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"  # withdrawn by the requester, or the invoice was voided


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CHEQUE = "cheque"
    ACCEPTANCE_BILL = "acceptance_bill"  # 承兑汇票
    WECHAT_ALIPAY = "wechat_alipay"


class PaymentStatus(StrEnum):
    ACTIVE = "active"
    REVERSED = "reversed"


class ActivityKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    WECHAT = "wechat"
    NOTE = "note"
    DUNNING_LETTER = "dunning_letter"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    PARTIAL = "partial"
    BROKEN = "broken"


class StatementReply(StrEnum):
    NONE = "none"
    AGREED = "agreed"
    DISPUTED = "disputed"
