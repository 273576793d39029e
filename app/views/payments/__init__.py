"""回款: the payment list, detail panel, recording and allocating payments, reversal."""
