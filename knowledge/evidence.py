"""Checks that the curated base's evidence backs exactly what is said. Pure Python, no Telegram.

    problems = evidence_problems(loaded_base)      # a LoadedBase from knowledge.loading.load_base

Three rules, each naming the file, the entry, the field and what is wrong in plain words:

(a) hedge and attribution: a claim whose statement hedges ("may", "likely", "expected", "believed"...)
    rests on a quote that carries a hedge of the same kind, and a claim whose statement attributes
    ("says", "according to", "accused", "confirmed"...) rests on a quote that names who says it
    (words of `asserted_by`, or any name of the entity it names), unless the asserter is the article's
    own reporter or publisher, whose words every quote from that article is.
(b) not facts: no claim quotes a line that `corpus/sources.yaml` lists under `not_facts` (headlines,
    captions, signposts). An entity may quote one only for a credit ("Photo:", "File:", "Source:")
    that names it: that is the evidence a photo agency or a publisher is credited.
(c) shared subject: every claim an FAQ answer cites shares a subject with the answer: the answer names
    one of the claim's less common entities, or shares at least two content words (years count) with
    the claim's statement, or one content word while naming two of the claim's entities. Entities named
    by a large share of all claims (North Korea, Russia, Kim, Putin...) are not evidence of a shared
    subject on their own. This catches an answer citing a claim about something else; it cannot tell
    whether a claim on the same subject is quoted out of context.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import snowballstemmer

from knowledge.loading import LoadedBase
from knowledge.model import Article, Claim, Entity, FaqEntry, Quote
from knowledge.patterns import lazy_compile
from knowledge.problems import Problem

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent / "base"


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated words and phrases, as a tuple."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


HEDGE_KINDS: dict[str, tuple[str, ...]] = {
    # kind of hedge: the words that carry it (matched as whole words or phrases, case-insensitively)
    "possibility": _phrases("may, might, could, possibly, possible, possibility, potential, potentially, perhaps"),
    "likelihood": _phrases("likely, unlikely, probably"),
    "expectation": _phrases(
        "expected, expects, expect, anticipated, poised, set to, scheduled, planned, forthcoming, upcoming, would"
    ),
    "hearsay": _phrases(
        "reportedly, allegedly, believed, suspected, suspect, suspects, suspicions, suspicion, appeared"
    ),
    "uncertainty": _phrases("unclear, uncertain, whether, doubted, question mark"),
    "speculation": _phrases("speculation"),
}
"""A statement's hedge must be carried by a quote's hedge of the same kind: "expected" is not "could"."""

NOT_STATEMENT_HEDGES = frozenset({"would", "planned", "upcoming", "forthcoming"})
"""Words that carry a hedge in a quote but, in our own statements, only describe ("the planned summit",
"an announcement that Putin would visit", "weapons that would be used")."""

QUOTE_ALSO_CARRIES: dict[str, tuple[str, ...]] = {
    "possibility": ("likelihood", "speculation", "uncertainty"),
    "likelihood": ("expectation",),
    "expectation": ("likelihood",),
    "hearsay": (),
    "uncertainty": (),
    "speculation": ("possibility",),
}
"""Nearby kinds a quote may carry instead: "possible" is backed by "likely", "likely" by "expected"."""

ATTRIBUTION_WORDS = _phrases(
    "say, says, said, saying, according to, told, tells, stated, claim, claims, claimed, claiming, allege, alleges, "
    "alleged, allegedly, accuse, accuses, accused, reportedly, reports, reported, suggest, suggests, suggested, "
    "notes, noted, writes, wrote, argued, argues, warned, warns, urged, urges, urging, believe, believes, believed, "
    "confirmed, confirms, confirming, denied, denies, deny, emphasized, emphasised, mentioned, expressed, reminded, "
    "announced, doubted, suspect, suspects, suspected, quoted, called, calls, recalls, adds"
)
"""Words by which a statement puts its content in someone's mouth."""

_SELF = ("reporter", "article", "reuters", "al jazeera", "ap", "associated press")
"""Asserters that are the article itself: every quote from the article is in their words."""

_UNNAMED = ("unattributed", "unnamed", "does not say who")
"""Asserters the article does not name: the hedge in the quote is all the attribution there is."""


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ASSERTER_STOPWORDS = _word_set(
    "the a an of and or by as in on from with for to at its his her their what who is are was were "
    "citing relaying quoted reported reporter say says said people former head director spokesperson "
    "spokesman analyst expert minister deputy chief secretary official here"
)

_CREDIT = lazy_compile(r"(?:Photo|File|Source):")

_STOPWORDS = _word_set(
    """a about above after again against all also although an and any are as at be because been before being
    below between both but by can could did do does doing down during each even few for from further had has
    have having he her here hers him his how i if in into is it its itself just may might more most much must
    my no nor not now of off on once only or other our out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what when where
    whether which while who whom why will with would yet you your yes says say said saying according told also
    one two three first new now that's it's isn't don't articles article reuters ap al jazeera explainer report
    reports writes notes"""
)

