"""``newsevents run`` end to end: sources in, a real SQLite database out; idempotent and resumable."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bad_inputs import write_bad_inputs
from newsevents.cli import report

CLI = [sys.executable, "-m", "newsevents.cli"]
STORY = (
    "Police in {city} arrested {n} protesters on Friday after a march against rising fuel prices turned "
    "violent, officials said. The demonstrators had gathered outside the regional assembly in the morning "
    "and marched towards the city centre, where officers fired tear gas to disperse them. Organisers said "
    "they would return next week. Story number {n}. "
)
CITIES = ["Nairobi", "Lagos", "Accra", "Lima", "Quito", "Dhaka", "Manila", "Hanoi", "Tunis", "Amman"]


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, "run", *args, "--db", f"sqlite:///{db}", "--workers", "1"], capture_output=True, text=True, timeout=600
    )


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"story{i:03}.txt").write_text(STORY.format(city=CITIES[i % len(CITIES)], n=i + 2) * 2)


def test_examples_folder_every_input_gets_an_outcome(tmp_path: Path, examples: Path):
    db = tmp_path / "news.db"
    bad = tmp_path / "bad"
    bad.mkdir()
    kinds = write_bad_inputs(bad)
    result = run(str(examples), str(bad), str(tmp_path / "missing.html"), db=db)
    assert result.returncode == 0, result.stderr
    assert count(db, "select count(*) from articles") >= 6  # html page, scrape, feed items, WARC pages
    assert count(db, "select count(*) from events") > 0
    statuses = dict(sqlite3.connect(db).execute("select status, count(*) from inputs group by status").fetchall())
    assert statuses.get("skipped", 0) + statuses.get("failed", 0) == len(kinds) + 1  # + the missing file
    outcomes = dict(sqlite3.connect(db).execute("select key, reason from inputs where status != 'processed'"))
    for label, path in kinds.items():
        reason = outcomes[str(path.resolve())]
        assert reason and "\n" not in reason and "Traceback" not in reason, label
    status = subprocess.run([*CLI, "status", "--db", f"sqlite:///{db}"], capture_output=True, text=True)
    assert "missing.html" in status.stdout


def test_same_input_twice_stores_one_article(tmp_path: Path, examples: Path):
    db = tmp_path / "news.db"
    copy = tmp_path / "copy.html"
    copy.write_bytes((examples / "news_page.html").read_bytes())
    run(str(examples / "news_page.html"), str(copy), db=db)
    run(str(examples / "news_page.html"), db=db)
    assert count(db, "select count(*) from articles") == 1
    assert count(db, "select count(*) from inputs where status = 'processed'") == 2


def test_reprocess_replaces_what_an_older_run_stored(tmp_path: Path, examples: Path):
    db = tmp_path / "news.db"
    run(str(examples / "news_page.html"), db=db)
    events = count(db, "select count(*) from events")
    with sqlite3.connect(db) as conn:  # rows as a version without graded factuality stored them
        conn.execute("update events set factuality = null")
    run(str(examples / "news_page.html"), db=db)
    assert count(db, "select count(factuality) from events") == 0  # a plain run leaves stored articles alone
    result = run(str(examples / "news_page.html"), "--reprocess", db=db)
    assert result.returncode == 0, result.stderr
    assert count(db, "select count(*) from articles") == 1
    assert count(db, "select count(factuality) from events") == count(db, "select count(*) from events") == events
    assert count(db, "select count(*) from inputs where status = 'processed' and article_id is not null") == 1


def test_killed_run_resumes_with_nothing_lost_or_doubled(tmp_path: Path):
    corpus, db = tmp_path / "corpus", tmp_path / "news.db"
    write_corpus(corpus, 60)
    args = [*CLI, "run", str(corpus), "--db", f"sqlite:///{db}", "--workers", "1"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists() and _stored(db) >= 5:
            break
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_before = _stored(db)
    assert 0 < stored_before < 60, "the run must be killed half-way for this test to mean anything"
    assert run(str(corpus), db=db).returncode == 0
    assert count(db, "select count(*) from articles") == 60
    assert count(db, "select count(*) from inputs") == 60
    assert count(db, "select count(distinct article_id) from inputs") == 60


def _stored(db: Path) -> int:
    try:
        return count(db, "select count(*) from articles")
    except sqlite3.Error:
        return 0


def test_status_and_summary_tables_show_data_as_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Keys, reasons and names come from the inputs: brackets in them are text, never rich markup."""
    report.print_outcomes([{"status": "failed", "key": "notes[/draft].html", "reason": "bad [bold]tag"}])
    report.print_summary(
        {
            "top_actors": [{"name": "[/i] Lee", "country": None, "events": 2}],
            "problem_reasons": [{"status": "skipped", "reason": "[red]empty", "count": 1, "example": "a[/b]"}],
        }
    )
    out = capsys.readouterr().out
    for shown in ("notes[/draft].html", "bad [bold]tag", "[/i] Lee (?)", "[red]empty", "a[/b]"):
        assert shown in out
