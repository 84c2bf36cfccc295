"""The peer in the speed bench: sumy over a JSONL corpus, one summary per line.

sumy is run the way its README shows (PlaintextParser + Tokenizer + a summarizer
with a stemmer and its stop words set), so its own NLTK Punkt sentence split and
Treebank word tokenizer are part of its cost. Per record language (``lang``): English
gets Snowball and sumy's English stop words; Vietnamese gets no stemmer (Snowball has
none for it) and stopwordsiso's Vietnamese list (sumy ships none), with the English
Punkt tokenizer (sumy has no Vietnamese one). With ``--presplit`` each record carries
``paragraphs`` (lists of sentences, from tomtat's splitter, made before the timing)
and sumy builds its document from them: only its word tokenizer and the method run.

sumy needs NLTK's punkt_tab download for its sentence split, which
cannot happen offline, so NLTK's punkt loader is pointed at a PunktSentenceTokenizer
built from tomtat's shipped English parameters: the same algorithm and the
same parameters sumy would otherwise download.

Usage: python bench/sumy_batch.py METHOD CORPUS.jsonl [N_SENTENCES] [--presplit]
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

from sumy.models.dom import ObjectDocumentModel, Paragraph  # noqa: E402
from sumy.models.dom import Sentence as SumySentence  # noqa: E402
from sumy.nlp.stemmers import Stemmer, null_stemmer  # noqa: E402
from sumy.nlp.tokenizers import Tokenizer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402


def _summarizer(method: str, lang: str) -> object:
    if method == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif method == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    else:
        raise SystemExit(f"unknown method {method}")
    if lang == "vi":
        import stopwordsiso

        summarizer = cls(null_stemmer)
        summarizer.stop_words = [w for w in stopwordsiso.stopwords("vi") if " " not in w]
    else:
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
    return summarizer


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    presplit = "--presplit" in sys.argv
    method, path = args[0], args[1]
    n = int(args[2]) if len(args) > 2 else 3
    tokenizer = Tokenizer("english")
    summarizers = {lang: _summarizer(method, lang) for lang in ("vi", "en")}
    out = sys.stdout
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            summarizer = summarizers["vi" if rec.get("lang") == "vi" else "en"]
            if presplit:
                document = ObjectDocumentModel(
                    [
                        Paragraph([SumySentence(s, tokenizer) for s in para])
                        for para in rec["paragraphs"]
                    ]
                )
            else:
                document = PlaintextParser.from_string(rec["text"], tokenizer).document
            picked = summarizer(document, n)  # type: ignore[operator]
            out.write(json.dumps({"id": rec.get("id"), "summary": [str(s) for s in picked]}) + "\n")


if __name__ == "__main__":
    main()
