"""Accounts: users (Django auth), roles granted on administrative units, and the scopes they give."""
