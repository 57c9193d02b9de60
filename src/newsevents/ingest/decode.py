"""Turn raw input bytes into text: gunzip, refuse what is not text, find the encoding, sniff the kind."""

from __future__ import annotations

import codecs
import re
import zlib

import charset_normalizer

from newsevents.errors import UnusableInput

DEFAULT_MAX_BYTES = 20_000_000
GZIP_MAGIC = b"\x1f\x8b"
# How much of the input each check reads: enough to decide, bounded so huge inputs stay cheap.
SNIFF_BYTES = 8192  # binary check, and the root element of a feed
_DECLARATION_BYTES = 4096  # a <meta charset> or <?xml encoding?> sits in the head
_DETECTION_BYTES = 200_000  # charset detection
_KIND_SNIFF_CHARS = 20_000  # html-or-text judgement
_HTML_START_CHARS = 2048  # a doctype, <html>, <head> or <body> near the start decides at once
# Binary when more than this share of the sniffed bytes are control bytes.
_MAX_CONTROL_SHARE = 0.05
# Text with at least this many common HTML tags, and one per this many characters, is HTML.
_MIN_HTML_TAGS = 2
_CHARS_PER_HTML_TAG = 1000

# Checked before decoding: these formats are never text, whatever their control-character ratio.
_MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27})
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Browsers decode documents labelled latin-1 or ascii as windows-1252 (WHATWG encoding standard).
_WHATWG_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252"}
# Single-byte Latin code pages that charset detection often confuses on short Western text.
_LATIN_FAMILY = {
    "cp1250", "cp1252", "cp1254", "cp1257", "cp850", "cp437", "latin_1", "mac_roman", "mac_latin2",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16",
}  # fmt: skip
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|article|section|li|ul|ol|table|tr|td|title|meta|script|img|em|strong)\b[^>]*>",
    re.IGNORECASE,
)


def format_size(size: int) -> str:
    """``52 MB``, ``1.5 MB``, ``12 KB`` or ``300 bytes`` (decimal units, as users read them)."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            return f"{round(size / scale, 1):g} {unit}"
    return f"{size} bytes"


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise UnusableInput(f"input is {format_size(size)}, over the {format_size(max_bytes)} limit")


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode one input to text, or raise UnusableInput with a one-line reason.

    Gzip is undone transparently (the decompressed size is capped too, so a gzip bomb is refused
    without being inflated). The encoding comes from a byte-order mark, then an HTML meta charset or
    XML declaration, then strict UTF-8, then charset detection; a wrongly labelled or unlabelled input
    decodes to readable text rather than failing.
    """
    check_size(len(data), max_bytes)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, max_bytes)
    if not data.strip():
        raise UnusableInput("empty input")
    text = _decode_text(data)
    if not text.strip():
        raise UnusableInput("empty input")
    return text


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress all gzip members, stopping as soon as the output passes ``max_bytes``."""
    parts: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            part = inflater.decompress(data, max_bytes + 1 - size)
        except zlib.error as error:
            raise UnusableInput(f"corrupt gzip data ({error})") from None
        size += len(part)
        parts.append(part)
        if size > max_bytes:
            raise UnusableInput(f"gzip input inflates to over the {format_size(max_bytes)} limit")
        if not inflater.eof:
            raise UnusableInput(f"truncated gzip (stream ends after {format_size(len(data))} of input)")
        data = inflater.unused_data.lstrip(b"\x00")  # some writers pad between members
    return b"".join(parts)


def _decode_text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    _refuse_binary(data)
    declared = _declared_encoding(data[:_DECLARATION_BYTES])
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(_detect_encoding(data), errors="replace")


def _refuse_binary(data: bytes) -> None:
    for magic, name in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise UnusableInput(f"binary content (looks like {name})")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise UnusableInput("binary content (contains NUL bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * _MAX_CONTROL_SHARE:
        raise UnusableInput(f"binary content ({controls / len(head):.0%} control characters)")


def _declared_encoding(head: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(head)
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    if name in ("utf_16", "utf_16_le", "utf_16_be", "utf_32"):
        return "utf-8"  # a byte stream that reached here without a BOM and with ASCII markup is not UTF-16
    return _WHATWG_ALIASES.get(name, name)


def _detect_encoding(data: bytes) -> str:
    """Guess the encoding of non-UTF-8 bytes, preferring windows-1252 for Western text."""
    best = charset_normalizer.from_bytes(data[:_DETECTION_BYTES]).best()
    if best is None:
        return "cp1252"
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name in _LATIN_FAMILY and _decodes(data, "cp1252"):
        return "cp1252"
    return name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def sniff_kind(text: str) -> str:
    """``"html"`` or ``"text"``, judged from the content itself rather than a file suffix."""
    head = text[:_KIND_SNIFF_CHARS]
    if _HTML_START.search(head[:_HTML_START_CHARS]):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    return "html" if tags >= _MIN_HTML_TAGS and tags * _CHARS_PER_HTML_TAG >= len(head) else "text"


def kind_for_content_type(content_type: str | None) -> str | None:
    """Map an HTTP content type to a RawInput kind; None when unknown or not text."""
    media = _media_type(content_type)
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "text/plain":
        return "text"
    return None


def is_textual_content_type(content_type: str | None) -> bool:
    """True for content types that may hold an article (HTML, plain text, or unlabelled)."""
    media = _media_type(content_type)
    return not media or kind_for_content_type(media) is not None


def _media_type(content_type: str | None) -> str:
    """``text/html`` from ``Text/HTML; charset=utf-8``; empty when there is none."""
    return (content_type or "").split(";")[0].strip().lower()
