"""The user's cache folder, and files written into it whole or not at all.

What is slow to build and the same for the same inputs (the gazetteer's index, the out-of-fold classifier heads) is
kept under ``$NEWSEVENTS_CACHE`` (default ``~/.cache/newsevents``), in a file named by what it was built from, and
read back by later runs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def cache_dir() -> Path:
    """The folder of newsevents' caches."""
    return Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through ``write`` into a temporary file beside it, then move it into place: a reader never sees
    half a file, even when two processes build the same cache at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
