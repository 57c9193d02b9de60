"""The headline scorer of the plain-text path: its page facts and the lines it prefers."""

from __future__ import annotations

import json
from importlib import resources

from newsevents.extract.text import clean_text, mark_nav_runs, mark_related_lists, split_lines
from newsevents.extract.title import (
    FEATURES,
    WEIGHTS_RESOURCE,
    best_title_line,
    describe_page,
    fold,
    prose_blocks,
    slug_words,
    weights,
)

BODY = [
    "Thousands of protesters gathered outside the parliament in Tbilisi on Sunday, hours after the election "
    "commission declared the ruling party the winner of a vote the opposition says was rigged.",
    "Riot police used water cannon and tear gas to push the crowd back from the main entrance of the building, "
    "and dozens of people were detained, the interior ministry said on Monday morning.",
    "Opposition leaders said they would not take up their seats and called for a new vote under international "
    "supervision, while observers reported pressure on voters at several polling stations.",
]


def title_of(lines: list[str], url: str | None = None) -> str | None:
    scrape = split_lines("\n".join(lines))
    mark_related_lists(scrape)
    mark_nav_runs(scrape)
    best = best_title_line([line.text for line in scrape], [line.kind for line in scrape], url)
    return scrape[best].text if best is not None else None


def test_the_shipped_weights_name_every_feature() -> None:
    shipped = json.loads(resources.files("newsevents.extract").joinpath(WEIGHTS_RESOURCE).read_text(encoding="utf-8"))
    assert list(shipped) == list(FEATURES)
    assert len(weights()) == len(FEATURES)


def test_slug_words_and_folding() -> None:
    words = slug_words("https://news.example/world/2025/04/27/police-clash-with-protesters-in-tbilisi.html?x=1")
    assert {"police", "clash", "protesters", "tbilisi", "world", "2025"} <= words
    assert "html" not in words and "x" not in words
    assert slug_words(None) == slug_words("http://[bad") == frozenset()
    assert fold("Düsseldorf Café") == "dusseldorf cafe"


def test_prose_blocks_bridge_short_interruptions() -> None:
    prose = [False, True, True, False, True, False, False, False, False, True]
    texts = ["x", "a b", "a b c", "x", "a", "x", "x", "x", "x", "a b c d"]
    assert prose_blocks(prose, texts) == [(1, 4, 6), (9, 9, 4)]


def test_no_headline_among_long_paragraphs_alone() -> None:
    assert title_of([" ".join(BODY), " ".join(reversed(BODY))]) is None


def test_headline_between_menu_and_byline() -> None:
    lines = ["Home", "World", "Politics", "Sport", "Police clash with protesters in Tbilisi after disputed vote"]
    lines += ["By Nino Beridze", "April 27, 2025", *BODY, "Related Posts", "Markets slide as oil prices jump again"]
    assert title_of(lines) == "Police clash with protesters in Tbilisi after disputed vote"


def test_breadcrumb_holding_the_headline_is_not_the_title() -> None:
    headline = "Police clash with protesters in Tbilisi after disputed vote"
    lines = ["Home", "News", f"Home » World » Europe » {headline}", "Europe", headline, "April 27, 2025", *BODY]
    assert title_of(lines) == headline


def test_url_slug_picks_the_headline_among_look_alikes() -> None:
    lines = [
        "Home",
        "News",
        "Markets slide as oil prices jump again",
        "Police clash with protesters in Tbilisi after disputed vote",
        "Heatwave grips southern Europe for a third week",
        *BODY,
    ]
    url = "https://news.example/2025/04/27/police-clash-protesters-tbilisi"
    assert title_of(lines, url) == "Police clash with protesters in Tbilisi after disputed vote"


def test_page_facts() -> None:
    texts = ["Menu", "Police clash with protesters in Tbilisi", *BODY]
    page = describe_page(texts, ["nav", "content", "content", "content", "content"], "https://x.example/police-clash")
    assert page.body_start == 2
    assert page.blocks == [(2, 4, sum(len(text.split()) for text in BODY))]
    assert {"police", "clash"} <= page.slug
    assert page.headline[1] and not page.headline[2]


def test_clean_text_uses_the_url() -> None:
    lines = ["Markets slide as oil prices jump again", "Police clash with protesters in Tbilisi", *BODY]
    result = clean_text("\n".join(lines), url="https://news.example/2025/04/27/police-clash-with-protesters-in-tbilisi")
    assert result.title == "Police clash with protesters in Tbilisi"
    assert result.text.startswith("Thousands of protesters gathered")


def test_chinese_headline_is_a_candidate_of_its_own_length() -> None:
    """Without spaces a Chinese line would count as one word: a long glued menu line would then look as
    short as a headline, and a headline would never look headline-like."""
    page = describe_page(["武汉的声音：有英勇的你，才有英雄的城！"], ["content"])
    assert page.headline == [True]
