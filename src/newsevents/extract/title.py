"""Pick the headline of a dirty plain-text scrape by scoring every candidate line.

A scrape has lost its markup, so no rule can say "this was the ``<h1>``". Instead each short line is
described by language-neutral signals (where it sits relative to the main block of prose, its length
and capitalisation, whether the page repeats it, whether the body and the page's URL share its words,
whether a byline or date follows it, whether it sits in a list of look-alike lines) and a linear model
scores them; the best-scoring line is the title. The weights (``data/title_weights.json``) are fit
as a conditional logit (softmax over the candidate lines of a page, L2 penalty 3e-3, the best of
two-fold cross-validation within the dev half) on the dev half of the extraction benchmark's naive
scrapes, the gold title marking the right line, by ``newsevents train title``
(:mod:`newsevents.extract.train_title`); a changed feature needs the weights refit with it.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

from newsevents.extract.rules import is_headline_like, is_sentence_like, word_count, words
from newsevents.extract.tags import glue_points

MAX_TITLE_WORDS = 40
FRAME_CHARS = 12  # a line framed inside a longer one must be at least this long
SHORT_LINE_WORDS = 4  # a label this short matching the slug is weak evidence (sections are in URLs too)
SLUG_STEM = 5  # letters of a word compared with the URL: "democratic" matches a slug's "democrats"
BLOCK_GAP = 3  # non-prose lines allowed inside one block of prose
BLOCK_NEAR = 6  # a block of prose starting this close below a line is the text it heads
PROSE_WINDOW = 12  # how far below a line to look for prose
LEAD_WINDOW, LEAD_LINES = 15, 3  # the lead: the first prose lines within this many lines below
CANDIDATE_KINDS = frozenset({"content", "nav", "teaser"})
META_KINDS = frozenset({"byline", "date"})
_URL_NOISE = frozenset({"html", "htm", "php", "aspx", "asp", "shtml", "www", "index", "amp", "article", "news"})
_PATH_SEPARATOR = re.compile(r"\s[»>|/›→]\s|\s?->\s?|(?<=\w)[|>»›](?=\w)")
_LINK = re.compile(r"https?:|www\.|\w@\w|\.(?:com|org|net|de)\b")
_DIGIT = re.compile(r"\d")
_CASE_CHANGE = re.compile(r"(?<=[a-z\u00DF-\u00FF])(?=[A-Z\u00C0-\u00DE])|(?<=[A-Z])(?=[A-Z][a-z])")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    """Lower case without accents: how URL slugs spell a line's words."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower().replace("ß", "ss")))


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


@lru_cache(maxsize=4096)
def _spellings(word: str) -> frozenset[str]:
    """A word as a slug may spell it: accents dropped, or German umlauts written out."""
    return frozenset({fold(word), word.lower().translate(_GERMAN_FOLD)})


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's path (``/2019/10/flint-flake-tool.html`` -> flint, flake, tool, 2019, 10)."""
    try:
        path = unquote(urlsplit(url).path) if url else ""
    except ValueError:  # a malformed URL ("http://[bad") tells nothing
        return frozenset()
    return frozenset(t for t in re.split(r"[\W_]+", fold(path)) if t and t not in _URL_NOISE)


@dataclass
class Page:
    """What the features of every line need to know about the whole scrape."""

    texts: list[str]
    kinds: list[str]
    keys: list[str]
    counts: Counter[str]
    framed: Counter[str]
    frames: Counter[str]
    prose: list[bool]
    headline: list[bool]
    body_start: int
    blocks: list[tuple[int, int, int]]
    body_words: frozenset[str]
    body_grams: frozenset[str]
    slug: frozenset[str]
    slug_text: str
    slug_alpha: list[str]


def _key(text: str) -> str:
    return " ".join(tokens(text))


def prose_blocks(prose: list[bool], texts: list[str]) -> list[tuple[int, int, int]]:
    """(first line, last line, words) of each run of prose lines (a few other lines may interrupt
    one); the block with the most words is where the article body most likely runs."""
    blocks: list[tuple[int, int, int]] = []
    for i, is_prose in enumerate(prose):
        if not is_prose:
            continue
        n = word_count(texts[i])
        if blocks and i - blocks[-1][1] <= BLOCK_GAP:
            start, _, total = blocks[-1]
            blocks[-1] = (start, i, total + n)
        else:
            blocks.append((i, i, n))
    return blocks