_STEMMER = snowballstemmer.stemmer("english")
_WORD = lazy_compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*")
_COMMON_ENTITY_SHARE = 0.2
"""An entity named by more than this share of all claims does not, alone, show two texts share a subject."""


def _problem(file: str, entry: str, field: str, message: str) -> Problem:
    return Problem(file, message, entry, field)


def evidence_problems(base: LoadedBase, knowledge_dir: Path | None = None) -> list[Problem]:
    """Every place where the base's evidence does not back exactly what an entry says."""
    files = _EntryFiles(knowledge_dir or DEFAULT_KNOWLEDGE_DIR)
    names = _EntityNames(base.entities)
    problems: list[Problem] = []
    for claim in base.claims.values():
        where = files.claim(claim)
        problems += _hedge_problems(claim, where)
        problems += _attribution_problems(claim, base.articles, names, where)
        problems += _not_fact_problems(claim.id, claim.quotes, base.articles, where)
    for entity in base.entities.values():
        problems += _not_fact_problems(entity.id, entity.quotes, base.articles, files.entities, entity)
    common = _common_entities(base.claims.values())
    for entry in base.faq.values():
        problems += _subject_problems(entry, base, names, common, files.faq(entry))
    return problems


# (a) hedges and attribution


def _hedge_problems(claim: Claim, where: str) -> list[Problem]:
    problems = []
    quote_kinds = [_hedge_kinds(q.text) for q in claim.quotes]
    for kind, word in _hedge_kinds(claim.statement, NOT_STATEMENT_HEDGES).items():
        accepted = {kind, *QUOTE_ALSO_CARRIES[kind]}
        if not any(accepted & set(kinds) for kinds in quote_kinds):
            problems.append(
                _problem(
                    where,
                    claim.id,
                    "quotes",
                    f"the statement hedges ('{word}') but no quote carries a hedge of that kind "
                    f"({', '.join(HEDGE_KINDS[kind][:4])}...): quote the words that hedge, or drop the hedge",
                )
            )
    return problems


