"""The Qt user interface: widgets, dialogs and table models. Views call services only."""
