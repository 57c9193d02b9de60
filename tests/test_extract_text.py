"""Plain-text scrape cleaning: the sample scrape field by field, and each rule on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import UnusableInput
from newsevents.extract import extract_article, extract_with_provenance
from newsevents.extract.authors import parse_authors
from newsevents.extract.dates import date_from_url, find_date, normalise_date
from newsevents.extract.lang import guess_language
from newsevents.extract.rules import (
    is_author_bio,
    is_bracketed_aside,
    is_copyright_line,
    is_credited_caption,
    is_date_line,
    is_dated_meta_line,
    is_generic_bio,
    is_headline_like,
    is_image_credit,
    is_newsletter_or_cookie_line,
    is_pagination_counter,
    is_reader_appeal,
    is_role_credit,
    is_sentence_like,
    is_share_line,
    words,
)
from newsevents.extract.tags import parse_tag_line, split_glued_tags
from newsevents.extract.text import clean_text, is_section_heading

TEXT_DEBRIS = [
    "Skip to content",
    "Politics",
    "AssassinationCar",
    "By Anna Petrova",
    "Published 25 April 2025",
    "WhatsApp",
    "1 of 12",
    "Photo: Reuters",
    "Image credit",
    "Advertisement",
    "Related Posts",
    "Drone strikes hit oil depots",
    "What we know about the Istanbul talks",
    "Source link",
    "is a senior correspondent covering",
    "security correspondent based in London",
    "All rights reserved",
    "Privacy Policy",
    "Terms of Use",
    "Investigators say an explosive device hidden",
]


@pytest.fixture(scope="module")
def scrape(examples: Path) -> str:
    return (examples / "dirty_scrape.txt").read_text(encoding="utf-8")


def test_sample_scrape_fields(scrape: str) -> None:
    article, sources = extract_with_provenance(scrape, url="https://ledger.example/world/car-bomb")
    assert article.title == "Car bomb kills senior general outside Moscow hours before envoys meet"
    assert article.subtitle.startswith("Investigators say an explosive device hidden in a parked car")
    assert article.authors == ["Anna Petrova", "Mark Ellison"]
    assert (article.published, article.published_source) == ("2025-04-25", "text")
    assert article.tags == ["Assassination", "Car bomb", "Featured", "NATO", "Peace Talks", "Russia", "Ukraine war"]
    assert article.section_headings == ["What investigators know", "Talks in the balance"]
    assert article.image_credits == [
        "Investigators examine the wreckage of the car in Balashikha on Friday. Photo: Reuters/Ivan Smirnov",
        "Image credit: Getty Images",
    ]
    assert article.site == "The Northern Ledger"
    assert article.url == "https://ledger.example/world/car-bomb"
    assert sources["url"] == "given"
    assert sources["title"] == "text"


def test_sample_scrape_body_is_clean(scrape: str) -> None:
    text = extract_article(scrape).text
    assert text.startswith("A senior Russian army general was killed on Friday")
    assert text.endswith("expected to resume in Istanbul next month.")
    assert "No group has claimed responsibility" in text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 10
    assert [p for p in paragraphs if len(p.split()) <= 4] == ["What investigators know", "Talks in the balance"]
    for debris in TEXT_DEBRIS:
        assert debris not in text, debris


def test_given_published_overrides_text_date(scrape: str) -> None:
    article = extract_article(scrape, published="2025-04-26T09:00:00Z")
    assert (article.published, article.published_source) == ("2025-04-26", "given")


def test_kind_text_forced_on_markup_free_scrape(scrape: str) -> None:
    assert extract_article(scrape, kind="text").title == extract_article(scrape).title


def test_non_english_scrape_is_unusable() -> None:
    sentence = "Le gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs de la région, qui sont "
    text = "Titre de l'article sur la crise\n" + "\n".join(f"{sentence} touchés par la crise {i}." for i in range(5))
    with pytest.raises(UnusableInput, match=r"^not English \(looks like fr\)$"):
        extract_article(text, kind="text")


def test_a_lone_line_is_read_as_a_title_and_said_to_be_no_article() -> None:
    """A one-line text is a headline: the user is told the body is missing, not only that no text was found."""
    line = "Hundreds of teachers protested in Lagos on Monday over unpaid salaries."
    with pytest.raises(UnusableInput, match=r"^no article text found beside its title \(an article needs 40 words"):
        extract_article(line, kind="text")


def test_nav_only_scrape_is_unusable() -> None:
    with pytest.raises(UnusableInput, match="no article text found"):
        extract_article("Home\nWorld\nPolitics\nSport\nSubscribe\nShare\nFacebook\n© 2025 Example News", kind="text")


@pytest.mark.parametrize(
    ("strip", "tags"),
    [
        (
            "AssassinationFeaturedPeace TalksRussiaUkraine warVladimir Putin",
            ["Assassination", "Featured", "Peace Talks", "Russia", "Ukraine war", "Vladimir Putin"],
        ),
        ("Donald TrumpTariffsMcDonald'sYouTube", ["Donald Trump", "Tariffs", "McDonald's", "YouTube"]),
        ("iPhoneAppleEuropean Union", ["iPhone", "Apple", "European Union"]),
        ("NATOSummitUkraine war", ["NATO", "Summit", "Ukraine war"]),
        ("Ursula von der LeyenEU summitTrade", ["Ursula von der Leyen", "EU summit", "Trade"]),
    ],
)
def test_split_glued_tags(strip: str, tags: list[str]) -> None:
    assert split_glued_tags(strip) == tags
    assert parse_tag_line(strip) == tags


@pytest.mark.parametrize("line", ["McDonald's profits rise", "iPhone sales slow in China", "Brexit", "Tom MacArthur"])
def test_camel_case_names_are_not_tag_strips(line: str) -> None:
    assert parse_tag_line(line) is None


def test_tag_list_line() -> None:
    assert parse_tag_line("Tags: Russia, Ukraine, NATO") == ["Russia", "Ukraine", "NATO"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Anna Petrova and Mark Ellison, Senior Correspondents", ["Anna Petrova", "Mark Ellison"]),
        ("Written by Jane Doe | April 25, 2025", ["Jane Doe"]),
        ("By JANE DOE, Chief Political Correspondent", ["Jane Doe"]),
        ("By Sarah Al-Amin in Beirut", ["Sarah Al-Amin"]),
        ("Rob Picheta; CNN", ["Rob Picheta"]),
        ("Grant Tinsley, PhD", ["Grant Tinsley"]),
    ],
)
def test_parse_authors(byline: str, names: list[str]) -> None:
    assert parse_authors(byline) == names


def test_site_is_not_an_author() -> None:
    assert parse_authors(["National Geographic"], site="National Geographic") == []


def test_line_rules() -> None:
    assert is_pagination_counter("1 of 399") and is_pagination_counter("Image 3/12")
    assert not is_pagination_counter("1 of 3 people")
    assert is_share_line("Share on WhatsApp") and is_share_line("Follow us on Telegram")
    assert not is_share_line("The minister shared the letter with reporters.")
    assert is_image_credit("(Image credit: Getty Images)") and is_image_credit("Image: AP Photo/Efrem Lukatsky")
    assert is_image_credit("Rescuers at the site. Photo: Reuters")
    assert not is_image_credit("The photographer was detained on Monday, police said.")
    assert is_date_line("April 25, 2025 10:42 am") and is_date_line("Published 25 April 2025")
    assert not is_date_line("On 25 April 2025, troops entered the town.")
    assert is_generic_bio("John Doe is a reporter covering security and defence.")
    assert is_author_bio("Jane Roe has covered Russia since 2010.", ["Jane Roe"])


def test_dates() -> None:
    assert normalise_date("2025-04-25T10:42:00Z") == "2025-04-25"
    assert find_date("Updated: Fri 25th of April 2025") == "2025-04-25"
    assert find_date("Sept. 3, 2024") == "2024-09-03"
    assert find_date("25.04.2025") == "2025-04-25"
    assert find_date("4/25/2025") == "2025-04-25"
    assert find_date("4/5/2025") is None  # ambiguous day/month order
    assert find_date("yesterday") is None and find_date("April 25") is None  # never today's year
    assert date_from_url("https://x.example/news/2025/04/25/story") == "2025-04-25"
    assert date_from_url("https://x.example/news/story-20250425.html") == "2025-04-25"


def test_guess_language() -> None:
    assert guess_language("The government said on Monday that it would not change the law for the city.") == "en"
    assert guess_language("Der Minister sagte, dass die Regierung nicht mit der Opposition sprechen wird.") == "de"
    assert guess_language("Правительство заявило, что переговоры продолжатся.") == "ru"
    assert guess_language("The talks in Москва resumed on Monday, the government said in a statement.") == "en"


BLANK_LINE_SCRAPE = """Menu
Home
News

