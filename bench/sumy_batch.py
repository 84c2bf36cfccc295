"""The peer in the speed bench: sumy over a JSONL corpus, one summary per line.

sumy's own tokenizer needs NLTK's punkt download, which cannot happen offline, so
sentences come from a plain regex split and words from a `\\w+` regex: cheaper
than any real splitter, which only flatters sumy's times.

Usage: python bench/sumy_batch.py METHOD CORPUS.jsonl [N_SENTENCES]
"""

from __future__ import annotations

import json
import re
import sys

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import null_stemmer

_SENT = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"\w+")


class _Tokenizer:
    language = "english"

    def to_words(self, text: str) -> list[str]:
        return _WORD.findall(text)

    def to_sentences(self, text: str) -> list[str]:
        return [s for s in _SENT.split(text) if s.strip()]


def _summarizer(method: str) -> object:
    if method == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif method == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    else:
        raise SystemExit(f"unknown method {method}")
    return cls(null_stemmer)


def main() -> None:
    method, path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    tok = _Tokenizer()
    summarizer = _summarizer(method)
    out = sys.stdout
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            paragraphs = []
            for para in rec["text"].split("\n\n"):
                sents = [Sentence(s, tok) for s in tok.to_sentences(para)]
                if sents:
                    paragraphs.append(Paragraph(sents))
            doc = ObjectDocumentModel(paragraphs)
            picked = summarizer(doc, n)  # type: ignore[operator]
            out.write(json.dumps({"id": rec.get("id"), "summary": [str(s) for s in picked]}) + "\n")


if __name__ == "__main__":
    main()
