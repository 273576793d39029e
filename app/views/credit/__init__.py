"""Credit: credit-hold refusals and overrides, credit tiers and tier proposals."""