def _hedge_kinds(text: str, ignore: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each kind of hedge the text carries, with the first word that carries it."""
    lowered = _fold(text)
    found = {}
    for kind, words in HEDGE_KINDS.items():
        for word in words:
            if word not in ignore and re.search(rf"\b{re.escape(word)}\b", lowered):
                found[kind] = word
                break
    return found


def _attribution_problems(claim: Claim, articles: dict[str, Article], names: _EntityNames, where: str):
    statement = _fold(claim.statement)
    trigger = next((w for w in ATTRIBUTION_WORDS if re.search(rf"\b{re.escape(w)}\b", statement)), None)
    if trigger is None:
        return []
    asserter = _fold(claim.asserted_by)
    if any(re.search(rf"\b{re.escape(w)}\b", asserter) for w in _UNNAMED):
        return []
    for quote in claim.quotes:
        if _is_own_article(asserter, articles[quote.article]):
            return []
    keywords = _asserter_keywords(claim.asserted_by, names)
    for quote in claim.quotes:
        words = set(_words(quote.text))
        if keywords & words or any(_contains_phrase(quote.text, alias) for alias in names.aliases_in(asserter)):
            return []
    return [
        _problem(
            where,
            claim.id,
            "quotes",
            f"the statement attributes ('{trigger}') to {claim.asserted_by}, but no quote names them: "
            "quote the words that say who says it (or add a second quote that does)",
        )
    ]


def _is_own_article(asserter: str, article: Article) -> bool:
    """Whether the asserter is the reporter or the publisher of the article quoted."""
    if re.search(r"\breporter\b|\bthe article\b", asserter):
        return True
    publisher = _fold(article.publisher)
    return any(
        re.search(rf"\b{re.escape(name)}\b", asserter) and re.search(rf"\b{re.escape(name)}\b", publisher)
        for name in _SELF
    )


def _asserter_keywords(asserted_by: str, names: _EntityNames) -> set[str]:
    """The distinctive words that name an asserter: "U.S. officials" -> {officials}; a bare country keeps
    its own name ("the United States" -> {united, states})."""
    words = [w for w in _words(asserted_by) if w not in _ASSERTER_STOPWORDS]
    distinctive = {w for w in words if w not in names.place_words}
    return distinctive or set(words)


# (b) not facts


def _not_fact_problems(
    entry_id: str,
    quotes: tuple[Quote, ...],
    articles: dict[str, Article],
    where: str,
    entity: Entity | None = None,
) -> list[Problem]:
    problems = []
    for number, quote in enumerate(quotes, 1):
        article = articles[quote.article]
        line = _not_fact_line(quote.text, article)
        if line is None:
            continue
        if entity is not None and _credits(line, entity):
            continue
        problems.append(
            _problem(
                where,
                entry_id,
                f"quotes[{number}].text",
                f"quotes {line!r}, which corpus/sources.yaml lists as not a fact (a headline, caption or "
                "signpost): quote the article's own sentence instead",
            )
        )
    return problems


def _not_fact_line(text: str, article: Article) -> str | None:
    """The not-a-fact line that every occurrence of the quote lies in, if any."""
    spans = []
    for line in article.not_facts:
        start = article.text.find(line)
        while start != -1:
            spans.append((start, start + len(line), line))
            start = article.text.find(line, start + 1)
    if not spans:
        return None
    inside = None
    start = article.text.find(text)
    if start == -1:
        return None
    while start != -1:
        end = start + len(text)
        hit = next((line for s, e, line in spans if start < e and s < end), None)
        if hit is None:
            return None
        inside = hit
        start = article.text.find(text, start + 1)
    return inside


def _credits(line: str, entity: Entity) -> bool:
    """Whether the line is a credit ("Photo: ...", "[File: ...]", "Source: ...") that names the entity."""
    match = _CREDIT.search(line)
    if match is None:
        return False
    credit = line[match.end() :]
    return any(_contains_phrase(credit, name) for name in (entity.name, *entity.aliases))


# (c) shared subject


def _subject_problems(entry: FaqEntry, base: LoadedBase, names: _EntityNames, common: set[str], where: str):
    answer = entry.answer
    answer_stems = _content_stems(answer, names)
    problems = []
    for claim_id in entry.claims:
        claim = base.claims[claim_id]
        if any(names.mentioned(answer, e) for e in claim.entities if e not in common):
            continue
        shared = answer_stems & _content_stems(claim.statement, names)
        named = sum(names.mentioned(answer, e) for e in claim.entities)
        if len(shared) >= 2 or (shared and named >= 2):
            continue
        problems.append(
            _problem(
                where,
                entry.id,
                "claims",
                f"cites '{claim_id}', which shares no subject with the answer ({named} of its entities named, "
                f"{len(shared)} content word(s) in common): cite the claims the answer rests on, or say in the "
                "answer what the claim backs",
            )
        )
    return problems


def _common_entities(claims) -> set[str]:
    claims = list(claims)
    counts = Counter(e for c in claims for e in set(c.entities))
    return {e for e, n in counts.items() if n > _COMMON_ENTITY_SHARE * len(claims)}


def _content_stems(text: str, names: _EntityNames) -> set[str]:
    words = [w for w in _words(text) if w not in _STOPWORDS and w not in names.place_words]
    return {_STEMMER.stemWord(w) for w in words if len(w) > 2}


# shared helpers


class _EntityNames:
    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities
        self.names = {e.id: tuple(n for n in (e.name, *e.aliases) if len(n) > 1) for e in entities.values()}
        self.place_words = frozenset(
            w
            for e in entities.values()
            if e.kind in ("country", "place")
            for n in (e.name, *e.aliases)
            for w in _words(n)
        ) | {"korean", "russian", "american", "soviet", "ukrainian", "chinese", "japanese", "u.s", "us"}

    def mentioned(self, text: str, entity_id: str) -> bool:
        return any(_contains_phrase(text, name) for name in self.names.get(entity_id, ()))

    def aliases_in(self, text: str) -> list[str]:
        """Every name of every entity the text names."""
        return [n for names in self.names.values() if any(_contains_phrase(text, n) for n in names) for n in names]


class _EntryFiles:
    """Which file holds each entry, read from the `- id:` lines, for messages that name the file."""

    def __init__(self, knowledge_dir: Path):
        self.root = knowledge_dir
        self.where: dict[str, str] = {}
        for path in sorted(knowledge_dir.glob("**/*.yaml")):
            for match in re.finditer(r"^- id: *([a-z0-9-]+)", path.read_text(encoding="utf-8"), re.MULTILINE):
                self.where.setdefault(match.group(1), self._show(path))
        self.entities = self._show(knowledge_dir / "entities.yaml")

    def _show(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def claim(self, claim: Claim) -> str:
        return self.where.get(claim.id) or self._show(self.root / "claims" / f"{claim.quotes[0].article}.yaml")

    def faq(self, entry: FaqEntry) -> str:
        return self.where.get(entry.id) or self._show(self.root / "faq" / f"{entry.topic}.yaml")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    return re.sub(r"\bu\.s\.", "us", text)


def _words(text: str) -> list[str]:
    return [w.rstrip(".") for w in _WORD.findall(re.sub(r"'s\b", "", _fold(text)))]


def _contains_phrase(text: str, phrase: str) -> bool:
    words, target = _words(text), _words(phrase)
    if not target:
        return False
    n = len(target)
    return any(words[i : i + n] == target for i in range(len(words) - n + 1))
