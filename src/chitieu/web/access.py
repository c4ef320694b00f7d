"""How pages apply ``tracking.access``: who may open a page at all, and 404 for what the user may not see."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from chitieu.tracking import access

View = Callable[..., HttpResponse]


def readable(view: View) -> View:
    """Open the page to anyone who may read some of the ledger: everyone when figures are published, else users
    with a grant. Others go to the login page (anonymous) or get a 403 that says why (logged in, no grant).
    ``access.NotFound`` raised by the view becomes a 404.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not access.can_read_anything(request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            message = _("Your account has no role on any unit yet: ask an administrator for a grant.")
            return render(request, "web/error.html", {"message": message, "as_of": None}, status=403)
        try:
            return view(request, *args, **kwargs)
        except access.NotFound as error:
            raise Http404(str(error)) from error
        except access.Forbidden as error:
            return render(request, "web/error.html", {"message": str(error), "as_of": None}, status=403)

    return wrapper


def signed_in(view: View) -> View:
    """Writes need an account: anonymous visitors go to the login page first. Implies :func:`readable`."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return readable(view)(request, *args, **kwargs)

    return wrapper
