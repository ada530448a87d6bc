"""Turn raw bytes into text: honour a BOM or declared charset, detect otherwise, refuse binary."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell (binary data, or garbage)."""


def looks_binary(data: bytes) -> bool:
    """Tell binary data by its control bytes (NUL, and other C0 codes besides tab and newlines)."""
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\0" in sample or controls / len(sample) > 0.02


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` by BOM, then the declared charset, then UTF-8, then detection.

    Raises:
        NotText: when the bytes are binary or decode to nothing readable.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if looks_binary(data):
        raise NotText("binary content")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise NotText("undecodable bytes")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # Short texts often fit several code pages equally; windows-1252 is by far the most
    # common legacy encoding on the web (HTML5 reads latin-1 as it), so it wins a tie.
    preferred = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(preferred)
