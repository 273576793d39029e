"""The statements section (对账单): list, previews, replies and the period-end batch."""
