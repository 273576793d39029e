"""Platform services (paths, logging, notifications, tray), each with a null implementation."""
