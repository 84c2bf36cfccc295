"""The fast Punkt (:mod:`tomtat.punkt`) against NLTK's own PunktSentenceTokenizer with
the same parameters and fixes: the same spans on the seed and on generated lines."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat import punkt


def _nltk_punkt(lang: str) -> Any:
    """NLTK's PunktSentenceTokenizer with our parameters and our three fixes, as
    subclassed before punkt.Punkt restated it for speed: the reference."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktToken

    class NewsToken(PunktToken):  # type: ignore[misc]
        @property
        def is_initial(self) -> bool:
            return bool(super().is_initial) and not (lang == "vi" and self.tok[0].islower())

    class NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
        def _first_pass_annotation(self, aug_tok: Any) -> None:
            super()._first_pass_annotation(aug_tok)
            if aug_tok.sentbreak and aug_tok.period_final:
                body = aug_tok.tok[:-1].lower()
                if "." in body and (
                    re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", body) is not None
                    or all(part in self._params.abbrev_types for part in body.split("."))
                ):
                    aug_tok.sentbreak = False
                    aug_tok.abbr = True

        def _slices_from_text(self, text: str) -> Iterator[slice]:
            last_break = 0
            for match, context in self._match_potential_end_contexts(text):
                after = match.group("after_tok")
                head = context[: len(context) - len(after)] if after else context
                n_head = len(self._lang_vars.word_tokenize(head))
                tokens = self._annotate_tokens(self._tokenize_words(context))
                if any(tok.sentbreak for _, tok in zip(range(n_head), tokens, strict=False)):
                    yield slice(last_break, match.end())
                    last_break = match.start("next_tok") if match.group("next_tok") else match.end()
            yield slice(last_break, len(text.rstrip()))

    raw = json.loads((resources.files("tomtat") / "data" / f"punkt-{lang}.json").read_text("utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(raw["abbrev_types"])
    params.collocations = {(a, b) for a, b in raw["collocations"]}
    params.sent_starters = set(raw["sent_starters"])
    params.ortho_context = defaultdict(int, raw["ortho_context"])
    return NewsPunkt(params, token_cls=NewsToken)


_NLTK_PUNKT = {lang: _nltk_punkt(lang) for lang in ("vi", "en")}
_PIECES = st.sampled_from(
    [
        *"aAZđĐứƯ19.,!?…:;\"'“”‘’«»()[]-\t\x1f\u00a0 ",
        *[" "] * 6,
        *["...", ". . .", "..", "--", "?!", '."', ".”", ".)", "!)"],
        *["Mr.", "Dr.", "U.S.", "D.C.", "H.W.", "No.", "Jan.", "a.m.", "etc.", "e.g."],
        *["TP.", "Tp.", "ThS.", "PGS.TS.", "v.v.", "Q.", "P.", "1.000", "3,5%", "29.12.2022"],
        *["ý.", "m.", "ạ.", "Bush", "Tổng"],
        *["The", "He", "Smith", "iPhone", "ông", "Ông", "Sau", "Hà", "Nội", "the", "và", "I"],
    ]
)


def _same_spans(line: str, lang: str) -> None:
    fast = punkt.tokenizer(lang).span_tokenize(line)
    assert fast == list(_NLTK_PUNKT[lang].span_tokenize(line)), line


def test_fast_punkt_equals_nltk_punkt_on_the_seed(seed_text: str) -> None:
    for line in seed_text.splitlines():
        if line.strip():
            for lang in ("vi", "en"):
                _same_spans(line.strip(), lang)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=50).map("".join), st.sampled_from(["vi", "en"]))
def test_fast_punkt_equals_nltk_punkt(line: str, lang: str) -> None:
    line = line.strip()
    if line:
        _same_spans(line, lang)


def test_fast_punkt_uses_the_stdlib_twins_of_nltk_regexes() -> None:
    # Without them it stays right but slow: catch an NLTK change that disables them.
    assert punkt.tokenizer("vi")._stdlib_rx is not None


def test_regex_engines_disagree_on_whitespace_only_where_segment_knows() -> None:
    from nltk import redos

    every_char = "".join(map(chr, range(0x110000)))
    stdlib = set(re.findall(r"\s", every_char))
    nltk_engine = set(redos.compile(r"\s", re.UNICODE).findall(every_char, timeout=None))
    assert stdlib ^ nltk_engine == set(punkt.ENGINE_SPACE_DIFF_CHARS)