def describe_page(texts: Sequence[str], kinds: Sequence[str], url: str | None = None) -> Page:
    """The page-wide facts behind the line features (``kinds`` as classified by the text cleaner)."""
    prose = [kind == "content" and is_sentence_like(text) for text, kind in zip(texts, kinds, strict=True)]
    blocks = prose_blocks(prose, list(texts))
    start, end, _ = max(blocks, key=lambda block: block[2], default=(0, -1, 0))
    body = {t for i in range(start, end + 1) if prose[i] for t in tokens(texts[i]) if len(t) >= 4}
    keys = [_key(text) for text in texts]
    slug = slug_words(url)
    headline = [is_headline_like(text) for text in texts]
    framed, frames = _framing(set(keys))
    return Page(
        texts=list(texts),
        kinds=list(kinds),
        keys=keys,
        counts=Counter(keys),
        framed=framed,
        frames=frames,
        prose=prose,
        headline=headline,
        body_start=start,
        blocks=blocks,
        body_words=frozenset(body),
        body_grams=frozenset(g for i in range(start, end + 1) if prose[i] for g in trigrams(keys[i])),
        slug=slug,
        slug_text=" ".join(slug),
        slug_alpha=[word for word in slug if not word.isdigit() and len(word) >= 2],
    )


def _framing(keys: set[str]) -> tuple[Counter[str], Counter[str]]:
    """For each line, how many longer lines start or end with it ("Title | Site", "Home > Title",
    glued breadcrumbs), and how many shorter lines it starts or ends with."""
    framed: Counter[str] = Counter()
    frames: Counter[str] = Counter()
    short = [key for key in keys if len(key) >= FRAME_CHARS and len(key.split()) <= MAX_TITLE_WORDS]
    for edge, joined in ((lambda k: k[:FRAME_CHARS], str.startswith), (lambda k: k[-FRAME_CHARS:], str.endswith)):
        groups: dict[str, list[str]] = {}
        for key in short:
            groups.setdefault(edge(key), []).append(key)
        for group in groups.values():
            for inner, outer in itertools.permutations(group, 2):
                if len(inner) < len(outer) and joined(outer, inner):
                    framed[inner] += 1
                    frames[outer] += 1
    return framed, frames


def is_candidate(page: Page, i: int) -> bool:
    return _may_be_a_title(page.texts[i], page.kinds[i]) and bool(page.keys[i])


def _may_be_a_title(text: str, kind: str) -> bool:
    return kind in CANDIDATE_KINDS and 1 <= word_count(text) <= MAX_TITLE_WORDS


def _stem(word: str) -> str:
    return word[:SLUG_STEM]


def _slug_overlap(page: Page, text: str) -> tuple[float, float, float]:
    """How many of the line's words the URL slug spells (as a word or glued inside a longer one),
    their share of the line, and the share of the slug's words the line covers."""
    line_words = [w for w in re.findall(r"\w+", text) if len(w) >= 2 or w.isdigit()]
    if not page.slug or not line_words:
        return 0.0, 0.0, 0.0
    hits = [w for w in line_words if _in_slug(page, w)]
    line_stems = {stem for w in hits for stem in _stems(w)}
    covered = sum(1 for s in page.slug_alpha if _stem(s) in line_stems)
    share = len(hits) / len(line_words) * min(1.0, len(line_words) / SHORT_LINE_WORDS)
    return min(len(hits), 8) / 8, share, covered / (len(page.slug_alpha) or 1)


@lru_cache(maxsize=4096)
def _stems(word: str) -> frozenset[str]:
    return frozenset(_stem(spelling) for spelling in _spellings(word))


def _in_slug(page: Page, word: str) -> bool:
    if len(word) < SLUG_STEM:
        return bool(_spellings(word) & page.slug)
    return any(stem in page.slug_text for stem in _stems(word))


def trigrams(key: str) -> set[str]:
    """Letter trigrams of a line's key: words shared across compounds and scripts without spaces."""
    return {key[k : k + 3] for k in range(len(key) - 2)} - {""}


def _gram_overlap(page: Page, i: int) -> float:
    grams = trigrams(page.keys[i])
    return len(grams & page.body_grams) / len(grams) if grams else 0.0


def _body_overlap(page: Page, text: str) -> float:
    content = {t for t in tokens(text) if len(t) >= 4}
    return len(content & page.body_words) / len(content) if content else 0.0


