"""Fit the title scorer's weights: ``newsevents train title --data ../shared/data/trafilatura_eval``.

Training data: the dev half of the extraction benchmark's pages (``load_pages(..., half="dev")``; the
test half is never read), each rendered as the dirty-text benchmark's naive scrape. The candidate
lines and their feature rows are built exactly as :func:`newsevents.extract.text.clean_text` builds
them at run time; the lines that read as the gold title (normalised as the benchmark compares titles)
are the right ones, and pages without such a line are skipped. The model is a conditional logit: a
softmax over each page's candidate lines, the likelihood of a page being that of its right lines,
with an L2 penalty, fit by damped Newton steps in numpy. Deterministic: the same data gives the same
weights. Only the weights ship (``extract/data/title_weights.json``), never the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.eval.dirty_text import naive_scrape
from newsevents.eval.extraction import _norm_title, load_pages, read_page
from newsevents.extract.text import marked_lines
from newsevents.extract.title import FEATURES, WEIGHTS_RESOURCE, candidate_rows, describe_page

PENALTY = 3e-3  # times half the squared norm of the weights, beside the mean negative log-likelihood per page
MAX_STEPS, TOLERANCE = 100, 1e-9
WEIGHTS_FILE = Path(__file__).resolve().parent / WEIGHTS_RESOURCE


@dataclass
class Group:
    """One page: the feature rows of its candidate lines and which of them is the gold title."""

    rows: np.ndarray
    gold: np.ndarray


def page_group(content: str, url: str | None, title: str | None) -> Group | None:
    """The page's candidates as the text path scores them (``None``: no candidate reads as the title)."""
    lines = marked_lines(content)
    rows = candidate_rows(describe_page([line.text for line in lines], [line.kind for line in lines], url))
    gold = np.array([_norm_title(lines[i].text) == _norm_title(title) for i, _ in rows], dtype=bool)
    if not _norm_title(title) or not gold.any():
        return None
    return Group(np.array([row for _, row in rows], dtype=float), gold)


def load_groups(data_dir: Path, limit: int | None = None) -> tuple[list[Group], int]:
    """The usable pages of the dev half, and how many pages were read."""
    pages = load_pages(data_dir, half="dev")[:limit]
    groups = [page_group(naive_scrape(read_page(data_dir, page)), url, page.get("title")) for url, page in pages]
    return [group for group in groups if group is not None], len(pages)


def objective(w: np.ndarray, groups: list[Group], penalty: float = PENALTY) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean negative log-likelihood plus penalty, its gradient, and a positive definite curvature
    (the softmax's Fisher information; exact where a page has one right line)."""
    loss, grad, curvature = 0.0, np.zeros_like(w), np.zeros((len(w), len(w)))
    for group in groups:
        scores = group.rows @ w
        p = np.exp(scores - scores.max())
        p /= p.sum()
        q = np.where(group.gold, p, 0.0) / p[group.gold].sum()
        loss -= np.log(p[group.gold].sum())
        grad += group.rows.T @ (p - q)
        centred = group.rows - p @ group.rows
        curvature += centred.T @ (centred * p[:, None])
    n = len(groups)
    return loss / n + penalty / 2 * w @ w, grad / n + penalty * w, curvature / n + penalty * np.eye(len(w))


def fit(groups: list[Group], penalty: float = PENALTY) -> tuple[np.ndarray, list[float]]:
    """The weights minimising :func:`objective` from zero, and the loss after each step."""
    if not groups:
        raise ValueError("no page has a candidate line that reads as its gold title")
    w = np.zeros(len(FEATURES))
    loss, grad, curvature = objective(w, groups, penalty)
    losses = [loss]
    for _ in range(MAX_STEPS):
        direction = -np.linalg.solve(curvature, grad)
        step = 1.0
        while step > 1e-8 and objective(w + step * direction, groups, penalty)[0] > loss:
            step /= 2
        w = w + step * direction
        loss, grad, curvature = objective(w, groups, penalty)
        losses.append(loss)
        if losses[-2] - loss < TOLERANCE:
            break
    return w, losses


def train(data_dir: Path, limit: int | None = None, out: Path = WEIGHTS_FILE) -> dict[str, Any]:
    """Fit the weights on the dev half and write them as the JSON file the package ships."""
    groups, read = load_groups(data_dir, limit)
    w, losses = fit(groups)
    weights = {name: round(float(value), 4) for name, value in zip(FEATURES, w, strict=True)}
    out.write_text(json.dumps(weights, indent=0) + "\n", encoding="utf-8")
    right = sum(bool(group.gold[np.argmax(group.rows @ w)]) for group in groups)
    loss = [round(float(losses[0]), 4), round(float(losses[-1]), 4)]
    accuracy = round(right / len(groups), 3)
    return {"pages": read, "used": len(groups), "loss": loss, "steps": len(losses) - 1, "train_accuracy": accuracy}
