"""Collections (催收): reminder schedules, the reminder run, collection tasks, notifications
and the due-date calendar. No Qt here; the GUI and `labledger remind`/`calendar` call:

- ``reminder_service.generate_reminders(db, actor, dry_run=...)``: the idempotent run.
- ``schedule`` / ``schedule_service``: a tier's levels, validated; read and save them.
- ``collection_task_service``: ``my_tasks_today``, ``list_tasks``, ``get_task``,
  ``record_action`` (call, visit, letter, email, WeChat; a promise to pay).
- ``notification_service``: ``list_notifications``, ``unread_count``, ``mark_read``,
  ``snooze``, ``claim_for_delivery`` (desktop, once across PCs), preferences.
- ``calendar_service``: ``calendar_items`` and ``month_totals``; ``ics_export.calendar_ics``.
"""
