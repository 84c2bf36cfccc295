"""Read articles from paths or stdin: size cap, binary sniffing, decoding.

I/O lives here and in the CLI, never in the pipeline.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from typing import IO, BinaryIO

from tomtat.errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from tomtat.limits import DEFAULT_MAX_BYTES
from tomtat.models import Article
from tomtat.text import clean

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


def _read_capped(stream: IO[bytes], max_bytes: int, name: str) -> bytes:
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


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NUL bytes sit on every other byte, like UTF-16.

    Text in UTF-16 without a byte-order mark has a NUL beside nearly every ASCII
    character (spaces, digits, punctuation, Latin letters); binary data does not.
    """
    head = data[:8192]
    if len(head) < 4 or b"\x00" not in head:
        return None
    pairs = len(head) // 2
    odd = head[1::2].count(0)
    even = head[0::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
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
                utf16 = utf16_without_bom(data)
                if utf16:
                    raise BinaryInputError(
                        f"{name}: looks like {utf16.upper()} text without a BOM:"
                        f" pass --encoding {utf16}"
                    )
                raise BinaryInputError(f"{name}: looks like {what}, not text")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _detect_and_decode(data, name)
    if "\x00" in text:
        raise BinaryInputError(f"{name}: contains NUL bytes, not text")
    if not text.strip():
        raise EmptyInputError(f"{name}: input is empty")
    return clean(text)


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


_HTML_TAG = re.compile(
    rb"</?(?:p|div|br|span|a|h[1-6]|article|section|main|header|footer|nav|ul|ol|li|em|"
    rb"strong|b|i|img|table|tr|td|figure|figcaption|blockquote)\b[^<>]{0,2000}>",
    re.I,
)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MIN_FRAGMENT_TAGS = 3


def looks_like_html(data: bytes, name: str = "") -> bool:
    """True for an HTML page or fragment.

    A page starts like one (doctype, ``<html>``, ``<head>``, ``<body>``); a fragment
    (``<p>...</p>``, no ``<html>``) is known by its file extension, or by markup
    density: at least MIN_FRAGMENT_TAGS common tags, with the text opening on a tag
    and a tag at least every 400 bytes. Prose that mentions a tag or two stays text.
    """
    head = data[:65536].lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head[:4096]) is not None:
        return True
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    tags = len(_HTML_TAG.findall(head))
    return tags >= MIN_FRAGMENT_TAGS and head.lstrip().startswith(b"<") and tags * 400 >= len(head)


def from_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    input_format: str = "auto",
    charset: str | None = None,
) -> Article:
    """Turn raw input bytes into an Article: decode, and extract HTML if it is HTML."""
    is_html = input_format == "html" or (input_format == "auto" and looks_like_html(data, name))
    if is_html:
        from tomtat import html

        text = decode(data, name, encoding or charset or html.declared_charset(data))
        body, title = html.extract(text, name)
        return Article(body, title, name)
    return Article(decode(data, name, encoding or charset), None, name)


def read(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    input_format: str = "auto",
    timeout: float = 20.0,
    stdin: BinaryIO | IO[bytes] | None = None,
    user_agent: str | None = None,
) -> Article:
    """Read one input: ``-`` is stdin, an http(s) URL is fetched, anything else a path."""
    if source == "-":
        data = _read_capped(stdin or sys.stdin.buffer, max_bytes, "<stdin>")
        art = from_bytes(data, "<stdin>", encoding=encoding, input_format=input_format)
        return Article(art.text, art.title, "-")
    if source.startswith(("http://", "https://")):
        from tomtat import fetch

        page = fetch.get(source, max_bytes=max_bytes, timeout=timeout, user_agent=user_agent)
        fmt = input_format
        if fmt == "auto" and page.is_html:
            fmt = "html"
        return from_bytes(
            page.data, source, encoding=encoding, input_format=fmt, charset=page.charset
        )
    scheme = _SCHEME.match(source)
    if scheme:
        raise InputError(
            f"{source}: unsupported scheme {scheme.group(1)!r} (only http:// and https://)"
        )
    if os.path.isdir(source):
        raise InputError(f"{source}: is a directory without .txt, .html or .md files")
    with open_binary(source) as fh:
        try:
            data = _read_capped(fh, max_bytes, source)
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    return from_bytes(data, source, encoding=encoding, input_format=input_format)


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# host[:port]/path: an IP address, localhost, or a dotted name ending in letters
_HOST_PATH = re.compile(
    r"^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|(?:[\w-]+\.)+[A-Za-z]{2,})(?::\d{1,5}(?:/|$)|/)"
)


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")


def expand(
    sources: list[str], from_list: str | None = None, stdin: IO[bytes] | None = None
) -> list[str]:
    """The inputs to read: each directory becomes its article files (``*.txt``, ``*.html``,
    ``*.htm``, ``*.md``, sorted by name, not recursive), ``from_list`` adds the paths and
    URLs listed in that file (one a line; blank lines and ``#`` comments skipped; ``-``:
    stdin). A directory without article files is kept, to fail as one input.
    """
    names = list(sources)
    if from_list is not None:
        if from_list == "-":
            raw = _read_capped(stdin or sys.stdin.buffer, DEFAULT_MAX_BYTES, "<stdin>")
        else:
            with open_binary(from_list) as fh:
                raw = _read_capped(fh, DEFAULT_MAX_BYTES, from_list)
        listed = decode(raw, from_list) if raw.strip() else ""
        names += [
            x.strip() for x in listed.splitlines() if x.strip() and not x.lstrip().startswith("#")
        ]
    out: list[str] = []
    for name in names:
        if name != "-" and not _SCHEME.match(name) and os.path.isdir(name):
            found = sorted(
                os.path.join(name, f)
                for f in os.listdir(name)
                if f.lower().endswith(ARTICLE_SUFFIXES) and os.path.isfile(os.path.join(name, f))
            )
            out += found or [name]
        else:
            out.append(name)
    return out


def open_binary(path: str) -> BinaryIO:
    """Open a file for reading bytes; a missing file, a directory, ... is an InputError."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    try:
        return open(path, "rb")  # the caller closes it
    except FileNotFoundError:
        if _HOST_PATH.match(path):
            raise InputError(f"{path}: no such file (did you mean http://{path} ?)") from None
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
