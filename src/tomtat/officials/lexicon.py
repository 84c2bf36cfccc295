"""The lexicon: the shipped word lists folded into frozen lookup sets and phrases."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType

from tomtat.officials.data import both, raw
from tomtat.officials.keys import WORDS, strip_accents, toneless, word_key
from tomtat.officials.tokens import Tok, tokenize

Phrase = tuple[str, ...]


# a trie node: the length of the phrase that ends here (0: none) and the nodes after it
_Node = tuple[int, dict[str, "_Node"]]


class Phrases:
    """Multi-word phrases in a trie of token keys: a match walks as many tokens as it
    matches, not every phrase that shares the first word (forty for "chief")."""

    __slots__ = ("_trie",)

    def __init__(self, phrases: Iterable[str]) -> None:
        trie: dict[str, _Node] = {}
        for text in phrases:
            keys = [t.key for t in tokenize(text).toks]
            level = trie
            for size, key in enumerate(keys, 1):
                end, after = level.get(key, (0, {}))
                level[key] = (len(keys) if size == len(keys) else end, after)
                level = after
        self._trie = trie

    def match(self, toks: Sequence[Tok], i: int) -> int:
        """Length of the longest phrase starting at ``toks[i]`` (0 when none, and past the
        end of the tokens)."""
        n = len(toks)
        if i >= n:
            return 0
        node = self._trie.get(toks[i].key)
        if node is None:
            return 0
        best, after = node
        i += 1
        while after and i < n:
            node = after.get(toks[i].key)
            if node is None:
                break
            end, after = node
            if end:
                best = end
            i += 1
        return best

    def firsts(self) -> frozenset[str]:
        return frozenset(self._trie)

    def __contains__(self, key: object) -> bool:
        return key in self._trie


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """One language's word lists as keys (see the data file's ``_doc``).

    Compared and hashed by identity (``eq=False``): one instance per language, used as a
    cache key, so hashing never walks its eighty tables."""

    lang: str
    heads: Phrases
    heads_lower: Phrases
    strong_heads: Phrases
    premods: Phrases
    honorifics: Phrases
    places: Phrases
    stop: Phrases
    keep_after_org: Phrases
    surnames: frozenset[str]
    org_words: frozenset[str]
    not_names: frozenset[str]
    not_names_inside: frozenset[str]
    left_lower: frozenset[str]
    admin_units: Phrases
    degrees: frozenset[str]
    object_markers: Phrases
    first_names: frozenset[str]
    copulas: Phrases
    months: frozenset[str]
    quantifiers: frozenset[str]
    speech_verbs: frozenset[str]
    org_names_after: Phrases
    place_preps: Phrases
    head_last: frozenset[str] = field(default_factory=frozenset)
    triggers: frozenset[str] = field(default_factory=frozenset)
    head_first: frozenset[str] = field(default_factory=frozenset)
    head_words: frozenset[str] = field(default_factory=frozenset)
    head_starts: frozenset[str] = field(default_factory=frozenset)  # first keys: heads, premods
    hit_starts: frozenset[str] = field(default_factory=frozenset)  # first keys: heads, honorifics
    left_block: frozenset[str] = field(default_factory=frozenset)
    function_words: frozenset[str] = field(default_factory=frozenset)
    list_openers: frozenset[str] = field(default_factory=frozenset)
    conjunctions: frozenset[str] = field(default_factory=frozenset)  # this language's
    chain_links: frozenset[str] = field(default_factory=frozenset)  # between chained titles
    # lists that apply whatever the article's language (mixed text): both files
    any_conjunctions: frozenset[str] = field(default_factory=frozenset)
    any_title_joiners: frozenset[str] = field(default_factory=frozenset)
    weak_aliases: frozenset[str] = field(default_factory=frozenset)
    is_degree: Callable[[str], bool] = bool  # a token key: an academic degree ("ts", "pgs.ts")
    # English: one-word titles that are also family names; words that never modify a head;
    # verbs of leading in ", who heads the <Organisation>"
    surname_heads: frozenset[str] = field(default_factory=frozenset)
    not_mods: frozenset[str] = field(default_factory=frozenset)
    lead_verbs: frozenset[str] = field(default_factory=frozenset)
    plurals: frozenset[str] = field(default_factory=frozenset)  # "leaders", "congressmen"
    institutions: frozenset[str] = field(default_factory=frozenset)  # "company", "agency"
    chambers: frozenset[str] = field(default_factory=frozenset)  # "House", "Senate"
    participles: frozenset[str] = field(default_factory=frozenset)  # "elected", "ousted"
    tenure_words: frozenset[str] = field(default_factory=frozenset)  # "X's stint as"
    ranks: Phrases = field(default_factory=lambda: Phrases([]))  # "General", "Ayatollah"
    appoint_words: frozenset[str] = field(default_factory=frozenset)  # "named X as"
    # Vietnamese title grammar (see the data file's _doc)
    premods_cap: Phrases = field(default_factory=lambda: Phrases(()))  # only capitalised
    copula_fillers: Phrases = field(default_factory=lambda: Phrases(()))
    copula_joiners: Phrases = field(default_factory=lambda: Phrases(()))
    title_adjectives: frozenset[str] = field(default_factory=frozenset)
    regnal_heads: Phrases = field(default_factory=lambda: Phrases(()))
    collective_heads: tuple[tuple[str, ...], ...] = ()  # accent-free word tuples
    not_after_head: Phrases = field(default_factory=lambda: Phrases(()))
    title_continuers: Phrases = field(default_factory=lambda: Phrases(()))
    time_words: Phrases = field(default_factory=lambda: Phrases(()))
    org_phrases: frozenset[str] = field(default_factory=frozenset)  # org_words, keys joined
    pronoun_openers: frozenset[str] = field(default_factory=frozenset)
    # function-word tables of the grammar (see the data file's _doc)
    complements: frozenset[str] = field(default_factory=frozenset)
    second_complements: frozenset[str] = field(default_factory=frozenset)
    determiners: frozenset[str] = field(default_factory=frozenset)
    apposition_determiners: frozenset[str] = field(default_factory=frozenset)
    definite_articles: frozenset[str] = field(default_factory=frozenset)
    indefinite_articles: frozenset[str] = field(default_factory=frozenset)
    possessive_markers: frozenset[str] = field(default_factory=frozenset)
    left_skips: frozenset[str] = field(default_factory=frozenset)
    name_links: frozenset[str] = field(default_factory=frozenset)
    origin_preps: frozenset[str] = field(default_factory=frozenset)
    post_preps: frozenset[str] = field(default_factory=frozenset)
    example_openers: frozenset[str] = field(default_factory=frozenset)
    party_plurals: frozenset[str] = field(default_factory=frozenset)
    relative_pronouns: frozenset[str] = field(default_factory=frozenset)
    relatives: frozenset[str] = field(default_factory=frozenset)
    date_preps: frozenset[str] = field(default_factory=frozenset)
    now_words: frozenset[str] = field(default_factory=frozenset)
    before_date: frozenset[str] = field(default_factory=frozenset)
    generational_suffixes: frozenset[str] = field(default_factory=frozenset)
    stop_names: frozenset[str] = field(default_factory=frozenset)
    post_premods: frozenset[str] = field(default_factory=frozenset)
    foreign_places: Phrases = field(default_factory=lambda: Phrases(()))
    patronymics: frozenset[str] = field(default_factory=frozenset)
    title_abbreviations: Mapping[str, str] = field(default_factory=dict)
    date_words: frozenset[str] = field(default_factory=frozenset)


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word_key(w) for w in words)


def _plural(word: str) -> str:
    """The English plural of a head's last word ("congressmen", "secretaries")."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    return word + "s"


