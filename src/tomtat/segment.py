"""Split an article into its title and sentences.

Blank lines are paragraph boundaries and every line break is a sentence boundary.
Inside a line NLTK's Punkt algorithm places sentence breaks, with parameters trained
on news (``python tools/train_punkt.py``) and shipped in
``tomtat/data/punkt-{vi,en}.json``; nothing is downloaded. NLTK's algorithm is
restated for speed (:class:`_Punkt`, same decisions) with three fixes: runs of
initials ("H.W.", "N.V.") and compounds ("PGS.TS.") are abbreviations, in Vietnamese
a lower-case letter is no initial ("đồng ý."), and no break after 'Dr.' in
'"I like Dr. Smith."'. Rules then repair what Punkt gets wrong in news text:

* a piece starting with a lower-case word continues the sentence before it
  (``"Why?" he asked.``, ``“Tại sao?” - ông hỏi.``);
* an ellipsis or an abbreviation closing a quote, followed by a capitalised word,
  ends a sentence (``kinh tế... Có thể``, ``in the U.S." He``), but a free-standing
  ellipsis after a word does not (``announced ... I saw``);
* list markers ("1.") and bare punctuation ("...") start the sentence that follows;
* a lone initial before a number or a bracket is no break (``Q. 9``, ``P. (42 tuổi)``).

Every sentence is a verbatim slice of the NFC-normalised input, stripped at its ends.
Headlines, headings and bylines are recognised by layout, see :func:`split`.
"""

from __future__ import annotations

import json
import re
import string
from functools import cache, lru_cache, partial
from importlib import resources
from typing import Any, NamedTuple

from tomtat.models import Document, Sentence, SentenceKind
from tomtat.text import clean

Span = tuple[int, int]

# Characters Punkt may break after; a line without any is one sentence.
_PUNKT_END = re.compile(r"[.!?]")
# A line ending in one of these is not a heading.
_FINAL_PUNCT = frozenset(".!?…:;,\"'”’»)]")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_LEAD_ELLIPSIS = re.compile(r"[\"'“‘«(\[]?(?:\.\.|…)")
# First word of a sentence, skipping opening quotes, dashes and brackets.
_LEAD_WORD = re.compile(r"[\W_]*(\w+)")
# "N.L", "h.w": a run of single-letter initials (Punkt type, final period removed).
_INITIALS_RUN = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
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
# Punkt caches what it learns of a token, or of the text before or after a candidate
# break, when that is at most this long.
MAX_CACHED = 64


class _Token(NamedTuple):
    """A Punkt token after the first annotation pass: what the second pass asks."""

    sentbreak: bool
    abbr: bool  # an abbreviation or an ellipsis
    initial: bool
    type_no_period: str
    next_type: str  # its type when it follows a candidate (type_no_sentperiod)
    ortho: bool | None  # Punkt's orthographic heuristic (None: unknown)
    starter: bool  # capitalised and a frequent sentence starter
    upper_never_lc: bool  # capitalised and never seen in lower case


