"""设置: language, database location and the lab profile."""
