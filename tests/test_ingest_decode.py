"""decode_bytes and sniff_kind: every class of unusable input gets a one-line reason; text decodes."""

from __future__ import annotations

import codecs
import gzip

import pytest

from newsevents.errors import UnusableInput
from newsevents.ingest.decode import decode_bytes, format_size, kind_for_content_type, sniff_kind

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
WESTERN = "The mayor’s “final” plan costs €5m — café owners call it naïve."


def refusal(data: bytes, **kwargs: int) -> str:
    with pytest.raises(UnusableInput) as caught:
        decode_bytes(data, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("data", [b"", b"  \n\t \r\n", codecs.BOM_UTF8 + b"   ", gzip.compress(b"\n\n")])
def test_empty_input_is_refused(data: bytes) -> None:
    assert refusal(data) == "empty input"


def test_png_is_refused_by_magic_number() -> None:
    assert refusal(PNG) == "binary content (looks like PNG image)"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)), "looks like PDF document"),
        (b"abc\x00def" * 10, "contains NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text", "control characters"),
    ],
)
def test_other_binary_content_is_refused(data: bytes, reason: str) -> None:
    assert reason in refusal(data)


def test_gzip_is_decompressed_transparently() -> None:
    page = "<html><body><p>Council votes</p></body></html>"
    assert decode_bytes(gzip.compress(page.encode())) == page


def test_truncated_gzip_is_refused() -> None:
    data = gzip.compress(("Council votes to close the library. " * 200).encode())
    assert refusal(data[: len(data) // 2]).startswith("truncated gzip")


def test_gzip_bomb_is_refused_without_inflating_it_all() -> None:
    bomb = gzip.compress(b" " * 5_000_000)
    assert refusal(bomb, max_bytes=1_000_000) == "gzip input inflates to over the 1 MB limit"


def test_too_large_input_is_refused_by_default() -> None:
    assert refusal(b"a" * 52_000_000) == "input is 52 MB, over the 20 MB limit"


def test_size_cap_is_configurable() -> None:
    page = b"<p>" + b"Council news. " * 250_000 + b"</p>"
    assert decode_bytes(page).startswith("<p>Council news.")
    assert refusal(page, max_bytes=1_000_000) == "input is 3.5 MB, over the 1 MB limit"


def test_cp1252_without_declaration_decodes_to_readable_text() -> None:
    assert decode_bytes(WESTERN.encode("cp1252")) == WESTERN


def test_wrong_declaration_falls_back_to_detection() -> None:
    page = f'<html><head><meta charset="utf-8"></head><body><p>{WESTERN}</p></body></html>'
    assert WESTERN in decode_bytes(page.encode("cp1252"))


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_byte_order_mark_wins_and_is_removed(bom: bytes, encoding: str) -> None:
    assert decode_bytes(bom + WESTERN.encode(encoding)) == WESTERN


def test_html_meta_charset_is_honoured() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    page += "</head><body><p>Парламент принял бюджет.</p></body></html>"
    assert "Парламент принял бюджет." in decode_bytes(page.encode("cp1251"))


def test_xml_encoding_declaration_is_honoured() -> None:
    feed = '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>Café société</title></rss>'
    assert "Café société" in decode_bytes(feed.encode("latin-1"))


def test_plain_utf8_decodes() -> None:
    assert decode_bytes("Zürich – Kraków".encode()) == "Zürich – Kraków"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><title>x</title>", "html"),
        ("\n  <html lang='en'><body>hello</body></html>", "html"),
        ("<p>The council voted.</p>\n<p>The mayor resigned.</p>", "html"),
        ("The council voted on Tuesday.\n\nThe mayor resigned.", "text"),
        ("A stray <br> tag in a long plain text. " + "More plain words here. " * 200, "text"),
    ],
)
def test_sniff_kind_looks_at_content(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


@pytest.mark.parametrize(
    ("size", "shown"), [(52_000_000, "52 MB"), (1_500_000, "1.5 MB"), (12_000, "12 KB"), (300, "300 bytes")]
)
def test_format_size(size: int, shown: str) -> None:
    assert format_size(size) == shown


def test_kind_for_content_type() -> None:
    assert kind_for_content_type("text/html; charset=utf-8") == "html"
    assert kind_for_content_type("TEXT/PLAIN") == "text"
    assert kind_for_content_type("image/png") is None
    assert kind_for_content_type(None) is None
