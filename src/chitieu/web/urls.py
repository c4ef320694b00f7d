from django.contrib.auth import views as auth_views
from django.urls import path

from chitieu.web import observations, review, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("units/<str:code>/", views.unit, name="unit"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("targets/<int:pk>/", views.target, name="target"),
    path("search/", views.search, name="search"),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("reports/", review.reports, name="reports"),
    path("reports/new/", review.new_report, name="new_report"),
    path("reports/<int:pk>/", review.report, name="report"),
    path("reports/<int:pk>/facts/<int:fact_pk>/", review.review_fact, name="review_fact"),
    path("observations/<int:pk>/", observations.observation, name="observation"),
    path("observations/<int:pk>/edit/", observations.act, {"action": "edit"}, name="observation_edit"),
    path("observations/<int:pk>/submit/", observations.act, {"action": "submit"}, name="observation_submit"),
    path("observations/<int:pk>/approve/", observations.act, {"action": "approve"}, name="observation_approve"),
    path("observations/<int:pk>/reopen/", observations.act, {"action": "reopen"}, name="observation_reopen"),
    path("units/<str:code>/observations/new/", observations.new_observation, name="new_observation"),
]
