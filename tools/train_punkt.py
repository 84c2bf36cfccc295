"""Train the Punkt parameters shipped in ``tomtat/data/punkt-{vi,en}.json``.

Run from the repository root (see ``--help``; the corpora live in ``../shared/data``):

    .venv/bin/python tools/train_punkt.py --vi ../shared/data/vi-news-train.jsonl.gz \\
        --en ../shared/data/en-news-train.jsonl.gz --exclude bench/unseen-train-ids.txt

For each language it trains NLTK's :class:`~nltk.tokenize.punkt.PunktTrainer` on one or
more JSONL corpora, gzipped or not (one article per line, field ``text``, paragraphs
separated by blank lines; articles whose ``id`` is listed in ``--exclude`` are left
out, so the unseen train sample stays unseen), prunes what the trainer
learns from too little evidence, merges in the curated abbreviation lists below and
writes a sorted, deterministic JSON file that :mod:`tomtat.punkt` loads.

On large corpora Punkt confuses names with words. The training keeps the curated
abbreviations all along (Punkt drops a seeded "Mr" or "U.S" it also sees without a
period, then ends a sentence at every "U.S." and learns "Embassy" as a sentence
starter), and the pruning measures, on the training corpora themselves, how each
word is written in *running text*, right after another word (where a sentence does
not start, and where only names and titles are capitalised):

1. a word capitalised there at least as often as in lower case is a name or part of
   one ("Bush", "Mark", "Hà", "Bình"): its lower-case flags are dropped, since its
   lower-case uses ("bush") are another word, and Punkt then keeps an initial with
   it ("George W. Bush", "Q. Bình Thạnh") as it does with names never seen in
   lower case;
2. a learned sentence starter must be written in lower case there at least
   ``MIN_STARTER_LOWER_RATIO`` times as often as capitalised: "the", "sau" are
   starters, nouns that often open names are not ("Embassy", "Navy", "Police",
   "Hà", "Thủ", which would break "U.S. | Embassy", "TP. | Hà Nội");
3. a collocation (an initial and the word after it, kept together) needs a second
   word that is not written mostly in lower case there: Punkt finds them again with
   the pruned starters, and keeps "W. Bush", not "M. sang".

The thresholds are round and the same for both languages; the hand-curated lists
below (abbreviations, starters, rejections) are merged as before.

Nothing is downloaded; the corpora are read, never copied into the package.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_df import read_ids  # the id lists fit_scorer.py reads too

# tools/ sits beside src/ in the repository; it is not installed with the package.
DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "tomtat" / "data"

# --- curated lists -----------------------------------------------------------------
# Lower-cased, without the final period, internal periods kept ("u.s" for "U.S.").
# Only forms that news writing conventionally follows with a period belong here: a
# listed word never ends a sentence unless the next word looks like a sentence start.
# Single letters are left out on purpose: Punkt's initials heuristic handles them
# and listing them would glue "Nguyễn Văn P. Tại cơ quan..." into one sentence.

_TITLES_EN = (
    "mr mrs ms messrs mmes dr prof rev hon pres gov sen sens rep reps gen lt col maj capt "
    "cmdr adm sgt cpl pvt pfc spc brig supt det insp atty amb fr sr jr sec"
)
_PLACES_EN = (
    "st mt ft ave blvd u.s u.k u.n e.u d.c l.a n.y u.s.a "
    # AP-style US state abbreviations that are not also common English words.
    "ala ariz ark calif colo conn fla ga kan kans ky md mich minn mo mont neb nev okla pa "
    "tenn vt va wis wyo n.h n.j n.m n.c n.d s.c s.d r.i w.va"
)
_MISC_EN = (
    "inc ltd co corp bros dept univ assn vs etc approx est no vol e.g i.e a.m p.m ph.d m.d "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_VI = (
    # academic / professional titles and their usual compounds
    "ths ts pgs gs bs ks ls kts tskh cki ckii pgs.ts gs.ts gs.tskh pgs.tskh ts.bs ths.bs "
    "pgs.ts.bs gs.ts.bs bs.cki bs.ckii ts.ls ths.ls "
    # administrative units: thành phố, thị xã, thị trấn; "vân vân"
    "tp tx tt v.v "
    # a name cut to its first consonant, which Vietnamese writes with two or three
    # letters ("Nguyễn Văn Th.", "bà Ph. Th. Hele"): Punkt's initials are one letter
    "ch gh gi kh ng ngh nh ph qu th tr "
    # Western titles and company forms that Vietnamese news quotes as written
    "mr mrs ms dr jr sr st inc ltd co corp vs"
)

CURATED: dict[str, frozenset[str]] = {
    "vi": frozenset(_VI.split()),
    "en": frozenset(f"{_TITLES_EN} {_PLACES_EN} {_MISC_EN}".split()),
}

# Frequent sentence starters: after an abbreviation ("Time Inc. All rights reserved.",
# "ở TP. HCM... Sau đó") a capitalised word from this list starts a new sentence.
# Only function words that never begin a name or a title belong here.
_STARTERS_EN = (
    "a all an and as at but for he her his however i if in it its my no on our she so "
    "that the their there these they this those though we what when while you"
)
_STARTERS_VI = (
    "các chúng cùng hiện khi ngoài nhưng những nếu sau theo trong trước tuy tôi tại đây đó"
)
CURATED_STARTERS: dict[str, frozenset[str]] = {
    "vi": frozenset(_STARTERS_VI.split()),
    "en": frozenset(_STARTERS_EN.split()),
}

# Learned abbreviations reviewed by eye and rejected: words and acronyms that end
# sentences in the dev corpora ("The Media Line.", "52 ngàn MW.").
REJECTED: dict[str, frozenset[str]] = {
    "vi": frozenset({"line", "mw", "usd", "km", "mm"}),
    "en": frozenset({"line", "cnn", "ew"}),
}

# Learned sentence starters reviewed by eye and rejected: they begin names or titles
# ("ThS. Huyền", "Tổng thống").
REJECTED_STARTERS: dict[str, frozenset[str]] = {
    "vi": frozenset({"huyền", "tổng", "đại"}),
    "en": frozenset({"cnn"}),
}

# A learned abbreviation that is not curated survives if it is a run of initials
# ("h.w", "p.t", "ph.d"), or if it is seen often, nearly always with a period, and
# more than once with the sentence going on after it.
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
_ALPHA = re.compile(r"^[^\W\d_]+$")
MIN_ABBREV_COUNT = 3
MIN_ABBREV_PERIOD_SHARE = 0.9
MIN_ABBREV_CONTINUED = 2
# A learned sentence starter is written in lower case at least this many times as
# often as capitalised in running text (rule 2 in :func:`prune`).
MIN_STARTER_LOWER_RATIO = 10
# Ortho-context entries for types seen once carry almost no evidence.
MIN_ORTHO_COUNT = 2
# Punkt's ortho-context flags for "seen lower-case" at a sentence beginning, in the
# middle, or in an unknown position (nltk.tokenize.punkt._ORTHO_{BEG,MID,UNK}_LC).
_ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)


@dataclass
class Model:
    """The learned tables, in the JSON layout :mod:`tomtat.punkt` reads."""

    abbrev_types: set[str] = field(default_factory=set)
    collocations: set[tuple[str, str]] = field(default_factory=set)
    sent_starters: set[str] = field(default_factory=set)
    ortho_context: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "abbrev_types": sorted(self.abbrev_types),
            "collocations": sorted([a, b] for a, b in self.collocations),
            "sent_starters": sorted(self.sent_starters),
            "ortho_context": dict(sorted(self.ortho_context.items())),
        }
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def read_texts(path: Path, exclude: Collection[str] = frozenset()) -> list[str]:
    """The ``text`` field of every JSONL record in ``path`` (``.gz``: gzipped), blank lines
    skipped, records whose ``id`` is in ``exclude`` left out."""
    texts: list[str] = []
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise ValueError(f"{path}:{n}: record has no string 'text'")
            if str(record.get("id")) not in exclude:
                texts.append(text)
    return texts


def _token_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Counts of Punkt word types: all occurrences, occurrences ending in a period, and
    period-final occurrences followed by a lower-case word or a number ("Ph. nói",
    "No. 1"): evidence that the period does not end a sentence.

    Types are lower-cased, numbers collapsed to ``##number##`` and a final period
    stripped, matching the keys Punkt uses for abbreviations and ortho context.
    """
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    lang_vars = PunktLanguageVars()
    total: Counter[str] = Counter()
    with_period: Counter[str] = Counter()
    continued: Counter[str] = Counter()
    for text in texts:
        previous = ""  # period-final type waiting for its next word
        for word in lang_vars.word_tokenize(text):
            if previous and (word[:1].islower() or word[:1].isdigit()):
                continued[previous] += 1
            previous = ""
            typ: str = PunktToken(word).type
            if len(typ) > 1 and typ.endswith("."):
                typ = typ[:-1]
                with_period[typ] += 1
                previous = typ
            total[typ] += 1
    return total, with_period, continued


