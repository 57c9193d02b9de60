"""fetch() against a real HTTP server on 127.0.0.1, plus feed and URL sources that fetch through it."""

from __future__ import annotations

import gzip
import importlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import pytest

from newsevents.errors import FetchError
from newsevents.ingest import iter_inputs
from newsevents.ingest.fetch import USER_AGENT, fetch, refusal_reason

PAGE = b"<!DOCTYPE html><html><body><p>The council voted 7-4.</p></body></html>"
BIG = b"x" * 200_000
# The package exports the fetch() function under the module's own name, so reach the module directly.
fetch_module = importlib.import_module("newsevents.ingest.fetch")


class Handler(BaseHTTPRequestHandler):
    """Routes: /page, /redirect/N (N hops to /page), /to/<url>, /missing, /big, /stream, /slow, /gzip, /feed."""

    seen_agents: list[str] = []  # noqa: RUF012 - shared with the test that checks it

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/page":
            self.reply(200, PAGE, "text/html; charset=utf-8")
        elif path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            self.redirect("/page" if hops == 0 else f"/redirect/{hops - 1}")
        elif path.startswith("/to/"):
            self.redirect(unquote(path[len("/to/") :]))
        elif path == "/big":
            self.reply(200, BIG, "text/html")
        elif path == "/stream":  # no Content-Length: the size shows only while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(BIG)
        elif path == "/slow":
            time.sleep(2)
            self.reply(200, PAGE, "text/html")
        elif path == "/gzip":
            self.reply(200, gzip.compress(PAGE), "text/html", [("Content-Encoding", "gzip")])
        elif path == "/feed":
            self.reply(200, self.feed(), "application/rss+xml")
        else:
            self.reply(404, b"not found", "text/plain")

    def reply(self, status: int, body: bytes, content_type: str, extra: list[tuple[str, str]] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{name}</title><link>/{name}</link><description>Short.</description></item>"
            for name in ("page", "missing")
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let 127.0.0.1 pass as public, so that a redirect from it to another address is judged alone."""
    real = fetch_module.refusal_reason
    monkeypatch.setattr(
        fetch_module, "refusal_reason", lambda address: None if address == "127.0.0.1" else real(address)
    )


def fetch_error(url: str, **kwargs: object) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, **kwargs)
    return str(caught.value)


def test_loopback_is_refused_by_default(server: str) -> None:
    message = fetch_error(f"{server}/page")
    assert message == "refused: 127.0.0.1 is a loopback address (use --allow-private to permit)"


def test_localhost_name_is_refused_by_default(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    assert "is a loopback address" in fetch_error(f"http://localhost:{port}/page")


def test_fetch_works_when_private_addresses_are_allowed(server: str) -> None:
    result = fetch(f"{server}/page", allow_private=True)
    assert (result.url, result.status, result.content) == (f"{server}/page", 200, PAGE)
    assert result.content_type == "text/html; charset=utf-8"
    assert Handler.seen_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("newsevents/") and "(+https://github.com/newsevents/newsevents)" in USER_AGENT


def test_redirects_are_followed_up_to_the_cap(server: str) -> None:
    result = fetch(f"{server}/redirect/2", allow_private=True, max_redirects=3)
    assert (result.url, result.content) == (f"{server}/page", PAGE)
    assert fetch_error(f"{server}/redirect/3", allow_private=True, max_redirects=2) == "too many redirects (over 2)"


def test_redirect_to_a_private_address_is_refused(server: str, loopback_is_public: None) -> None:
    port = server.rsplit(":", 1)[1]
    assert fetch(f"{server}/page").content == PAGE
    loopback = fetch_error(f"{server}/to/http://127.0.0.2:{port}/page")
    assert loopback == "refused: 127.0.0.2 is a loopback address (use --allow-private to permit)"
    metadata = fetch_error(f"{server}/to/http://169.254.169.254/latest/meta-data/")
    assert metadata.startswith("refused: 169.254.169.254 is a link-local address")
    assert fetch_error(f"{server}/to/http://[::ffff:10.0.0.1]/").startswith("refused: ::ffff:10.0.0.1 is a private")


def test_http_error_status(server: str) -> None:
    assert fetch_error(f"{server}/missing", allow_private=True) == "HTTP 404"


def test_declared_size_over_the_cap_is_refused(server: str) -> None:
    assert fetch_error(f"{server}/big", allow_private=True, max_bytes=50_000) == "response over 50 KB limit"
    assert fetch(f"{server}/big", allow_private=True).content == BIG


def test_streamed_size_over_the_cap_is_refused(server: str) -> None:
    assert fetch_error(f"{server}/stream", allow_private=True, max_bytes=50_000) == "response over 50 KB limit"
    assert fetch(f"{server}/stream", allow_private=True).content == BIG


def test_timeout(server: str) -> None:
    started = time.monotonic()
    assert fetch_error(f"{server}/slow", allow_private=True, timeout=0.3) == "timed out after 0.3 s"
    assert time.monotonic() - started < 1.5


def test_gzip_content_encoding_is_undone(server: str) -> None:
    assert fetch(f"{server}/gzip", allow_private=True).content == PAGE


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "unsupported URL scheme 'file' (only http and https): file:///etc/passwd"),
        ("http:///nohost", "no host name in URL: http:///nohost"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    assert fetch_error(url) == message


def test_unresolvable_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert fetch_error("https://news.example.org/") == "cannot resolve host name news.example.org"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:192.168.1.1", "private"),
        ("2002:7f00:1::", "loopback"),
        ("93.184.215.14", None),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
    ],
)
def test_refusal_reason(address: str, reason: str | None) -> None:
    assert refusal_reason(address) == reason


def test_url_source_feed_fetches_short_entries_and_reports_failures(server: str) -> None:
    page, missing = iter_inputs([f"{server}/feed"], allow_private=True)
    assert (page.key, page.title, page.content, page.kind) == (f"{server}/page", "page", PAGE, "html")
    assert (missing.key, missing.error) == (f"{server}/missing", "HTTP 404")


def test_url_source_is_refused_without_allow_private(server: str) -> None:
    [item] = iter_inputs([f"{server}/page"])
    assert item.key == f"{server}/page"
    assert item.error.startswith("refused: 127.0.0.1 is a loopback address")
