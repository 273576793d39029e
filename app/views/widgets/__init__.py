"""Small widgets and the form dialog that every feature's screens share."""
