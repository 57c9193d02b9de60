"""HTML extraction: the sample page field by field, edge cases, and a check against trafilatura."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.errors import UnusableInput
from newsevents.extract import extract_article, extract_with_provenance, sniff_kind
from newsevents.extract.html import clean_title

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
    "Moscow denies responsibility",
    "Protest at city hall",
    "Two workers were killed and five injured as the blaze",
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
    assert sources["title"] == "json-ld"
    assert sources["authors"] == "json-ld"
    assert sources["subtitle"] == "standfirst"


def test_sample_page_body_is_clean(extracted: tuple) -> None:
    text = extracted[0].text
    assert text.startswith("Drones struck a fuel depot on the eastern edge of Mykolaiv")
    assert text.endswith("it would take months to restore full capacity.")
    for needle in ("it is likely that fuel prices", "denied that its forces", "scheduled to meet in Brussels"):
        assert needle in text
    for debris in BODY_DEBRIS:
        assert debris not in text, debris
    assert "\n\n\n" not in text
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in text.split("\n\n"))
    assert "\n" not in text.replace("\n\n", "")
    assert len(text.split("\n\n")) == 10


def test_given_published_overrides_page_date(page: str) -> None:
    article, sources = extract_with_provenance(page, published="2025-03-15")
    assert (article.published, article.published_source, sources["published"]) == ("2025-03-15", "given", "given")


def test_without_json_ld_falls_back_to_meta_and_byline(page: str) -> None:
    bare = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page, flags=re.S)
    article, sources = extract_with_provenance(bare)
    assert article.title == "Drone strike sets fuel depot ablaze in Mykolaiv"
    assert article.tags == ["Ukraine war", "Energy"]
    assert article.published == "2025-03-14"
    assert sources["title"] == "meta"


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


@pytest.mark.slow
def test_body_f1_not_below_trafilatura_on_english_pages(shared_data: Path) -> None:
    from newsevents.eval.extraction import evaluate_extraction

    data_dir = shared_data / "trafilatura_eval"
    if not (data_dir / "evaldata.json").exists():
        pytest.skip("trafilatura_eval dataset missing")
    report = evaluate_extraction(data_dir, limit=60, english_only=True)
    ours, baseline = report["systems"]["ours"], report["systems"]["trafilatura"]
    assert report["pages"] == 60
    assert ours["f1"] >= baseline["f1"]
    assert ours["precision"] >= baseline["precision"]
