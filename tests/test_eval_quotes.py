"""The PolNeAR quote evaluation: BRAT parsing, span trimming, and a run on a tiny slice."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli.main import app
from newsevents.eval.quotes import evaluate_quotes, is_direct, parse_brat, trimmed


def test_parse_brat_joins_roles_of_a_relation(tmp_path: Path):
    ann = tmp_path / "a_1.ann"
    ann.write_text(
        "T1\tSource 0 5\tPolls\nT2\tCue 6 10\tshow\nT3\tContent 11 20;22 30\tx\nT4\tAttribution 6 10\tshow\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (attribution,) = parse_brat(ann)
    assert (attribution.source, attribution.cue, attribution.content) == ((0, 5), (6, 10), (11, 30))


def test_trimmed_drops_marks_and_edge_punctuation():
    text = "“We will win,” she said."
    assert text[slice(*trimmed(text, (0, 14)))] == "We will win"


def test_direct_content_is_in_quotation_marks():
    text = 'He said: "We will win." Polls show he leads.'
    assert is_direct(text, (10, 22))
    assert not is_direct(text, (35, 43))


def test_evaluation_on_a_tiny_slice(shared_data: Path):
    report = evaluate_quotes(shared_data, limit=2, split="dev")
    ours = report["systems"]["ours"]
    assert report["articles"] == 2
    assert ours["content"]["gold"] > 0
    assert 0.0 < ours["content"]["overlap"]["f1"] <= 1.0
    assert ours["content"]["overlap"]["p"] >= ours["content"]["exact"]["p"]


@pytest.mark.parametrize("command", ["quotes", "factuality"])
def test_the_kept_aside_test_split_is_refused_in_one_line(command: str):
    result = CliRunner().invoke(app, ["eval", command, "--split", "test"])
    assert result.exit_code != 0
    assert "--split must be one of train, dev" in result.output
    assert "Traceback" not in result.output
