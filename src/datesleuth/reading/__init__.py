"""Reading inputs: bytes to validated text, TimeML, HTML, and format detection."""

from datesleuth.reading.text import decode_text, read_bytes

__all__ = ["decode_text", "read_bytes"]
