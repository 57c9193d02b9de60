"""The article body from HTML: what trafilatura's tree holds, which lines are debris, and the lead."""

from __future__ import annotations

from types import SimpleNamespace

from lxml import etree
from trafilatura.utils import load_html

from html_pages import PARAGRAPHS, html_page
from newsevents.extract.html import (
    MIN_BODY_CHARS,
    Block,
    _printable,
    body_blocks,
    extract_html,
    filter_blocks,
    header_lead,
    outside_parts,
    render_body,
    visible_description,
    with_standfirst,
)
from newsevents.extract.metadata import PageMeta
from newsevents.extract.page_rules import (
    MAX_CLOSING_NOTICE_WORDS,
    is_about_label,
    is_inline_teaser_label,
    is_related_label,
    is_rights_or_taxonomy_line,
    is_site_notice,
)
from newsevents.extract.rules import is_debris, word_count, words

LEAD = "The council closed the bridge on Tuesday after engineers found cracks in its supports."
LATER = Block("Repairs will take months, officials said in a statement on Wednesday.")


def test_text_between_blocks_is_part_of_the_body() -> None:
    body = etree.fromstring("<body>Opening words.<head>Intro</head>Loose paragraph.<p>Para</p>Closing text.</body>")
    assert [(b.text, b.heading) for b in render_body(body)] == [
        ("Opening words.", False),
        ("Intro", True),
        ("Loose paragraph.", False),
        ("Para", False),
        ("Closing text.", False),
    ]


def test_soft_hyphens_and_zero_width_spaces_do_not_split_words() -> None:
    body = etree.fromstring("<body><p>Wein\u00adwirt\u00adschaft in S\u00fcd\u200btirol</p></body>")
    assert [b.text for b in render_body(body)] == ["Weinwirtschaft in Südtirol"]


def test_dated_line_between_blocks_is_dropped() -> None:
    posted = "January 13, 2020 at 08:45 AM | categories: Python | View Comments"
    html = html_page("", f"<article><h1>Bridge closed</h1><div>{PARAGRAPHS}<p>Next step</p>{posted}</div></article>")
    text = extract_html(html).text
    assert "The regional council voted" in text
    assert "categories: Python" not in text


def test_foreign_teasers_rights_notices_and_category_labels() -> None:
    assert is_inline_teaser_label("À lire aussi » Ballonnements, lourdeurs... Quel est votre profil ?")
    assert is_inline_teaser_label("Lesen Sie hier: Spielabbruch in der Kreisliga")
    assert is_inline_teaser_label("Czytaj też: Eurostat o bezrobociu")
    assert not is_inline_teaser_label("Lesen Sie auch die Studie, sagte der Minister am Dienstag.")
    assert is_rights_or_taxonomy_line("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.")
    assert is_rights_or_taxonomy_line("Kategorie: News")
    assert not is_rights_or_taxonomy_line("Die Kategorie der Weine ist seit 1931 geschützt, sagte der Winzer.")
    assert is_site_notice("Tous droits réservés")
    assert not is_debris("Kategorie: News")  # the English rules alone do not read other languages


def test_credited_captions_are_dropped_from_the_body() -> None:
    caption = "<p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO</p>"
    text = extract_html(html_page("", f"<article><h1>Ski-Weltcup</h1>{PARAGRAPHS}{caption}{PARAGRAPHS}</article>")).text
    assert "BERTORELLO" not in text
    assert text.count("The regional council voted") == 6


def test_headline_repeated_with_section_and_site_is_dropped() -> None:
    head = "<title>Bridge closed to trucks</title>"
    repeat = "<p>Bridge closed to trucks | Environment | DW | 23.05.2011</p>"
    body = f"<article><h1>Bridge closed to trucks</h1>{repeat}{PARAGRAPHS}</article>"
    text = extract_html(html_page(head, body)).text
    assert "Environment | DW" not in text
    assert text.startswith("The regional council voted")


def test_standfirst_holding_the_page_header_gives_only_its_lead() -> None:
    header = f"21.01.2022 Aktuelle Meldung Bridge closed to trucks {LEAD}"
    kept = with_standfirst([LATER], PageMeta(standfirst=header), [], "Bridge closed to trucks")
    assert [b.text for b in kept] == [LEAD, LATER.text]


def test_standfirst_naming_the_subject_is_kept_whole() -> None:
    lead = (
        "蔡健雅（Tanya Chua），1975年1月28日出生于新加坡，祖籍中国江苏省，现定居于台湾。华语流行乐女歌手、音乐制作人。"
    )
    assert with_standfirst([LATER], PageMeta(standfirst=lead), [], "蔡健雅")[0].text == lead


def test_standfirst_with_a_picture_credit_or_a_cut_start_is_not_a_lead() -> None:
    credited = f"Engineers inspect the bridge © Jane Roe {LEAD}"
    assert with_standfirst([LATER], PageMeta(standfirst=credited), []) == [LATER]
    captioned = PageMeta(standfirst=f"Engineers inspect the bridge {LEAD}", captions=["Engineers inspect the bridge"])
    assert with_standfirst([LATER], captioned, []) == [LATER]
    cut = "… has written articles for the Valley Post from June 2003 to January 2009 as a reporter."
    assert with_standfirst([LATER], PageMeta(standfirst=cut), []) == [LATER]