def _all_caps(typ: str, texts_upper: Counter[str], total: Counter[str]) -> bool:
    return texts_upper[typ] == total[typ] and len(typ) > 1


def _counting_trainer(keep: frozenset[str]) -> Any:
    """A :class:`~nltk.tokenize.punkt.PunktTrainer` that never drops the abbreviations
    in ``keep`` and counts how word types are written.

    Punkt re-scores the abbreviations it is seeded with and drops those also seen
    without a period ("Mr Smith", "U.S" in "U.S-led"); its first annotation pass then
    ends a sentence at every "Mr." and "U.S.", and learns "Embassy" or "Smith" as
    sentence starters. Counted besides Punkt's flags: ``case_counts[typ, flag]``, how
    often a type sets each orthographic flag, and ``in_text[typ, case]``, how often it
    is written "upper" or "lower" right after a word (not after punctuation, a
    period or a line start): its case in running text, where only names and titles
    are capitalised.
    """
    from nltk.tokenize.punkt import PunktTrainer

    class CountingTrainer(PunktTrainer):  # type: ignore[misc]
        case_counts: Counter[tuple[str, int]]
        in_text: Counter[tuple[str, str]]

        def _reclassify_abbrev_types(self, types: Any) -> Any:
            for abbr, score, is_add in super()._reclassify_abbrev_types(types):
                if is_add or abbr not in keep:
                    yield abbr, score, is_add

        def _get_orthography_data(self, tokens: Any) -> None:
            tokens = list(tokens)
            self.case_counts = getattr(self, "case_counts", Counter())
            self.in_text = getattr(self, "in_text", Counter())
            previous = None
            for tok in tokens:
                if (
                    previous is not None
                    and previous.tok[-1].isalpha()
                    and not (tok.linestart or tok.parastart)
                    and tok.first_case != "none"
                ):
                    self.in_text[tok.type_no_sentperiod, tok.first_case] += 1
                previous = tok
            params = self._params
            original = params.add_ortho_context

            def add(typ: str, flag: int) -> None:
                self.case_counts[typ, flag] += 1
                original(typ, flag)

            params.add_ortho_context = add
            try:
                super()._get_orthography_data(tokens)
            finally:
                del params.add_ortho_context

    return CountingTrainer()