class _Punkt:
    """NLTK's Punkt sentence tokenizer (``PunktSentenceTokenizer.span_tokenize``) with
    our parameters and three fixes for news text, restated for speed.

    The decisions are NLTK's, step for step: candidates from NLTK's period-context
    regex, NLTK's word tokenizer on each candidate's context, the first annotation
    pass (type-based) and the second (the next token's orthography, collocations,
    frequent sentence starters, initials and ordinals), then NLTK's realignment of
    closing quotes and brackets. What is saved is overhead: no ``PunktToken``
    objects or generators; a token's first-pass annotation depends on its text
    alone, and the tokens of a context are those of its two halves, so all three
    are cached; and the hot regexes run on the stdlib engine (:func:`_stdlib_twin`).
    The fixes:

    * runs of initials ("N.L.", "H.W.") and compounds of known abbreviations
      ("PGS.TS.", "ThS.BS.CKII.") are abbreviations too; Punkt's orthographic
      heuristic then decides whether a sentence ends there ("the U.S. The");
    * in Vietnamese an initial is a capital letter and a period: a lower-case letter
      and a period is a one-letter word or unit ending a sentence ("đồng ý.", "cảm
      ơn ạ.", "3-5 m."), which NLTK would keep with a following name as if it were
      "W. Bush" (English keeps NLTK's rule: "Roe v. Wade");
    * NLTK decides a candidate on its whole context "Dr. Smith." and so breaks after
      "Dr." whenever the next word ends a sentence and is followed by a quote or
      bracket ('"I like Dr. Smith."'); here only the tokens up to the candidate
      (the context's "head") can break.
    """

    def __init__(self, params: dict[str, Any], lower_initials: bool = True) -> None:
        """``params``: the tables of ``punkt-{lang}.json``; ``lower_initials``: whether
        a lower-case letter and a period is an initial ("Roe v. Wade")."""
        from tomtat.nltk_lean import punkt as load_punkt

        punkt = load_punkt()
        lang_vars = punkt.PunktLanguageVars()
        self._abbrevs = set(params["abbrev_types"])
        self._lower_initials = lower_initials
        self._collocations = {(a, b) for a, b in params["collocations"]}
        self._starters = set(params["sent_starters"])
        self._ortho: dict[str, int] = dict(params["ortho_context"])
        self._sent_end_chars = tuple(lang_vars.sent_end_chars)
        self._punctuation = tuple(punkt.PunktSentenceTokenizer.PUNCTUATION)
        self._lc: int = punkt._ORTHO_LC
        self._uc: int = punkt._ORTHO_UC
        self._mid_uc: int = punkt._ORTHO_MID_UC
        self._beg_lc: int = punkt._ORTHO_BEG_LC
        # Token regexes run once per distinct token (cached): NLTK's own engine.
        self._numeric = _engine_pattern(punkt.PunktToken._RE_NUMERIC)
        self._ellipsis = _engine_pattern(punkt.PunktToken._RE_ELLIPSIS)
        self._initial = _engine_pattern(punkt.PunktToken._RE_INITIAL)
        # Context, word and realignment regexes: their stdlib twins, and NLTK's own
        # engine for lines where the two could disagree.
        nltk_rx = [
            lang_vars.period_context_re(),
            lang_vars._word_tokenizer_re(),
            lang_vars.re_boundary_realignment,
        ]
        self._engine_rx: list[Any] = [_engine_pattern(rx) for rx in nltk_rx]
        twins = [_stdlib_twin(rx) for rx in nltk_rx]
        self._stdlib_rx: list[Any] | None = None if None in twins else twins
        self._words_stdlib: Any = twins[1]
        # A realignment match starts with one of these; test it before the regex.
        self._closers = (
            frozenset(_REALIGN_CLOSERS)
            if getattr(nltk_rx[2], "pattern", None) == _REALIGN_PATTERN
            else None
        )
        # Caches for short strings (a long one costs as much to hash as to redo).
        self._token_cached = lru_cache(maxsize=1 << 14)(self._token)
        self._head_stdlib = lru_cache(maxsize=1 << 14)(partial(self._head, twins[1]))
        self._first_stdlib = lru_cache(maxsize=1 << 14)(partial(_first_word, twins[1]))

    def cache_clear(self) -> None:
        """Empty the caches (to time a cold start)."""
        for cached in (self._token_cached, self._head_stdlib, self._first_stdlib):
            cached.cache_clear()

    def _token(self, tok: str) -> _Token:
        typ: str = self._numeric.sub("##number##", tok.lower())
        period_final = tok.endswith(".")
        sentbreak = abbr = False
        if tok in self._sent_end_chars:
            sentbreak = True
        elif period_final and self._ellipsis.match(tok):  # r"\.\.+$": ends in "."
            abbr = True  # an ellipsis: the second pass treats both alike
        elif period_final and not tok.endswith(".."):
            if tok[:-1].lower() in self._abbrevs or tok[:-1].lower().split("-")[-1] in (
                self._abbrevs
            ):
                abbr = True
            else:
                sentbreak = True
        if sentbreak and period_final:  # our fix: initials and compounds
            body = tok[:-1].lower()
            if "." in body and (
                _INITIALS_RUN.fullmatch(body) is not None
                or all(part in self._abbrevs for part in body.split("."))
            ):
                sentbreak = False
                abbr = True
        type_no_period = typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ
        next_type = type_no_period if sentbreak else typ
        first_upper = tok[0].isupper()
        context = self._ortho.get(next_type, 0)
        ortho: bool | None = None  # NLTK's _ortho_heuristic
        if tok in self._punctuation:
            ortho = False
        elif first_upper and context & self._lc and not context & self._mid_uc:
            ortho = True
        elif tok[0].islower() and (context & self._uc or not context & self._beg_lc):
            ortho = False
        return _Token(
            sentbreak,
            abbr,
            # r"[^\W\d]\.$"; our fix: in Vietnamese a capital ("Q."), not a word ("ý.")
            period_final
            and self._initial.match(tok) is not None
            and (self._lower_initials or not tok[0].islower()),
            type_no_period,
            next_type,
            ortho,
            first_upper and next_type in self._starters,
            first_upper and not context & self._lc,
        )

    def starts_sentences(self, word: str) -> bool:
        """``word`` is one of the frequent sentence starters Punkt learned ("The", "He")."""
        return word.lower() in self._starters

    def _breaks_after(self, tok: str, next_tok: str | None) -> bool:
        """Whether Punkt breaks after ``tok`` followed by ``next_tok``: its
        sentbreak after NLTK's ``_second_pass_annotation``, in NLTK's order."""
        if not tok.endswith("."):  # the second pass only revisits period-final tokens
            return tok in self._sent_end_chars
        cached, uncached = self._token_cached, self._token
        first = cached(tok) if len(tok) <= MAX_CACHED else uncached(tok)
        if next_tok is None:
            return first.sentbreak
        nxt = cached(next_tok) if len(next_tok) <= MAX_CACHED else uncached(next_tok)
        typ = first.type_no_period
        if (typ, nxt.next_type) in self._collocations:
            return False
        if first.abbr and not first.initial and (nxt.ortho is True or nxt.starter):
            return True
        if first.initial or typ == "##number##":
            if nxt.ortho is False:
                return False
            if nxt.ortho is None and first.initial and nxt.upper_never_lc:
                return False
        return first.sentbreak

    def _breaks(self, tokens: list[str], n_head: int) -> bool:
        """Whether Punkt breaks after one of the first ``n_head`` of ``tokens``."""
        n = len(tokens)
        for i in range(min(n_head, n)):
            if self._breaks_after(tokens[i], tokens[i + 1] if i + 1 < n else None):
                return True
        return False

    def _head(self, words: Any, head: str) -> tuple[bool, str]:
        """Whether Punkt breaks inside ``head`` (not after its last token), and its
        last token."""
        tokens = words.findall(head)
        return self._breaks(tokens, len(tokens) - 1), tokens[-1]

    def _decide(self, text: str, match: Any, start: int, words: Any) -> bool:
        """Whether the candidate ``match`` (its word starting at ``start``) is a break.

        NLTK's context is the word before the candidate, the candidate and what
        follows (other punctuation, or whitespace and a token); our fix decides on
        the tokens of the head (word and candidate) and the context token after
        them. Those are the tokens of the head alone, then the first of the rest
        alone: the head ends at the candidate and the context has whitespace or
        punctuation there, which ends a token alike, and the word regex looks
        ahead only, never behind... unless a ". . ." run spans the candidate's end
        ("." before and after it), which goes the long way.
        """
        end = match.end()
        after_end = match.end("after_tok")
        if text[end - 1] == "." and text[end + 1 : end + 2] == ".":
            tokens = words.findall(text[start:after_end])
            return self._breaks(tokens, len(words.findall(text[start:end])))
        cached = words is self._words_stdlib
        head = text[start:end]
        if cached and len(head) <= MAX_CACHED:
            inside, last = self._head_stdlib(head)
        else:
            inside, last = self._head(words, head)
        if inside:
            return True
        after = text[end:after_end]
        if cached and len(after) <= MAX_CACHED:
            return self._breaks_after(last, self._first_stdlib(after))
        return self._breaks_after(last, _first_word(words, after))

    def span_tokenize(self, text: str) -> list[Span]:
        """Sentence spans of ``text`` (one line), as NLTK's ``span_tokenize``."""
        unusual = _UNUSUAL_SPACE.search(text) is not None
        rx = self._stdlib_rx
        if rx is None or (unusual and _ENGINE_SPACE_DIFF.search(text) is not None):
            rx = self._engine_rx
        words = rx[1]
        # NLTK's _match_potential_end_contexts: the word before each candidate starts
        # after the last whitespace since the previous candidate (or where that
        # candidate's word did); a candidate whose word overlaps the next one's
        # ("!!!") is dropped.
        candidates: list[tuple[Any, int]] = []
        prev_start = prev_stop = 0
        for match in rx[0].finditer(text):
            stop = match.start()
            if unusual:
                space = max([text.rfind(c, prev_stop, stop) for c in string.whitespace])
            else:  # no string.whitespace but these two
                space = max(text.rfind(" ", prev_stop, stop), text.rfind("\t", prev_stop, stop))
            start = space + 1 if space > prev_stop else prev_start
            if candidates and prev_stop > start:
                candidates.pop()
            candidates.append((match, start))
            prev_start, prev_stop = start, stop
        # NLTK's _slices_from_text
        slices: list[Span] = []
        last_break = 0
        for match, start in candidates:
            if self._decide(text, match, start, words):
                end = match.end()
                slices.append((last_break, end))
                next_tok = match.start("next_tok")
                last_break = next_tok if next_tok >= 0 else end
        slices.append((last_break, len(text.rstrip())))
        if len(slices) == 1:
            return [slices[0]] if slices[0][0] < slices[0][1] else []
        # NLTK's _realign_boundaries: closing quotes and brackets after a break join
        # the sentence before it.
        realign = rx[2].match
        closers = self._closers
        spans: list[Span] = []
        shift = 0
        for i, (start, stop) in enumerate(slices):
            start += shift
            if i + 1 < len(slices):
                next_start, next_stop = slices[i + 1]
                m = None
                if closers is None or (next_start < next_stop and text[next_start] in closers):
                    m = realign(text[next_start:next_stop])
                if m:
                    spans.append((start, next_start + len(m.group(0).rstrip())))
                    shift = m.end()
                    continue
                shift = 0
            if start < stop:
                spans.append((start, stop))
        return spans


