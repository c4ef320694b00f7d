"""The OpenAPI schema describes the errors too: every operation lists the envelope for the statuses it can answer.

Rather than repeat ``extend_schema(responses={400: Error, 401: Error, ...})`` on every view, the schema class adds
them: 401 and 403 everywhere (a bad token, a refused right), 404 everywhere (a missing object, a page past the
end), 400 where the operation takes parameters or a body, 406 (an Accept header no renderer serves), 415 and 409
where it takes a body. A view that declares one of these itself keeps its own.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import SAFE_METHODS

from chitieu.api.errors import ErrorSerializer

_DESCRIPTIONS = {
    "400": "The parameters or the body are not valid (or the action refused them).",
    "401": "Authentication failed (a wrong token), or the request needs a logged-in user.",
    "403": "The user may not do this here, or may not read anything at all.",
    "404": "No such object, or not one the user may see (the two are not told apart); or no such page.",
    "405": "The method is not allowed on this path.",
    "406": "No representation matches the Accept header.",
    "409": "Someone changed the object since the version given; `current` holds it as it is now.",
    "415": "The body is not JSON (or another accepted media type).",
}


class EnvelopeAutoSchema(AutoSchema):
    """drf-spectacular's AutoSchema, with the error envelope for every status the operation can answer, and
    reads open to anonymous callers (what they see is the published data, when the instance publishes)."""

    def get_auth(self) -> list[dict[str, Any]]:
        auth: list[dict[str, Any]] = super().get_auth()
        if self.method in SAFE_METHODS and {} not in auth:
            auth.append({})
        return auth

    def _error_codes(self) -> list[str]:
        codes = ["401", "403", "404", "406"]
        takes_body = self.method in ("POST", "PUT", "PATCH")
        if takes_body or self._get_parameters():
            codes.append("400")
        if takes_body:
            codes += ["409", "415"]
        return sorted(codes)

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code in self._error_codes():
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                response["description"] = _DESCRIPTIONS[code]
                responses[code] = response
        return responses
