"""iter_warc on the sample archive: pages come out decoded, other records are skipped, damage is reported."""

from __future__ import annotations

from pathlib import Path

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