def _first_word(words: Any, text: str) -> str:
    """The first of NLTK's word tokens in ``text`` (which has one)."""
    tokens: list[str] = words.findall(text)
    return tokens[0]


# NLTK's realignment regex and the characters its matches start with.
_REALIGN_PATTERN = r"""["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)"""
_REALIGN_CLOSERS = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb"
# Whitespace to the stdlib engine (str.isspace) but not to NLTK's (Unicode
# White_Space); tests/test_segment.py checks the list.
ENGINE_SPACE_DIFF_CHARS = "\x1c\x1d\x1e\x1f"
_ENGINE_SPACE_DIFF = re.compile(f"[{ENGINE_SPACE_DIFF_CHARS}]")
# string.whitespace but " " and "\t", or ENGINE_SPACE_DIFF_CHARS: rare in a line.
_UNUSUAL_SPACE = re.compile(r"[\n\r\x0b\x0c\x1c-\x1f]")
# Flags both engines share; NLTK's engine adds its version flag (regex.V0).
_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE
_ENGINE_V0 = 0x2000


def _engine_pattern(rx: Any) -> Any:
    """The compiled pattern inside one of NLTK's regexes (without its time limit)."""
    return getattr(rx, "_rx", rx)


def _stdlib_twin(rx: Any) -> re.Pattern[str] | None:
    """``rx`` compiled by :mod:`re`, or None when it may not mean the same there.

    NLTK compiles its patterns with the ``regex`` engine. Punkt's context, word and
    realignment patterns use no character classes but explicit sets, ``\\s`` and
    ``\\S``, on which the two engines agree except for ENGINE_SPACE_DIFF_CHARS.
    """
    pattern = getattr(rx, "pattern", None)
    flags = getattr(rx, "flags", None)
    if not isinstance(pattern, str) or not isinstance(flags, int):
        return None
    if flags & ~(_SHARED_FLAGS | _ENGINE_V0) or re.search(r"\\[wWdDbBpPNXmMG]", pattern):
        return None
    try:
        return re.compile(pattern, flags & _SHARED_FLAGS)
    except re.error:
        return None