def test_visible_description_is_found_in_any_lead_element() -> None:
    first = "Wärmepumpen boomen - auch weil das Heizen mit Gas und Öl in diesem Winter so teuer geworden ist."
    description = f"{first} Aber viele Deutsche können von Gas und Öl noch immer nicht lassen, sagen die Fachleute."
    shown = description.replace(" - ", " – ")
    tree = load_html(html_page("", f'<header><div class="abstract"><span>{shown}</span></div></header>{PARAGRAPHS}'))
    assert visible_description(tree, f"<p>{description}</p>") == shown
    assert visible_description(tree, f"{first} Aber viele Deutsche können […]") == shown
    footer = load_html(html_page("", f"{PARAGRAPHS}<footer><p>{shown}</p></footer>"))
    assert visible_description(footer, description) is None


def test_description_shown_as_a_lead_opens_the_body() -> None:
    head = f'<meta name="description" content="{LEAD}">'
    body = f'<div class="article-header"><h1>Bridge closed</h1><div class="lead-box">{LEAD}</div></div>'
    text = extract_html(html_page(head, f"{body}<article>{PARAGRAPHS}</article>")).text
    assert text.startswith(LEAD)
    assert text.count(LEAD) == 1


def test_recall_mode_is_tried_where_the_first_extraction_found_next_to_nothing() -> None:
    page = html_page("", f"<article><h1>Bridge closed</h1>{PARAGRAPHS}</article>")
    assert [b.text[:26] for b in body_blocks(None, page, None)][-3:] == ["The regional council voted"] * 3
    enough = "Engineers found cracks. " * (MIN_BODY_CHARS // 20)
    first = SimpleNamespace(body=etree.fromstring(f"<body><p>{enough}</p></body>"))
    assert [b.text for b in body_blocks(first, page, None)] == [enough.strip()]  # type: ignore[arg-type]


def test_lead_naming_the_headline_or_a_short_credit_is_kept_whole() -> None:
    lead = "After a long debate on Tuesday the regional council voted for the New Bridge Plan and its costs."
    kept = with_standfirst([LATER], PageMeta(standfirst=lead, captions=["AP"]), [], "New Bridge Plan")
    assert kept[0].text == lead
    brand = "iPhone sales fell by a tenth in the last quarter, the company said on Tuesday in its report."
    assert with_standfirst([LATER], PageMeta(standfirst=brand), [])[0].text == brand


def test_lead_classed_element_between_headline_and_article_text_is_the_header_lead() -> None:
    header = f'<header><h1>Bridge closed</h1><h2 class="article-single__excerpt">{LEAD}</h2></header>'
    assert header_lead(load_html(html_page("", f"{header}<article>{PARAGRAPHS}</article>"))) == LEAD
    teaser = f'<aside><p class="teaser__excerpt">{LEAD}</p></aside>'
    later = html_page("", f"<h1>Bridge closed</h1><article>{PARAGRAPHS}</article>{teaser}")
    assert header_lead(load_html(later)) is None  # a teaser below the article text is another article's
    assert header_lead(load_html(html_page("", f'<div class="uk-text-lead">{LEAD}</div>{PARAGRAPHS}'))) is None


def test_header_lead_opens_the_body_where_no_description_is_declared() -> None:
    header = f'<div class="c-page-intro"><h1>Bridge closed</h1><div class="c-page-intro__copy">{LEAD}</div></div>'
    text = extract_html(html_page("", f"{header}<article>{PARAGRAPHS}</article>")).text
    assert text.startswith(LEAD)


def test_shown_description_comes_before_a_standfirst_classed_elsewhere() -> None:
    teaser = "A court ruled on Monday that dentists may not film their waiting rooms, the judges said."
    kept = with_standfirst([LATER], PageMeta(standfirst=teaser), [], shown=LEAD)
    assert [b.text for b in kept] == [LEAD, LATER.text]


def test_quick_paths_give_what_the_full_ones_give() -> None:
    lines = ["Zwei Zeilen\nmit Umbruch", "Silben\xadtrennung und\u200bBreite", "蔡健雅 1975年 出生", "plain words here"]
    assert [_printable(line) for line in lines] == [
        "".join(char for char in line if char.isprintable() or char.isspace()) for line in lines
    ]
    assert [word_count(line) for line in lines] == [len(words(line)) for line in lines]


def test_shown_description_already_in_the_body_leaves_room_for_the_header_lead() -> None:
    first = Block(LEAD)
    header = "Engineers want the bridge rebuilt and ask the council for money, their union said on Monday."
    kept = with_standfirst([first, LATER], PageMeta(), [], shown=LEAD, header=header)
    assert [b.text for b in kept] == [header, LEAD, LATER.text]
    run_on = f"{LEAD} Text: Jane Roe Buy the issue"  # the lead with buttons run on: the body shows it
    assert with_standfirst([first, LATER], PageMeta(standfirst=run_on), []) == [first, LATER]


def test_related_labels_and_reader_prompts_in_other_languages() -> None:
    assert is_related_label("Diese Artikel könnten dich ebenfalls interessieren:")
    assert is_related_label("Auch auf gofeminin.de")
    assert is_related_label("Weitere Tourentipps in Schweden")
    assert not is_related_label("Weitere Tipps gab der Minister nicht.")
    assert is_site_notice("Weitere Infos unter www.example.de.")
    assert is_site_notice("Más información deportiva en Líbero.pe")
    assert not is_site_notice("Weitere Informationen über den Täter lagen zunächst nicht vor.")
    assert is_site_notice("Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.")
    assert is_site_notice("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS")
    assert is_site_notice("Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół.")
    assert not is_site_notice("Die Polizei klickte dem Mann die Handschellen an, sagte ein Sprecher am Sonntag.")


def test_long_reader_appeal_is_dropped_only_below_the_article() -> None:
    appeal = (
        "Gefällt dir unser Magazin? Bei der Gründung haben wir entschieden, keine Bezahlschranke einzuführen. "
        "Das bleibt so, denn wir möchten möglichst viele Leser mit News erreichen und brauchen dich dafür."
    )
    assert not is_site_notice(appeal)
    assert is_site_notice(appeal, MAX_CLOSING_NOTICE_WORDS)
    blocks = [Block(LEAD), Block(appeal), LATER]
    assert filter_blocks(blocks, PageMeta(), []) == blocks
    assert filter_blocks(blocks[:2], PageMeta(), []) == blocks[:1]


def test_closing_box_about_the_author_or_the_series_is_dropped() -> None:
    assert is_about_label("Über diese Reihe") and is_about_label("AUTOR") and is_about_label("About the author:")
    assert not is_about_label("Über die Grenze")
    bio = Block("ist Gründungspartner der Kanzlei und berät Banken in Fragen des Kapitalmarktrechts.")
    assert filter_blocks([Block(LEAD), LATER, Block("Autor"), bio], PageMeta(), []) == [Block(LEAD), LATER]
    middle = [Block(LEAD), Block("Autor"), bio, LATER, LATER, LATER]  # a label far above the end heads text
    assert filter_blocks(middle, PageMeta(), []) == middle


def test_links_to_other_pages_below_the_article_are_dropped() -> None:
    teasers = '<a href="/a">Hier das Tableau in Pune</a><a href="/b">- La angustia de un barrio</a>'
    source = '<a href="https://example.org/petition">https://example.org/petition</a>'
    parts = outside_parts(load_html(html_page("", f"{PARAGRAPHS}{teasers}{source}")))
    blocks = [Block(LEAD), LATER, Block("Hier das Tableau in Pune"), Block("-La angustia de un barrio")]
    assert filter_blocks(blocks, PageMeta(), [], parts) == blocks[:2]
    cited = [Block(LEAD), Block("https://example.org/petition")]  # a web address names a source
    assert filter_blocks(cited, PageMeta(), [], parts) == cited
    inside = [Block("Hier das Tableau in Pune"), LATER]
    assert filter_blocks(inside, PageMeta(), [], parts) == inside


def test_text_of_dialogs_and_author_boxes_is_dropped() -> None:
    bio = "Jane Roe writes about bridges and roads and lives in the valley with her dogs."
    popup = "The training programme gives basic training to officer cadets over eleven months."
    article = f"<article><h1>Bridge closed</h1>{PARAGRAPHS}</article>"
    page = f'{article}<div class="author-bio">{bio}</div><div role="dialog" aria-hidden="true"><p>{popup}</p></div>'
    parts = outside_parts(load_html(html_page("", page)))
    blocks = [Block(LEAD), Block(bio), Block(popup), LATER]
    assert filter_blocks(blocks, PageMeta(), [], parts) == [Block(LEAD), LATER]
    container = f'<div class="post-author-info">{article}</div>'  # holds the headline: not an author box
    assert outside_parts(load_html(html_page("", container))).asides == ()


def test_header_picture_credits_are_debris() -> None:
    assert is_debris("Titelbild: Flickr, CC BY 2.0")
    assert is_debris("Beitragsbild via Unsplash.")
    assert is_debris("Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons")
    assert not is_debris("Titelbild der neuen Ausgabe ist ein Foto aus dem Hafen von Hamburg.")


def test_paragraph_run_together_with_a_rights_notice_stays_in_the_body() -> None:
    notice = Block("Copyright © 2018. All Rights Reserved.")
    run_on = Block(f"{LEAD} {LATER.text} {LEAD} {LATER.text} All Rights Reserved.")  # a page run into one block
    assert filter_blocks([Block(LEAD), notice], PageMeta(), []) == [Block(LEAD)]
    assert filter_blocks([run_on], PageMeta(), []) == [run_on]
