"""The web UI in real Chromium against a real uvicorn server on 127.0.0.1 (skips without /usr/bin/chromium)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from api_helpers import HOSTILE_TITLE, TOKEN, build_db, build_linked_db, corroboration_docs, story_docs
from newsevents.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
CHROMIUM_ARGS.append("--no-first-run")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium not installed at /usr/bin/chromium (apt-get install -y chromium)"
)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is a dev dependency")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db_url: str) -> Iterator[str]:
    """A writable server over ``db_url``, run by uvicorn in a thread on a free local port."""
    import uvicorn

    port = _free_port()
    app = create_app(db_url, api_token=TOKEN, read_only=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server over the test corpus (hostile article included)."""
    with serving(build_db(tmp_path_factory.mktemp("web") / "events.db")) as url:
        yield url


@pytest.fixture(scope="module")
def linked_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server over four sites' reports after a link pass: one event corroborated, one only speculated."""
    with serving(build_linked_db(tmp_path_factory.mktemp("linked") / "events.db", corroboration_docs())) as url:
        yield url


@pytest.fixture(scope="module")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server over one story's wire report, its syndicated copy and a follow-up, and an unrelated report."""
    with serving(build_linked_db(tmp_path_factory.mktemp("story") / "events.db", story_docs())) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextmanager
def watched_page(browser: object, base_url: str) -> Iterator[object]:
    """A fresh page that records dialogs and page errors: a hostile article must cause neither."""
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    assert page.errors == []
    context.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    with watched_page(browser, base_url) as fresh:
        yield fresh


@pytest.fixture
def linked_page(browser: object, linked_url: str) -> Iterator[object]:
    with watched_page(browser, linked_url) as fresh:
        yield fresh


@pytest.fixture
def story_page(browser: object, story_url: str) -> Iterator[object]:
    with watched_page(browser, story_url) as fresh:
        yield fresh


def open_view(page: object, hash_route: str) -> None:
    """Go to a route and wait until the view has rendered (the app sets body[data-ready] when done)."""
    if page.url.startswith("http"):
        page.evaluate("document.body.dataset.ready = 'false'")
    page.goto(f"/#{hash_route}")
    page.wait_for_selector("body[data-ready=true]")


def submit_and_wait(page: object, action: object) -> None:
    page.evaluate("document.body.dataset.ready = 'false'")
    action()
    page.wait_for_selector("body[data-ready=true]")


def test_search_and_facets(page: object) -> None:
    open_view(page, "/")
    assert page.locator("#results li.event").count() == 13
    assert page.locator("svg.map circle.dot").count() == 13
    assert page.locator("svg.timeline rect.bar").count() >= 2
    page.fill("#q", "Nairobi")
    submit_and_wait(page, lambda: page.click("header button[type=submit]"))
    assert page.locator("#results li.event").count() == 3
    submit_and_wait(page, lambda: page.select_option("#f-type", "PROTEST"))
    assert page.locator("#results li.event").count() == 1
    assert page.locator("#results a.event-type").inner_text() == "PROTEST"


def test_certainty_filter_keeps_events_told_as_fact(page: object) -> None:
    open_view(page, "/")
    submit_and_wait(page, lambda: page.select_option("#f-certainty", "2"))
    assert "min_factuality=2" in page.url
    assert page.locator("#results li.event").count() == 10
    assert page.locator("#results .badge.status-speculated").count() == 0
    open_view(page, "/?min_factuality=1&status=speculated")
    assert page.locator("#f-certainty").input_value() == "1"
    assert page.locator("#results li.event").count() == 0


def test_event_page_highlights_the_evidence(page: object) -> None:
    open_view(page, "/?place=Paris")
    evidence = page.locator("#results li.event .evidence").first.inner_text()
    submit_and_wait(page, lambda: page.locator("#results li.event a.event-type").first.click())
    assert page.locator("mark.ann-evidence").first.inner_text() == evidence
    facts = page.locator("dl.facts").inner_text()
    assert "Paris (FR)" in facts
    assert re.search(r"Who\s+\w[\w ]* \(UKR · GOV\)", facts, re.IGNORECASE)  # the side's country and sector
    assert re.search(r"Certainty\s+[+-]?\d\.\d on a scale from −3 to \+3 \(uncertain\)", facts, re.IGNORECASE)


