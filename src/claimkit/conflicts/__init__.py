"""Built-in conflict detectors, each a plugin module registered through ``claimkit_conflicts``."""
