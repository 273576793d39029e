"""Report writers: Excel (openpyxl) and PDF (reportlab). Never import Qt."""
