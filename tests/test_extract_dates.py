"""page_date: the date a page shows its readers, labelled as published or set below the headline; and the
written dates find_date reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import HtmlElement, fromstring
from trafilatura.utils import load_html

from newsevents.eval.extraction import load_pages, read_page
from newsevents.extract.dates import find_date, page_date

FILLER = "<p>" + "The council met on Tuesday evening and argued for hours about the bridge. " * 3 + "</p>"


def _page(body: str) -> HtmlElement:
    return fromstring(f"<html><head><title>A page</title></head><body>{body}</body></html>")


def test_the_date_line_below_the_headline() -> None:
    tree = _page(f'<h1>Bridge closed for repairs</h1><p class="byline">By Anna Muster | 25 April 2025</p>{FILLER}')
    assert page_date(tree) == "2025-04-25"


def test_a_date_labelled_as_published_anywhere_in_the_article() -> None:
    body = f"<h1>Bridge closed for repairs</h1>{FILLER * 4}<p>Veröffentlicht am 16.08.2019</p>"
    assert page_date(_page(body)) == "2019-08-16"


def test_a_labelled_date_comes_before_an_unlabelled_date_line() -> None:
    body = f"<h1>Bridge closed for repairs</h1><p>3 May 2022</p>{FILLER}<p>Published on May 1, 2022</p>"
    assert page_date(_page(body)) == "2022-05-01"


@pytest.mark.parametrize(
    "date_line",
    [
        "<p>Updated May 06, 2019</p>",
        "<p>Zuletzt aktualisiert: 06.05.2019</p>",
        '<p><time class="updated" datetime="2019-05-06">6 May 2019</time></p>',
    ],
)
def test_dates_marked_as_updates_give_way_to_the_date_line_after_them(date_line: str) -> None:
    body = f"<h1>Bridge closed for repairs</h1>{date_line}<p>3 May 2019</p>{FILLER}"
    assert page_date(_page(body)) == "2019-05-03"


def test_an_update_date_is_the_pages_date_where_the_page_shows_no_other() -> None:
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1><p>Updated May 06, 2019</p>{FILLER}")) == "2019-05-06"
    classed = '<div class="published">4 May 2019</div>'  # an element classed as the publication date comes first
    body = f"<h1>Bridge closed for repairs</h1><p>Updated May 06, 2019</p>{FILLER * 2}{classed}"
    assert page_date(_page(body)) == "2019-05-04"


@pytest.mark.parametrize(
    "outside",
    [
        '<div class="comment-meta"><p>24. August 2019 um 03:36 Uhr</p></div>',
        '<ul class="related-posts"><li>12 October 2017</li></ul>',
        "<figure><figcaption>Photo: 3 May 2022</figcaption></figure>",
        '<aside class="sidebar"><p>Posted: 3 May 2022</p></aside>',
    ],
)
def test_dates_outside_the_article_are_skipped(outside: str) -> None:
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{outside}{FILLER}")) is None


@pytest.mark.parametrize(
    "opening",
    [
        "The show opens <strong>on 22 November 2023</strong> in the old town hall,",
        "<strong>The show opens</strong> <strong>on 22 November 2023</strong> <strong>in the old town hall,</strong>",
    ],
)
def test_a_date_inside_a_sentence_is_not_a_date_line(opening: str) -> None:
    sentence = f"{opening} with fairy tale films daily and a market in the square outside."
    body = f"<h1>Winter show opens</h1><p>{sentence}</p>"
    assert page_date(_page(body)) is None


def test_a_layout_class_naming_the_sidebar_beside_the_article_hides_nothing() -> None:
    headline = "<h1>Bridge closed for repairs</h1><p>25 April 2025</p>"
    article = f'<div class="container with-sidebar-right">{headline}{FILLER}</div>'
    tree = fromstring(f'<html><body class="single has-sidebar">{article}</body></html>')
    assert page_date(tree) == "2025-04-25"


def test_an_element_classed_as_the_publication_date_further_down() -> None:
    date_line = '<div class="author_data"><span class="publishedAt">04 de mayo 2022, 12:00 A. M.</span></div>'
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{FILLER * 2}{date_line}{FILLER}")) == "2022-05-04"
    in_widget = '<div class="widget"><time class="entry-date">4 May 2022</time></div>'
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{FILLER * 2}{in_widget}")) is None


def test_dates_above_the_headline_or_far_below_it_are_skipped() -> None:
    above = f"<div>Saturday, 19 October 2019</div><h1>Bridge closed for repairs</h1>{FILLER}"
    far_below = f"<h1>Bridge closed for repairs</h1>{FILLER * 3}<p>25 April 2025</p>"
    assert page_date(_page(above)) is None
    assert page_date(_page(far_below)) is None


def test_the_headline_is_the_longest_h1_not_the_logo() -> None:
    body = f"<h1>KBS WORLD</h1>{FILLER * 3}<h1>Colder temperatures forecast for Wednesday</h1><p>2023-11-07</p>"
    assert page_date(_page(body)) == "2023-11-07"


def test_a_time_element_gives_the_publishers_day() -> None:
    local = '<time datetime="2022-05-03T23:37:37-04:00"></time>'
    utc = '<time datetime="2022-05-03T23:37:37Z"></time>'  # the publisher's day is unknown
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{local}{FILLER}")) == "2022-05-03"
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{utc}{FILLER}")) is None


def test_an_entry_date_that_themes_also_class_as_updated_is_the_publication_date() -> None:
    date_line = '<span><time class="entry-date updated" datetime="2022-05-03T23:37:37Z">3 May 2022</time></span>'
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{date_line}{FILLER}")) == "2022-05-03"


def test_a_date_in_an_element_of_its_own_above_a_long_teaser() -> None:
    body = f'<h1>Bridge closed for repairs</h1><div><span class="date">27.01.2022</span><div>{FILLER}</div></div>'
    assert page_date(_page(body)) == "2022-01-27"


def test_without_an_h1_the_h2_that_repeats_the_title_is_the_headline() -> None:
    body = f'<h1 class="sr-only">Details</h1><h2>Bridge closed for repairs</h2><p class="date">27.01.2022</p>{FILLER}'
    tree = fromstring(f"<html><head><title>Bridge closed for repairs</title></head><body>{body}</body></html>")
    assert page_date(tree) == "2022-01-27"
    assert page_date(_page(body)) is None  # an <h2> the title does not repeat is a section's heading


def test_the_date_a_user_joined_is_not_the_articles() -> None:
    profile = '<dl><dd class="profile-joined"><strong>Joined:</strong> 18.09.2008, 05:56</dd></dl>'
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{profile}{FILLER}")) is None


def test_script_text_and_pages_without_a_headline_give_nothing() -> None:
    assert page_date(_page('<script>var published = "25 April 2025";</script><p>25 April 2025</p>')) is None


def test_on_the_studied_half_of_trafilatura_eval_it_is_mostly_right(trafilatura_eval: Path) -> None:
    pages = [page for _, page in load_pages(trafilatura_eval, half="dev") if page.get("date")]
    found = [(page_date(load_html(read_page(trafilatura_eval, page))), page["date"]) for page in pages]
    answered = [(ours, gold) for ours, gold in found if ours]
    assert len(answered) >= len(pages) / 3
    assert sum(ours == gold for ours, gold in answered) >= 0.9 * len(answered)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Publicerad 4 maj 2022", "2022-05-04"),  # Swedish
        ("4. marts 2022", "2022-03-04"),  # Danish
        ("4. desember 2022", "2022-12-04"),  # Norwegian
        ("opublikowano: 7 kwietnia 2021", "2021-04-07"),  # Polish, the month in the genitive
        ("2022年5月4日 10:30", "2022-05-04"),
        ("2022년 5월 4일", "2022-05-04"),
        ("2022.05.04. 10:30", "2022-05-04"),
        ("25-04-2022", "2022-04-25"),
        ("3 марта 2019 г.", "2019-03-03"),  # Russian, the month in the genitive
        ("Март 3, 2019", "2019-03-03"),  # and in the nominative
        ("3 березня 2019", "2019-03-03"),  # Ukrainian
        ("3. března 2019", "2019-03-03"),  # Czech
        ("3 Ağustos 2019", "2019-08-03"),  # Turkish
    ],
)
def test_dates_in_more_languages_and_formats(written: str, expected: str) -> None:
    assert find_date(written) == expected


def test_ambiguous_or_versioned_numbers_are_not_dates() -> None:
    assert find_date("04-05-2022") is None  # day and month orders clash
    assert find_date("release 2022.05.04.1") is None  # a version number


def test_a_date_line_in_polish_below_the_headline() -> None:
    body = f"<h1>Bridge closed for repairs</h1><div>opublikowano: 7 kwietnia 2021</div>{FILLER}"
    assert page_date(_page(body)) == "2021-04-07"


@pytest.mark.parametrize(
    "date_line",
    [
        "<p>Updated: 5 May 2022 | Published: 4 May 2022</p>",
        "<p>Last updated 5 May 2022, originally published 4 May 2022</p>",
    ],
)
def test_the_published_date_beside_an_updated_one(date_line: str) -> None:
    assert page_date(_page(f"<h1>Bridge closed for repairs</h1>{date_line}{FILLER}")) == "2022-05-04"


def _page_in(language: str, body: str) -> HtmlElement:
    return fromstring(f'<html lang="{language}"><head><title>A page</title></head><body>{body}</body></html>')


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "2022-05-11"),  # day first, as most languages write it
        ("en-GB", "2022-05-11"),
        ("en-US", "2022-11-05"),  # month first
        ("en", None),  # English of no region: either order
        ("zh-CN", None),  # a language that writes the year first
    ],
)
def test_a_numeric_date_line_in_the_order_of_the_pages_language(language: str, expected: str | None) -> None:
    body = f"<h1>Bridge closed for repairs</h1><p>11/05/2022</p>{FILLER}"
    assert page_date(_page_in(language, body)) == expected


def test_the_language_may_be_declared_as_the_pages_locale() -> None:
    head = '<head><meta property="og:locale" content="pt_BR"></head>'
    tree = fromstring(f"<html>{head}<body><h1>Bridge closed for repairs</h1><p>11/05/2022</p>{FILLER}</body></html>")
    assert page_date(tree) == "2022-05-11"


def test_a_date_line_with_a_two_digit_year() -> None:
    body = f'<h1>Bridge closed for repairs</h1><a class="date">10.12.19</a>{FILLER}'
    assert page_date(_page(body)) == "2019-12-10"
    assert find_date("10.12.19") is None  # in running text it may be a version or a score
    body = f"<h1>Bridge closed for repairs</h1><p>Version 1.2.19</p>{FILLER}"
    assert page_date(_page(body)) is None


def test_a_date_line_with_a_written_month_and_a_two_digit_year() -> None:
    body = f"<h1>Bridge closed for repairs</h1><em>( Lucca, 14 Gennaio 20 )</em>{FILLER}"
    assert page_date(_page(body)) == "2020-01-14"
    assert find_date("14 Gennaio 20") is None  # in running text: the day, the month and perhaps a number
    for time in ("Closed on 14 Jan 20:15", "Konzert: 14. Mai 20 Uhr"):  # an hour, not a year
        assert page_date(_page(f"<h1>Bridge closed for repairs</h1><p>{time}</p>{FILLER}")) is None


@pytest.mark.parametrize(
    "date_line",
    [
        "发布时间：2020-02-19 08:54",
        "Mis en ligne le 19 février 2020",
        "Publicado em 19/02/2020",
        "Publiziert am 19.2.2020",
        "Опубликовано: 19 февраля 2020",
        "公開日：2020年2月19日",
    ],
)
def test_publication_labels_in_more_languages(date_line: str) -> None:
    body = f"<h1>Bridge closed for repairs</h1>{FILLER * 3}<p>{date_line}</p>{FILLER}"
    assert page_date(_page(body)) == "2020-02-19"


def test_a_date_line_just_above_the_headline_in_its_header() -> None:
    kicker = "<div><span>Original Research</span> <span>7 April 2020</span></div>"
    header = f"<header>{kicker}<h1>Bridge closed</h1></header>"
    assert page_date(_page(f"<article>{header}{FILLER}</article>")) == "2020-04-07"
    banner = "<div class='top-bar'><div>Sunday, January 19, 2020</div></div>"  # the site's, with today's date
    article = f"<main><article><header><h1>Bridge closed</h1></header>{FILLER}</article></main>"
    assert page_date(_page(f"{banner}{article}")) is None


@pytest.mark.parametrize("label", ["Обновлено", "更新日"])
def test_update_labels_in_russian_chinese_and_japanese(label: str) -> None:
    body = f"<h1>Bridge closed for repairs</h1><p>{label}: 21.02.2020</p><p>19.02.2020</p>{FILLER}"
    assert page_date(_page(body)) == "2020-02-19"
