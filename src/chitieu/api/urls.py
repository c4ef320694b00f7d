"""The routes under /api/v1/ (included by ``chitieu.server.urls``); the last one answers every other path with
the 404 envelope."""

from django.urls import path, re_path, register_converter
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny

from chitieu.api import errors, observations, views


class DatabaseId:
    """A database id in a path: 1 to 18 digits, so it always fits a 64-bit key (longer ones are a plain 404)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(DatabaseId, "dbid")

schema = SpectacularAPIView.as_view(
    renderer_classes=[OpenApiJsonRenderer, OpenApiYamlRenderer], permission_classes=[AllowAny]
)

app_name = "api"
urlpatterns = [
    path("schema/", schema, name="schema"),
    path("units/", views.UnitList.as_view(), name="units"),
    re_path(r"^units/(?P<code>[0-9A-Za-z_-]{1,16})/$", views.UnitDetail.as_view(), name="unit"),
    path("indicators/", views.IndicatorList.as_view(), name="indicators"),
    re_path(r"^indicators/(?P<code>[0-9A-Za-z_-]{1,64})/$", views.IndicatorDetail.as_view(), name="indicator"),
    path("documents/", views.DocumentList.as_view(), name="documents"),
    path("documents/<dbid:pk>/", views.DocumentDetail.as_view(), name="document"),
    path("targets/", views.TargetList.as_view(), name="targets"),
    path("targets/<dbid:pk>/", views.TargetDetail.as_view(), name="target"),
    path("observations/", observations.ObservationList.as_view(), name="observations"),
    path("observations/<dbid:pk>/", observations.ObservationDetail.as_view(), name="observation"),
    path("observations/<dbid:pk>/submit/", observations.ObservationSubmit.as_view(), name="submit"),
    path("observations/<dbid:pk>/approve/", observations.ObservationApprove.as_view(), name="approve"),
    path("observations/<dbid:pk>/reopen/", observations.ObservationReopen.as_view(), name="reopen"),
    path("audit/", views.AuditList.as_view(), name="audit"),
    re_path(r"^.*$", errors.not_found, name="not_found"),
]
