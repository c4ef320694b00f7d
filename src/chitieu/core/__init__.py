"""The pure core of chitieu: plain dataclasses and functions, no Django, no clock reads."""
