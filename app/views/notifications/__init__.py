"""The notification centre: the unread count in the main window, the list of notifications
(mark read, snooze, open the item), the reminder run every few minutes and the desktop
notifications it delivers."""
