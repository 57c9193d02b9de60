"""HTML extraction: the sample page field by field, edge cases, and a check against trafilatura."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from trafilatura.utils import load_html

from newsevents.errors import UnusableInput
from newsevents.extract import extract_article, extract_with_provenance, sniff_kind
from newsevents.extract.html import clean_title
from newsevents.extract.metadata import bylines

BODY_DEBRIS = [
    "Share on Facebook",
    "Copy link",
    "Sign up for the Morning Briefing",
    "delivered to your inbox",
    "Related Posts",
    "Port of Odesa hit",
    "is a correspondent covering",
    "Comments",
    "Prices at my local station",
    "Stay safe everyone",
    "All rights reserved",
    "Privacy policy",
    "Smoke rises over the fuel depot",
    "Photo: Ivan Koval",
]


@pytest.fixture(scope="module")
def page(examples: Path) -> str:
    return (examples / "news_page.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def extracted(page: str) -> tuple:
    return extract_with_provenance(page)


def test_sample_page_metadata(extracted: tuple) -> None:
    article, sources = extracted
    assert article.title == "Drone strike sets fuel depot ablaze in Mykolaiv"
    assert article.subtitle.startswith("Two workers were killed and five injured")
    assert article.authors == ["Olena Marchuk", "David Brennan"]
    assert article.published == "2025-03-14"
    assert article.published_source == "meta"
    assert article.site == "The Harbour Courier"
    assert article.url == "https://www.harbourcourier.example/world/2025/03/14/drone-strike-fuel-depot-mykolaiv"
    assert article.tags == ["Ukraine war", "Mykolaiv", "Drone strikes", "Energy"]
    assert article.section_headings == ["Moscow denies responsibility", "Protest at city hall"]
    assert article.language == "en"
    assert len(article.image_credits) == 1
    assert "Photo: Ivan Koval/Harbour Courier" in article.image_credits[0]
    assert sources["title"] == "h1"  # the visible headline, agreeing with the JSON-LD one
    assert sources["authors"] == "json-ld"
    assert sources["subtitle"] == "standfirst"


def test_sample_page_body_is_clean(extracted: tuple) -> None:
    text = extracted[0].text
    standfirst, first_paragraph = text.split("\n\n")[:2]
    assert standfirst == extracted[0].subtitle  # the standfirst is part of the visible body, and the subtitle
    assert first_paragraph.startswith("Drones struck a fuel depot on the eastern edge of Mykolaiv")
    assert text.endswith("it would take months to restore full capacity.")
    for needle in ("it is likely that fuel prices", "denied that its forces", "scheduled to meet in Brussels"):
        assert needle in text
    for debris in BODY_DEBRIS:
        assert debris not in text, debris
    assert "\n\n\n" not in text
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in text.split("\n\n"))
    assert "\n" not in text.replace("\n\n", "")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 13
    assert [p for p in paragraphs if p in extracted[0].section_headings] == [
        "Moscow denies responsibility",
        "Protest at city hall",
    ]


def test_given_published_overrides_page_date(page: str) -> None:
    article, sources = extract_with_provenance(page, published="2025-03-15")
    assert (article.published, article.published_source, sources["published"]) == ("2025-03-15", "given", "given")


def test_without_json_ld_falls_back_to_meta_and_byline(page: str) -> None:
    bare = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page, flags=re.S)
    article, sources = extract_with_provenance(bare)
    assert article.title == "Drone strike sets fuel depot ablaze in Mykolaiv"
    assert article.tags == ["Ukraine war", "Energy"]
    assert article.published == "2025-03-14"
    assert sources["title"] == "h1"


def test_nav_only_page_is_unusable() -> None:
    links = "".join(f'<li><a href="/{w}">{w.title()}</a></li>' for w in ("world", "politics", "sport", "culture"))
    html = f"<!DOCTYPE html><html><body><nav><ul>{links}</ul></nav><footer>© 2025 Example</footer></body></html>"
    with pytest.raises(UnusableInput, match=r"no article text found|not an article"):
        extract_article(html)


def test_german_page_is_unusable() -> None:
    paragraph = (
        "Die Bundesregierung hat am Freitag in Berlin neue Hilfen für die Ukraine beschlossen. Der Kanzler "
        "sagte, dass die Lieferungen noch in diesem Monat beginnen sollen und dass die Partner in der EU "
        "über weitere Schritte beraten werden, wenn die Lage es erfordert."
    )
    html = f"<html><body><article><h1>Neue Hilfen</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    with pytest.raises(UnusableInput, match=r"^not English \(looks like de\)$"):
        extract_article(html)


def test_short_page_is_not_an_article() -> None:
    paragraph = "<p>Officials said the bridge reopened on Monday after repairs.</p>"
    html = f"<html><body><article>{paragraph}</article></body></html>"
    with pytest.raises(UnusableInput, match=r"^not an article \(\d+ words\)$"):
        extract_article(html)


@pytest.mark.parametrize("content", ["", "   \n ", "\x00\x01binary"])
def test_empty_or_binary_input_is_unusable(content: str) -> None:
    with pytest.raises(UnusableInput):
        extract_article(content)


def test_sniff_kind(page: str, examples: Path) -> None:
    assert sniff_kind(page) == "html"
    assert sniff_kind("<div><p>a</p><p>b</p><p>c</p></div>") == "html"
    assert sniff_kind((examples / "dirty_scrape.txt").read_text(encoding="utf-8")) == "text"
    assert sniff_kind("Prices rose 3% in March, the <b>bureau</b> said.") == "text"


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Drone strike hits depot | The Harbour Courier", "The Harbour Courier", None, "Drone strike hits depot"),
        ("What we do - Creative Commons", None, "https://creativecommons.org/about/", "What we do"),
        ("Firefox – Weniger Werbung, mehr Speed", "journal", None, "Firefox – Weniger Werbung, mehr Speed"),
    ],
)
def test_clean_title(title: str, site: str | None, url: str | None, expected: str) -> None:
    assert clean_title(title, site, url) == expected


PARAGRAPHS = "".join(
    f"<p>The regional council voted on Tuesday to close bridge number {n} to heavy traffic after engineers found "
    f"cracks in {n + 1} of its supports, and said repairs would take at least {n + 5} months to complete.</p>"
    for n in range(3)
)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_visible_h1_beats_a_reworded_declared_title() -> None:
    head = '<meta property="og:title" content="Council closes old bridge after cracks found">'
    body = (
        '<header><h1 class="logo">The Valley Post</h1></header>'
        f"<article><h1>Politics | Council closes old bridge to trucks after cracks found</h1>{PARAGRAPHS}</article>"
    )
    article, sources = extract_with_provenance(_page(head, body))
    assert article.title == "Council closes old bridge to trucks after cracks found"
    assert sources["title"] == "h1"


def test_logo_h1_is_not_the_title() -> None:
    head = '<meta property="og:title" content="Council closes old bridge to trucks after cracks found">'
    body = f"<header><h1>The Valley Post</h1></header><article><h2>Repairs</h2>{PARAGRAPHS}</article>"
    assert extract_article(_page(head, body)).title == "Council closes old bridge to trucks after cracks found"


def test_json_ld_entities_are_unescaped() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Council&#8217;s bridge vote", "author": {"name": "Jane Doe"}}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    article = extract_article(_page(head, f"<article>{PARAGRAPHS}</article>"))
    assert article.title == "Council’s bridge vote"


def test_section_headings_stay_in_the_text_in_reading_order() -> None:
    sections = f"{PARAGRAPHS}<h2>What happens next</h2>{PARAGRAPHS}<h2>Comments</h2>"
    body = f"<article><h1>Bridge closed</h1>{sections}</article>"
    article = extract_article(_page("", body))
    assert article.section_headings == ["What happens next"]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[3] == "What happens next"
    assert "Comments" not in paragraphs  # a last heading heads no article text


def test_byline_elements_outside_comments() -> None:
    byline = '<div class="post-byline">Posted on 3 March 2025 by <a href="/author/jane">Jane Doe</a></div>'
    comments = '<ol class="comment-list"><li><span class="comment-author">Flappy Bird</span> Great post!</li></ol>'
    tree = load_html(_page("", f"<article><h1>Bridge closed</h1>{byline}{PARAGRAPHS}</article>{comments}"))
    assert bylines(tree)[0] == "Jane Doe"
    assert not any("Flappy" in credit for credit in bylines(tree))


def test_page_without_declared_title_falls_back_to_its_h1() -> None:
    body = f"<article><h1>Council closes old bridge</h1>{PARAGRAPHS}</article>"
    assert extract_article(f"<html><body>{body}</body></html>").title == "Council closes old bridge"
