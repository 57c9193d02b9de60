"""HTML extraction: the sample page field by field, edge cases, and a check against trafilatura."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from trafilatura.utils import load_html

from html_pages import PARAGRAPHS, html_page
from newsevents.errors import UnusableInput
from newsevents.extract import extract_article, extract_with_provenance, sniff_kind
from newsevents.extract.authors import parse_authors, site_owner
from newsevents.extract.dates import publisher_local_date
from newsevents.extract.html import Block, as_shown, byline_authors, clean_title, extract_html, with_standfirst
from newsevents.extract.metadata import PageMeta, bylines, comment_authors, read_page_meta, text_bylines
from newsevents.extract.page_rules import is_closing_label, is_related_label, is_site_notice

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
        (
            "Pension reform stalls | Le Point - Analyse Critique",
            "Le Point - Analyse Critique",
            None,
            "Pension reform stalls",
        ),
        ("Climate : the talks resume | The Herald", "The Herald", None, "Climate : the talks resume"),
        ("Sourdough basics : Baking Notes", ["", "Baking Notes"], None, "Sourdough basics"),
        ("The Herald", "The Herald", None, "The Herald"),
    ],
)
def test_clean_title(title: str, site: str | None, url: str | None, expected: str) -> None:
    assert clean_title(title, site, url) == expected


def test_visible_h1_beats_a_reworded_declared_title() -> None:
    head = '<meta property="og:title" content="Council closes old bridge after cracks found">'
    body = (
        '<header><h1 class="logo">The Valley Post</h1></header>'
        f"<article><h1>Politics | Council closes old bridge to trucks after cracks found</h1>{PARAGRAPHS}</article>"
    )
    article, sources = extract_with_provenance(html_page(head, body))
    assert article.title == "Council closes old bridge to trucks after cracks found"
    assert sources["title"] == "h1"


def test_logo_h1_is_not_the_title() -> None:
    head = '<meta property="og:title" content="Council closes old bridge to trucks after cracks found">'
    body = f"<header><h1>The Valley Post</h1></header><article><h2>Repairs</h2>{PARAGRAPHS}</article>"
    assert extract_article(html_page(head, body)).title == "Council closes old bridge to trucks after cracks found"


def test_json_ld_entities_are_unescaped() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Council&#8217;s bridge vote", "author": {"name": "Jane Doe"}}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    article = extract_article(html_page(head, f"<article>{PARAGRAPHS}</article>"))
    assert article.title == "Council’s bridge vote"


def test_a_json_ld_author_may_be_a_user_name_a_line_of_text_may_not() -> None:
    json_ld = '{"@type": "BlogPosting", "headline": "Bridge closed", "author": {"name": "happyface313"}}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    assert extract_article(html_page(head, f"<article>{PARAGRAPHS}</article>")).authors == ["happyface313"]
    assert parse_authors("happyface313") == []


def test_section_headings_stay_in_the_text_in_reading_order() -> None:
    sections = f"{PARAGRAPHS}<h2>What happens next</h2>{PARAGRAPHS}<h2>Comments</h2>"
    body = f"<article><h1>Bridge closed</h1>{sections}</article>"
    article = extract_article(html_page("", body))
    assert article.section_headings == ["What happens next"]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[3] == "What happens next"
    assert "Comments" not in paragraphs  # a last heading heads no article text


def test_byline_elements_outside_comments() -> None:
    byline = '<div class="post-byline">Posted on 3 March 2025 by <a href="/author/jane">Jane Doe</a></div>'
    comments = '<ol class="comment-list"><li><span class="comment-author">Flappy Bird</span> Great post!</li></ol>'
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{byline}{PARAGRAPHS}</article>{comments}"))
    assert bylines(tree)[0] == "Jane Doe"
    assert not any("Flappy" in credit for credit in bylines(tree))


def test_page_without_declared_title_falls_back_to_its_h1() -> None:
    body = f"<article><h1>Council closes old bridge</h1>{PARAGRAPHS}</article>"
    assert extract_article(f"<html><body>{body}</body></html>").title == "Council closes old bridge"


def test_kicker_and_hidden_text_are_not_part_of_the_headline() -> None:
    head = '<meta property="og:title" content="Climate: Drilling until it gets hot | The Herald">'
    h1 = (
        '<h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span>'
        "<span>Drilling until it gets hot</span></h1>"
    )
    article, sources = extract_with_provenance(html_page(head, f"<article>{h1}{PARAGRAPHS}</article>"))
    assert (article.title, sources["title"]) == ("Drilling until it gets hot", "h1")


def test_h1_linking_home_is_a_logo_and_leaves_the_page_title() -> None:
    head = "<title>Bridge repairs begin | Valley Notes</title>"
    body = (
        f'<header><h1><a href="https://valley.example/">Valley Notes</a></h1></header><article>{PARAGRAPHS}</article>'
    )
    meta = read_page_meta(load_html(html_page(head, body)))
    assert (meta.logos, meta.h1s) == (["Valley Notes"], [])
    assert extract_html(html_page(head, body)).title == "Bridge repairs begin"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2020-02-19T18:37:32+01:00", "2020-02-19"),  # a local offset: the written date is the local one
        ("2022-05-07T13:43:46-05:00", "2022-05-07"),
        ("2022-11-06T23:00:00.000Z", "2022-11-07"),  # local midnight east of UTC, written in UTC
        ("2020-02-25T02:25:54Z", None),  # any other UTC time: the local date is unknown
        ("2022-05-03", None),
        (None, None),
    ],
)
def test_publisher_local_date(stamp: str | None, expected: str | None) -> None:
    assert publisher_local_date(stamp) == expected


def test_json_ld_local_date_beats_the_url_date() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Bridge closed", "datePublished": "2025-03-15T08:10:00+02:00"}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    url = "https://news.example/2025/03/14/bridge-closed"
    assert extract_html(html_page(head, f"<article>{PARAGRAPHS}</article>"), url=url).published == "2025-03-15"


def test_author_labels_and_user_names() -> None:
    assert parse_authors("Beitrag von r23 » 21.01.2009, 05:42", handles=True) == ["r23"]
    assert parse_authors("Author: Bo2man am 29.12.2010, 13:36 Uhr", handles=True) == ["Bo2man"]
    assert parse_authors("freeman1984") == []  # a user name counts only where the page marks up an author
    assert parse_authors("Posted on", handles=True) == []
    assert parse_authors("Afficher mon profil complet") == []
    assert parse_authors("Author(s): Leena Simon") == ["Leena Simon"]
    assert parse_authors(["Valley Notes"], ["", "valley-notes.example", "valley-notes"]) == []


def test_byline_authors_prefer_people_to_an_agency() -> None:
    sites = ["The Herald", "herald.example"]
    assert byline_authors(["Posted", "AFP", "Jane Roe"], sites) == ["Jane Roe"]
    assert byline_authors(["AFP", "The Herald"], sites) == ["AFP"]
    assert byline_authors([], sites) == []


def test_related_labels_notices_and_closing_labels_in_other_languages() -> None:
    assert is_related_label("Lesen Sie auch:")
    assert is_related_label("À lire aussi")
    assert is_related_label("Contenido relacionado")
    assert not is_related_label("Auch die Bahn streikt am Montag")
    assert is_closing_label("Weitere Informationen:")
    assert is_site_notice("Mit unserem Newsletter erhalten Sie jeden Monat alle Neuigkeiten.")
    assert is_site_notice("Sie sind aktuell nicht eingeloggt.")
    assert not is_site_notice("Die Partei will die Proteste am Samstag unterstützen, sagte der Sprecher.  " * 2)


def test_related_list_in_german_is_dropped() -> None:
    teasers = "<h3>Lesen Sie auch</h3><p>Neue Brücke für Ulm</p><p>Stau auf der A7</p>"
    article = extract_html(html_page("", f"<article><h1>Brücke gesperrt</h1>{PARAGRAPHS}{teasers}</article>"))
    assert "Stau auf der A7" not in article.text
    assert article.text.endswith("months to complete.")


def test_standfirst_left_out_by_trafilatura_opens_the_body() -> None:
    lead = "The council closed the bridge on Tuesday after engineers found cracks in its supports."
    body = [Block("Repairs will take months, officials said in a statement on Wednesday.")]
    assert [b.text for b in with_standfirst(body, PageMeta(standfirst=lead), [])] == [lead, body[0].text]
    assert with_standfirst(body, PageMeta(standfirst="Photo: Jane Roe"), []) == body
    assert with_standfirst([Block(lead)], PageMeta(standfirst=lead), []) == [Block(lead)]


def test_author_names_are_spelt_as_the_byline_shows_them() -> None:
    assert as_shown(["Gabor Munier", "Jane Roe"], ["Gàbor Muniér"]) == ["Gàbor Muniér", "Jane Roe"]
    assert as_shown(["Will Knight"], ["Will Knigh t"]) == ["Will Knight"]  # a byline broken up by markup
    assert as_shown(["Bo"], ["Bo2man"]) == ["Bo2man"]  # trafilatura cuts a user name at its first digit
    assert as_shown(["Anna"], ["Annabel"]) == ["Anna"]


def test_a_byline_crediting_more_reporters_than_the_metadata_wins() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Bridge closed", "author": {"name": "Jane Doe"}}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    two = '<p class="byline">Jane Doe , John Roe</p>'
    link = '<p class="byline">Jane Doe | Twitter</p>'  # a one-word extra: a link's label
    assert extract_html(html_page(head, f"<article>{two}{PARAGRAPHS}</article>")).authors == ["Jane Doe", "John Roe"]
    assert extract_html(html_page(head, f"<article>{link}{PARAGRAPHS}</article>")).authors == ["Jane Doe"]
    assert parse_authors("By Olena Marchuk and David Brennan, Harbour Courier correspondents") == [
        "Olena Marchuk",
        "David Brennan",
    ]


def test_a_personal_site_named_after_its_owner_credits_him() -> None:
    title = "<title>Gregory Szorc's Digital Home | Mercurial's Journey to Python 3</title>"
    page = html_page(title, f"<article><h1>Mercurial's Journey to Python 3</h1>{PARAGRAPHS}</article>")
    assert extract_html(page).authors == ["Gregory Szorc"]
    assert site_owner(None, "Donald Trump's Home | Valley Post", "Donald Trump's Home") == []  # the headline
    assert site_owner("Spider's Web", None, None) == []  # one word: not a person's full name


def test_a_blog_names_its_author_in_the_classes_of_his_comments() -> None:
    text = "<p>Danke für die vielen Hinweise, ich werde das Thema im nächsten Jahr noch einmal aufgreifen.</p>"
    own = f'<li class="comment byuser comment-author-jancak bypostauthor odd"><div>{text}</div></li>'
    other = f'<li class="comment byuser comment-author-reader1 even"><div>{text}</div></li>'
    page = html_page("", f"<article>{PARAGRAPHS}</article><ol class='commentlist'>{other}{own}</ol>")
    assert comment_authors(load_html(page)) == ("jancak", ["reader1"])
    assert extract_html(page).authors == ["jancak"]
    assert comment_authors(load_html(html_page("", f"<article>{PARAGRAPHS}</article>{other}"))) == (None, ["reader1"])
    themed = f'<li class="comment even"><div class="comment-author-name">Anna</div>{text}</li>'  # a theme's class
    assert comment_authors(load_html(html_page("", f"<article>{PARAGRAPHS}</article>{themed}"))) == (None, [])


def test_a_reader_who_commented_is_not_the_author() -> None:
    text = "<p>Danke für den Tipp, ich habe gleich zwei Gläser bestellt und warte jetzt auf die Lieferung.</p>"
    comment = f'<li class="comment byuser comment-author-d-zug even"><p class="comment-author">D-Zug</p>{text}</li>'
    own = '<li class="comment byuser comment-author-jancak bypostauthor odd"><p>Gern geschehen.</p></li>'
    page = html_page("", f"<article>{PARAGRAPHS}</article><ol class='commentlist'>{comment}{own}</ol>")
    assert extract_html(page).authors == ["jancak"]


def test_organisations_are_not_authors() -> None:
    authors = '[{"@type": "Person", "name": "Jane Roe"}, {"@type": "NewsMediaOrganization", "name": "Valley Post"}]'
    json_ld = f'{{"@type": "NewsArticle", "headline": "Bridge closed", "author": {authors}}}'
    meta = read_page_meta(load_html(html_page(f'<script type="application/ld+json">{json_ld}</script>', "<p>x</p>")))
    assert meta.authors == ["Jane Roe"]
    assert parse_authors("Deutscher Wanderverband e. V.") == []
    assert parse_authors("Acme Widgets GmbH") == []


def test_bylines_without_author_markup_are_read_from_their_text() -> None:
    split = '<div class="meta"><span class="lead">| By </span><span>Cara Stiles</span> | <time>April 13</time></div>'
    written = "<p><em>Written by: <a href='/jm'>Julie Mollins</a></em></p>"
    teaser = "<p>By 2030 the council wants every bridge repaired, officials said in the report on Tuesday.</p>"
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{split}{written}{teaser}{PARAGRAPHS}</article>"))
    assert text_bylines(tree) == ["By Cara Stiles", "Written by: Julie Mollins"]
    assert extract_html(html_page("", f"<article><h1>Bridge closed</h1>{split}{PARAGRAPHS}</article>")).authors == [
        "Cara Stiles"
    ]


def test_photo_and_editor_credits_are_not_bylines() -> None:
    photo = '<div class="credit-box"><strong>Foto:</strong><p class="autor">Jaiver Nieto</p></div>'
    editor = '<span itemprop="author">Revised Edition Edited by Adrian Parr</span>'
    author = '<p class="auteurs">Didier Roy</p>'
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{photo}{editor}{author}{PARAGRAPHS}</article>"))
    assert bylines(tree) == ["Didier Roy"]


def test_site_names_topics_and_organisations_are_not_authors() -> None:
    assert parse_authors(["Jobs", " Hire"], ["Jobs & Hire", "Jobs"]) == []  # the site's name split up
    assert parse_authors("Photovoltaik / Solarthermie / Speicher / Wirtschaft", handles=True) == []
    assert parse_authors("Staff and news service reports") == []
    assert parse_authors("Badische Zeitung") == []
    assert parse_authors("MesOpinions com") == []
    assert parse_authors("Bund der Energieverbraucher e V") == []
    assert parse_authors("Agencies") == []
    assert parse_authors("Peter Amende und Fuchsy designed") == []  # the designers of the site's theme


def test_an_agency_report_adapted_by_the_site_is_one_credit() -> None:
    sites = ["The Harbour Post", "harbourpost.example"]
    assert parse_authors("AFP/The Harbour Post", sites) == ["AFP/The Harbour Post"]  # as the page writes it
    assert parse_authors("The Harbour Post", sites) == []  # the site alone is still no author
    assert parse_authors("Reuters/The Evening Star", sites) == ["Reuters"]  # another paper: not this site's credit


def test_labelled_author_fields() -> None:
    assert parse_authors("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet") == ["Fritz Imhof"]
    assert parse_authors("Written by: Julie Mollins") == ["Julie Mollins"]
    assert parse_authors("Pressemitteilung von Katja Kipping") == ["Katja Kipping"]
    assert parse_authors("Interview Harald Willenbrock") == ["Harald Willenbrock"]
    assert parse_authors("By Jose de la Cruz and Jane Doe") == ["Jose de la Cruz", "Jane Doe"]


def test_json_ld_author_given_by_reference_is_looked_up() -> None:
    person = '{"@type": ["Person", "Organization"], "@id": "https://blog.example/#/person/1", "name": "Harald Bauer"}'
    article = (
        '{"@type": "BlogPosting", "headline": "Bridge closed", "author": {"@id": "https://blog.example/#/person/1"}}'
    )
    json_ld = f'{{"@context": "https://schema.org", "@graph": [{article}, {person}]}}'
    meta = read_page_meta(load_html(html_page(f'<script type="application/ld+json">{json_ld}</script>', "<p>x</p>")))
    assert meta.authors == ["Harald Bauer"]  # a blogger typed as both a person and an organisation


@pytest.mark.parametrize(
    "json_ld",
    [
        '{"@type": "NewsArticle", "headline": "Bridge closed", "creator": {"@type": "Person", "name": "Jane Doe"}}',
        '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "author": "Jane Doe"}}',
    ],
)
def test_json_ld_credits_a_creator_and_a_web_page_s_main_entity(json_ld: str) -> None:
    page = html_page(f'<script type="application/ld+json">{json_ld}</script>', "<p>x</p>")
    assert read_page_meta(load_html(page)).authors == ["Jane Doe"]


def test_author_meta_tags_beyond_the_author_tag() -> None:
    cxense = '<meta property="cXenseParse:author" content="Lisa Petrich">'
    yoast = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Julie Mollins">'
    reading = '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">'
    assert read_page_meta(load_html(html_page(cxense, "<p>x</p>"))).authors == ["Lisa Petrich"]
    assert read_page_meta(load_html(html_page(yoast + reading, "<p>x</p>"))).authors == ["Julie Mollins"]


def test_labelled_and_foreign_bylines_are_read_from_their_text() -> None:
    dashed = "<div><span><strong><em>---- by Kenneth Surin</em></strong></span></div>"
    labelled = "<p>Auteur : Kossivi Tiassou </p>"
    german = "<h5><em>Von Leonora Holling</em></h5>"
    phrase = "<p>Von Montag bis Freitag ist die Brücke gesperrt.</p>"
    field = '<div><h4>Autor</h4><p class="meta-text"><a href="/profil/nh">Nikolai Huke</a></p></div>'
    sidebar = '<div class="widget"><h2>Autor</h2><ul><li><a href="/about">Über-Ich</a></li></ul></div>'
    body = f"<article><h1>Bridge closed</h1>{dashed}{labelled}{german}{phrase}{field}{PARAGRAPHS}</article>{sidebar}"
    assert text_bylines(load_html(html_page("", body))) == [
        "by Kenneth Surin",
        "Auteur : Kossivi Tiassou",
        "Von Leonora Holling",
        "By Nikolai Huke",
    ]


def test_roles_and_page_furniture_around_names_are_cut() -> None:
    assert parse_authors("Von FOCUS-Online-Experte Robin Tschöpe") == ["Robin Tschöpe"]
    assert parse_authors("Christoph Hein Chefredakteur") == ["Christoph Hein"]
    assert parse_authors("No Author") == []  # not "No": only a full name is kept without its role
    assert parse_authors("Chrome Security Team") == []
    assert parse_authors(["Isabel Caro", "Rocío Latorre y José Miguel Wilson Tiempo de lectura"]) == [
        "Isabel Caro",
        "Rocío Latorre",
        "José Miguel Wilson",
    ]
    assert parse_authors("Jane Doe · 4 min read") == ["Jane Doe"]
    assert parse_authors("Mathilda Trausch Veröffentlicht am 12.03.2020") == ["Mathilda Trausch"]
    assert parse_authors("Published by Jane Doe") == ["Jane Doe"]


def test_places_and_wire_services_after_a_name_are_not_authors() -> None:
    assert parse_authors("By Nada Tawfik, BBC News, New York") == ["Nada Tawfik"]
    assert parse_authors("By Jane Doe, Reuters, London") == ["Jane Doe"]
    assert parse_authors("Jane Doe, Staff Writer, John Roe") == ["Jane Doe", "John Roe"]
    assert parse_authors("Reuters") == ["Reuters"]  # a wire service alone is still the credit


def test_notes_in_brackets_and_phrases_are_not_names() -> None:
    credit = "Autor: Samuel Diekmann (Sponsored Post), Redner bei rent-a-pastor.com"
    assert parse_authors(credit, handles=True) == ["Samuel Diekmann"]
    assert parse_authors("By Jane Doe (Reuters, London) and John Roe") == ["Jane Doe", "John Roe"]
    assert parse_authors(["Deinen Hochzeitsbloggern"]) == []  # "von deinen Hochzeitsbloggern": a phrase
    assert parse_authors(["Houzz Deutschland vor"]) == []  # what is left of "vor 2 Jahren"
    assert parse_authors("Mobasir hassan") == ["Mobasir hassan"]


def test_german_leads_and_relative_times_around_names_are_cut() -> None:
    assert parse_authors("Veröffentlicht von Chris Jung", handles=True) == ["Chris Jung"]
    assert parse_authors("Erstellt von Andri Bryner", handles=True) == ["Andri Bryner"]
    credit = "Isabel Caro , Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos"
    assert parse_authors(credit) == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    assert parse_authors("Von Houzz Deutschland vor 2 Jahren") == ["Houzz Deutschland"]
    assert parse_authors("By Jane Doe 3 hours ago") == ["Jane Doe"]


def test_host_names_compounds_and_cjk_names() -> None:
    assert parse_authors("Www Medianotions De") == []
    assert parse_authors("Tennisnet Com") == []
    assert parse_authors("Bundesverband WindEnergie") == []
    assert parse_authors("Wegewerk Gmbh") == []
    assert parse_authors("Online-Redaktion") == []
    assert parse_authors("Eingestellt von Unknown") == []
    assert parse_authors("孔德明") == ["孔德明"]
    assert parse_authors("新华社") == []  # Xinhua, the agency


def test_byline_between_line_breaks_in_a_long_block() -> None:
    notes = "Symbolgrafik: Archiv<br/>Quelle: Landgericht Berlin, Beschluss vom 3. Mai, weitere Angaben folgen"
    block = f'<div class="notes">{notes}<br/>Autor: <a href="/ra/">Rechtsanwalt</a> Sebastian Einbock</div>'
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{PARAGRAPHS}{block}</article>"))
    assert text_bylines(tree) == ["Autor: Rechtsanwalt Sebastian Einbock"]
    assert parse_authors(text_bylines(tree)) == ["Sebastian Einbock"]


def test_chinese_credit_labels_name_the_author() -> None:
    assert parse_authors("作者：孔德明 来源：半月谈网") == ["孔德明"]  # the source's field after the name is cut
    assert parse_authors("责任编辑： 焦鹏") == ["焦鹏"]
    assert parse_authors("编辑：新华社") == []  # an agency, not a person
    credit = '<div class="p-tags"><span class="p-jc"><span><a href="#">【纠错】</a></span> 责任编辑： 焦鹏 </span>'
    tree = load_html(html_page("", f"<article><h1>武汉的声音</h1>{PARAGRAPHS}{credit}</div></article>"))
    assert text_bylines(tree) == ["责任编辑： 焦鹏"]  # a labelled credit after a link in the same block


@pytest.mark.parametrize(
    ("credit", "expected"), [("文/张三 图/李四", "张三"), ("文｜李四", "李四"), ("文：山田太郎", "山田太郎")]
)
def test_a_text_credit_in_chinese_and_japanese_names_the_writer(credit: str, expected: str) -> None:
    tree = load_html(html_page("", f"<article><h1>武汉的声音</h1><p>{credit}</p>{PARAGRAPHS}</article>"))
    assert parse_authors(text_bylines(tree)) == [expected]  # not the photographer (图) after the writer


def test_a_bare_by_after_a_link_is_no_byline() -> None:
    footer = '<p class="site-info"><a href="https://wordpress.org/">WordPress</a> by aThemes</p>'
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{PARAGRAPHS}</article>{footer}"))
    assert text_bylines(tree) == []


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),  # Italian
        ("Scritto da Mario Rossi", ["Mario Rossi"]),
        ("Av Anna Svensson och Erik Berg", ["Anna Svensson", "Erik Berg"]),  # Swedish
        ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),  # Dutch
        ("Texto: Maria Silva", ["Maria Silva"]),
        ("Di Maio", ["Di Maio"]),  # a surname, not the Italian lead
        ("Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),  # Polish
        ("Autorka: Anna Nowak", ["Anna Nowak"]),
        ("Napisała Anna Nowak", ["Anna Nowak"]),
        ("Af Lars Hansen og Mette Frederiksen", ["Lars Hansen", "Mette Frederiksen"]),  # Danish
        ("Skrivet av Anna Svensson", ["Anna Svensson"]),
        ("Autore: Mario Rossi", ["Mario Rossi"]),
        ("Autor Mark Newton: EN", ["Mark Newton"]),  # the name closed by a colon, then the language
        ("En kiosques : juillet 2020", []),  # no lead: a label, not a name
        ("Text und Fotos: Anna Nowak", ["Anna Nowak"]),
        ("Texte : Jean Dupont, photos : Marie Curie", ["Jean Dupont"]),
        ("Von: det/dpa", ["det/dpa"]),  # an agency credited with an editor's initials: one credit as written
        ("red / APA", ["red / APA"]),
        ("Von: Jane Doe / John Roe", ["Jane Doe", "John Roe"]),  # names: two people
        ("By JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),  # a credit in capitals, its "and" too
        ("POR MARÍA GARCÍA Y JUAN PÉREZ", ["María García", "Juan Pérez"]),
        ("JOHN E SMITH", ["John E Smith"]),  # an initial, not the Italian "e"
    ],
)
def test_leads_and_joined_names_in_other_languages(credit: str, expected: list[str]) -> None:
    assert parse_authors(credit) == expected


@pytest.mark.parametrize("line", ["<p>Von: Jane Doe</p>", "<p>Par : Jane Doe</p>", "<span>Text: Jane Doe</span>"])
def test_leads_with_a_colon_and_text_credits_are_bylines(line: str) -> None:
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{line}{PARAGRAPHS}</article>"))
    assert parse_authors(text_bylines(tree)) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<p><strong>Jane Doe</strong></p>", ["Jane Doe"]),  # a name in bold under the last paragraph
        ("<p>– Jane Doe</p>", ["Jane Doe"]),
        ("<p>(Jane Doe)</p>", ["Jane Doe"]),
        ("<p><strong>Repairs Ahead</strong></p>", []),  # a closing phrase: its words are in the text in lower case
        ("<p>Jane Doe</p>", []),  # a plain line of capitalised words may be a heading
    ],
)
def test_the_writer_who_signs_under_the_article(closing: str, expected: list[str]) -> None:
    text = PARAGRAPHS + "<p>Drivers should expect repairs ahead of the winter, the council said.</p>"
    result = extract_html(
        html_page("<title>Bridge closed</title>", f"<article><h1>Bridge closed</h1>{text}{closing}</article>")
    )
    assert result.authors == expected


def test_handles_degrees_newsrooms_and_invisible_marks_around_names() -> None:
    assert parse_authors("Jane Doe @janedoe") == ["Jane Doe"]
    assert parse_authors("Jane Doe, Ph.D.") == ["Jane Doe"]
    assert parse_authors("By Jane Doe, CNN Business") == ["Jane Doe"]
    assert parse_authors("Von Mat\xadthi\xadas Lauerer") == ["Matthias Lauerer"]


def test_foreign_bylines_in_italian_and_swedish_are_read_from_their_text() -> None:
    italian = "<p>di Mario Rossi e Luca Bianchi</p>"
    swedish = "<p>Av Anna Svensson</p>"
    phrase = "<p>Di Maio</p>"  # a name alone, not a lead and names
    body = f"<article><h1>Bridge closed</h1>{italian}{swedish}{phrase}{PARAGRAPHS}</article>"
    assert text_bylines(load_html(html_page("", body))) == ["di Mario Rossi e Luca Bianchi", "Av Anna Svensson"]


def test_foreign_bylines_with_particles_dates_labels_and_split_leads() -> None:
    dutch = "<p>Door Jan de Vries en Piet Jansen</p>"
    dated = "<p>Von Jane Doe, John Roe und Max Muster | 12.03.2022</p>"
    label = "<p>Autor <span>Mark Newton:</span></p>"  # a label without its colon
    split = '<div class="meta"><span>Par</span><a href="/jd">Jean Dupont</a><span>Lecture 3 min</span></div>'
    months = "<p>Von Januar bis März 2023 ist die Brücke gesperrt.</p>"
    body = f"<article><h1>Bridge closed</h1>{dutch}{dated}{label}{split}{months}{PARAGRAPHS}</article>"
    assert text_bylines(load_html(html_page("", body))) == [
        "Door Jan de Vries en Piet Jansen",
        "Von Jane Doe, John Roe und Max Muster | 12.03.2022",
        "Autor Mark Newton:",
        "Par Jean Dupont",
    ]


def test_a_credit_below_the_headline_is_a_byline_a_list_of_photo_credits_is_not() -> None:
    header = '<header><h1>Bridge closed</h1><p class="credit">JIJI</p></header>'
    photos = '<div class="photo-credits"><div><p class="credit">Benh Lieu Song</p></div></div>'
    tree = load_html(html_page("", f"<article>{header}{PARAGRAPHS}</article>{photos}"))
    assert bylines(tree) == ["JIJI"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Łukasz Nowak i Żaneta Wiśniewska", ["Łukasz Nowak", "Żaneta Wiśniewska"]),  # Polish capitals
        ("Autor: Šárka Černá", ["Šárka Černá"]),  # Czech
        ("Автор: Иван Петров и Мария Иванова", ["Иван Петров", "Мария Иванова"]),  # Russian
        ("İlker Şahin", ["İlker Şahin"]),  # Turkish
        ("łukasz", []),  # a small letter starts no name in running text
    ],
)
def test_names_in_the_latin_extended_and_cyrillic_alphabets(credit: str, expected: list[str]) -> None:
    assert parse_authors(credit) == expected


def test_links_to_author_pages_in_other_languages_are_bylines() -> None:
    byline = '<p class="meta">Von <a href="/autoren/max-muster">Max Muster</a></p>'
    other = '<div class="meta"><a href="https://example.org/autor/jan-kowalski/">Jan Kowalski</a></div>'
    tree = load_html(html_page("", f"<article><h1>Bridge closed</h1>{byline}{other}{PARAGRAPHS}</article>"))
    assert bylines(tree)[:2] == ["Max Muster", "Jan Kowalski"]


def test_a_russian_byline_is_read_from_its_text() -> None:
    body = f"<article><h1>Bridge closed</h1><p>Автор: Иван Петров</p>{PARAGRAPHS}</article>"
    assert text_bylines(load_html(html_page("", body))) == ["Автор: Иван Петров"]


def test_a_cms_timestamp_never_set_is_no_date() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Bridge closed", "datePublished": "1970-01-01T01:00:00+01:00"}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    body = f"<article><h1>Bridge closed</h1><p>14 March 2025</p>{PARAGRAPHS}</article>"
    assert extract_html(html_page(head, body), url="https://news.example/bridge-closed").published == "2025-03-14"


def test_a_year_shown_only_in_the_copyright_line_is_no_date() -> None:
    footer = "<footer><p>© 2016 Example Verlag</p></footer>"
    page = html_page("<title>Bridge closed</title>", f"<article><h1>Bridge closed</h1>{PARAGRAPHS}</article>{footer}")
    assert extract_html(page, url="https://news.example/bridge-closed").published is None
    new_year = extract_html(page, url="https://news.example/2016/01/01/bridge-closed")
    assert new_year.published == "2016-01-01"  # the URL confirms the first of January


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Publicado por Alberto González", ["Alberto González"]),
        ("Jane Doe Twitter", ["Jane Doe"]),  # a link to her account
        ("Jane Doe Last updated 5 May 2022", ["Jane Doe"]),
        ("Jane Doe Kategorien", ["Jane Doe"]),
        ("By Jane Doe @janedoe John Roe", ["Jane Doe", "John Roe"]),  # an account handle between two names
        ("Letzte Aktualisierung", []),  # a label, not a name
        ("Autoren", []),
        ("Claudia Riedler, Leiterin", ["Claudia Riedler"]),  # her role
    ],
)
def test_byline_furniture_labels_and_account_handles_around_names(credit: str, expected: list[str]) -> None:
    assert parse_authors(credit) == expected
