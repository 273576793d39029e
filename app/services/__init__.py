"""Use cases. They take a unit of work, return frozen dataclasses and never import Qt."""
