"""SQLAlchemy ORM models, one module per entity group. Importing this package registers
every table on ``Base.metadata`` (Alembic and the test fixtures rely on that)."""

from app.models.activity import Activity
from app.models.audit import AuditChainHead, AuditEntry
from app.models.bank_line import BankLine
from app.models.base import Base
from app.models.change_counter import ChangeCounter
from app.models.collection_task import CollectionTask, EmailOutbox
from app.models.credit_tier import CreditTier
from app.models.customer import Contact, Customer, CustomerOwnership
from app.models.import_batch import ImportBatch
from app.models.invoice import Invoice, InvoiceRequest
from app.models.notification import Notification
from app.models.number_sequence import NumberSequence
from app.models.outbox import OutboxMessage
from app.models.payment import Allocation, PayerAlias, Payment, WriteOff, WriteOffRequest
from app.models.project import Installment, Project, ProjectItem, ProjectStageEvent
from app.models.sales_target import SalesTarget
from app.models.setting import Setting
from app.models.statement import Statement
from app.models.tier_proposal import TierProposal
from app.models.user import User

__all__ = [
    "Activity",
    "Allocation",
    "AuditChainHead",
    "AuditEntry",
    "BankLine",
    "Base",
    "ChangeCounter",
    "CollectionTask",
    "Contact",
    "CreditTier",
    "Customer",
    "CustomerOwnership",
    "EmailOutbox",
    "ImportBatch",
    "Installment",
    "Invoice",
    "InvoiceRequest",
    "Notification",
    "NumberSequence",
    "OutboxMessage",
    "PayerAlias",
    "Payment",
    "Project",
    "ProjectItem",
    "ProjectStageEvent",
    "SalesTarget",
    "Setting",
    "Statement",
    "TierProposal",
    "User",
    "WriteOff",
    "WriteOffRequest",
]