def learn(texts: Sequence[str], lang: str) -> Any:
    """Punkt's trainer after training on ``texts`` (with the ortho-flag counts)."""
    trainer = _counting_trainer(CURATED[lang])
    # Seed the curated abbreviations so the first annotation pass (which decides the
    # sentence-starter and ortho statistics) already treats "TP." or "Sen." right.
    trainer.get_params().abbrev_types.update(CURATED[lang])
    trainer.train("\n\n".join(texts), finalize=True)
    return trainer


def train(texts: Sequence[str], lang: str) -> Model:
    """Train Punkt on ``texts``, prune what it learned and merge the curated lists."""
    return prune(learn(texts, lang), texts, lang)


def prune(trainer: Any, texts: Sequence[str], lang: str) -> Model:
    """The shipped model from a trained ``trainer`` (see :func:`learn`) and its
    training ``texts``."""
    curated = CURATED[lang]
    params = trainer.get_params()

    total, with_period, continued = _token_counts(texts)
    upper: Counter[str] = Counter()
    for text in texts:
        for word in re.findall(r"[^\W\d_]{2,}", text):
            if word.isupper():
                upper[word.lower()] += 1

    model = Model()
    dropped_abbrevs: list[str] = []
    for typ in sorted(params.abbrev_types):
        if typ in curated:
            continue
        frequent = (
            _ALPHA.match(typ) is not None
            and len(typ) > 1
            and with_period[typ] >= MIN_ABBREV_COUNT
            and with_period[typ] >= MIN_ABBREV_PERIOD_SHARE * total[typ]
            and continued[typ] >= MIN_ABBREV_CONTINUED
            and not _all_caps(typ, upper, total)
        )
        if typ not in REJECTED[lang] and (_INITIALS.match(typ) or frequent):
            model.abbrev_types.add(typ)
        else:
            dropped_abbrevs.append(typ)
    model.abbrev_types |= curated

    in_text: Counter[tuple[str, str]] = getattr(trainer, "in_text", Counter())

    def lower_in_text(typ: str) -> int:
        return in_text[typ, "lower"]

    def upper_in_text(typ: str) -> int:
        return in_text[typ, "upper"]

    ortho: dict[str, int] = dict(params.ortho_context)
    dropped_starters: list[str] = []
    for typ in sorted(params.sent_starters):
        # A sentence starter must be a word that also occurs in lower case; names
        # ("hcm", "cnn") and abbreviations never are. Rule 2: in running text it is
        # written in lower case far more often than capitalised ("the", "sau"), not
        # a noun that is often part of a name ("Embassy", "Navy", "Hà").
        if (
            _ALPHA.match(typ)
            and ortho.get(typ, 0) & _ORTHO_LC
            and lower_in_text(typ) >= MIN_STARTER_LOWER_RATIO * upper_in_text(typ)
            and typ not in model.abbrev_types
            and typ not in REJECTED_STARTERS[lang]
        ):
            model.sent_starters.add(typ)
        else:
            dropped_starters.append(typ)

    model.sent_starters |= CURATED_STARTERS[lang]

    # Punkt leaves out collocations whose second word is a sentence starter: find
    # them again with the pruned starters.
    params.sent_starters = set(model.sent_starters)
    collocations = {pair for pair, _ in trainer._find_collocations()}
    dropped_collocs: list[str] = []
    for first, second in sorted(collocations):
        # Rule 3: a collocation keeps an initial with the name after it ("W. Bush");
        # one whose second word is written in lower case more often than capitalised
        # in running text is a sentence break seen too often ("Plan B. The").
        if (
            _ALPHA.match(second)
            and (_ALPHA.match(first) or _INITIALS.match(first))
            and lower_in_text(second) <= upper_in_text(second)
        ):
            model.collocations.add((first, second))
        else:
            dropped_collocs.append(f"{first}+{second}")

    # Rule 1: a word capitalised at least as often as not in running text is a name or
    # part of one ("Bush", "House", "Hà"); its rare lower-case uses ("bush") are
    # another word and must not make it look like a lower-case word, which would
    # break "George W. | Bush" (Punkt keeps an initial with a following word only
    # if that word is never seen in lower case).
    names = 0
    for typ, flags in ortho.items():
        if flags & _ORTHO_LC and upper_in_text(typ) >= max(1, lower_in_text(typ)):
            ortho[typ] = flags & ~_ORTHO_LC
            names += 1

    model.ortho_context = {
        typ: flags for typ, flags in ortho.items() if flags and total[typ] >= MIN_ORTHO_COUNT
    }
    model.dropped = {
        "abbrev_types": dropped_abbrevs,
        "sent_starters": dropped_starters,
        "collocations": dropped_collocs,
        "ortho_context": [str(len(ortho) - len(model.ortho_context)), str(names)],
    }
    return model


