"""Projects from quote to paid, the project list and invoice requests."""
