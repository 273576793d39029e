"""The outbound channels' fixtures (tests/outbound_fixtures.py)."""

from tests.outbound_fixtures import memory_keyring, robot_server, smtp_server

__all__ = ["memory_keyring", "robot_server", "smtp_server"]
