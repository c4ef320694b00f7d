"""chitieu: follow the targets that Vietnamese resolutions set, from the province down to the commune."""

__version__ = "0.1.0"
