"""What every use case stands on: the actor, permissions, audit log, what a write changed,
settings, users, numbering, list requests, start-up and `check`.
"""
