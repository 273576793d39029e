"""The import wizard (导入): file, columns, preview, check and import of legacy records."""
