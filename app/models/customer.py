"""Customers, their contacts and the history of who owned them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit, text_limit
from app.models.credit_tier import CreditTier
from app.models.user import User


class Customer(Versioned, Timestamped, Base):
    __tablename__ = "customers"
    __table_args__ = (
        fen_limit("credit_limit_override_fen"),
        text_limit("name", 200),
        text_limit("short_name", 100),
        text_limit("invoice_title", 200),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Name with spaces and full/half-width punctuation folded, for matching imports.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(100))
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    category: Mapped[str] = mapped_column(String(20), default="enterprise")
    tier_id: Mapped[int] = mapped_column(ForeignKey("credit_tiers.id"), index=True)
    credit_limit_override_fen: Mapped[int | None] = mapped_column(Fen)
    payment_terms_override_days: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    region: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300))
    mailing_address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    invoice_title: Mapped[str | None] = mapped_column(String(200))
    tax_id: Mapped[str | None] = mapped_column(String(30))
    bank_name: Mapped[str | None] = mapped_column(String(200))
    bank_account: Mapped[str | None] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    since: Mapped[date | None] = mapped_column(Date)
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)

    tier: Mapped[CreditTier] = relationship()
    owner: Mapped[User | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Contact.id"
    )


class Contact(Versioned, Timestamped, Base):
    __tablename__ = "contacts"
    __table_args__ = (text_limit("name", 100), text_limit("title", 100))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class CustomerOwnership(Base):
    """Who owned a customer when: handing a customer over keeps the history."""

    __tablename__ = "customer_ownerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
