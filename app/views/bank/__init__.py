"""The bank statement screen: import an export, confirm its credits as payments."""
