"""``newsevents eval ...`` as a user runs it: where the datasets are looked for, and errors in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsevents.cli.main import _need

CLI = [sys.executable, "-m", "newsevents.cli"]


def test_a_dataset_is_found_in_the_gold_datasets_folder_or_given_directly(tmp_path: Path):
    (tmp_path / "ecbplus").mkdir()
    assert _need(tmp_path, "ecbplus") == tmp_path / "ecbplus"
    assert _need(tmp_path / "ecbplus", "ecbplus") == tmp_path / "ecbplus"
    assert _need(tmp_path, "polnear") == tmp_path  # not in it: taken as the dataset's own folder


def test_a_dataset_folder_without_its_files_is_a_one_line_error(tmp_path: Path):
    (tmp_path / "conflibert_eval").mkdir()
    result = subprocess.run([*CLI, "eval", "cameo", "--data", str(tmp_path)], capture_output=True, timeout=300)
    message = result.stderr.decode()
    assert result.returncode == 2
    assert message.count("\n") == 1 and "Traceback" not in message
    assert message.startswith("newsevents: file not found: ") and "conflibert_eval" in message


def test_a_missing_datasets_folder_is_a_one_line_error(tmp_path: Path):
    result = subprocess.run([*CLI, "eval", "link", "--data", str(tmp_path / "none")], capture_output=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "dataset not found" in result.stderr.decode()
