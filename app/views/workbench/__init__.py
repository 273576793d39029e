"""工作台: the workbench summary, the first-run welcome page and loading demo data."""
