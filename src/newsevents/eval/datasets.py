"""Where a gold dataset lies: the evaluations take the folder of all gold datasets or one dataset's own."""

from __future__ import annotations

from pathlib import Path


def dataset_folder(data_dir: Path, name: str) -> Path:
    """``data_dir / name`` when ``data_dir`` is the gold datasets folder holding it, else ``data_dir`` itself."""
    folder = data_dir / name
    return folder if folder.is_dir() else data_dir
