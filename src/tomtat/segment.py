"""Split an article into its title and sentences.

Blank lines are paragraph boundaries and every line break is a sentence boundary.
Inside a line NLTK's Punkt algorithm places sentence breaks (:mod:`tomtat.punkt`: its
decisions, restated for speed, with parameters trained on news and shipped in the
package). Rules then repair what Punkt gets wrong in news text:

* a piece starting with a lower-case word continues the sentence before it
  (``"Why?" he asked.``, ``“Tại sao?” - ông hỏi.``);
* an ellipsis or an abbreviation closing a quote, followed by a capitalised word,
  ends a sentence (``kinh tế... Có thể``, ``in the U.S." He``), but a free-standing
  ellipsis after a word does not (``announced ... I saw``);
* list markers ("1.") and bare punctuation ("...") start the sentence that follows;
* a lone initial before a number or a bracket is no break (``Q. 9``, ``P. (42 tuổi)``).

Every sentence is a verbatim slice of the NFC-normalised input, stripped at its ends.
Headlines, headings, links, captions and bylines are recognised by layout, see
:func:`split`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tomtat.models import Document, Sentence, SentenceKind
from tomtat.punkt import Span, tokenizer
from tomtat.text import clean

# Characters Punkt may break after; a line without any is one sentence.
_PUNKT_END = re.compile(r"[.!?]")
# A line ending in one of these is not a heading.
_FINAL_PUNCT = frozenset(".!?…:;,\"'”’»)]")
# A link or credit opens with a label of one to three words and a colon or "> >": "Xem
# thêm:", "Xem thêm > >", "Clip:", "Ảnh:", "Read more:", "Watch:"
_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2} ?(?::|> ?>)")
# What news pages print around an article, left in its text: a link to another story
# ("Xem thêm: ...", "Đọc thêm > > ...", "Read more: ...", "See also: ...") or a media
# label ("Video: ...", "Clip: ...", "Ảnh: Reuters", "WATCH: ..."); the words that need
# no colon are never how prose opens ("Related" does: "Related to this, ...")
_LINK = re.compile(
    r"[\W_]*(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|see also)\b"
    r"|(?:related|read|watch|video|clip|ảnh|photo|photos)\s*(?::|>))",
    re.IGNORECASE,
)
# Where someone stands in a photo: only a caption says it ("Donald Trump (trái) bắt tay
# Kim Jong-un", "Ina Rogers (left) and Jonathan Allen")
_CAPTION = re.compile(
    r"\((?:trái|phải|giữa|bìa trái|bìa phải|từ trái sang|từ phải sang"
    r"|left|right|cent(?:er|re)|pictured|from left|far left|far right)\)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_LEAD_ELLIPSIS = re.compile(r"[\"'“‘«(\[]?(?:\.\.|…)")
# First word of a sentence, skipping opening quotes, dashes and brackets.
_LEAD_WORD = re.compile(r"[\W_]*(\w+)")
# A numbered-list marker standing alone: "1." "2)" "(3)".
_LIST_MARKER = re.compile(r"\(?\d{1,3}[.)]")
# An ellipsis after a word or closing bracket/quote, or a period and closing quotes;
# then whitespace (group 1) and the first letter of the next word (group 2).
_EXTRA_BREAK = re.compile(
    r"(?:(?<=[\w)\]”’%])(?:\.\.+|…)[\"'”’»)\]]*+|\.[\"'”’»]++)(\s+)[\"'“‘«(\[]?([^\W\d_])"
)
# _EXTRA_BREAK needs "..", "…" or this.
_PERIOD_QUOTE = re.compile(r"\.[\"'”’»]")
_COLON_LIST_MARKER_END = re.compile(r"[:;]\s+\(?\d{1,3}[.)]$")
# An English personal title abbreviation ends the span: "Mrs.", "Dr.", "Prof."; it stands
# before a name ("Mrs. Rash", "Dr. Fu Manchu"), even one that is also a common word
_HONORIFIC_END = re.compile(r"(?<![^\W_])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Rev)\.$")
_SPACED_ELLIPSIS_END = re.compile(r"[\w,;]\s+(?:\.\.+|…)$")
# Fallback splitter when Punkt fails: end punctuation run (anchored at its start so
# long runs cost linear time), closing quotes/brackets, whitespace, then a letter.
_FALLBACK_BREAK = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(\s+)(?=[\"'“‘«(\[]?[^\W\d_])")

MAX_TITLE_WORDS = 40
MAX_HEADING_WORDS = 20
MAX_BYLINE_WORDS = 5
MAX_BYLINE_CHARS = 80
# Punkt costs some µs per "." "?" "!"; news has one per ~100 characters. A text
# denser than one per MAX_PUNKT_DENSITY characters (". . . ." or "? ? ?" garbage)
# goes to the linear fallback splitter, and so does any line longer than
# MAX_PUNKT_LINE.
MAX_PUNKT_DENSITY = 20
MIN_DENSITY_CHECK = 64
MAX_PUNKT_LINE = 200_000


def _strip(text: str, start: int, end: int) -> Span:
    """``(start, end)`` narrowed to exclude leading and trailing whitespace."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # the usual case: str.strip() would keep it whole
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())


