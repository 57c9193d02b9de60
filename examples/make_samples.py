"""Regenerate ``examples/sample.warc.gz``: fictional news pages written for the newsevents project.

The archive holds a warcinfo record, two request/response pairs (a council vote and a protest), a third
page served gzip-compressed with chunked transfer encoding, and a PNG image response that ingest must
skip. Record ids and dates are fixed so the output is byte-for-byte reproducible::

    .venv/bin/python examples/make_samples.py
"""

from __future__ import annotations

import gzip
import io
import struct
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "sample.warc.gz"
DATE = "2024-03-14T09:30:00Z"

COUNCIL_VOTE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Brackwater council votes to close Eastmoor library</title>
<meta name="date" content="2024-03-12">
</head><body><article>
<h1>Brackwater council votes to close Eastmoor library</h1>
<p class="byline">By Ada Fenwick, Brackwater Gazette (fictional sample), 12 March 2024</p>
<p>BRACKWATER &#8212; The Brackwater city council voted 7&#8211;4 on Tuesday to close the Eastmoor
branch library at the end of June, despite a petition signed by more than 3,000 residents.</p>
<p>Councillor Miriam Okafor, who chairs the finance committee, said the closure would save about
&#163;400,000 a year. &#8220;Nobody on this council wanted this outcome,&#8221; she told the chamber.</p>
<p>Opposition councillor Tomasz Lindqvist said his group would ask the regional ombudsman to review
the decision, and called on the mayor to delay the closure until after the May elections.</p>
</article></body></html>
"""

PROTEST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hundreds march in Port Selwyn against fuel tax rise</title>
<meta name="date" content="2024-03-13">
</head><body><article>
<h1>Hundreds march in Port Selwyn against fuel tax rise</h1>
<p class="byline">By Rafael Mendes, Selwyn Courier (fictional sample), 13 March 2024</p>
<p>PORT SELWYN &#8212; Several hundred people marched through central Port Selwyn on Wednesday to
protest against a planned rise in fuel tax, police said. Organisers put the crowd at 2,000.</p>
<p>The march, organised by the Selwyn Hauliers&#8217; Association, ended outside the regional
parliament, where protesters blocked the main entrance for about an hour. Police detained three
people; all were released later the same day.</p>
<p>Finance minister Helena Voss said the government would not withdraw the measure.</p>
</article></body></html>
"""

STRIKE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Nurses at Kellby General begin 48-hour strike</title>
</head><body><article>
<h1>Nurses at Kellby General begin 48-hour strike</h1>
<p>KELLBY &#8212; Nurses at Kellby General Hospital walked out on Thursday at the start of a
48-hour strike over pay, the Kellby Nurses&#8217; Union said. (Fictional sample page.)</p>
<p>Hospital managers said emergency care would continue and that talks would resume on Monday.</p>
</article></body></html>
"""


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, so the skipped record is a real image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def chunked(body: bytes, size: int = 200) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def record_headers(number: int) -> dict[str, str]:
    return {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>", "WARC-Date": DATE}


def write_pair(writer: WARCWriter, number: int, url: str, body: bytes, headers: list[tuple[str, str]]) -> None:
    host, path = url.split("/", 3)[2:]
    request = StatusAndHeaders(f"GET /{path} HTTP/1.1", [("Host", host)], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(url, "request", http_headers=request, warc_headers_dict=record_headers(number))
    )
    response = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=response,
        warc_headers_dict=record_headers(number + 1),
    )
    writer.write_record(record)


def main() -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    info = b"software: newsevents examples/make_samples.py\r\ndescription: fictional sample news pages\r\n"
    warcinfo = writer.create_warc_record(
        "",
        "warcinfo",
        payload=io.BytesIO(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={**record_headers(1), "WARC-Filename": "sample.warc.gz"},
    )
    writer.write_record(warcinfo)
    html = [("Content-Type", "text/html; charset=utf-8")]
    write_pair(writer, 10, "https://gazette.example.org/2024/03/12/eastmoor-library", COUNCIL_VOTE.encode(), html)
    write_pair(writer, 20, "https://courier.example.org/news/fuel-tax-march", PROTEST.encode(), html)
    compressed = gzip.compress(STRIKE.encode(), mtime=0)
    strike_headers = [*html, ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
    write_pair(writer, 30, "https://kellby.example.org/nurses-strike", chunked(compressed), strike_headers)
    write_pair(writer, 40, "https://gazette.example.org/img/logo.png", tiny_png(), [("Content-Type", "image/png")])
    OUT.write_bytes(buffer.getvalue())
    print(f"wrote {OUT} ({len(buffer.getvalue())} bytes)")


if __name__ == "__main__":
    main()
