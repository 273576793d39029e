"""What every use case stands on: the actor, permissions, audit log, settings, users, numbering,
list requests, start-up and `check`.
"""
