"""Django REST framework and drf-spectacular settings, imported by ``chitieu.server.settings``."""

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["chitieu.api.permissions.ReadOrAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "chitieu.api.pagination.Pages",
    "EXCEPTION_HANDLER": "chitieu.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "chitieu.api.schema.EnvelopeAutoSchema",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "chitieu API",
    "DESCRIPTION": (
        "Units, indicators, documents, targets with their status, observations and their approval, and the audit "
        "trail: the same reads and writes as the pages. Errors share one envelope (the Error component). "
        "See docs/api.md."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Database ids in paths: bounded so that every id the schema allows is one the database can be asked about.
    "PATH_CONVERTER_OVERRIDES": {"dbid": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}},
}
