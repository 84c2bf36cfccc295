"""Fetch an article over HTTP(S): timeout, size cap, redirects, one-line errors."""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass

from tomtat import __version__
from tomtat.errors import InputError


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page's bytes and what its headers say about them."""

    url: str
    data: bytes
    charset: str | None
    is_html: bool


# News sites often refuse (403) or serve a stub to clients that do not look like a browser.
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
    f" Chrome/126.0 Safari/537.36 tomtat/{__version__}"
)
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def get(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    user_agent: str | None = None,
) -> Page:
    """GET ``url`` following at most MAX_REDIRECTS redirects; InputError (one line) on failure."""
    request = urllib.request.Request(
        url,
        headers={"User-Agent": user_agent or USER_AGENT, "Accept": "text/html,text/plain,*/*"},
    )
    opener = urllib.request.build_opener(_Redirects())
    try:
        with opener.open(request, timeout=timeout) as resp:
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"{url}: page is larger than --max-bytes ({max_bytes} bytes)")
            charset = resp.headers.get_content_charset()
            ctype = resp.headers.get_content_type()
            final = resp.geturl()
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ssl.SSLError):
            raise InputError(f"{url}: TLS error ({reason.reason or reason})") from None
        if isinstance(reason, socket.gaierror):
            raise InputError(f"{url}: cannot resolve host") from None
        if isinstance(reason, TimeoutError | socket.timeout):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except ValueError as exc:
        raise InputError(f"{url}: bad URL ({exc})") from None
    except OSError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.strerror or exc})") from None
    return Page(final, data, charset, ctype in ("text/html", "application/xhtml+xml"))
