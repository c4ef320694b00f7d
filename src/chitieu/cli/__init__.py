"""The ``chitieu`` command line: one module per command group, each calling library actions."""