@cache
def _tokenizer(lang: str) -> _Punkt:
    """The Punkt tokenizer for ``lang`` ("vi"; anything else uses "en"), built once."""
    name = "vi" if lang == "vi" else "en"
    resource = resources.files("tomtat") / "data" / f"punkt-{name}.json"
    # Vietnamese has one-letter words ("ý", "ạ", "ở"); English abbreviates "v.", "p.".
    return _Punkt(json.loads(resource.read_text(encoding="utf-8")), lower_initials=name != "vi")


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
        return _tokenizer(lang).span_tokenize(line)
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
        and not _tokenizer(lang).starts_sentences(word)  # "Plan B. Then ..."
    ):
        return True
    # "Mrs. Rash", "Dr. Fu Manchu": a name follows a personal title ("Ocean Dr. The
    # house": a learnt sentence starter may still open a sentence)
    if (
        lang == "en"
        and word[:1].isupper()
        and _HONORIFIC_END.search(line, max(prev[0], prev[1] - 8), prev[1]) is not None
        and not _tokenizer(lang).starts_sentences(word)
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
    """A first paragraph that reads as a headline.

    Headlines carry no final full stop; one that asks or exclaims ("Vì sao giá vàng
    tăng mạnh?") ends in "?" or "!" and is still one short sentence on its own line.
    """
    if _is_heading(line, MAX_TITLE_WORDS):
        return True
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
    without final punctuation are headings; a short last paragraph of capitalised
    words, or such a fragment ending the last paragraph, is the byline. Sentence
    indices and paragraph numbers count from 0 after the title.
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
    # Headings stand out against punctuated prose; in a text without any (a list,
    # a transcript) every line is body text.
    has_prose = any(not _ends_unpunctuated(text[e - 1 : e]) for para in paras for _, e in para)
    several_lines = has_prose and sum(len(p) for p in paras) > 1
    ends = text.count(".") + text.count("?") + text.count("!")
    punkt = ends <= MIN_DENSITY_CHECK or ends * MAX_PUNKT_DENSITY <= len(text)
    last = len(paras) - 1
    sentences: list[Sentence] = []

    def add(start: int, end: int, p_index: int, kind: SentenceKind) -> None:
        sentences.append(Sentence(len(sentences), text[start:end], p_index, kind))

    for p_index, para in enumerate(paras):
        if p_index == last and p_index > 0 and len(para) == 1 and _is_byline(text[slice(*para[0])]):
            add(*para[0], p_index, SentenceKind.BYLINE)
            continue
        for l_index, (l_start, l_end) in enumerate(para):
            line = text[l_start:l_end]
            spans = _line_spans(line, lang, punkt)
            max_words = MAX_TITLE_WORDS if p_index == l_index == 0 else MAX_HEADING_WORDS
            if several_lines and len(spans) == 1 and _is_heading(line, max_words):
                add(l_start, l_end, p_index, SentenceKind.HEADING)
                continue
            for s_index, (start, end) in enumerate(spans):
                kind = SentenceKind.BODY
                if (
                    p_index == last
                    and l_index == len(para) - 1
                    and s_index == len(spans) - 1
                    and s_index > 0
                    and _is_byline(line[start:end])
                ):
                    kind = SentenceKind.BYLINE
                add(l_start + start, l_start + end, p_index, kind)
    return Document(lang=lang, title=title, sentences=tuple(sentences))