def _report(lang: str, model: Model, curated: frozenset[str], out: Any) -> None:
    learned = sorted(model.abbrev_types - curated)
    print(f"[{lang}] abbreviations: {len(model.abbrev_types)} ({len(curated)} curated)", file=out)
    print(f"[{lang}]   learned and kept: {' '.join(learned) or '-'}", file=out)
    print(
        f"[{lang}]   learned, dropped: {' '.join(model.dropped['abbrev_types']) or '-'}", file=out
    )
    print(f"[{lang}] sentence starters: {' '.join(sorted(model.sent_starters)) or '-'}", file=out)
    print(f"[{lang}]   dropped: {' '.join(model.dropped['sent_starters']) or '-'}", file=out)
    colloc = " ".join(f"{a}+{b}" for a, b in sorted(model.collocations))
    print(f"[{lang}] collocations: {colloc or '-'}", file=out)
    print(f"[{lang}]   dropped: {' '.join(model.dropped['collocations']) or '-'}", file=out)
    print(
        f"[{lang}] ortho context: {len(model.ortho_context)} types "
        f"({model.dropped['ortho_context'][0]} seen once dropped; "
        f"{model.dropped['ortho_context'][1]} names lost their lower-case flags)",
        file=out,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/train_punkt.py",
        description="Train the Punkt sentence-splitting parameters shipped with tomtat.",
        epilog="Example: python tools/train_punkt.py --vi ../shared/data/vi-news-train.jsonl.gz"
        " --en ../shared/data/en-news-train.jsonl.gz --exclude bench/unseen-train-ids.txt",
    )
    parser.add_argument(
        "--vi", type=Path, nargs="+", help="vi JSONL corpora, .gz or not (to train vi)"
    )
    parser.add_argument(
        "--en", type=Path, nargs="+", help="en JSONL corpora, .gz or not (to train en)"
    )
    parser.add_argument("--exclude", type=Path, help="ids (one a line) to leave out")
    parser.add_argument(
        "--out", type=Path, default=DATA_DIR, help="directory for punkt-{vi,en}.json"
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), action="append", help="train only this language"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no review report")
    args = parser.parse_args(argv)

    corpora: dict[str, list[Path] | None] = {"vi": args.vi, "en": args.en}
    langs = args.lang or ("vi", "en")
    missing = [f"--{lang}" for lang in langs if corpora[lang] is None]
    if missing:
        parser.error(f"give the corpus to train on: {' '.join(missing)} FILE.jsonl")
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        paths = corpora[lang]
        assert paths is not None
        exclude = read_ids(args.exclude)
        model = train([t for p in paths for t in read_texts(p, exclude)], lang)
        target = args.out / f"punkt-{lang}.json"
        target.write_text(model.to_json(), encoding="utf-8")
        if not args.quiet:
            _report(lang, model, CURATED[lang], sys.stderr)
            print(f"[{lang}] wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
