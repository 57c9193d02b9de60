"""iter_inputs: folders, globs, URL lists, feeds, WARCs, JSONL and bad sources, without touching the network."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.errors import FetchError
from newsevents.ingest import feeds, iter_inputs, sources
from newsevents.ingest.fetch import FetchResult

PAGE = b"<!DOCTYPE html><html><body><p>The council voted.</p></body></html>"
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Vote</title><link>https://news.example.org/vote</link><description>Teaser.</description></item>
</channel></rss>"""


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace fetch with a fake: ``/feed`` URLs return FEED, ``/gone`` fails, others return PAGE."""
    calls: list[str] = []

    def fake_fetch(url: str, **kwargs: object) -> FetchResult:
        calls.append(url)
        if url.endswith("/gone"):
            raise FetchError("HTTP 404")
        if url.endswith("/feed"):
            return FetchResult(url, 200, FEED, "application/rss+xml")
        return FetchResult(url, 200, PAGE, "text/html; charset=utf-8")

    monkeypatch.setattr(sources, "fetch", fake_fetch)
    monkeypatch.setattr(feeds, "fetch", fake_fetch)
    return calls


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text("The mayor resigned on Monday.")
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "sub" / "c.htm").write_bytes(PAGE)
    (tmp_path / "sub" / "d.html.gz").write_bytes(gzip.compress(PAGE))
    (tmp_path / "notes.md").write_text("ignored in folders")
    (tmp_path / ".hidden.html").write_bytes(PAGE)
    (tmp_path / ".git" / "x.html").write_bytes(PAGE)
    (tmp_path / "links.txt").write_text("https://news.example.org/1\n")
    return tmp_path


def test_folder_is_walked_in_sorted_order_skipping_unknown_hidden_and_url_lists(
    folder: Path, fetched: list[str]
) -> None:
    items = list(iter_inputs([str(folder)]))
    assert [Path(item.key).relative_to(folder).as_posix() for item in items] == [
        "a.html",
        "b.txt",
        "sub/c.htm",
        "sub/d.html.gz",
    ]
    assert [item.kind for item in items] == ["html", "text", "html", "html"]
    assert items[0].content == PAGE
    assert fetched == []


def test_glob_matches_in_sorted_order(folder: Path) -> None:
    items = list(iter_inputs([f"{folder}/**/*.htm*"]))
    assert [Path(item.key).name for item in items] == ["a.html", "c.htm", "d.html.gz"]


def test_glob_matching_nothing_is_an_error(tmp_path: Path) -> None:
    [item] = iter_inputs([f"{tmp_path}/*.foo"])
    assert item.error == f"glob matched nothing: {tmp_path}/*.foo"


def test_missing_file_is_an_error() -> None:
    [item] = iter_inputs(["no/such/x.html"])
    assert (item.key, item.error) == ("no/such/x.html", "no such file or directory: no/such/x.html")


def test_named_file_of_unknown_type_is_an_error(folder: Path) -> None:
    [item] = iter_inputs([str(folder / "notes.md")])
    assert item.error == "unsupported file type .md"


def test_unsupported_scheme_is_an_error() -> None:
    [item] = iter_inputs(["ftp://files.example.org/a.html"])
    assert item.error == "unsupported URL scheme ftp (only http and https)"


def test_named_url_list_is_fetched_in_order(tmp_path: Path, fetched: list[str]) -> None:
    urls = tmp_path / "list.urls"
    urls.write_text("# comment\nhttps://news.example.org/1\n\nhttps://news.example.org/gone\nnot a url\n")
    items = list(iter_inputs([str(urls)]))
    assert [(item.key, item.error) for item in items] == [
        ("https://news.example.org/1", None),
        ("https://news.example.org/gone", "HTTP 404"),
        ("not a url", "not an http(s) URL: not a url"),
    ]
    assert items[0].kind == "html" and items[0].content == PAGE


def test_txt_of_urls_is_a_url_list_when_named(folder: Path, fetched: list[str]) -> None:
    [item] = iter_inputs([str(folder / "links.txt")])
    assert item.key == "https://news.example.org/1"
    assert fetched == ["https://news.example.org/1"]


def test_url_source_that_is_a_feed_is_expanded(fetched: list[str]) -> None:
    [item] = iter_inputs(["https://news.example.org/feed"])
    assert (item.key, item.title, item.content) == ("https://news.example.org/vote", "Vote", PAGE)
    assert fetched == ["https://news.example.org/feed", "https://news.example.org/vote"]


def test_url_source_without_fetching_feed_articles_keeps_the_teaser(fetched: list[str]) -> None:
    [item] = iter_inputs(["https://news.example.org/feed"], fetch_feed_articles=False)
    assert b"Teaser." in item.content
    assert fetched == ["https://news.example.org/feed"]


def test_example_feed_file_needs_no_fetch(examples: Path, fetched: list[str]) -> None:
    items = list(iter_inputs([str(examples / "feed.xml")]))
    assert len(items) == 3 and all(item.content for item in items)
    assert fetched == []


def test_warc_source_is_read(examples: Path) -> None:
    items = list(iter_inputs([str(examples / "sample.warc.gz")]))
    assert len(items) == 3
    assert items[0].key.startswith(str((examples / "sample.warc.gz").resolve()) + "#urn:uuid:")


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"url": "https://n.example.org/1", "title": "T", "published": "2024-01-02T03:04", "html": "<p>x"}),
        "",
        json.dumps({"text": "plain"}),
        "[1, 2]",
        json.dumps({"url": "u"}),
    ]
    path.write_text("\n".join(lines))
    items = list(iter_inputs([str(path)]))
    key = str(path.resolve())
    assert [(item.key, item.kind, item.error) for item in items] == [
        (f"{key}#1", "html", None),
        (f"{key}#3", "text", None),
        (f"{key}#4", None, "not a JSON object"),
        (f"{key}#5", None, "no html, content or text field"),
    ]
    assert (items[0].url, items[0].title, items[0].published) == ("https://n.example.org/1", "T", "2024-01-02")


def test_xml_that_is_not_a_feed_is_a_document_but_rss_must_be_a_feed(tmp_path: Path) -> None:
    (tmp_path / "page.xml").write_bytes(b"<?xml version='1.0'?><html><body>x</body></html>")
    (tmp_path / "bad.rss").write_bytes(b"<html><body>x</body></html>")
    page, bad = iter_inputs([str(tmp_path / "page.xml"), str(tmp_path / "bad.rss")])
    assert (page.error, page.kind) == (None, None)
    assert bad.error == "not an RSS or Atom feed"


def test_oversized_file_is_refused_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(PAGE)
    monkeypatch.setattr(sources, "DEFAULT_MAX_BYTES", 10)
    [item] = iter_inputs([str(big)])
    assert item.error == f"input is {len(PAGE)} bytes, over the 10 bytes limit"
