"""The peer in the speed bench: sumy over a JSONL corpus, one summary per line.

sumy is run the way its README shows (PlaintextParser + Tokenizer("english") +
a summarizer), so its own NLTK Punkt sentence split and Treebank word tokenizer
are part of its cost. sumy needs NLTK's punkt_tab download for that, which
cannot happen offline, so NLTK's punkt loader is pointed at a PunktSentenceTokenizer
built from tomtat's shipped English parameters: the same algorithm and the
same parameters sumy would otherwise download.

Usage: python bench/sumy_batch.py METHOD CORPUS.jsonl [N_SENTENCES]
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib.resources import files

import nltk.tokenize
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


@cache
def _punkt(language: str = "english") -> PunktSentenceTokenizer:
    raw = json.loads(files("tomtat").joinpath("data/punkt-en.json").read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(raw["abbrev_types"])
    params.collocations = {tuple(c) for c in raw["collocations"]}
    params.sent_starters = set(raw["sent_starters"])
    params.ortho_context.update(raw["ortho_context"])
    return PunktSentenceTokenizer(params)


nltk.tokenize._get_punkt_tokenizer = _punkt  # what word_tokenize/sent_tokenize load
nltk.tokenize.PunktTokenizer = lambda language="english": _punkt(language)  # what sumy loads

from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.nlp.tokenizers import Tokenizer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402


def _summarizer(method: str) -> object:
    if method == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif method == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    else:
        raise SystemExit(f"unknown method {method}")
    return cls(Stemmer("english"))


def main() -> None:
    method, path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    tokenizer = Tokenizer("english")
    summarizer = _summarizer(method)
    out = sys.stdout
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            parser = PlaintextParser.from_string(rec["text"], tokenizer)
            picked = summarizer(parser.document, n)  # type: ignore[operator]
            out.write(json.dumps({"id": rec.get("id"), "summary": [str(s) for s in picked]}) + "\n")


if __name__ == "__main__":
    main()
