"""Credit control, credit scoring and credit tiers."""
