"""Raw bytes -> briefing text, or a reason to reject them. No Dagster, no storage.

Decoding is strict: a file we cannot read as text is rejected with a reason rather than ingested
as mojibake, because a number read from garbage is worse than no number.
"""
from __future__ import annotations

import re

MAX_BYTES = 20 * 1024 * 1024   # a transcript is ~60 KB; anything this large is not a briefing

_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "ZIP archive (docx/xlsx/zip)",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\xd0\xcf\x11\xe0": "OLE document (doc/xls)",
    b"\x1f\x8b": "gzip archive",
}
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.I)


class RejectedInput(ValueError):
    """The bytes are not a briefing we can read; `str(exc)` is the reason shown to users."""


def decode_briefing(data: bytes) -> str:
    """Decode a saved briefing (UTF-8/16 with or without BOM, GBK/GB18030, HTML saved as text)."""
    if len(data) > MAX_BYTES:
        raise RejectedInput(f"too large: {len(data)} bytes (limit {MAX_BYTES})")
    if not data.strip():
        raise RejectedInput("empty or whitespace-only file")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise RejectedInput(f"binary content ({kind}), not a text briefing")
    text = _decode_text(data)
    if _HTML_START.match(data[:512]) or (data[:1] == b"<" and b"</" in data[:4096]):
        from dagster_project.web.html import html_to_text
        text = html_to_text(text)
    if not text.strip():
        raise RejectedInput("no text left after decoding")
    return text


def _decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM has a NUL in every other byte of ASCII text; anything else is binary.
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        if odd > len(data[:4096]) // 4 and even == 0:
            return _strict(data, "utf-16-le")
        if even > len(data[:4096]) // 4 and odd == 0:
            return _strict(data, "utf-16-be")
        raise RejectedInput("binary content (NUL bytes), not a text briefing")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Chinese sites still serve GBK / GB18030; GB18030 is a superset of both.
    try:
        text = data.decode("gb18030")
        if _mostly_text(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is not None and best.encoding and _mostly_text(str(best)):
        return str(best)
    raise RejectedInput("invalid text encoding: not UTF-8, UTF-16 or GB18030")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise RejectedInput(f"invalid {encoding}: {exc.reason} at byte {exc.start}") from exc


def _mostly_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01