def _local_overlap(page: Page, i: int) -> float:
    """Share of the line's longer words found in the first prose lines below it: a headline is
    followed by the paragraph that tells its story."""
    content = {t for t in page.keys[i].split() if len(t) >= 4}
    following = [j for j in range(i + 1, min(len(page.prose), i + LEAD_WINDOW)) if page.prose[j]][:LEAD_LINES]
    if not content or not following:
        return 0.0
    lead = {t for j in following for t in page.keys[j].split()}
    return len(content & lead) / len(content)


def _repeats(page: Page, i: int) -> tuple[int, int, int]:
    """Other lines equal to this one, longer lines that frame it, shorter lines it frames."""
    key = page.keys[i]
    return page.counts[key] - 1, page.framed[key], page.frames[key]


def _next_kind(page: Page, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(page.kinds) and page.kinds[j] in ("debris", "credit", "tags"):
        j += step
    return page.kinds[j] if 0 <= j < len(page.kinds) else "none"


def _lookalike_neighbours(page: Page, i: int) -> int:
    """Headline-like lines among the two lines above and below: a list of teasers or menu items."""
    near = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(page.texts) and j != i]
    return sum(1 for j in near if page.kinds[j] in CANDIDATE_KINDS and page.headline[j])


def _kicker(page: Page, i: int) -> bool:
    """A section label or kicker: a short line right above a headline-like line twice as long."""
    below = i + 1
    n = word_count(page.texts[i])
    return (
        n <= SHORT_LINE_WORDS
        and below < len(page.texts)
        and page.kinds[below] == "content"
        and page.headline[below]
        and word_count(page.texts[below]) >= 2 * n
    )


def _block_below(page: Page, i: int) -> tuple[float, float]:
    """Whether a block of prose starts within a few lines below, and its words as a share of the
    largest block's: a headline opens a substantial piece of prose, not a caption or a comment."""
    starts = [block[0] for block in page.blocks]
    k = bisect.bisect_right(starts, i)
    if k == len(starts):
        return 0.0, 0.0
    largest = max(block[2] for block in page.blocks)
    return (1.0 if starts[k] - i <= BLOCK_NEAR else 0.0), page.blocks[k][2] / largest


def _first_block(page: Page, i: int) -> tuple[float, float]:
    """Whether the line sits above the page's first block of prose, and how far above it."""
    first = page.blocks[0][0] if page.blocks else 0
    return (1.0 if i < first else 0.0), math.log1p(max(first - i, 0))


def _lines_to_prose(page: Page, i: int) -> int:
    for j in range(i + 1, min(len(page.prose), i + PROSE_WINDOW)):
        if page.prose[j]:
            return j - i
    return PROSE_WINDOW


FEATURES = (
    "slug_hits", "slug_line", "slug_cover", "body_overlap", "before_body_1_3", "before_body_4_10",
    "before_body_far", "in_or_after_body", "log_distance", "lines_to_prose", "headline_like", "sentence_like",
    "one_word", "long", "ends_period", "ends_colon", "capitalised_share", "all_caps", "repeated", "framed", "frames",
    "meta_after", "meta_before", "lookalikes", "nav", "teaser", "headline_rank", "breadcrumb", "ellipsis",
    "link", "digit_share", "page_position", "kicker", "under_kicker", "lead_overlap", "meta_near",
    "block_near", "block_share", "glued", "gram_overlap", "log_words", "nav_before", "nav_after",
    "prose_above", "ends_question", "before_first_block", "first_block_distance",
)  # fmt: skip
RANKED = ("slug_cover", "body_overlap", "lead_overlap")  # also: whether a line holds the page's best value
FEATURES += tuple(f"best_{name}" for name in RANKED)


