"""发票: the invoice list, detail panel, issuing, requests queue, red-letter, void and write-off."""