def _plurals(lang: str) -> frozenset[str]:
    """Keys of the last words of plural heads, listed ("Congressmen") or added."""
    heads = head_phrases(lang)
    if lang != "en":
        return frozenset()
    forms = {word_key(_plural_phrase(h)) for h in heads}
    return frozenset(tokenize(h).toks[-1].key for h in heads if word_key(h) in forms)


def _plural_phrase(head: str) -> str:
    *before, last = head.split(" ")
    return " ".join([*before, _plural(last)])


def _with_plurals(lang: str, phrases: list[str]) -> list[str]:
    """``phrases`` and, in English, those of their plurals that are heads ("Presidents")."""
    if lang != "en":
        return phrases
    heads = {word_key(h) for h in head_phrases(lang)}
    return phrases + [p for h in phrases if word_key(p := _plural_phrase(h)) in heads]


def head_phrases(lang: str) -> list[str]:
    """The heads of ``lang`` as written and, in English, their plurals ("leaders",
    "Prime Ministers": a plural title covers the list of names after it) and their
    "-elect" forms ("Mayor-elect", "Prime Minister-elect")."""
    words = raw(lang)
    heads = [str(h) for h in words["heads"]]
    if lang != "en":
        return heads
    known = {word_key(h) for h in heads}
    lead = _keys(words.get("lead_verbs", []))
    plurals = []
    for h in heads:
        last = h.split(" ")[-1]
        if len(last) < 4 or not last.isalpha() or last.isupper() or last.endswith("s"):
            continue
        for form in (_plural_phrase(h), f"{h}-elect"):
            if word_key(form) not in known | lead:
                plurals.append(form)
                known.add(word_key(form))
    return heads + plurals


