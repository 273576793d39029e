"""Names the 应收 screens give to what the aging services return as keys: the groupings, the
group that has no salesperson (project, category), the accounting age bands, and the
sentences that state how the buckets are drawn."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.aging import Bucket
from app.services.ledger.aging_service import THROUGH_CUSTOMER, AgingBy
from app.views.labels import bucket_label
from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "AgingLabels"

GROUPINGS = {
    AgingBy.CUSTOMER: QT_TRANSLATE_NOOP("AgingLabels", "Customer"),
    AgingBy.SALESPERSON: QT_TRANSLATE_NOOP("AgingLabels", "Salesperson"),
    AgingBy.TIER: QT_TRANSLATE_NOOP("AgingLabels", "Credit tier"),
    AgingBy.CATEGORY: QT_TRANSLATE_NOOP("AgingLabels", "Test category"),
    AgingBy.PROJECT: QT_TRANSLATE_NOOP("AgingLabels", "Project"),
}

# The group of receivables that have none (key None in the services).
NO_GROUP = {
    AgingBy.CUSTOMER: QT_TRANSLATE_NOOP("AgingLabels", "(no customer)"),
    AgingBy.SALESPERSON: QT_TRANSLATE_NOOP("AgingLabels", "(no salesperson)"),
    AgingBy.TIER: QT_TRANSLATE_NOOP("AgingLabels", "(no credit tier)"),
    AgingBy.CATEGORY: QT_TRANSLATE_NOOP("AgingLabels", "(no test category)"),
    AgingBy.PROJECT: QT_TRANSLATE_NOOP("AgingLabels", "(no project)"),
}

# The accounting age bands of the bad-debt provision (app.domain.aging.PROVISION_BUCKETS).
BANDS = {
    "1年以内": QT_TRANSLATE_NOOP("AgingLabels", "Within 1 year"),
    "1-2年": QT_TRANSLATE_NOOP("AgingLabels", "1–2 years"),
    "2-3年": QT_TRANSLATE_NOOP("AgingLabels", "2–3 years"),
    "3年以上": QT_TRANSLATE_NOOP("AgingLabels", "Over 3 years"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def grouping_label(by: AgingBy) -> str:
    return _tr(GROUPINGS[by])


def group_name(by: AgingBy, label: str) -> str:
    """A group's name; the group without one is named for what it lacks."""
    return label if label else _tr(NO_GROUP[by])


def band_label(key: str) -> str:
    source = BANDS.get(key)
    return _tr(source) if source else key


def bucket_name(key: str) -> str:
    """An aging bucket ('current', '1-30' ... '365+') or an accounting band ('1年以内' ...)."""
    return band_label(key) if key in BANDS else bucket_label(key)


def rate_text(rate_bp: int) -> str:
    """500 basis points -> '5%', 1250 -> '12.5%'."""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


EDGES_NOTE = QT_TRANSLATE_NOOP(
    "AgingLabels",
    "Aged by due date as of {date}: days overdue = {date} − due date. An invoice due on "
    "{date} counts as not yet due; one 30 days past due is in 1–30 days.",
)
PREPAID_NOTE = QT_TRANSLATE_NOOP(
    "AgingLabels",
    "Prepayments (money received and not yet applied to invoices) are shown apart, not "
    "netted into the buckets: net = total − prepaid.",
)
PREPAID_IN_TOTALS_NOTE = QT_TRANSLATE_NOOP(
    "AgingLabels",
    "Prepayments belong to customers, not to projects or test categories: they count in the "
    "totals row only.",
)
DISPUTED_NOTE = QT_TRANSLATE_NOOP(
    "AgingLabels",
    "Disputed: what customers dispute in their replies to statements (对账单回执), until "
    "the dispute is resolved; it stays in the buckets.",
)
PROVISION_NOTE = QT_TRANSLATE_NOOP(
    "AgingLabels",
    "Bad-debt provision as of {date}: open receivables by accounting age band (whole years of "
    "365 days from the due date; not yet due counts as within 1 year) times the band's rate "
    "({rates}), rounded to the fen per group and band.",
)


def aging_notes(as_of: date, by: AgingBy, *, disputes: bool = False) -> tuple[str, ...]:
    """How the aging table is drawn, stated under it (other tools draw the edges a day
    apart)."""
    notes = [_tr(EDGES_NOTE).format(date=as_of.isoformat()), _tr(PREPAID_NOTE)]
    if by not in THROUGH_CUSTOMER:
        notes.append(_tr(PREPAID_IN_TOTALS_NOTE))
    if disputes:
        notes.append(_tr(DISPUTED_NOTE))
    return tuple(notes)


def provision_notes(as_of: date, rates: tuple[int, ...], bands: tuple[Bucket, ...]) -> str:
    rates_text = ", ".join(
        f"{band_label(b.key)} {rate_text(r)}" for b, r in zip(bands, rates, strict=True)
    )
    return _tr(PROVISION_NOTE).format(date=as_of.isoformat(), rates=rates_text)
