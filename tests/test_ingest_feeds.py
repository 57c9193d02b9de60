"""parse_feed and is_feed: entries become RawInputs with titles, dates and their embedded articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.ingest import feeds
from newsevents.ingest.feeds import is_feed, parse_feed

SHORT_RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title>
<item><title>Teaser</title><link>https://news.example.org/a</link>
<description>Only a teaser.</description><pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate></item>
<item><title>No link</title><description></description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:feed</id>
<updated>2024-05-06T08:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:entry:1</id><updated>2024-05-06T08:00:00Z</updated>
<content type="text">Plain text body.</content></entry>
</feed>"""


@pytest.fixture
def no_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the feed should not need fetching")

    monkeypatch.setattr(feeds, "fetch", refuse)


def test_sample_feed_entries_use_embedded_articles(examples: Path, no_fetch: None) -> None:
    items = list(parse_feed((examples / "feed.xml").read_bytes(), source="feed.xml", fetch_articles=True))
    assert [item.published for item in items] == ["2024-03-11", "2024-03-15", "2024-03-18"]
    assert items[0].key == items[0].url == "https://herald.example.org/2024/03/11/emergency-budget"
    assert items[1].title == "Port Selwyn dock workers strike over automation plans"
    assert all(item.kind == "html" and item.error is None for item in items)
    assert b'<meta charset="utf-8">' in items[2].content
    assert b"detained opposition leader Jonas Brandt" in items[2].content


def test_short_entries_keep_their_summary_without_fetching(no_fetch: None) -> None:
    teaser, empty = parse_feed(SHORT_RSS, source="short.rss")
    assert teaser.published == "2024-04-02"
    assert b"Only a teaser." in teaser.content
    assert empty.key == "short.rss#entry-2"
    assert empty.error == "feed entry has no content and no link"


def test_atom_entry_with_text_content_and_updated_date(no_fetch: None) -> None:
    [entry] = parse_feed(ATOM, source="a.atom")
    assert (entry.key, entry.published, entry.kind, entry.content) == (
        "urn:entry:1",
        "2024-05-06",
        "text",
        b"Plain text body.",
    )


def test_unreadable_and_empty_feeds_yield_one_error() -> None:
    [broken] = parse_feed(b"{not: xml, at all", source="broken.rss")
    assert broken.error.startswith("not a readable feed")
    [empty] = parse_feed(b"<rss><channel><title>x</title></channel></rss>", source="empty.rss")
    assert empty.error == "feed has no entries"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SHORT_RSS, True),
        (ATOM, True),
        (b"\xef\xbb\xbf<!-- c --><?xml-stylesheet href='x'?>\n<rdf:RDF xmlns:rdf='r'>", True),
        (b"<!DOCTYPE html><html><body>feed</body></html>", False),
        (b"<?xml version='1.0'?><urlset><url/></urlset>", False),
    ],
)
def test_is_feed_sniffs_the_root_element(data: bytes, expected: bool) -> None:
    assert is_feed(data) is expected
