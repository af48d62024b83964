"""The answering engine's one public object: load the base once, then `answer(text)` for every message."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.answer_types import asked_type, types_answered
from knowledge.loading import LoadedBase, load_base
from knowledge.matching import Backing, Candidate, Document, Matcher
from knowledge.model import Answer, Article, Claim, Entity, FaqEntry, Quote, SourceLink, Suggestion, Topic
from knowledge.normalizing import NAMED_KINDS, Normalizer, clean_words

ANSWER_AT = 0.66
"""A candidate scoring this much is answered outright."""
CLEAR_LEAD_AT = 0.58
CLEAR_LEAD = 0.05
"""A candidate from CLEAR_LEAD_AT is answered too when it leads every other by CLEAR_LEAD."""
UNSURE_AT = 0.52
"""Between UNSURE_AT and ANSWER_AT the bot asks "did you mean…" instead of guessing."""
DECLINE_MARGIN = 0.015
"""A fact is not answered outright when an entry saying the articles cannot know (the summit's outcome, or a
detail they never give) fits the message within this margin: the bot asks which of the two was meant."""
SUGGEST_AT = 0.35
"""Weaker candidates are still offered as suggestions when the bot declines."""
IN_DOMAIN_RECALL = 0.4
"""A declined message that names no one and explains this little is off-topic rather than unanswered."""
SMALL_TALK_SIMILARITY = 88
MAX_SMALL_TALK_WORDS = 8

NO_ANSWER = (
    "I can't find that in my five articles, so I won't guess. "
    "They were all written before the summit of 13 September 2023."
)
OFF_TOPIC = (
    "I only answer questions about the Kim Jong Un – Vladimir Putin summit of September 2023, "
    "from five news articles written just before it."
)
UNSURE = "I'm not sure which of these you mean:"
EMPTY = "Send me a question about the Kim Jong Un – Vladimir Putin summit of September 2023."


@dataclass(frozen=True)
class _Target:
    """What a match can point at: an FAQ entry, an entity or a claim, with what it needs to reply."""

    id: str
    kind: str
    text: str
    question: str
    quotes: tuple[Quote, ...]
    topic: str | None
    declines: bool = False
    articles: tuple[str, ...] = ()
    """The articles it rests on, when it rests on no quote (an article's own particulars)."""


class KnowledgeBase:
    def __init__(self, loaded: LoadedBase):
        self.articles: dict[str, Article] = loaded.articles
        self.topics: dict[str, Topic] = loaded.topics
        self.claims: dict[str, Claim] = loaded.claims
        self.faq: dict[str, FaqEntry] = loaded.faq
        self.entities: dict[str, Entity] = loaded.entities
        self.lexicon = loaded.lexicon
        self._targets = self._collect_targets()
        self.normalizer = Normalizer(self.lexicon, self.entities.values(), self._curated_prose())
        self.matcher = Matcher(self.normalizer, self._documents(), self._backing())
        self._titles = frozenset(tokens[-1] for t in self.lexicon.titles if (tokens := self.normalizer.tokens(t)))
        self._countries = frozenset(e.id for e in self.entities.values() if e.kind == "country")
        self._reply_word_pairs = {
            t.id: frozenset(itertools.pairwise(self.normalizer.tokens(t.text))) for t in self._targets.values()
        }
        self._types_answered = {t.id: types_answered(t.text) for t in self._targets.values()}
        """Worked out here for every target, not on first use: the first questions would wait for them."""
        self._small_talk = [
            (talk, " ".join(clean_words(phrase))) for talk in self.lexicon.small_talk for phrase in talk.phrases
        ]
        self._small_talk_replies = {talk.id: self._fill_in(talk.reply) for talk in self.lexicon.small_talk}
        self._faq_by_topic: dict[str, list[str]] = {}
        for entry in self.faq.values():
            self._faq_by_topic.setdefault(entry.topic, []).append(entry.id)
        self._faq_by_entity: dict[str, list[str]] = {}
        for entry in self.faq.values():
            for entity_id in dict.fromkeys(e for claim_id in entry.claims for e in self.claims[claim_id].entities):
                self._faq_by_entity.setdefault(entity_id, []).append(entry.id)
        first_of_topic: dict[str, str] = {}
        for entry in self.faq.values():
            if not entry.declines:
                first_of_topic.setdefault(entry.topic, entry.id)
        self._starter_questions = tuple(self._suggestion(i) for i in first_of_topic.values())[:3]

    def _fill_in(self, reply: str) -> str:
        articles = "; ".join(f"{a.publisher}, “{a.title}” ({a.published:%d %b %Y})" for a in self.articles.values())
        topics = ", ".join(t.title.lower() for t in self.topics.values())
        return reply.replace("{articles}", articles).replace("{topics}", topics)

    def _collect_targets(self) -> dict[str, _Target]:
        targets = {}
        for entry in self.faq.values():
            quotes = tuple(q for claim_id in entry.claims for q in self.claims[claim_id].quotes)
            targets[entry.id] = _Target(
                entry.id, "faq", entry.answer, entry.questions[0], quotes, entry.topic, entry.declines
            )
        for entity in self.entities.values():
            targets[entity.id] = _Target(entity.id, "entity", entity.who, entity.question, entity.quotes, None)
        for claim in self.claims.values():
            targets[claim.id] = _Target(claim.id, "claim", claim.statement, claim.statement, claim.quotes, claim.topic)
        for article in self.articles.values():
            question = f"Who published “{article.title}”, and when?"
            targets[article.id] = _Target(
                article.id, "article", _particulars(article), question, (), None, articles=(article.id,)
            )
        return targets

    def _curated_prose(self) -> list[str]:
        """The words typos are corrected towards: the articles and what curators wrote as answers.
        Not the FAQ phrasings, which copy people's typos on purpose."""
        prose = [a.text for a in self.articles.values()] + [t.text for t in self._targets.values()]
        return prose + [s.reply for s in self.lexicon.small_talk]

    def _documents(self) -> list[Document]:
        documents = [Document(e.id, "faq", q) for e in self.faq.values() for q in e.questions]
        for entity in self.entities.values():
            if entity.kind == "person":
                forms = [entity.name, f"who is {entity.name}", f"{entity.name} role", f"name of {entity.name}"]
            elif entity.kind in NAMED_KINDS:
                forms = [entity.name, f"where is {entity.name}", f"name of {entity.name}"]
            else:
                forms = [entity.name, *entity.aliases]
            documents += [Document(entity.id, "entity", form) for form in forms]
        documents += [Document(c.id, "claim", c.statement) for c in self.claims.values()]
        for article in self.articles.values():
            forms = [article.title, f"when was {article.title} published", f"{article.publisher} article published"]
            documents += [Document(article.id, "article", form) for form in forms]
        return documents

    def _backing(self) -> dict[str, Backing]:
        """What each target replies, and the article text behind it with who published it: "according to
        Al Jazeera" is explained by what Al Jazeera's article says. A claim's statement is its phrasing."""
        backing = {}
        for target in self._targets.values():
            publishers = dict.fromkeys(self.articles[q.article].publisher for q in target.quotes)
            quotes = tuple(dict.fromkeys([*(q.text for q in target.quotes), *publishers]))
            backing[target.id] = Backing("" if target.kind == "claim" else target.text, quotes)
        return backing

    def answer(self, text: str) -> Answer:
        """The reply to one message: an answer from the base, a question back, or an honest decline."""
        words = clean_words(text)
        if not words:
            return Answer(False, "empty", EMPTY, suggestions=self.starter_questions())
        small_talk = self._small_talk_reply(words)
        if small_talk is not None:
            return small_talk
        tokens = self.normalizer.tokens(text)
        offices = self._offices_asked(tokens)
        answer_type = asked_type(tokens)
        candidates = self.matcher.rank(tokens, limit=20 if offices or answer_type else 5) if tokens else []
        if offices:
            candidates = [c for c in candidates if self._names_offices(c, offices)]
        if answer_type:
            candidates = [c for c in candidates if self._gives(c.target, answer_type)]
        best = candidates[0] if candidates else None
        if best is not None and self._is_confident(candidates):
            return self._reply(self._targets[best.target], best.score)
        suggestions = self._suggestions(candidates, UNSURE_AT - 0.1)
        if best is not None and best.score >= UNSURE_AT and suggestions:
            return Answer(False, "unsure", UNSURE, score=best.score, match=best.target, suggestions=suggestions)
        score = best.score if best else 0.0
        names_something = any(self.normalizer.is_name(t) for t in tokens)
        if names_something or (best is not None and best.recall >= IN_DOMAIN_RECALL):
            suggestions = self._suggestions(candidates, SUGGEST_AT) or self.starter_questions()
            return Answer(False, "no-answer", NO_ANSWER, score=score, suggestions=suggestions)
        return Answer(False, "off-topic", OFF_TOPIC, score=score, suggestions=self.starter_questions())

    def _offices_asked(self, tokens: list[str]) -> set[tuple[str, str]]:
        """The (country, office) pairs a message asks about: "Russia's foreign minister", "premier of North Korea"."""
        return {
            (neighbour, token)
            for i, token in enumerate(tokens)
            if token in self._titles
            for neighbour in tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]
            if neighbour in self._countries
        }

    def _names_offices(self, candidate: Candidate, offices: set[tuple[str, str]]) -> bool:
        """Whether the phrasing matched or the target's reply names each office the message asks about, the way
        English names an office: the country first ("Russian Defense Minister", "North Korea's foreign minister")."""
        phrasing_pairs = set(itertools.pairwise(candidate.phrasing_tokens))
        reply_pairs = self._reply_word_pairs[candidate.target]
        return all(office in phrasing_pairs or office in reply_pairs for office in offices)

    def _gives(self, target_id: str, answer_type: str) -> bool:
        """Whether a target's reply gives the kind of answer asked for; a decline always may."""
        return self._targets[target_id].declines or answer_type in self._types_answered[target_id]

    def _is_confident(self, candidates: list[Candidate]) -> bool:
        best = candidates[0]
        if best.names_missing:
            return False
        if self._a_decline_nearly_ties(candidates):
            return False
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        return best.score >= ANSWER_AT or (best.score >= CLEAR_LEAD_AT and best.score - runner_up >= CLEAR_LEAD)

    def _a_decline_nearly_ties(self, candidates: list[Candidate]) -> bool:
        """Whether the best candidate is a fact and an entry saying the articles cannot know fits almost as well."""
        best = candidates[0]
        return not self._targets[best.target].declines and any(
            self._targets[c.target].declines and c.score >= best.score - DECLINE_MARGIN for c in candidates[1:]
        )

    def best_answers(self, text: str, limit: int = 5) -> list[Answer]:
        """Every answer worth offering for a message, best first: inline mode lists them to choose from."""
        tokens = self.normalizer.tokens(text)
        candidates = self.matcher.rank(tokens, limit=limit) if tokens else []
        return [
            self._reply(self._targets[c.target], c.score)
            for c in candidates
            if c.score >= UNSURE_AT and not self._targets[c.target].declines
        ]

    def answer_for(self, target_id: str) -> Answer | None:
        """The reply for one FAQ entry, entity or claim, as when a button names it; None if it no longer exists."""
        target = self._targets.get(target_id)
        return self._reply(target, 1.0) if target else None

    def question_for(self, target_id: str) -> str | None:
        target = self._targets.get(target_id)
        return target.question if target else None

    def questions_in_topic(self, topic_id: str) -> list[Suggestion]:
        return [self._suggestion(entry_id) for entry_id in self._faq_by_topic.get(topic_id, ())]

    def starter_questions(self) -> tuple[Suggestion, ...]:
        """One question from each of the first topics, for people who do not know what to ask."""
        return self._starter_questions

    def _suggestion(self, target_id: str) -> Suggestion:
        return Suggestion(target_id, self._targets[target_id].question)

    def source_links(self, quotes: tuple[Quote, ...]) -> tuple[SourceLink, ...]:
        article_ids = dict.fromkeys(q.article for q in quotes)
        return tuple(self.source_link(self.articles[a]) for a in article_ids)

    @staticmethod
    def source_link(article: Article) -> SourceLink:
        return SourceLink(article.id, article.title, article.publisher, article.published, article.link)

    def _reply(self, target: _Target, score: float) -> Answer:
        return Answer(
            answered=not target.declines,
            kind="outcome" if target.declines else target.kind,
            text=target.text,
            score=score,
            match=target.id,
            sources=self.source_links(target.quotes)
            or tuple(self.source_link(self.articles[a]) for a in target.articles),
            quotes=target.quotes,
            related=self._related(target),
        )

    def _related(self, target: _Target) -> tuple[Suggestion, ...]:
        """FAQ entries about the same entity, or in the same topic."""
        if target.kind == "entity":
            entry_ids = self._faq_by_entity.get(target.id, ())
        else:
            entry_ids = self._faq_by_topic.get(target.topic, ())
        return tuple(itertools.islice((self._suggestion(i) for i in entry_ids if i != target.id), 3))

    def _suggestions(self, candidates: list[Candidate], floor: float) -> tuple[Suggestion, ...]:
        offered = (self._suggestion(c.target) for c in candidates if c.score >= floor and c.kind != "claim")
        return tuple(itertools.islice(offered, 3))

    def _small_talk_reply(self, words: list[str]) -> Answer | None:
        if len(words) > MAX_SMALL_TALK_WORDS:
            return None
        message = " ".join(words)
        phrases = [phrase for _, phrase in self._small_talk]
        similarity = process.cdist([message], phrases, scorer=fuzz.ratio, score_cutoff=SMALL_TALK_SIMILARITY)[0]
        for (talk, _), score in zip(self._small_talk, similarity.tolist(), strict=True):
            if score:  # the first phrase at least SMALL_TALK_SIMILARITY alike; cdist gives the others 0
                reply = self._small_talk_replies[talk.id]
                return Answer(False, talk.id, reply, match=talk.id, suggestions=self.starter_questions())
        return None


def _particulars(article: Article) -> str:
    """What is known of an article itself, for questions such as "which outlet wrote that piece"."""
    return (
        f"“{article.title}” was published by {article.publisher} on {article.published:%-d %B %Y}; "
        f"credited to {article.attribution}."
    )


def load_knowledge(knowledge_dir: Path, corpus_dir: Path) -> KnowledgeBase:
    """Loads and validates the base; raises KnowledgeError naming the file, entry and field at fault."""
    return KnowledgeBase(load_base(knowledge_dir, corpus_dir))
