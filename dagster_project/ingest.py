"""Raw bytes -> briefing text, or a reason to reject them. No Dagster, no storage.

Decoding is strict: a file we cannot read as text is rejected with a reason rather than ingested
as mojibake, because a number read from garbage is worse than no number. What we can read but is
suspicious (cut off mid-character, encoding guessed, HTML markup removed) is decoded with a
warning that ends up in `documents.warnings`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.I)


class RejectedInput(ValueError):
    """The bytes are not a briefing we can read; `str(exc)` is the reason shown to users."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str                  # utf-8, utf-16, gb18030, or the detected legacy encoding
    warnings: tuple[str, ...] = ()


def decode_briefing(data: bytes) -> str:
    """Decode a saved briefing (UTF-8/16 with or without BOM, GBK/GB18030, HTML saved as text)."""
    return inspect_briefing(data).text


def inspect_briefing(data: bytes) -> Decoded:
    """`decode_briefing` with the encoding used and the warnings a reader of the rows should see."""
    if len(data) > MAX_BYTES:
        raise RejectedInput(f"too large: {len(data)} bytes (limit {MAX_BYTES})")
    if not data.strip():
        raise RejectedInput("empty or whitespace-only file")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise RejectedInput(f"binary content ({kind}), not a text briefing")
    warnings: list[str] = []
    text, encoding = _decode_text(data, warnings)
    if not _mostly_text(text.strip() or " "):
        raise RejectedInput("binary content (control characters), not a text briefing")
    # Tested on the decoded text, so UTF-16 and GBK pages are recognised too.
    if _HTML_START.match(text[:512]) or (text[:1] == "<" and "</" in text[:4096]):
        from dagster_project.web.html import html_to_text
        text = html_to_text(text)
        warnings.append("HTML saved as text: markup removed")
    if not text.strip():
        raise RejectedInput("no text left after decoding")
    return Decoded(text=text, encoding=encoding, warnings=tuple(warnings))


def _decode_text(data: bytes, warnings: list[str]) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", warnings), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", warnings), "utf-16"
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: NULs (the high bytes of ASCII characters) mostly at odd offsets (LE)
        # or mostly at even ones (BE; a few the other way are CJK like U+4E00), and the whole file
        # decodes to text. Anything else is binary.
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        for encoding, fits in (("utf-16-le", odd >= 4 * even), ("utf-16-be", even >= 4 * odd)):
            if fits:
                try:
                    attempt: list[str] = []
                    text = _strict(data, encoding, attempt)
                except RejectedInput:
                    continue
                if _mostly_text(text):
                    warnings += attempt
                    return text, encoding
        raise RejectedInput("binary content (NUL bytes), not a text briefing")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _cut_at_end(exc, data):
            return _strict(data, "utf-8", warnings), "utf-8"
        if _damaged_utf8(data):
            # Clearly UTF-8 (valid multi-byte characters) with a few broken bytes: decoding the
            # whole file as GB18030 or a Windows code page would turn every character to garbage.
            raise RejectedInput(f"invalid UTF-8: {exc.reason} at byte {exc.start} "
                                "(the file is UTF-8 with damaged bytes)") from exc
    # Chinese sites still serve GBK / GB18030; GB18030 is a superset of both.
    try:
        text = _strict(data, "gb18030", warnings)
        if _mostly_text(text):
            return text, "gb18030"
    except RejectedInput:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is not None and best.encoding and _mostly_text(str(best)):
        warnings.append(f"encoding guessed as {best.encoding}: check for wrong characters")
        return str(best), best.encoding
    raise RejectedInput("invalid text encoding: not UTF-8, UTF-16 or GB18030")


def _strict(data: bytes, encoding: str, warnings: list[str]) -> str:
    """Decode strictly; a file cut off inside its last character keeps the text before it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if _cut_at_end(exc, data):
            warnings.append(f"truncated: the file ends inside a character ({exc.end - exc.start} "
                            "stray bytes dropped); a complete copy will replace this version")
            return _strict(data[:exc.start], encoding, [])
        raise RejectedInput(f"invalid {encoding}: {exc.reason} at byte {exc.start}") from exc


def _cut_at_end(exc: UnicodeDecodeError, data: bytes) -> bool:
    """True when the only problem is an incomplete character at the very end (an interrupted copy)."""
    return exc.end >= len(data) and len(data) - exc.start <= 3 and exc.start > 0 and (
        "end of data" in exc.reason or "truncated" in exc.reason or "incomplete" in exc.reason)


def _damaged_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good >= 3 and good >= 4 * bad


# Control characters other than line breaks and tabs, and the private use area (what mojibake and
# binary decoded as text are full of). One regex pass: a per-character Python loop cost 3.5 ms.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _mostly_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for _ in _NOT_TEXT.finditer(text))
    return bad / len(text) < 0.01
