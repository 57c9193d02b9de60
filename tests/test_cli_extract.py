"""``newsevents extract`` as a user runs it: the real command, real inputs, the contract's exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bad_inputs import ENGLISH, GERMAN, write_bad_inputs
from newsevents.schema import validation_errors

CLI = [sys.executable, "-m", "newsevents.cli"]


def extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "extract", *args], input=stdin, capture_output=True, timeout=300)


def assert_consistent(record: dict) -> None:
    """Schema-valid, and every offset points at the text it names."""
    assert validation_errors(record) == []
    text = record["article"]["text"]
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    for time in record["times"]:
        assert text[time["start"] : time["end"]] == time["text"]
    for event in record["events"]:
        assert event["evidence"], event
        assert all(0 <= s["start"] < s["end"] <= len(text) for s in event["evidence"])
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.parametrize("name", ["news_page.html", "dirty_scrape.txt"])
def test_examples_give_valid_records(examples: Path, name: str):
    result = extract(str(examples / name))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert_consistent(record)
    assert record["article"]["title"]
    assert record["events"], "the sample stories report events"


def test_stdin_and_given_date(tmp_path: Path):
    result = extract("-", "--published", "2025-04-25", stdin=ENGLISH.encode())
    record = json.loads(result.stdout)
    assert record["article"]["published"] == "2025-04-25"
    assert record["article"]["published_source"] == "given"
    friday = next(t for t in record["times"] if t["text"].endswith("Friday"))
    assert friday["value"] == "2025-04-25" and friday["relative_to"] == "published"


def test_events_carry_a_graded_factuality_that_ranks_a_denial_below_a_report():
    text = (
        "Rebels attack army base\n\nRebels attacked an army base near Kharkiv on Friday, killing three soldiers, "
        "officials said. The army denied that its troops had shelled the village of Pisky, which lies a few "
        "kilometres to the west. Both sides have traded accusations over the front line for weeks."
    )
    events = json.loads(extract("-", stdin=text.encode()).stdout)["events"]
    assert all(-3 <= e["factuality"] <= 3 for e in events)
    reported = [e["factuality"] for e in events if e["status"] == "reported"]
    denied = [e["factuality"] for e in events if e["type"] == "ASSAULT" and e["status"] == "negated"]
    assert reported and denied
    assert max(denied) < min(reported)


def test_relative_dates_are_never_resolved_against_today():
    record = json.loads(extract("-", stdin=ENGLISH.encode()).stdout)
    assert record["article"]["published"] is None
    friday = next(t for t in record["times"] if t["text"].endswith("Friday"))
    assert friday["value"] is None


def test_bad_inputs_exit_2_with_one_line(tmp_path: Path):
    for label, path in write_bad_inputs(tmp_path).items():
        result = extract(str(path))
        message = result.stderr.decode().strip()
        assert result.returncode == 2, (label, message)
        assert len(message.splitlines()) == 1 and "Traceback" not in message, (label, message)
        assert result.stdout == b"", label


def test_wrong_encoding_still_extracts(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(("Café owners in Nîmes protested on Friday. " + ENGLISH).encode("cp1252"))
    result = extract(str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert "Café owners in Nîmes" in json.loads(result.stdout)["article"]["text"]


def test_a_lone_headline_is_told_in_one_line_however_long():
    """The message is longer than a terminal is wide; the console must not wrap it."""
    result = extract("-", stdin=b"Hundreds of teachers protested in Lagos on Monday over unpaid salaries.\n")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert "beside its title" in result.stderr.decode()


def test_missing_file_is_one_line():
    result = extract("no/such/file.html")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1


def test_batch_keeps_order_and_survives_bad_lines(tmp_path: Path, examples: Path):
    lines = [
        json.dumps({"id": "a", "text": ENGLISH, "published": "2025-04-25"}),
        "{not json",
        json.dumps({"id": "b", "html": (examples / "news_page.html").read_text()}),
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": GERMAN}),
        json.dumps({"id": 7, "text": ENGLISH.replace("Nairobi", "Mombasa")}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = extract("--batch", str(batch), "--out", str(out), "--workers", "2")
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["input_id"] for r in records] == ["a", None, "b", "c", "d", 7]
    assert [("error" in r) for r in records] == [False, True, False, True, True, False]
    for record in records:
        if "error" in record:
            assert "\n" not in record["error"]
        else:
            assert_consistent({k: v for k, v in record.items() if k != "input_id"})