def _paragraphs(text: str) -> list[list[Span]]:
    """Non-blank lines of ``text`` as stripped spans, grouped into paragraphs."""
    paras: list[list[Span]] = []
    current: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):  # line breaks are whitespace: stripped
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            current.append((start, start + len(stripped)))
        elif current:
            paras.append(current)
            current = []
        pos += len(line)
    if current:
        paras.append(current)
    return paras


def _fallback_spans(line: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _FALLBACK_BREAK.finditer(line):
        spans.append((start, m.start(1)))
        start = m.end(1)
    spans.append((start, len(line)))
    return spans


def _punkt_spans(line: str, lang: str, punkt: bool = True) -> list[Span]:
    """Raw sentence spans of one line (no line breaks inside) by Punkt, or by the
    fallback splitter when ``punkt`` is false or the line is huge."""
    if _PUNKT_END.search(line) is None:
        return [(0, len(line))]
    if not punkt or len(line) > MAX_PUNKT_LINE:
        return _fallback_spans(line)
    try:
        return tokenizer(lang).span_tokenize(line)
    except Exception:  # an NLTK change or bug: never fail a split.
        return _fallback_spans(line)


def _split_after_ellipses_and_quotes(line: str, spans: list[Span]) -> list[Span]:
    """Break where Punkt did not: after an ellipsis ("tế... Có thể") or an
    abbreviation closing a quote ('the U.S." He'), before a capitalised word."""
    if "…" not in line and ".." not in line and _PERIOD_QUOTE.search(line) is None:
        return spans  # _EXTRA_BREAK needs one of them
    out: list[Span] = []
    for start, end in spans:
        for m in _EXTRA_BREAK.finditer(line, start, end):
            if m.group(2).isupper():
                out.append((start, m.start(1)))
                start = m.end(1)
        out.append((start, end))
    return out


def _lead_word(line: str, span: Span) -> str:
    m = _LEAD_WORD.match(line, span[0], span[1])
    return "" if m is None else m.group(1)


def _middle_initial(line: str, span: Span) -> bool:
    """Whether the span ends in "<Capitalised word> <one capital letter>."."""
    start, end = span
    if end - start < 5 or line[end - 1] != "." or line[end - 3] != " ":
        return False
    letter = line[end - 2]
    if not (letter.isupper() and letter.isalpha()) or letter in "IA":
        return False
    before = line[max(start, end - 40) : end - 3].rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


def _ends_with_lone_initial(line: str, span: Span) -> bool:
    """Whether the span ends in a one-letter initial: "Q." "ông P."."""
    start, end = span
    return (
        end - start >= 2
        and line[end - 1] == "."
        and line[end - 2].isalpha()
        and (end - 2 == start or line[end - 3].isspace() or line[end - 3] == "(")
    )


def _joins_previous(line: str, prev: Span, span: Span, lang: str = "vi") -> bool:
    """Whether ``span`` continues the sentence ``prev`` although Punkt broke there."""
    word = _lead_word(line, span)
    # "Ulysses S. Grant", "Harry S. Truman": a middle initial after a capitalised word
    # (English; "I." and "A." may end "World War I." or "Group A.")
    if (
        lang == "en"
        and word[:1].isupper()
        and _middle_initial(line, prev)
        and not tokenizer(lang).starts_sentences(word)  # "Plan B. Then ..."
    ):
        return True
    # "Mrs. Rash", "Dr. Fu Manchu": a name follows a personal title ("Ocean Dr. The
    # house": a learnt sentence starter may still open a sentence)
    if (
        lang == "en"
        and word[:1].isupper()
        and _HONORIFIC_END.search(line, max(prev[0], prev[1] - 8), prev[1]) is not None
        and not tokenizer(lang).starts_sentences(word)
    ):
        return True
    if (
        word[:1].islower()
        and word.islower()  # "he asked", "- ông hỏi"; not "iPhone"
        and _LEAD_ELLIPSIS.match(line, span[0], span[1]) is None  # not "...it's how"
    ):
        return True
    start, end = max(prev[0], prev[1] - 16), prev[1]
    # "announced ... I saw": a free-standing ellipsis after a word marks an omission
    if (
        line.endswith(("..", "…"), start, end)
        and _SPACED_ELLIPSIS_END.search(line, start, end) is not None
    ):
        return True
    # "Tips: 1. Stay home.": a list marker after a colon starts the next sentence
    if (
        line[end - 2 : end - 1].isdecimal()
        and _COLON_LIST_MARKER_END.search(line, start, end) is not None
    ):
        return True
    # "Q. 9", "ông P. (42 tuổi)": a lone initial before a number or a bracket
    return (word[:1].isdigit() or line[span[0]] == "(") and _ends_with_lone_initial(line, prev)


def _is_prefix(line: str, span: Span) -> bool:
    """A list marker ("1.") or punctuation only ("..."): it starts the next sentence."""
    start, end = span
    if line[start].isalnum():  # [^\W_]: the usual case, a word
        return end - start <= 5 and _LIST_MARKER.fullmatch(line, start, end) is not None
    return (
        _LIST_MARKER.fullmatch(line, start, end) is not None
        or _ALNUM.search(line, start, end) is None
    )


def _line_spans(line: str, lang: str, punkt: bool = True) -> list[Span]:
    """Sentence spans of one line: Punkt, then the repair rules, stripped."""
    raws = _split_after_ellipses_and_quotes(line, _punkt_spans(line, lang, punkt))
    if len(raws) == 1:  # most lines: nothing to repair
        span = _strip(line, *raws[0])
        return [span] if span[0] < span[1] else []
    merged: list[Span] = []
    glue = False  # the last span in ``merged`` is a prefix of the next one
    for raw in raws:
        span = _strip(line, *raw)
        if span[0] >= span[1]:
            continue
        prefix = _is_prefix(line, span)  # tested before merging: linear time
        if merged and (glue or _joins_previous(line, merged[-1], span, lang)):
            span = (merged.pop()[0], span[1])
        merged.append(span)
        glue = prefix
    if glue and len(merged) > 1:  # a prefix with nothing after it ends the sentence
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return merged


def _ends_unpunctuated(line: str) -> bool:
    return line[-1:] not in _FINAL_PUNCT


def _is_heading(line: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A line without final punctuation and not too long."""
    return (
        _ends_unpunctuated(line)
        and _LETTER.search(line) is not None
        and len(_WORD.findall(line, 0, 4096)) <= max_words
    )


_HEADLINE_END = re.compile(r"[?!][\"'”’»)]*$")


def _is_title(line: str, lang: str) -> bool:
    """A first paragraph that reads as a headline: one short sentence on its own line.

    Headlines carry no final full stop; one that asks or exclaims ("Vì sao giá vàng
    tăng mạnh?") ends in "?" or "!". A paragraph of several sentences is no headline,
    even when something unpunctuated closes it (a photo caption and its credit:
    "Hiện trường vụ tai nạn. Ảnh: Quyền Vũ").
    """
    if _is_heading(line, MAX_TITLE_WORDS):
        return len(_line_spans(line, lang)) == 1
    return (
        _HEADLINE_END.search(line) is not None
        and not _opens_with_dateline(line)
        and _LETTER.search(line) is not None
        and len(_WORD.findall(line, 0, 4096)) <= MAX_TITLE_WORDS
        and len(_line_spans(line, lang)) == 1
    )


_DATELINE = re.compile(r"^(\([^()]{1,40}\)|[^\W\d_][^\W\d_ .,]*(?:[ .,]+[^\W\d_]+){0,4})\s*[-–—]")


def _opens_with_dateline(line: str) -> bool:
    """``(CNN) -- ...``, ``HÀ NỘI - ...``, ``(Dân trí) - ...``: a lede, never a headline."""
    m = _DATELINE.match(line)
    return m is not None and (m.group(1).startswith("(") or m.group(1).isupper())


def _is_byline(line: str) -> bool:
    """A few capitalised words without final punctuation ("Quốc Hương", "(Theo TTXVN)")."""
    if len(line) > MAX_BYLINE_CHARS:
        return False
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    words = line.split()
    return (
        0 < len(words) <= MAX_BYLINE_WORDS
        and _ends_unpunctuated(line)
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
        and any(w[0].isalpha() for w in words)
    )


def split(text: str, lang: str, title: str | None = None) -> Document:
    """Split NFC-normalised ``text`` into a :class:`Document`.

    A first paragraph that reads as a headline (no final full stop, or one short
    question or exclamation) becomes the title (unless ``title``
    is given; a first paragraph equal to the given title is dropped); other lines
    without final punctuation are headings, and so is a short unpunctuated fragment
    after the last sentence of a paragraph that another one follows: prose ends a
    paragraph with punctuation, so such a fragment is a heading that lost its line
    break ("... tán gia bại sản. Nợ ngập đầu", then a blank line), a "see also" link or
    a photo credit. A short last paragraph of capitalised words, or such a fragment
    ending the last paragraph, is the byline. A line or sentence opening with a link or
    media label ("Xem thêm: ...", "Read more: ...", "Video: ...", "Ảnh: ...") is a link,
    and a sentence saying where someone stands in a photo ("(trái)", "(left)") a caption,
    in a text that has prose. Sentence indices and paragraph numbers count from 0 after
    the title.
    """
    text = clean(text)
    paras = _paragraphs(text)
    if len(paras) > 1 and len(paras[0]) == 1:
        first = text[slice(*paras[0][0])]
        if title is None and _is_title(first, lang):
            title = first
            paras = paras[1:]
        elif title is not None and first == clean(title).strip():
            paras = paras[1:]  # the given title also opens the text
    ends = text.count(".") + text.count("?") + text.count("!")
    punkt = ends <= MIN_DENSITY_CHECK or ends * MAX_PUNKT_DENSITY <= len(text)
    spans = [[_line_spans(text[a:b], lang, punkt) for a, b in para] for para in paras]
    # Headings stand out against punctuated prose: a line ending in punctuation, or one
    # of several sentences (Punkt breaks only after one). In a text without any (a list,
    # a transcript) every line is body text.
    has_prose = any(
        len(found) > 1 or not _ends_unpunctuated(text[e - 1 : e])
        for para, lines in zip(paras, spans, strict=True)
        for (_, e), found in zip(para, lines, strict=True)
    )
    several_lines = has_prose and sum(len(p) for p in paras) > 1
    last = len(paras) - 1
    sentences: list[Sentence] = []

    def add(start: int, end: int, p_index: int, kind: SentenceKind) -> None:
        sentences.append(Sentence(len(sentences), text[start:end], p_index, kind))

    for p_index, (para, lines) in enumerate(zip(paras, spans, strict=True)):
        if p_index == last and p_index > 0 and len(para) == 1 and _is_byline(text[slice(*para[0])]):
            add(*para[0], p_index, SentenceKind.BYLINE)
            continue
        for l_index, ((l_start, l_end), found) in enumerate(zip(para, lines, strict=True)):
            line = text[l_start:l_end]
            max_words = MAX_TITLE_WORDS if p_index == l_index == 0 else MAX_HEADING_WORDS
            if several_lines and len(found) == 1 and _is_heading(line, max_words):
                kind = SentenceKind.LINK if _LINK.match(line) else SentenceKind.HEADING
                add(l_start, l_end, p_index, kind)
                continue
            closes = l_index == len(para) - 1  # the paragraph's last line
            for s_index, (start, end) in enumerate(found):
                kind = SentenceKind.BODY
                if has_prose and _LINK.match(line, start, end):
                    kind = SentenceKind.LINK
                elif has_prose and _CAPTION.search(line, start, end):
                    kind = SentenceKind.CAPTION
                elif closes and s_index == len(found) - 1 and s_index > 0:
                    kind = _closing_fragment(line[start:end], p_index == last)
                add(l_start + start, l_start + end, p_index, kind)
    if not any(s.kind is SentenceKind.BODY for s in sentences):
        # a text that is nothing but a caption or a link: that is what it says
        sentences = [
            replace(s, kind=SentenceKind.BODY) if s.kind in _LABELLED else s for s in sentences
        ]
    return Document(lang=lang, title=title, sentences=tuple(sentences))


_LABELLED = frozenset({SentenceKind.LINK, SentenceKind.CAPTION})


def _closing_fragment(piece: str, last: bool) -> SentenceKind:
    """The kind of the last of several sentences ending a paragraph: before another
    paragraph, a heading when unpunctuated. At the end of the text a byline, or a link
    when it opens with a label ("Tin và ảnh: ...", "Clip: ..."); other unpunctuated text
    there may be an article cut short, so it stays."""
    if not last:
        return SentenceKind.HEADING if _is_heading(piece) else SentenceKind.BODY
    if _is_byline(piece):
        return SentenceKind.BYLINE
    if _is_heading(piece) and _LABEL.match(piece) is not None:
        return SentenceKind.LINK
    return SentenceKind.BODY