def features(page: Page, i: int, rank: int) -> list[float]:
    """The signals for line ``i`` (``rank``: how many candidates lie between it and the body)."""
    text = page.texts[i]
    line_words = words(text)
    slug_hits, slug_line, slug_cover = _slug_overlap(page, text)
    distance = page.body_start - i
    capitalised = sum(1 for w in line_words if w[:1].isupper()) / len(line_words)
    letters = [ch for ch in text if ch.isalpha()]
    same, framed, frames = _repeats(page, i)
    return [
        slug_hits,
        slug_line,
        slug_cover,
        _body_overlap(page, text),
        1.0 if 1 <= distance <= 3 else 0.0,
        1.0 if 4 <= distance <= 10 else 0.0,
        1.0 if distance > 10 else 0.0,
        1.0 if distance <= 0 else 0.0,
        math.log1p(abs(distance)),
        _lines_to_prose(page, i) / PROSE_WINDOW,
        1.0 if page.headline[i] else 0.0,
        1.0 if is_sentence_like(text) else 0.0,
        1.0 if len(line_words) == 1 else 0.0,
        1.0 if len(line_words) > 20 else 0.0,
        1.0 if text.endswith(".") else 0.0,
        1.0 if text.endswith(":") else 0.0,
        capitalised,
        1.0 if len(letters) >= 4 and all(ch.isupper() for ch in letters) else 0.0,
        min(same, 2) / 2,
        min(framed, 2) / 2,
        min(frames, 2) / 2,
        1.0 if _next_kind(page, i, 1) in META_KINDS else 0.0,
        1.0 if _next_kind(page, i, -1) in META_KINDS else 0.0,
        _lookalike_neighbours(page, i) / 4,
        1.0 if page.kinds[i] == "nav" else 0.0,
        1.0 if page.kinds[i] == "teaser" else 0.0,
        math.log1p(rank),
        1.0 if len(_PATH_SEPARATOR.findall(text)) >= 2 else 0.0,
        1.0 if text.endswith(("...", "…")) else 0.0,
        1.0 if _LINK.search(text) else 0.0,
        len(_DIGIT.findall(text)) / len(text),
        i / len(page.texts),
        1.0 if _kicker(page, i) else 0.0,
        1.0 if i > 0 and _kicker(page, i - 1) else 0.0,
        _local_overlap(page, i),
        1.0 if any(kind in META_KINDS for kind in page.kinds[i + 1 : i + 4]) else 0.0,
        *_block_below(page, i),
        1.0 if len(_CASE_CHANGE.findall(text)) >= 2 and len(glue_points(text)) >= 2 else 0.0,
        _gram_overlap(page, i),
        math.log1p(len(line_words)),
        1.0 if _next_kind(page, i, -1) == "nav" else 0.0,
        1.0 if _next_kind(page, i, 1) == "nav" else 0.0,
        1.0 if any(page.prose[max(0, i - 3) : i]) else 0.0,
        1.0 if text.endswith(("?", "!", "？", "！")) else 0.0,
        *_first_block(page, i),
    ]


def candidate_rows(page: Page) -> list[tuple[int, list[float]]]:
    """(line index, features) for every candidate line; ranks count candidates back from the body."""
    indices = [i for i in range(len(page.texts)) if is_candidate(page, i)]
    above = [i for i in indices if i < page.body_start]
    ranks = {i: len(above) - 1 - n for n, i in enumerate(above)}
    rows = [(i, features(page, i, ranks.get(i, len(above)))) for i in indices]
    for column in RANKED:
        _mark_best(rows, FEATURES.index(column))
    return rows


def _mark_best(rows: list[tuple[int, list[float]]], column: int) -> None:
    """Append whether each row holds the page's highest value of ``column`` (ties all count)."""
    best = max((row[column] for _, row in rows), default=0.0)
    for _, row in rows:
        row.append(1.0 if best > 0 and row[column] == best else 0.0)


WEIGHTS_RESOURCE = "data/title_weights.json"


@cache
def weights() -> tuple[float, ...]:
    """The fitted weight of each feature, in ``FEATURES`` order (shipped with the package, loaded once)."""
    fitted = json.loads(resources.files(__package__).joinpath(WEIGHTS_RESOURCE).read_text(encoding="utf-8"))
    return tuple(float(fitted[name]) for name in FEATURES)


def score(row: list[float]) -> float:
    """The model's score of one candidate line (only its rank among the page's lines matters)."""
    return sum(w * x for w, x in zip(weights(), row, strict=True))


def best_title_line(texts: Sequence[str], kinds: Sequence[str], url: str | None = None) -> int | None:
    """Index of the line most likely to be the page's headline (``None``: no candidate line)."""
    if not any(_may_be_a_title(text, kind) for text, kind in zip(texts, kinds, strict=True)):
        return None  # a text of long paragraphs only: no need to describe the page
    rows = candidate_rows(describe_page(texts, kinds, url))
    return max(rows, key=lambda row: score(row[1]))[0] if rows else None
