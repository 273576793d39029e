"""Outbound channels: email to customers through the lab's SMTP server and posts to
team-chat robots (企业微信 WeCom, 钉钉 DingTalk), through a durable outbox. No Qt.

The API the reminder engine (and the lead's wiring) uses:

- ``reminder_email.enqueue_customer_reminder(session, customer_id, as_of, dedupe_key, now,
  attachment=None)``: the polite payment reminder of the customer's open invoices to their
  billing contact, put in the outbox in the caller's transaction; None when the customer
  has no contact with an email address or nothing open. ``statement_attachment(...)``
  makes the statement PDF to attach. ``channel_settings.get_smtp_settings(session)
  .is_configured`` says whether email can go out at all.
- ``team_messages.enqueue_team_message(session, salesperson_id, title, markdown,
  dedupe_key, now)``: one post per robot whose scope covers the salesperson.
- ``outbox.enqueue(session, OutboundMessage(...), now)``: any other message; idempotent on
  ``dedupe_key`` across PCs.
- ``outbox.deliver_pending(db, actor, now=None)``: send what is due; never raises; returns
  ``Changed[DeliveryReport]`` (sent, retried, failed). Run it after generating reminders
  and every few minutes.

Settings (``channel_settings``): ``save_smtp_settings`` and ``save_team_robots`` validate,
audit and keep the SMTP password and DingTalk signing secrets in the OS keyring
(``keyring_store``). ``channel_check`` sends a test email or a test robot message for the
settings page."""
