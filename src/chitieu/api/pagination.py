"""Lists come in pages: ``{"count", "next", "previous", "results"}``, ``?page=N&page_size=M`` (1 to 200, default 50).

A page size that is not a whole number in that range is refused (400) rather than silently replaced, so that
what the schema says is what the API does.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request: Any) -> int:
        written = request.query_params.get(self.page_size_query_param)
        if written is None:
            return self.page_size
        if not (written.isascii() and written.isdigit() and 1 <= int(written) <= self.max_page_size):
            message = _("a page holds 1 to %(max)s items; “%(value)s” is not one of them")
            raise ValidationError({"page_size": [message % {"max": self.max_page_size, "value": written}]})
        return int(written)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters: list[dict[str, Any]] = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
                parameter["description"] = _("Number of results per page (1 to %(max)s; default %(default)s).") % {
                    "max": self.max_page_size,
                    "default": self.page_size,
                }
        return parameters
