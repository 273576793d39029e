"""Running service calls off the GUI thread: the op-runner for reads, the serial writer for writes,
and the change bus.
"""
