"""iter_warc on the sample archive: pages come out decoded, other records are skipped, damage is reported."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import brotli  # installed with FastWARC
import pytest

from newsevents.ingest.decode import format_size
from newsevents.ingest.warc import iter_warc

URLS = [
    "https://gazette.example.org/2024/03/12/eastmoor-library",
    "https://courier.example.org/news/fuel-tax-march",
    "https://kellby.example.org/nurses-strike",
]


def test_sample_yields_the_three_pages_and_skips_the_rest(examples: Path) -> None:
    path = examples / "sample.warc.gz"
    items = list(iter_warc(path))
    assert [item.url for item in items] == URLS
    assert all(item.error is None and item.kind == "html" for item in items)
    assert items[0].key == f"{path}#urn:uuid:00000000-0000-4000-8000-000000000011"
    assert b"voted 7&#8211;4 on Tuesday" in items[0].content
    assert b"Several hundred people marched" in items[1].content


def test_chunked_gzip_body_is_decoded(examples: Path) -> None:
    strike = list(iter_warc(examples / "sample.warc.gz"))[2]
    assert strike.content.startswith(b"<!DOCTYPE html>")
    assert b"48-hour strike over pay" in strike.content


def test_truncated_archive_yields_what_it_read_then_an_error(examples: Path, tmp_path: Path) -> None:
    data = (examples / "sample.warc.gz").read_bytes()
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(data[: len(data) // 2])
    items = list(iter_warc(truncated))
    assert items[0].url == URLS[0] and items[0].error is None
    assert items[-1].error is not None
    assert "truncated" in items[-1].error


def test_corrupt_archive_yields_an_error_item(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.warc"
    corrupt.write_bytes(b"WARC/1.0\r\nthis is not a header line\r\n\r\n" * 3)
    items = list(iter_warc(corrupt))
    assert len(items) == 1
    assert items[0].key == f"{corrupt}#error"
    assert items[0].error == "corrupt WARC: no readable records"


def test_garbage_archive_yields_an_error_item(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    [item] = iter_warc(garbage)
    assert item.error.startswith("corrupt or truncated WARC (stopped after 0 records)")


def test_missing_archive_yields_an_error_item(tmp_path: Path) -> None:
    [item] = iter_warc(tmp_path / "absent.warc.gz")
    assert item.error == f"cannot read {tmp_path / 'absent.warc.gz'}: No such file or directory"


def _warc_response(body: bytes, content_encoding: str) -> bytes:
    """One WARC response record whose HTTP body is stored with ``content_encoding``."""
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: " + content_encoding.encode() + b"\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000000000aa>\r\n"
        "WARC-Target-URI: https://paper.example.org/a\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return headers.encode() + http + b"\r\n\r\n"


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("deflate", zlib.compress), ("deflate", lambda data: zlib.compress(data)[2:-4]), ("br", brotli.compress)],
)
def test_compressed_bodies_are_decoded_within_the_size_cap(tmp_path: Path, encoding: str, compress: Any) -> None:
    page = b"<html><body><p>" + b"The council met on Tuesday. " * 60 + b"</p></body></html>"
    archive = tmp_path / "compressed.warc"
    archive.write_bytes(_warc_response(compress(page), encoding))
    [item] = iter_warc(archive, max_bytes=len(page))
    assert item.error is None and item.content == page
    [bomb] = iter_warc(archive, max_bytes=len(page) - 1)
    assert bomb.content is None
    assert bomb.error == f"{encoding} content inflates to over the {format_size(len(page) - 1)} limit"
