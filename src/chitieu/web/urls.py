from django.urls import path

from chitieu.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("units/<str:code>/", views.unit, name="unit"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("targets/<int:pk>/", views.target, name="target"),
    path("search/", views.search, name="search"),
]
