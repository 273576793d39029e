"""The audit viewer: the audit log, paged and filtered, with each entry's before and after."""