Police clash with protesters in Tbilisi after disputed vote

Thousands gathered outside parliament on Sunday night as opposition leaders rejected the official results.

By Nino Beridze

April 27, 2025 10:42 am

Thousands of protesters gathered outside the Georgian parliament in Tbilisi on Sunday, hours after election \
officials declared the ruling party the winner of a disputed vote.

Riot police used water cannon and tear gas to disperse the crowd shortly before midnight, the interior ministry \
said. At least 30 people were detained.

"We will not accept a stolen election," opposition leader Giorgi Tsereteli told the crowd.

Read more: Georgia's ruling party claims victory in tense vote

The Central Election Commission said turnout was 52 percent. International observers are due to publish their \
preliminary findings on Monday.

Nino Beridze is a freelance journalist based in Tbilisi.

Follow us on Twitter
Cookie settings
"""

BYLINE_AT_END_SCRAPE = """World news
Floods force thousands from homes in Pakistan's Sindh province
Heavy monsoon rains have flooded more than 200 villages in southern Pakistan, forcing thousands of families to \
leave their homes, officials said on Tuesday.
The provincial disaster management authority said at least 14 people had died since the rains began last week.
"The water is still rising in many districts," the authority's spokesman said.
Rescue teams were struggling to reach villages cut off by the floods, and the army has been asked to help.
Written by Ahmed Raza, Staff Reporter
Tags: Pakistan, Floods, Climate
More from Asia
Earthquake shakes northern Japan
India and China hold border talks
"""


def test_blank_line_separated_scrape() -> None:
    result = clean_text(BLANK_LINE_SCRAPE)
    assert result.title == "Police clash with protesters in Tbilisi after disputed vote"
    assert result.subtitle.startswith("Thousands gathered outside parliament")
    assert (result.authors, result.published) == (["Nino Beridze"], "2025-04-27")
    assert result.text.startswith("Thousands of protesters gathered") and result.text.endswith("on Monday.")
    for debris in ("Read more", "freelance journalist", "Follow us", "Cookie", "Menu"):
        assert debris not in result.text


def test_scrape_with_byline_and_tags_below_the_article() -> None:
    result = clean_text(BYLINE_AT_END_SCRAPE)
    assert result.title == "Floods force thousands from homes in Pakistan's Sindh province"
    assert result.subtitle is None and result.published is None
    assert result.authors == ["Ahmed Raza"]
    assert result.tags == ["Pakistan", "Floods", "Climate"]
    assert result.text.startswith("Heavy monsoon rains") and result.text.endswith("asked to help.")
    assert "Earthquake" not in result.text and "More from Asia" not in result.text


def test_single_line_truncated_body_is_kept():
    """Datasets and scrapers often give the body as one line cut off mid-word: it is still the article."""
    body = (
        "Government forces retook the town on Saturday after a week of fighting, officials said. "
        "Residents who fled the clashes began to return as soldiers cleared the main roads of mines. "
        "Aid agencies warned that food and water were running short in the surrounding villages, and "
        "that thousands of people were still sheltering in schools and mosques across the polit"
    )
    article = extract_article(body, kind="text")
    assert article.text == body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("October 19, 2019 by Jane Doe 5 Comments", True),
        ("Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT", True),
        ("The ceasefire signed on 4 March 2024 collapsed within a week, officials said on Tuesday.", False),
        ("Talks in the balance", False),
    ],
)
def test_dated_meta_line(line: str, expected: bool) -> None:
    assert is_dated_meta_line(line) is expected


def test_role_credit_and_bracketed_aside() -> None:
    assert is_role_credit("Richard Roe Education editor")
    assert not is_role_credit("Talks resume in Geneva")
    assert not is_role_credit("Ukraine asks allies for more air defence")
    assert is_bracketed_aside("(Jane Doe / Daily Ledger)")
    assert not is_bracketed_aside("(The talks, which began in March, have stalled since the summer.)")


def test_headline_like_lines() -> None:
    assert is_headline_like("'Parasite' scores historic upset at awards")
    assert is_headline_like("What is Rust and why is it popular?")
    assert not is_headline_like("Posted on September 21, 2020 by Adi Tzlil")
    assert not is_headline_like("The minister resigned on Friday.")


QUESTION_HEADLINE_SCRAPE = """Home
World
Politics
Who will pay to rebuild the flooded valley?
By Maria Lopez
12 March 2025
The regional government said on Monday that it would ask the central bank for emergency credit to repair roads.
Engineers estimate that more than 300 kilometres of road were washed away by the floods last week.
"""


def test_question_headline_above_byline_is_the_title() -> None:
    result = clean_text(QUESTION_HEADLINE_SCRAPE)
    assert result.title == "Who will pay to rebuild the flooded valley?"
    assert result.authors == ["Maria Lopez"]
    assert result.published == "2025-03-12"


HEADLINE_AND_DEK_SCRAPE = """Menu
Search
Thousands of nurses strike over pay in three cities
Unions say the walkout could last a week if the health ministry does not raise its offer
Paul Roe Health correspondent
Tue 4 Mar 2025 09.15 GMT
Nurses walked out of hospitals in three cities on Tuesday in the largest strike the health service has seen.
The unions said emergency wards would stay open, and that the strike would end as soon as talks resumed.
"""


def test_headline_above_a_dek_without_full_stop() -> None:
    result = clean_text(HEADLINE_AND_DEK_SCRAPE)
    assert result.title == "Thousands of nurses strike over pay in three cities"
    assert result.subtitle.startswith("Unions say the walkout")
    assert result.text.startswith("Nurses walked out")


def _long_body(sentences: int) -> list[str]:
    return [
        f"Officials in district {n} said on Monday that the flood barriers held overnight, although the river "
        f"rose by another {n} centimetres and more families were moved to shelters on higher ground."
        for n in range(sentences)
    ]


def test_run_of_page_furniture_ends_the_article() -> None:
    furniture = ["Share", "Tweet", "Email", "Advertisement", "Copy link", "Print"]
    comment = "I have lived here for thirty years and I have never seen the river this high before, honestly."
    scrape = "\n".join(["Floods threaten towns along the river", "By Jane Doe", *_long_body(12), *furniture, comment])
    result = clean_text(scrape)
    assert result.text.startswith("Officials in district 0")
    assert comment not in result.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sign up to get the best stories of the week, as picked by the editors.", True),
        ("Follow the Daily Ledger on Twitter and send us your tips by email.", True),
        ("This post contains affiliate links. We may receive compensation when you click on them.", True),
        ("“We want to hear from every resident,” the mayor said, urging people to subscribe to alerts.", False),
        ("The ministry said it would not subscribe to the new treaty before the elections next year.", False),
    ],
)
def test_reader_appeal(line: str, expected: bool) -> None:
    assert is_reader_appeal(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Your email address will not be published. Required fields are marked *", True),
        ("Please understand that comments are moderated and not all of them can be published.", True),
        ("There are 3 comments. Add yours.", True),
        ("This site is protected by reCAPTCHA and the Privacy Policy and Terms of Service apply.", True),
        ("You are using a browser version with limited support for this site.", True),
        ("Instant access to the full article PDF.", True),
        ("For breaking news updates download the Daily Ledger apps for iOS and Android.", True),
        ("The regulator said comments from the public would be published on its website next week.", False),
    ],
)
def test_site_notices(line: str, expected: bool) -> None:
    assert is_newsletter_or_cookie_line(line) is expected


def test_more_furniture_lines() -> None:
    assert parse_tag_line("Filed under politics, europe") == ["politics", "europe"]
    assert is_copyright_line("Some rights reserved 2017-2025 by Example Newsfeed")
    prose = "Water the plant deeply once a week and let the soil dry out between waterings, gardeners say."
    assert is_section_heading("3. Choose the right pot", prose)
    assert not is_section_heading("3 people were hurt", "Short.")


def test_furniture_above_the_largest_block_of_prose_does_not_end_the_article() -> None:
    menu = ["Archives", "Categories", "Entries feed", "Comments feed", "Log in", "About"]
    body = _long_body(24)
    scrape = "\n".join(["Floods threaten towns along the river", "By Jane Doe", *body[:10], *menu, *body[10:]])
    result = clean_text(scrape)
    assert result.text.endswith(body[-1])
    assert "Entries feed" not in result.text


def test_chinese_lines_count_words_and_end_sentences() -> None:
    sentence = "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。"
    assert len(words("武汉的声音")) == 3
    assert is_sentence_like(sentence)
    assert is_headline_like("武汉的声音：有英勇的你，才有英雄的城！")
    assert not is_sentence_like("新华网 正文")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis", True),
        ('Cowboyboots von Crocs – werden auch "Croots" genannt. Foto: Crocs', True),
        ("Un grupo de pingüinos en la Antártida. Foto: EFE", True),
        ("© 2025 Example News. All rights reserved", False),
        ("The museum kept the photo: it was the last picture of the family before the war, its curator said.", False),
    ],
)
def test_credited_caption(line: str, expected: bool) -> None:
    assert is_credited_caption(line) is expected


def test_related_label_in_the_page_language_ends_the_article() -> None:
    teasers = ["Neue Radwege am Fluss", "Stadtrat tagt am Montag", "Bahnhof wird umgebaut"]
    teaser = "Die Stadt plant neue Radwege entlang des Flusses, die bis zum Sommer fertig sein sollen, sagt sie."
    body = _long_body(6)
    scrape = "\n".join(
        ["Hochwasser bedroht Städte am Fluss", "By Jane Doe", *body, "Ähnliche Beiträge", *teasers, teaser]
    )
    result = clean_text(scrape)
    assert result.text.endswith(body[-1])
    assert "Radwege" not in result.text


def test_short_prompts_below_the_main_block_are_dropped() -> None:
    prompts = ["Did you find this article useful?", "Would you like to share it?"]
    result = clean_text("\n".join(["Floods threaten towns along the river", "By Jane Doe", *_long_body(6), *prompts]))
    assert result.text.endswith(_long_body(6)[-1])
    assert not any(prompt in result.text for prompt in prompts)


def test_body_starts_below_the_headline_the_scorer_chose() -> None:
    """The rule-based header takes the last headline-like line above two prose lines in a row; when the
    scorer picks a headline further up, the prose between the two belongs to the article."""
    first, second = (f"{text} the river rose by another metre overnight, officials said on Monday." for text in "AB")
    scrape = [
        "Home", "News", "Weather", "Sport",
        "Dam holds as floods hit the valley", "Monday 12:00", first,
        "Live updates on the floods", "What the engineers say", second,
        "Towns wait for the water to fall", *_long_body(6),
    ]  # fmt: skip
    result = clean_text("\n".join(scrape), url="https://news.example/dam-holds-as-floods-hit-the-valley")
    assert result.title == "Dam holds as floods hit the valley"
    assert first in result.text and second in result.text


def test_a_scrape_without_prose_still_has_a_headline() -> None:
    scrape = "Home\nNews\nSport\nEnhanced protection now available in the browser\nMay 19, 2020\nShare\nLabels"
    result = clean_text(scrape, url="https://blog.example/2020/05/enhanced-protection-now-available.html")
    assert result.title == "Enhanced protection now available in the browser"
    assert result.text == ""


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("28. Juli 2019 um 13:39 Uhr", "2019-07-28"),
        ("Mittwoch, 03. März 2021, 16.45 Uhr", "2021-03-03"),
        ("Dezember 10, 2019 · von freeman1984", "2019-12-10"),
        ("Sa, 19. Okt. 2019", "2019-10-19"),
        ("mardi 1er février 2022", "2022-02-01"),
        ("par Didier Roy, 21 juin 2018", "2018-06-21"),
        ("miércoles, 4 de mayo de 2022", "2022-05-04"),
        ("Por Alberto Ávila 27 de agosto 2019", "2019-08-27"),
        ("Pubblicato il: 30 Settembre 2020", "2020-09-30"),
        ("5 de março de 2021", "2021-03-05"),
        ("3 mei 2020", "2020-05-03"),
        ("13. 1. 2020", "2020-01-13"),
    ],
)
def test_dates_written_in_other_languages(written: str, expected: str) -> None:
    assert find_date(written) == expected


def test_dates_glued_by_a_naive_scrape() -> None:
    assert find_date("Posted on 28. Juni 201914. Januar 2020 | Klaus") == "2019-06-28"  # published, then updated
    assert find_date("20 janvier 202020 janvier 2020évaluation") == "2020-01-20"
    assert find_date("miércoles, 4 de mayo de 202207:59 hs") == "2022-05-04"
    assert find_date("Tanja Karrasch3.11.2023") == "2023-11-03"
    assert find_date("On 5 May 20000 people marched") is None  # a number, not a year glued to a date
    assert find_date("macbacchi28.09.1912:44") is None  # "28.09.19" glued to a time: no year 1912


def test_words_that_only_look_like_months_are_no_dates() -> None:
    assert find_date("12 out of 2019 entries") is None
    assert find_date("3 markets 2019") is None


@pytest.mark.parametrize(
    "dateline", ["Veröffentlicht am 28. Juli 2019", "Par Didier Roy, 28 juillet 2019", "domingo, 28 de julio de 2019"]
)
def test_scrape_with_a_dateline_in_another_language(dateline: str) -> None:
    result = clean_text("\n".join(["Startseite", "Brücke nach Rissen im Beton gesperrt", dateline, *_long_body(6)]))
    assert result.published == "2019-07-28"
    assert result.title == "Brücke nach Rissen im Beton gesperrt"
    assert dateline not in result.text


def test_a_dated_url_gives_the_publication_date_of_a_scrape() -> None:
    scrape = "Home | News | Sport\nMonday 3 June 2024\nCity council approves new budget\n" + (
        "The council approved the budget on Friday after a long debate about schools and roads. " * 3
    )
    extraction = clean_text(scrape, "https://example.org/2024/05/31/council-budget")
    assert (extraction.published, extraction.published_source) == ("2024-05-31", "url")
    assert clean_text(scrape).published_source == "text"


WIRE_COPY = """THE ARMY DENIED TODAY THAT REBELS ATTACKED THE FARM OF THE PRESIDENT,
LOCATED ON THE PACIFIC SIDE OF THE COUNTRY, WHERE HE HAS BEEN STAYING
SINCE 2 FEBRUARY, ACCORDING TO A STATEMENT READ ON STATE RADIO TONIGHT.

   A REPORT PUBLISHED BY A NEWS AGENCY CLOSE TO THE REBEL MOVEMENT, WHOSE
MAIN OFFICES ARE ABROAD, SAYS THAT A REBEL COLUMN ATTACKED THE FARM TWO
DAYS AGO AND THAT TWO SOLDIERS WERE KILLED IN THE FIGHTING THAT FOLLOWED.

   HOWEVER, AN ARMY SPOKESMAN SAID THAT THE ATTACK WAS NOT AGAINST THE
FARM, AND THAT THE PRESIDENT IS SAFE AND SOUND AND WAS NEVER IN DANGER.

   HE ADDED THAT ON 3 FEBRUARY THE PRESIDENT MET WITH THE DIPLOMATIC CORPS
ACCREDITED IN THE CAPITAL TO DISCUSS THE PEACE TALKS WITH THE REBELS.
"""


def test_hard_wrapped_wire_copy_keeps_every_paragraph_whole():
    """Lines broken at a fixed width are joined back into their paragraphs; with no headline, no sentence of
    the body is taken for one."""
    result = clean_text(WIRE_COPY)
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("THE ARMY DENIED TODAY") and paragraphs[0].endswith("STATE RADIO TONIGHT.")
    assert paragraphs[-1].endswith("PEACE TALKS WITH THE REBELS.")
    assert result.title is None
