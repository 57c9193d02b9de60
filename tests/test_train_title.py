"""The title scorer's fit: candidate rows as at run time, the gold line marked, a deterministic fit."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsevents.extract.title import FEATURES
from newsevents.extract.train_title import fit, page_group, train

BODY = [
    "Thousands of protesters gathered outside the parliament in Tbilisi on Sunday, hours after the election "
    "commission declared the ruling party the winner of a vote the opposition says was rigged.",
    "Riot police used water cannon and tear gas to push the crowd back from the main entrance of the building, "
    "and dozens of people were detained, the interior ministry said on Monday morning.",
]
SLICE = 60  # the first dev pages; the first few dozen have no gold title
HEADLINE = "Police clash with protesters in Tbilisi after disputed vote"
SCRAPE = "\n".join(["Home", "World", "Markets slide as oil prices jump again", HEADLINE, "By Nino Beridze", *BODY])


def test_page_group_marks_the_gold_line() -> None:
    group = page_group(SCRAPE, "https://news.example/police-clash", HEADLINE.upper() + "!")
    assert group is not None and group.rows.shape[1] == len(FEATURES)
    assert group.gold.sum() == 1
    assert page_group(SCRAPE, None, "A title the page never shows") is None
    assert page_group(SCRAPE, None, None) is None


def test_fit_lowers_the_loss_and_ranks_the_gold_line_first() -> None:
    group = page_group(SCRAPE, None, HEADLINE)
    assert group is not None
    w, losses = fit([group])
    assert np.isfinite(losses).all() and losses[-1] < losses[0]
    assert group.gold[np.argmax(group.rows @ w)]
    assert np.array_equal(w, fit([group])[0])
    with pytest.raises(ValueError):
        fit([])


def test_train_on_a_slice_writes_a_weight_for_every_feature(trafilatura_eval: Path, tmp_path: Path) -> None:
    out = tmp_path / "title_weights.json"
    report = train(trafilatura_eval, limit=SLICE, out=out)
    assert 0 < report["used"] <= report["pages"] == SLICE
    assert report["loss"][1] < report["loss"][0]
    weights = json.loads(out.read_text(encoding="utf-8"))
    assert list(weights) == list(FEATURES)
    assert all(np.isfinite(value) for value in weights.values())


def test_page_group_keeps_a_page_without_prose() -> None:
    """The text path picks a headline even on a page without prose, so such pages train the scorer too."""
    scrape = "\n".join(["Home", "World", HEADLINE, "By Nino Beridze", "Share", "Labels"])
    group = page_group(scrape, None, HEADLINE)
    assert group is not None and group.gold.sum() == 1
