"""Read articles from paths or stdin: size cap, binary sniffing, decoding.

I/O lives here and in the CLI, never in the pipeline.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import BinaryIO

from tomtat.errors import BinaryInputError, DecodeError, EmptyInputError, InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (DOC/XLS)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Article:
    """Text read from one input, with the name it was given on the command line."""

    source: str
    text: str
    title: str | None = None


def _read_capped(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 16, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{name}: input is larger than --max-bytes ({max_bytes} bytes)")
    return b"".join(chunks)


def sniff_binary(data: bytes) -> str | None:
    """Describe ``data`` if it looks binary (known magic number or NUL bytes), else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if b"\x00" in data[:8192]:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode bytes to NFC text: an explicit encoding, a BOM, else UTF-8."""
    if encoding and encoding.lower().replace("-", "").replace("_", "") == "viscii":
        from tomtat.vncodecs import decode_viscii

        text = decode_viscii(data)
    elif encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: cannot decode as {encoding}: {exc.reason}") from None
    else:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError as exc:
                    raise DecodeError(f"{name}: bad {codec} text: {exc.reason}") from None
                break
        else:
            what = sniff_binary(data)
            if what:
                raise BinaryInputError(f"{name}: looks like {what}, not text")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _detect_and_decode(data, name)
    if "\x00" in text:
        raise BinaryInputError(f"{name}: contains NUL bytes, not text")
    if not text.strip():
        raise EmptyInputError(f"{name}: input is empty")
    return unicodedata.normalize("NFC", text)


def _detect_and_decode(data: bytes, name: str) -> str:
    """Decode bytes that are not UTF-8.

    Vietnamese legacy files are Windows-1258 (base letters plus combining tone
    marks) or VISCII; whichever of the two reads as Vietnamese syllables wins.
    Western text falls back to Windows-1252; anything else goes to
    charset-normalizer's detector.
    """
    from tomtat.vncodecs import best_legacy_decoding

    text = best_legacy_decoding(data)
    if text is not None:
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes as detect_charset

    best = detect_charset(data).best()
    if best is None:
        raise DecodeError(f"{name}: cannot detect the text encoding (pass --encoding)")
    return str(best)


_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML document."""
    return _HTML_START.match(data[:4096].lstrip(codecs.BOM_UTF8)) is not None


def from_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    input_format: str = "auto",
    charset: str | None = None,
) -> Article:
    """Turn raw input bytes into an Article: decode, and extract HTML if it is HTML."""
    is_html = input_format == "html" or (input_format == "auto" and looks_like_html(data))
    if is_html:
        from tomtat import html

        text = decode(data, name, encoding or charset or html.declared_charset(data))
        body, title = html.extract(text, name)
        return Article(name, body, title)
    return Article(name, decode(data, name, encoding or charset))


def read(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    input_format: str = "auto",
    timeout: float = 20.0,
) -> Article:
    """Read one input: ``-`` is stdin, an http(s) URL is fetched, anything else a path."""
    if source == "-":
        data = _read_capped(sys.stdin.buffer, max_bytes, "<stdin>")
        art = from_bytes(data, "<stdin>", encoding=encoding, input_format=input_format)
        return Article("-", art.text, art.title)
    if source.startswith(("http://", "https://")):
        from tomtat import fetch

        page = fetch.get(source, max_bytes=max_bytes, timeout=timeout)
        fmt = input_format
        if fmt == "auto" and page.is_html:
            fmt = "html"
        return from_bytes(
            page.data, source, encoding=encoding, input_format=fmt, charset=page.charset
        )
    with open_binary(source) as fh:
        try:
            data = _read_capped(fh, max_bytes, source)
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    return from_bytes(data, source, encoding=encoding, input_format=input_format)


def open_binary(path: str) -> BinaryIO:
    """Open a file for reading bytes; a missing file, a directory, ... is an InputError."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    try:
        return open(path, "rb")  # the caller closes it
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
