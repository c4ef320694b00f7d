"""The Django app that holds every domain model; writes go through ``actions``, scoped reads through ``access``."""
