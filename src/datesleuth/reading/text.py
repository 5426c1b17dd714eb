"""Turn raw bytes into text, refusing what is not text with a message that says why."""

from __future__ import annotations

import sys
from pathlib import Path

from datesleuth.errors import InputError

# Text with more than this share of control characters (other than whitespace) is
# treated as binary: real news text has none.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
# Windows tools save "Unicode" text as UTF-16 with a byte order mark, which says the
# encoding unambiguously; without the mark such text is indistinguishable from binary.
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


# The source name that means standard input, as command lines write it.
STDIN = "-"


def source_name(source: str | Path) -> str:
    """How messages name a source: its path, or "stdin"."""
    return "stdin" if str(source) == STDIN else str(source)


def read_text(source: str | Path) -> tuple[str, str]:
    """The name and the decoded text of a file path or ``-`` (refusing what is not text)."""
    name = source_name(source)
    return name, decode_text(read_bytes(source), name)


def read_bytes(source: str | Path) -> bytes:
    """Read a file path, or standard input when ``source`` is ``-``."""
    if str(source) == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def decode_text(data: bytes, name: str = "input") -> str:
    """Decode UTF-8 text (a BOM is allowed) or UTF-16 with a BOM, refusing empty, binary or
    mis-encoded input."""
    if data.startswith(_UTF16_BOMS):
        return check_text(_decode_utf16(data, name), name)
    if not data.strip():
        raise InputError(f"{name}: is empty")
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: is not valid UTF-8 (bad byte 0x{data[error.start]:02x} "
            f"at offset {error.start})"
        ) from None
    return check_text(text, name)


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: is not valid UTF-16 (bad bytes at offset {error.start})"
        ) from None


def check_text(text: str, name: str = "input") -> str:
    """Refuse a string that is empty or mostly control characters."""
    if not text.strip():
        raise InputError(f"{name}: is empty")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{name}: looks like binary data (control characters), not text")
    return text
