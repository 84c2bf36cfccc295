"""Benchmark the key-officials extractor against hand-labelled articles.

Usage::

    .venv/bin/python bench/officials.py            # tables + bench/RESULTS.md section
    .venv/bin/python bench/officials.py --diff vi  # per-article differences on dev
    .venv/bin/python bench/officials.py --no-write # print only
    .venv/bin/python bench/officials.py --against ../old-checkout  # speed vs another version

Two label sets per language, side by side: the dev labels (``officials-dev-*.jsonl``: the
seed and the dev politics articles, what the rules were built on) and the train labels
(``officials-train-*.jsonl``: politics articles of the train corpora labelled apart from
the rules: the unseen check). ``--diff`` only ever prints dev articles; the train labels
are reported as figures and as error counts by category (see :func:`categorise`).

Per set it reports name precision/recall/F1 (one-to-one matching, case- and
accent-insensitive, a prediction matches a gold person when its name equals the gold
name or one of the gold aliases, or vice versa), title P/R/F1 end to end (every gold
and every predicted title counts; a gold title is found only on its matched person,
by token-overlap F1 >= 0.6), mention-count accuracy (exact, among matched persons)
and the extraction time per article.

On Vietnamese it also runs underthesea's NER (PER spans merged by name, as a
names-only baseline) when a separate venv with underthesea exists (``$UTS_PYTHON``,
default ``../venv-uts`` beside the repository); otherwise that row says why it is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tomtat import officials, segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, ROOT, machine, write_section

SEEDS = ROOT / "seeds"
UTS_PYTHON = Path(os.environ.get("UTS_PYTHON", ROOT.parent / "venv-uts" / "bin" / "python"))


# Labels that look wrong against OFFICIALS.md (reported, not fitted).
LABEL_NOTES = (
    'vietnews-test-021775: "Ông Phạm Văn Thuỷ, Phó chủ tịch Sơn La" -- this title is'
    " missing from his gold titles.",
    'cnnstory-cnn_test6397: Joseph E. Stiglitz "was chairman of the Council of Economic'
    ' Advisers" (a former post) is not labelled.',
    "vietnews-test-009255 / 010483: Trump, Hillary Clinton and Mike Pence are labelled with"
    ' candidate roles ("Ứng viên ...", "người từng đại diện đảng Dân chủ"), and a'
    " campaign manager counts, although OFFICIALS.md says candidates are not officials"
    " unless they hold a post.",
    'vietnews-test-021018 / 013687: aliases "Võ Quốc Thái" and "Thuần" are typos in'
    " the article for Võ Khắc Thái / Đặng Trung Thuận; kept as gold, not fitted.",
    'vietnews-test-008723: both "Bộ trưởng Hải quan" and "Cựu bộ trưởng Hải quan" are kept,'
    " where other articles keep only the former post's form.",
    'cnnstory-cnn_test3739: gold title "mayor" where the text gives "the mayor of the tiny'
    ' picture-postcard city of Maaseik" (OFFICIALS.md keeps place words next to the post).',
    'cnnstory-cnn_test6475: Ron Brownstein, "editorial director for the National Journal",'
    " is not labelled (borderline: an editor is a journalist).",
    "Train labels (read only as error categories with a few examples each):"
    ' vietnews-test-006825 copies the article\'s typo "thượng sĩ" (sergeant) for'
    ' "thượng nghị sĩ"; 005606 gold "Ian Khama" where the text runs "Ian Khamahad";'
    ' 019574 merges a minister spelt "Thể" and "Thế"; 010258 "cảnh sát" alone as a post;'
    ' 004361 "tự giới thiệu là trưởng ban" as a post; 003432 a founder labelled;'
    ' cnn_test1165 "U.S. soldiers" / "senior U.S. officers", cnn_test6578 "leading'
    ' opposition politician", cnn_test3671 "ex-Marine", cnn_test6646 "former labor'
    ' organizer" (statuses, not posts); cnn_test2662 "Congress Party, headed by" and'
    ' cnn_test1527 "IRA, led by" (verb fragments); cnn_test151 "premiership";'
    ' cnn_test3104 plural "Presidents"; cnn_test1716 "The Sun\'s editor" (a journalist'
    " by OFFICIALS.md).",
    "Train labels, second look (categories, a few examples): cnn_test6565 two siblings"
    ' labelled with "runs the company", a clause and not a post (OFFICIALS.md: relatives'
    ' are no officials); cnn_test1401 "serves on the board that manages Rawalpindi General'
    ' Hospital" as a title (a clause); cnn_test3104 "managing editor of the Ulysses S.'
    ' Grant Association" (an editor).',
)


# ----------------------------------------------------------------------- data


@dataclass(frozen=True)
class Article:
    id: str
    lang: str
    title: str | None
    text: str
    gold: list[dict[str, object]]


def load(lang: str, data: Path = DATA) -> list[Article]:
    texts: dict[str, tuple[str | None, str]] = {}
    with (data / f"{lang}-news-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts[rec["id"]] = (rec.get("title") or None, rec["text"])
    out: list[Article] = []
    with (data / f"officials-dev-{lang}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            aid = rec["id"]
            if aid in texts:
                title, text = texts[aid]
            else:
                seed = next(SEEDS.glob(aid.removeprefix("seed-") + "_*.txt"), None)
                if seed is None:
                    continue
                title, text = None, seed.read_text(encoding="utf-8")
            out.append(Article(aid, lang, title, text, rec["officials"]))
    return out


def load_train(lang: str, data: Path = DATA) -> list[Article]:
    """The train-label articles (texts from the gzipped train corpus)."""
    labels: dict[str, list[dict[str, object]]] = {}
    with (data / f"officials-train-{lang}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            labels[rec["id"]] = rec["officials"]
    out: list[Article] = []
    with gzip.open(data / f"{lang}-news-train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in labels:
                title = rec.get("title") or None
                out.append(Article(rec["id"], lang, title, rec["text"], labels[rec["id"]]))
    return out


def unlabelled(lang: str, data: Path = DATA) -> list[Article]:
    """The dev articles outside the politics set (no officials labels): speed only."""
    out: list[Article] = []
    with (data / f"{lang}-news-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("politics"):
                out.append(Article(rec["id"], lang, rec.get("title") or None, rec["text"], []))
    return out


# -------------------------------------------------------------------- scoring


def norm(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", text))


def token_f1(a: str, b: str) -> float:
    ta, tb = norm(a).split(), norm(b).split()
    if not ta or not tb:
        return 0.0
    common = 0
    rest = list(tb)
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


@dataclass
class Person:
    name: str
    aliases: Sequence[str]
    titles: Sequence[str]
    mentions: int

    def forms(self) -> set[str]:
        return {norm(self.name), *(norm(a) for a in self.aliases)}


def gold_people(gold: Iterable[dict[str, object]]) -> list[Person]:
    return [
        Person(str(g["name"]), list(g["aliases"]), list(g["titles"]), int(g["mentions"]))  # type: ignore[call-overload]
        for g in gold
    ]


def match_people(gold: list[Person], pred: list[Person]) -> list[tuple[int, int]]:
    """One-to-one: exact name matches first, then name-vs-alias matches."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p:
                    continue
                if strict:
                    ok = norm(g.name) == norm(p.name)
                else:
                    ok = norm(p.name) in g.forms() or norm(g.name) in p.forms()
                if ok:
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def match_titles(gold: Sequence[str], pred: Sequence[str]) -> int:
    scored = sorted(
        ((token_f1(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    hits = 0
    for f, gi, pi in scored:
        if f < 0.6:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        hits += 1
    return hits


@dataclass
class Score:
    articles: int = 0
    gold: int = 0
    pred: int = 0
    tp: int = 0
    tgold: int = 0
    tpred: int = 0
    ttp: int = 0
    mention_ok: int = 0
    seconds: float = 0.0

    def add(self, gold: list[Person], pred: list[Person]) -> list[tuple[int, int]]:
        pairs = match_people(gold, pred)
        self.articles += 1
        self.gold += len(gold)
        self.pred += len(pred)
        self.tp += len(pairs)
        self.tgold += sum(len(g.titles) for g in gold)
        self.tpred += sum(len(p.titles) for p in pred)
        for gi, pi in pairs:
            self.ttp += match_titles(gold[gi].titles, pred[pi].titles)
            self.mention_ok += gold[gi].mentions == pred[pi].mentions
        return pairs

    @staticmethod
    def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def names(self) -> tuple[float, float, float]:
        return self.prf(self.tp, self.pred, self.gold)

    def titles(self) -> tuple[float, float, float]:
        return self.prf(self.ttp, self.tpred, self.tgold)

    def mention_acc(self) -> float:
        return self.mention_ok / self.tp if self.tp else 0.0


def predict(art: Article, repeat: int = 1) -> tuple[list[Person], float]:
    """Extract from one article; the time is the best of ``repeat`` runs."""
    doc = segment.split(art.text, art.lang, title=art.title)
    elapsed = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = officials.extract(doc)
        elapsed = min(elapsed, time.perf_counter() - t0)
    return [Person(o.name, o.aliases, o.titles, o.mentions) for o in found], elapsed


# ---------------------------------------------------------------- underthesea


UTS_SCRIPT = r"""
import json, sys, time
import underthesea
from underthesea import ner
ner("Khởi động.")  # load the model before timing
print(json.dumps({"version": underthesea.__version__}), flush=True)
for line in sys.stdin:
    rec = json.loads(line)
    names, cur = [], []
    t0 = time.perf_counter()
    for para in rec["text"].split("\n"):
        if not para.strip():
            continue
        for tok in ner(para):
            word, tag = tok[0], tok[-1]
            if tag.endswith("PER"):
                if tag.startswith("B-") and cur:
                    names.append(" ".join(cur)); cur = []
                cur.append(word)
            else:
                if cur:
                    names.append(" ".join(cur)); cur = []
    if cur:
        names.append(" ".join(cur))
    secs = time.perf_counter() - t0
    out = {"id": rec["id"], "names": names, "secs": secs}
    print(json.dumps(out, ensure_ascii=False), flush=True)
"""


def underthesea_names(arts: list[Article]) -> tuple[dict[str, list[str]] | None, str, float]:
    """PER spans per article from underthesea in its own venv, or (None, reason, 0).

    On success the second item is underthesea's version.
    """
    if not UTS_PYTHON.exists():
        return None, f"no underthesea venv at {UTS_PYTHON}", 0.0
    payload = "".join(
        json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n" for a in arts
    )
    try:
        proc = subprocess.run(
            [str(UTS_PYTHON), "-c", UTS_SCRIPT],
            input=payload,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"underthesea failed: {exc}", 0.0
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return None, f"underthesea NER failed: {last[:200]}", 0.0
    out: dict[str, list[str]] = {}
    elapsed = 0.0
    version = "?"
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        if "version" in rec:
            version = rec["version"]
            continue
        out[rec["id"]] = rec["names"]
        elapsed += rec["secs"]
    return out, version, elapsed


def uts_people(names: list[str]) -> list[Person]:
    """Merge PER spans by name: a span that is a word-suffix/prefix of a longer one joins it."""
    counts: dict[str, int] = {}
    for n in names:
        n = n.replace("_", " ").strip()
        if n:
            counts[n] = counts.get(n, 0) + 1
    people: list[Person] = []
    for name in sorted(counts, key=lambda x: -len(x.split())):
        words = norm(name).split()
        for p in people:
            full = norm(p.name).split()
            if len(words) < len(full) and (
                full[-len(words) :] == words or full[: len(words)] == words
            ):
                p.mentions += counts[name]
                p.aliases = [*p.aliases, name]
                break
        else:
            people.append(Person(name, [], [], counts[name]))
    return people


# --------------------------------------------------------------------- report


def fmt(x: float) -> str:
    return f"{x:.3f}"


def row(label: str, s: Score, *, with_titles: bool = True) -> str:
    np_, nr, nf = s.names()
    tp_, tr, tf = s.titles()
    us = s.seconds / s.articles * 1e6 if s.articles else 0.0
    title_cells = f"{fmt(tp_)} | {fmt(tr)} | {fmt(tf)}" if with_titles else "– | – | –"
    ment = fmt(s.mention_acc())
    return (
        f"| {label} | {s.articles} | {s.gold} | {fmt(np_)} | {fmt(nr)} | {fmt(nf)} | "
        f"{title_cells} | {ment} | {us:,.0f} |"
    )


HEADER = (
    "| system / set | articles | gold people | name P | name R | name F1 | title P | title R "
    "| title F1 | mentions exact | µs / article |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


def diff(art: Article, gold: list[Person], pred: list[Person]) -> None:
    pairs = match_people(gold, pred)
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    lines = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        bad_t = match_titles(g.titles, p.titles) != max(len(g.titles), len(p.titles))
        if bad_t or g.mentions != p.mentions:
            lines.append(
                f"  ~ {g.name} | gold {list(g.titles)} {g.mentions}"
                f" | pred {list(p.titles)} {p.mentions} {list(p.aliases)}"
            )
    for gi, g in enumerate(gold):
        if gi not in mg:
            lines.append(f"  - MISS {g.name} {list(g.titles)} {g.mentions}")
    for pi, p in enumerate(pred):
        if pi not in mp:
            lines.append(f"  + FP   {p.name} {list(p.titles)} {p.mentions}")
    if lines:
        print(f"## {art.id}")
        print("\n".join(lines))


# ---------------------------------------------------------------------- speed

TIMER = r"""
import json, sys, time
from tomtat import officials, segment
docs = [segment.split(t, lang, title) for lang, title, t in json.load(sys.stdin)]
for d in docs:
    officials.extract(d)  # warm-up: lexicons and caches
best = []
for d in docs:
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        officials.extract(d)
        runs.append(time.perf_counter() - t0)
    best.append(min(runs))
print(sum(best) / len(best) * 1e6)
"""


def compare_speed(other: Path, arts: list[Article], rounds: int) -> tuple[float, float]:
    """Median µs per article of ``officials.extract`` here and in the checkout ``other``,
    run alternately in fresh processes on the same articles (same machine, same load)."""
    payload = json.dumps([[a.lang, a.title, a.text] for a in arts])
    times: dict[Path, list[float]] = {ROOT: [], other: []}
    for _ in range(rounds):
        for root in (other, ROOT):
            env = {**os.environ, "PYTHONPATH": str(root / "src")}
            proc = subprocess.run(
                [sys.executable, "-c", TIMER],
                input=payload,
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            times[root].append(float(proc.stdout))
    return statistics.median(times[ROOT]), statistics.median(times[other])


# ----------------------------------------------------------------- categories

CATEGORIES = (
    ("label doubtful", "a gold name or title that is not in the text as written"),
    ("name boundary", "a predicted name overlaps the gold one but is longer or shorter"),
    ("head missing", "the gold title holds no position word of the lexicon"),
    ("cross-sentence", "no gold title stands in a sentence with the person's name"),
    ("pattern not covered", "title and name share a sentence, the head is known: not linked"),
    ("not an official", "a predicted person nobody labelled (precision)"),
    ("title boundary", "person found, a gold title found only with overlap < 0.6"),
    ("title not linked", "person found, one of the gold titles missing"),
    ("title extra", "person found, a predicted title nobody labelled"),
)


@cache
def _heads(lang: str) -> tuple[tuple[str, ...], ...]:
    """The lexicon's position words (heads and strong heads), as folded word tuples."""
    path = ROOT / "src" / "tomtat" / "data" / f"officials-{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    words = [*raw.get("heads", []), *raw.get("strong_heads", [])]
    return tuple(sorted({tuple(norm(h).split()) for h in words if norm(h)}))


def _has_head(lang: str, title: str) -> bool:
    toks = norm(title).split()
    for head in _heads(lang):
        m = len(head)
        if any(tuple(toks[k : k + m]) == head for k in range(len(toks) - m + 1)):
            return True
    return False


def categorise(art: Article, gold: list[Person], pred: list[Person]) -> Counter[str]:
    """Error counts by category for one article (heuristics, documented in CATEGORIES)."""
    out: Counter[str] = Counter()
    pairs = match_people(gold, pred)
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    text = norm(art.text)
    sentences = [norm(s.text) for s in segment.split(art.text, art.lang).sentences]
    unmatched_pred = [pred[pi] for pi in range(len(pred)) if pi not in mp]
    for gi, g in enumerate(gold):
        if gi in mg:
            continue
        forms = g.forms()
        words = set(norm(g.name).split())
        if not all(f in text for f in forms) or not all(norm(t) in text for t in g.titles):
            out["label doubtful"] += 1
        elif any(words & set(norm(p.name).split()) for p in unmatched_pred):
            out["name boundary"] += 1
        elif g.titles and not any(_has_head(art.lang, t) for t in g.titles):
            out["head missing"] += 1
        elif not any(
            norm(t) in s and any(f in s for f in forms) for s in sentences for t in g.titles
        ):
            out["cross-sentence"] += 1
        else:
            out["pattern not covered"] += 1
    gold_words = [set(norm(g.name).split()) for gi, g in enumerate(gold) if gi not in mg]
    for p in unmatched_pred:
        if not any(w & set(norm(p.name).split()) for w in gold_words):
            out["not an official"] += 1
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        found = match_titles(g.titles, p.titles)
        missing = len(g.titles) - found
        for t in g.titles:
            if missing <= 0:
                break
            if max((token_f1(t, q) for q in p.titles), default=0.0) >= 0.6:
                continue
            missing -= 1
            close = any(token_f1(t, q) > 0 for q in p.titles)
            out["title boundary" if close else "title not linked"] += 1
        out["title extra"] += len(p.titles) - found
    return out


# --------------------------------------------------------------------- report


def evaluate(arts: list[Article], *, repeat: int, show_diff: bool) -> tuple[Score, Counter[str]]:
    score = Score()
    cats: Counter[str] = Counter()
    for art in arts:
        gold = gold_people(art.gold)
        pred, secs = predict(art, repeat=repeat)
        score.add(gold, pred)
        score.seconds += secs
        cats += categorise(art, gold, pred)
        if show_diff:
            diff(art, gold, pred)
    return score, cats


def category_table(cats: dict[str, Counter[str]]) -> str:
    sets = list(cats)
    lines = [
        "| error category | " + " | ".join(sets) + " | meaning |",
        "| --- | " + " | ".join("---:" for _ in sets) + " | --- |",
    ]
    for name, meaning in CATEGORIES:
        cells = " | ".join(str(cats[k][name]) for k in sets)
        lines.append(f"| {name} | {cells} | {meaning} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diff", choices=["vi", "en"], help="print per-article differences (dev)")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    ap.add_argument("--no-uts", action="store_true", help="skip the underthesea baseline")
    ap.add_argument("--repeat", type=int, default=3, help="timing: best of N runs per article")
    ap.add_argument("--against", type=Path, help="another checkout: compare extraction speed")
    ap.add_argument("--rounds", type=int, default=5, help="with --against: alternating runs")
    ap.add_argument("--label", help="with --against: how to name the other checkout")
    args = ap.parse_args(argv)
    if not (DATA / "officials-dev-vi.jsonl").exists():
        print(f"labelled data not found under {DATA}", file=sys.stderr)
        return 1
    if args.against:
        arts = [*load("vi"), *load("en")]
        ours, theirs = compare_speed(args.against.resolve(), arts, args.rounds)
        line = (
            f"`officials.extract` on the {len(arts)} dev politics articles, median of"
            f" {args.rounds} alternating fresh processes (best of 3 per article): {ours:,.0f} µs"
            f" here, {theirs:,.0f} µs in {args.label or args.against} ({ours / theirs:.2f}x)"
        )
        print(line)
        if not args.no_write:
            write_section(
                "officials-speed",
                "## Officials extraction against an earlier version\n\n"
                f"Command: `.venv/bin/python bench/officials.py --against CHECKOUT --rounds"
                f" {args.rounds}`  \nMachine: {machine()}\n\n{line}",
            )
        return 0

    out = [HEADER]
    notes: list[str] = []
    cats: dict[str, Counter[str]] = {}
    for lang in ("vi", "en"):
        dev = load(lang)
        predict(dev[0])  # warm-up: lazy lexicon loading is not billed to one article
        score, cats[f"dev {lang}"] = evaluate(dev, repeat=args.repeat, show_diff=args.diff == lang)
        out.append(row(f"tomtat {lang} dev labels", score))
        train = load_train(lang) if (DATA / f"officials-train-{lang}.jsonl").exists() else []
        if train and not args.diff:
            score, cats[f"train {lang}"] = evaluate(train, repeat=args.repeat, show_diff=False)
            out.append(row(f"tomtat {lang} train labels (unseen)", score))
        others = unlabelled(lang)
        if others and not args.diff:
            times, with_officials = [], 0
            for art in others:
                pred, secs = predict(art, repeat=args.repeat)
                times.append(secs)
                with_officials += bool(pred)
            notes.append(
                f"Speed on the {len(others)} unlabelled non-politics {lang} dev articles:"
                f" {sum(times) / len(times) * 1e6:,.0f} µs / article (officials found in"
                f" {with_officials})."
            )
        if lang == "vi" and not args.no_uts and not args.diff:
            for label, arts in (("dev", dev), ("train", train)):
                found, info, secs = underthesea_names(arts)
                if found is None:
                    notes.append(f"underthesea baseline skipped: {info}.")
                    break
                us = Score()
                for art in arts:
                    us.add(gold_people(art.gold), uts_people(found.get(art.id, [])))
                us.seconds = secs
                out.append(row(f"underthesea NER (PER spans) vi {label}", us, with_titles=False))
            else:
                notes.append(
                    f"underthesea {info}: `ner()` per paragraph in a separate venv"
                    f" ({UTS_PYTHON.parent.parent.name}); every PER span counts as a predicted"
                    " person (it has no notion of a position, hence no titles and a low"
                    " precision); PER spans merged by name (a span that is a word prefix/suffix"
                    " of a longer one joins it); time per article excludes model loading."
                )
    table = "\n".join(out)
    print(table)
    if not args.diff:
        print()
        print(category_table(cats))
    for n in notes:
        print(n)
    if args.diff or args.no_write:
        return 0
    text = "\n".join(
        [
            "## Key officials (`tomtat.officials`)",
            "",
            "Command: `.venv/bin/python bench/officials.py`  ",
            f"Machine: {machine()}",
            "",
            "Data (`../shared/data`): dev labels `officials-dev-{vi,en}.jsonl` (vi: seed + 100"
            " VietNews politics articles, en: 58 CNN politics articles; what the rules were"
            " built on) and train labels `officials-train-{vi,en}.jsonl` (150 + 100 politics"
            " articles of the train corpora, labelled apart from the rules: the unseen check).",
            "",
            table,
            "",
            "Errors by category (counts of people for the first five and the sixth; of titles"
            " on found people for the last three):",
            "",
            category_table(cats),
            "",
            *(f"* {n}" for n in notes),
            *(f"* Label note: {n}" for n in LABEL_NOTES),
            "* Names: one-to-one, case/accent-insensitive, name or alias equality either way."
            " Titles: end to end, a gold title counts only on its matched person, token-overlap"
            " F1 >= 0.6. Mentions: exact count among matched persons. Time: `officials.extract`"
            " only (segmentation excluded), lexicons preloaded, best of 3 runs per article,"
            " wall clock on a machine shared with other jobs.",
        ]
    )
    write_section("officials", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
