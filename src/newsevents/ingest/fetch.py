"""Fetch one URL safely: public addresses only, every redirect hop checked, size and time capped.

Uses the standard library's ``http.client`` so that the connection goes to exactly the address that
was checked (no second DNS lookup that could be rebound to an internal host). Proxies are not used.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from contextlib import closing
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from newsevents import __version__
from newsevents.errors import FetchError, UnusableInput
from newsevents.ingest.decode import DEFAULT_MAX_BYTES, format_size, gunzip

USER_AGENT = f"newsevents/{__version__} (+https://github.com/newsevents/newsevents)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
# Seconds a whole fetch, redirects included, may take before it gives up.
DEFAULT_TIMEOUT_S = 15.0
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 65_536
# Checked in this order, so that e.g. 0.0.0.0 reads as "unspecified" rather than "private".
_REFUSED_KINDS = (
    ("unspecified", "is_unspecified"),
    ("loopback", "is_loopback"),
    ("link-local", "is_link_local"),
    ("multicast", "is_multicast"),
    ("reserved", "is_reserved"),
    ("private", "is_private"),
)


@dataclass(frozen=True)
class FetchResult:
    """A successful (2xx) response; ``url`` is the final URL after redirects."""

    url: str
    status: int
    content: bytes
    content_type: str | None


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


@dataclass(frozen=True)
class _Limits:
    timeout: float
    deadline: float
    max_bytes: int
    allow_private: bool
    user_agent: str

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
    allow_private: bool = False,
    user_agent: str = USER_AGENT,
) -> FetchResult:
    """GET ``url`` and return its body, or raise FetchError with a one-line reason.

    ``timeout`` bounds the whole fetch, redirects included. Non-public addresses (loopback, private,
    link-local, ...) are refused at every hop unless ``allow_private``.
    """
    limits = _Limits(timeout, time.monotonic() + timeout, max_bytes, allow_private, user_agent)
    try:
        for _ in range(max_redirects + 1):
            result = _fetch_once(url, limits)
            if isinstance(result, FetchResult):
                return result
            url = result
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except ssl.SSLError as error:
        raise FetchError(f"TLS error: {error.reason or error}") from None
    except http.client.HTTPException as error:
        raise FetchError(f"bad HTTP response ({type(error).__name__})") from None
    except OSError as error:
        raise FetchError(f"connection failed: {error.strerror or error}") from None
    raise FetchError(f"too many redirects (over {max_redirects})")


def _fetch_once(url: str, limits: _Limits) -> FetchResult | str:
    """One request: a FetchResult, or the absolute URL a redirect points to."""
    target = _parse_url(url)
    address = resolve_address(target.host, target.port, allow_private=limits.allow_private)
    with closing(_connect(target, address, limits)) as connection:
        connection.request("GET", target.path, headers=_headers(limits.user_agent))
        response = connection.getresponse()
        location = response.getheader("Location")
        if response.status in _REDIRECTS and location:
            return urljoin(url, location.strip())
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status}")
        content = _read_body(response, connection, limits)
        return FetchResult(url, response.status, content, response.getheader("Content-Type"))


def _parse_url(url: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise FetchError(f"invalid URL {url!r} ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme or '(none)'!r} (only http and https): {url}")
    if not parts.hostname:
        raise FetchError(f"no host name in URL: {url}")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(f"invalid host name {parts.hostname!r}") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return _Target(parts.scheme, host, port or (443 if parts.scheme == "https" else 80), path)


def resolve_address(host: str, port: int, *, allow_private: bool = False) -> str:
    """Resolve ``host`` and return the address to connect to, refusing non-public ones.

    Every address the name resolves to is checked, so a name that mixes public and private addresses
    is refused as a whole.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"cannot resolve host name {host}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for address in addresses:
            reason = refusal_reason(address)
            if reason:
                raise FetchError(f"refused: {address} is a {reason} address (use --allow-private to permit)")
    return addresses[0]


def refusal_reason(address: str) -> str | None:
    """Why ``address`` must not be fetched by default (``"loopback"``, ``"private"``, ...), or None."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        ip = ip.ipv4_mapped or ip.sixtofour or ip  # judge an embedded IPv4 address by itself
    for reason, flag in _REFUSED_KINDS:
        if getattr(ip, flag):
            return reason
    return None if ip.is_global else "non-public"


def _connect(target: _Target, address: str, limits: _Limits) -> http.client.HTTPConnection:
    """A connection that reaches ``address`` while keeping the host name for Host, SNI and certificates."""
    connection: http.client.HTTPConnection
    if target.scheme == "https":
        context = ssl.create_default_context()
        connection = http.client.HTTPSConnection(target.host, target.port, timeout=limits.remaining(), context=context)
    else:
        connection = http.client.HTTPConnection(target.host, target.port, timeout=limits.remaining())

    def connect_pinned(
        _address: tuple[str, int], timeout: float, source: tuple[str, int] | None = None
    ) -> socket.socket:
        return socket.create_connection((address, target.port), timeout, source)

    connection._create_connection = connect_pinned  # type: ignore[attr-defined]
    return connection


def _headers(user_agent: str) -> dict[str, str]:
    return {"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip", "Connection": "close"}


def _read_body(response: http.client.HTTPResponse, connection: http.client.HTTPConnection, limits: _Limits) -> bytes:
    too_large = FetchError(f"response over {format_size(limits.max_bytes)} limit")
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    while True:
        if connection.sock is not None:
            connection.sock.settimeout(limits.remaining())
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limits.max_bytes:
            raise too_large
        chunks.append(chunk)
    content = b"".join(chunks)
    if response.getheader("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip"):
        try:
            content = gunzip(content, limits.max_bytes)
        except UnusableInput as error:
            raise FetchError(str(error)) from None
    return content
