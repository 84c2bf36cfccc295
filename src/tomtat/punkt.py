"""NLTK's Punkt sentence tokenizer, restated for speed, with our parameters and fixes.

:class:`Punkt` makes NLTK's decisions (``PunktSentenceTokenizer.span_tokenize``) with
parameters trained on news (``python tools/train_punkt.py``) and shipped in
``tomtat/data/punkt-{vi,en}.json``; nothing is downloaded. Three fixes for news text:
runs of initials ("H.W.", "N.V.") and compounds ("PGS.TS.") are abbreviations, in
Vietnamese a lower-case letter is no initial ("đồng ý."), and no break after 'Dr.' in
'"I like Dr. Smith."'. What to do with the spans (line breaks, headings, the repair
rules) is :mod:`tomtat.segment`'s.
"""

from __future__ import annotations

import json
import re
import string
from functools import cache, lru_cache, partial
from importlib import resources
from typing import Any, NamedTuple

Span = tuple[int, int]

# "N.L", "h.w": a run of single-letter initials (Punkt type, final period removed).
_INITIALS_RUN = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

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


class Punkt:
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
# White_Space); tests/test_punkt.py checks the list.
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
def tokenizer(lang: str) -> Punkt:
    """The Punkt tokenizer for ``lang`` ("vi"; anything else uses "en"), built once."""
    name = "vi" if lang == "vi" else "en"
    resource = resources.files("tomtat") / "data" / f"punkt-{name}.json"
    # Vietnamese has one-letter words ("ý", "ạ", "ở"); English abbreviates "v.", "p.".
    return Punkt(json.loads(resource.read_text(encoding="utf-8")), lower_initials=name != "vi")