@cache
def lexicon(lang: str) -> Lexicon:
    """The frozen lexicon of ``lang`` ("vi" or "en"), every entry folded to its key."""
    words = raw(lang)
    heads_cap = [str(h) for h in words.get("heads_cap", [])]  # count only capitalised
    heads = head_phrases(lang) + heads_cap
    # the screen lets a sentence through on a head or a verb of leading ("who chairs the")
    lead_verbs = [str(v) for v in words.get("lead_verbs", [])]
    head_words = frozenset(" ".join(WORDS.findall(toneless(h))[:2]) for h in [*heads, *lead_verbs])
    head_last = frozenset(tokenize(h).toks[-1].key for h in heads if tokenize(h).toks)
    heads_phrases = Phrases(heads)
    degrees = frozenset(word_key(w).rstrip(".") for w in words.get("degrees", []))
    premods = Phrases(words.get("premods", []))
    premods_cap = Phrases(words.get("premods_cap", []))
    honorifics = Phrases(words.get("honorifics", []))
    cap_only = _keys(words.get("cap_only", []))
    cap_only |= {word_key(_plural(w)) for w in words.get("cap_only", [])}
    return Lexicon(
        lang=lang,
        heads=heads_phrases,
        # a head matches in lower case too, unless it is a common word there ("general") or
        # counts only capitalised ("chức vụ Phó ..." holds no "Vụ phó")
        heads_lower=Phrases(h for h in heads if word_key(h) not in cap_only and h not in heads_cap),
        strong_heads=Phrases(_with_plurals(lang, words.get("strong_heads", []))),
        premods=premods,
        honorifics=honorifics,
        places=Phrases(words.get("places", [])),
        stop=Phrases(words.get("stop", [])),
        keep_after_org=Phrases(words.get("keep_after_org", [])),
        surnames=_keys(words.get("surnames", [])),
        org_words=_keys(words.get("org_words", [])),
        not_names=_keys(words.get("not_names", [])),
        # "UN" ends a name run, but "Kim Jong Un" is a name: acronyms only at the start
        not_names_inside=_keys(
            w for w in words.get("not_names", []) if not (w.isupper() and len(w) > 1)
        ),
        left_lower=_keys(words.get("left_lower", [])),
        admin_units=Phrases(words.get("admin_units", [])),
        degrees=degrees,
        object_markers=Phrases(words.get("object_markers", [])),
        first_names=_keys(words.get("first_names", []) or raw("en").get("first_names", [])),
        copulas=Phrases(words.get("copulas", [])),
        months=_keys(words.get("months", [])),
        quantifiers=_keys(words.get("quantifiers", [])),
        speech_verbs=_keys(words.get("speech_verbs", [])),
        org_names_after=Phrases(words.get("org_names_after", [])),
        place_preps=Phrases(words.get("place_preps", [])),
        head_last=head_last,
        head_first=frozenset(tokenize(h).toks[0].key for h in heads if tokenize(h).toks),
        head_words=head_words,
        head_starts=heads_phrases.firsts() | premods.firsts() | premods_cap.firsts(),
        hit_starts=heads_phrases.firsts() | honorifics.firsts() | _keys(lead_verbs),
        triggers=frozenset(
            tokenize(w).toks[0].key
            for w in [
                *heads,
                *words.get("premods", []),
                *words.get("premods_cap", []),
                *words.get("honorifics", []),
            ]
            if tokenize(w).toks
        ),
        left_block=_keys(words.get("left_block", [])),
        function_words=_keys(words.get("function_words", [])),
        list_openers=_keys(words.get("list_openers", [])) | {":"},
        conjunctions=_keys(words.get("conjunctions", [])),
        chain_links=_keys(words.get("title_joiners" if lang == "vi" else "conjunctions", []))
        | {","},
        any_conjunctions=_keys(both("conjunctions")),
        any_title_joiners=_keys(both("title_joiners")),
        weak_aliases=_keys(both("weak_aliases")),
        is_degree=_degree_test(degrees),
        surname_heads=_keys(words.get("surname_heads", [])),
        not_mods=_keys(words.get("not_modifiers", [])),
        lead_verbs=_keys(lead_verbs),
        plurals=_plurals(lang),
        chambers=_keys(words.get("chambers", [])),
        participles=_keys(words.get("office_participles", [])),
        tenure_words=_keys(words.get("tenure_words", [])),
        ranks=Phrases(words.get("ranks", [])),
        appoint_words=_keys(words.get("appoint_words", [])),
        institutions=_keys(words.get("institutions", [])),
        premods_cap=premods_cap,
        copula_fillers=Phrases(words.get("copula_fillers", [])),
        copula_joiners=Phrases(words.get("copula_joiners", [])),
        title_adjectives=_keys(words.get("title_adjectives", [])),
        regnal_heads=Phrases(words.get("regnal_heads", [])),
        collective_heads=tuple(
            tuple(strip_accents(t.text).rstrip(".") for t in tokenize(h).toks if t.word)
            for h in words.get("collective_heads", [])
        ),
        not_after_head=Phrases(words.get("not_after_head", [])),
        title_continuers=Phrases(words.get("title_continuers", [])),
        time_words=Phrases(words.get("time_words", [])),
        pronoun_openers=_keys(words.get("pronoun_openers", [])),
        complements=_keys(words.get("complements", [])),
        second_complements=_keys(words.get("second_complements", [])),
        determiners=_keys(words.get("determiners", [])),
        apposition_determiners=_keys(words.get("apposition_determiners", [])),
        definite_articles=_keys(words.get("definite_articles", [])),
        indefinite_articles=_keys(words.get("indefinite_articles", [])),
        possessive_markers=_keys(words.get("possessive_markers", [])),
        left_skips=_keys(words.get("left_skips", [])),
        name_links=_keys(words.get("name_links", [])),
        origin_preps=_keys(words.get("origin_preps", [])),
        post_preps=_keys(words.get("post_preps", [])),
        example_openers=_keys(words.get("example_openers", [])),
        party_plurals=_keys(words.get("party_plurals", [])),
        relative_pronouns=_keys(words.get("relative_pronouns", [])),
        relatives=_keys(words.get("relatives", [])),
        date_preps=_keys(words.get("date_preps", [])),
        now_words=_keys(words.get("now_words", [])),
        before_date=_keys(words.get("before_date", [])),
        generational_suffixes=_keys(words.get("generational_suffixes", [])),
        stop_names=_keys(words.get("stop_names", [])),
        post_premods=_keys(words.get("post_premods", [])),
        foreign_places=Phrases(words.get("foreign_places", [])),
        patronymics=_keys(words.get("patronymics", [])),
        title_abbreviations=MappingProxyType(
            {
                word_key(k).rstrip("."): word_key(v)
                for k, _, v in (e.partition(" = ") for e in words.get("title_abbreviations", []))
            }
        ),
        date_words=_keys(words.get("date_words", [])),
        org_phrases=frozenset(
            " ".join(t.key for t in tokenize(w).toks) for w in words.get("org_words", [])
        ),
    )


def _degree_test(degrees: frozenset[str]) -> Callable[[str], bool]:
    """Whether a token key is made of degrees only ("pgs.ts"); a pure function, cached."""

    @lru_cache(maxsize=1 << 16)
    def is_degree(key: str) -> bool:
        parts = [p for p in key.split(".") if p]
        return bool(parts) and all(p in degrees for p in parts)

    return is_degree
