"""客户: the customer list, dialogs, detail panel, 360 view and export."""