def test_correct_an_event_and_see_the_audit(page: object) -> None:
    open_view(page, "/?place=Kharkiv")
    submit_and_wait(page, lambda: page.locator("#results li.event a.event-type").first.click())
    page.fill("form.review input[name=token]", TOKEN)
    page.fill("form.review input[name=reviewer]", "ann")
    page.fill("form.review input[name=type]", "COERCE")
    page.fill("form.review input[name=fatalities]", "7")
    submit_and_wait(page, lambda: page.click("form.review button[value=corrected]"))
    assert page.locator("h1").inner_text().startswith("COERCE")
    audit = page.locator(".audit-entry").first.inner_text()
    assert "ann · corrected" in audit
    assert "type: " in audit
    assert "→ COERCE" in audit
    assert "fatalities: " in audit


def test_wrong_token_is_reported(page: object) -> None:
    open_view(page, "/?place=Nairobi")
    submit_and_wait(page, lambda: page.locator("#results li.event a.event-type").first.click())
    page.fill("form.review input[name=token]", "wrong")
    page.fill("form.review input[name=reviewer]", "ann")
    page.click("form.review button[value=confirmed]")
    sync_api.expect(page.locator("form.review .message")).to_contain_text("unauthorized")


def test_article_reader_toggles_annotations(page: object) -> None:
    open_view(page, "/?place=Kyiv&q=report")
    submit_and_wait(page, lambda: page.locator("#results li.event .small a").first.click())
    text = page.locator(".article-text")
    assert page.locator("mark.ann-quote").count() >= 1
    page.locator("label.toggle.ann-quote input").uncheck()
    assert "hide-quote" in text.get_attribute("class")
    assert page.locator("aside li").count() >= 2


def test_hostile_article_runs_nothing(page: object) -> None:
    open_view(page, "/?q=hostile")
    title = page.locator("#results li.event .small a").first
    assert title.inner_text() == HOSTILE_TITLE
    submit_and_wait(page, title.click)
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert "<script>window.__pwned=1</script>" in page.locator(".article-text").inner_text()
    submit_and_wait(page, lambda: page.locator("aside a").first.click())
    assert page.locator("mark.ann-evidence").count() >= 1
    assert page.locator("main img, main script, main svg[onload]").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []


def test_support_filter_and_other_reports_of_an_event(linked_page: object) -> None:
    open_view(linked_page, "/")
    submit_and_wait(linked_page, lambda: linked_page.select_option("#f-support", "speculation-only"))
    assert linked_page.locator("#results li.event").count() == 1
    open_view(linked_page, "/?support=corroborated&status=speculated")
    submit_and_wait(linked_page, lambda: linked_page.locator("#results li.event a.event-type").first.click())
    assert "2 independent sources" in linked_page.locator("dl.facts").inner_text()
    other = linked_page.locator(".other-reports li")
    assert other.count() == 1
    assert "wire.example" in other.inner_text()
    assert other.locator(".badge").inner_text() == "asserted"


def test_article_lists_its_duplicates_and_related_stories(story_page: object) -> None:
    ids = {a["title"]: a["id"] for a in story_page.request.get("/api/articles").json()["items"]}
    open_view(story_page, f"/article/{ids['wire']}")
    related = story_page.locator("aside ul.related li")
    assert related.count() == 2
    assert related.nth(0).inner_text() == "copy duplicate"
    assert re.fullmatch(r"follow-up related \(0\.\d\d\)", related.nth(1).inner_text())
    submit_and_wait(story_page, lambda: related.nth(0).locator("a").click())
    assert story_page.locator("h1").inner_text() == "copy"
    open_view(story_page, f"/article/{ids['elsewhere']}")
    assert set(story_page.locator("aside ul.related li .link-shared").all_inner_texts()) == {"1 shared name"}
