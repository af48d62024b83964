"""Reads the corpus and the curated YAML files, validating every entry as it goes.

Every problem found is collected, each naming the file, the entry and the field, and the load then fails with
one KnowledgeError listing them all, so a curator can mend them in one go; nothing half-valid is ever returned.
An entry with a problem is still read as far as it goes, so that what refers to it is not reported as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from knowledge.conversation import FollowUp
from knowledge.model import (
    ENTITY_KINDS,
    PRONOUNS,
    STANDINGS,
    Article,
    Claim,
    Entity,
    FaqEntry,
    Lexicon,
    Quote,
    Rumour,
    SmallTalk,
    Topic,
    Verdict,
)
from knowledge.patterns import lazy_compile
from knowledge.problems import KnowledgeError, Problem, explain_missing_quote, explain_yaml_problem
from knowledge.small_talk import PLACEHOLDERS

ID_PATTERN = lazy_compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 48
MAX_ANSWER_LENGTH = 350
MAX_STATEMENT_LENGTH = 300


REQUIRED_SMALL_TALK = {"greeting": "the reply to /start", "help": "the reply to /help"}
"""Small-talk entries the bot shows by id, and what for."""
REPLIES = {
    "no-answer": "the reply when the articles do not answer a question",
    "off-topic": "the reply to a message that is not about the summit",
    "unsure": 'the line before "did you mean" suggestions',
    "empty": "the prompt for a question (an empty message, or one like 'yes' or 'why?' with nothing before it)",
    "other-language": "the reply to a message in a language the bot does not read",
    "nothing-more": 'the reply to "more" when nothing is related',
    "no-reason": 'the reply to "why?" when the articles give no reason',
    "no-date": 'the reply to "when was that?" when the articles give no date',
    "no-source": 'the reply to "source?" after a reply that rests on no article',
    "earlier-source": 'the line before the sources of an earlier answer, shown for "source?" after a reply with none',
    "attribution": 'the reply to "who said that?": {who} is replaced by who asserts it',
    "not-mentioned": "the verdict on a claim the articles do not mention",
    "after-the-articles": "the verdict on a claim about what the summit decided or what happened after it",
}
"""The replies the engine gives in its own words, per language, from each lexicon's `replies`."""


@dataclass(frozen=True)
class LoadedBase:
    articles: dict[str, Article]
    topics: dict[str, Topic]
    claims: dict[str, Claim]
    faq: dict[str, FaqEntry]
    entities: dict[str, Entity]
    lexicon: Lexicon
    rumours: dict[str, Rumour] = field(default_factory=dict)
    translations: dict = field(default_factory=dict)
    """The base in each other language curated, by Language (knowledge/translations.py)."""


def load_base(knowledge_dir: Path, corpus_dir: Path) -> LoadedBase:
    """Reads every file first (so all YAML mistakes are listed together), then validates every entry."""
    claim_files = sorted((knowledge_dir / "claims").glob("*.yaml"))
    rumours_path = knowledge_dir / "rumours.yaml"
    faq_files = sorted((knowledge_dir / "faq").glob("*.yaml"))
    documents = _read_all(
        [
            corpus_dir / "sources.yaml",
            knowledge_dir / "topics.yaml",
            knowledge_dir / "entities.yaml",
            *claim_files,
            *faq_files,
            knowledge_dir / "lexicon.yaml",
            *([rumours_path] if rumours_path.exists() else []),
        ]
    )
    problems: list[Problem] = []
    articles = _load_articles(corpus_dir, documents, problems)
    topics = {t.id: t for t in _load_topics(knowledge_dir / "topics.yaml", documents, problems)}
    ids = _IdRegistry(problems)
    for article_id in articles:
        ids.add(corpus_dir / "sources.yaml", article_id)
    entities_path = knowledge_dir / "entities.yaml"
    entities: dict[str, Entity] = {}
    for entity in _load_entities(entities_path, documents, articles, problems):
        ids.add(entities_path, entity.id)
        entities[entity.id] = entity
    _check_aliases_unique(entities_path, entities.values(), problems)
    _check_wanted_by(knowledge_dir / "topics.yaml", topics, entities, problems)
    claims: dict[str, Claim] = {}
    for path in claim_files:
        for claim in _load_claims(path, documents, articles, topics, entities, problems):
            ids.add(path, claim.id)
            claims[claim.id] = claim
    faq: dict[str, FaqEntry] = {}
    for path in faq_files:
        for entry in _load_faq(path, documents, topics, claims, problems):
            ids.add(path, entry.id)
            faq[entry.id] = entry
    rumours: dict[str, Rumour] = {}
    for rumour in _load_rumours(rumours_path, documents.get(rumours_path), claims, problems):
        ids.add(rumours_path, rumour.id)
        rumours[rumour.id] = rumour
    lexicon = load_lexicon(knowledge_dir / "lexicon.yaml", documents[knowledge_dir / "lexicon.yaml"], problems)
    _check_nothing_went_missing(knowledge_dir, topics, faq, articles, claims, problems)
    if problems:
        raise KnowledgeError.of(problems)
    return LoadedBase(articles, topics, claims, faq, entities, lexicon, rumours)


def _read_all(paths: list[Path]) -> dict[Path, Any]:
    documents, problems = {}, []
    for path in paths:
        try:
            documents[path] = read_yaml(path)
        except KnowledgeError as error:
            problems += error.problems
    if problems:
        raise KnowledgeError.of(problems)
    return documents


def read_yaml(path: Path):
    """The file's YAML document; a missing file, bad encoding or bad YAML names the file, line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(path, "file not found") from None
    except UnicodeDecodeError as error:
        raise KnowledgeError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    import yaml  # here, not at the top: a bot started from the compiled base (knowledge/cache.py) never reads YAML

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        lines = text.splitlines()
        line_text = lines[mark.line] if mark and mark.line < len(lines) else ""
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise KnowledgeError(path, where + explain_yaml_problem(problem, line_text)) from None


def _check_nothing_went_missing(knowledge_dir, topics, faq, articles, claims, problems: list[Problem]) -> None:
    """A topic without questions or an article without claims means a file was emptied or deleted by mistake."""
    asked = {entry.topic for entry in faq.values()}
    for topic_id in topics:
        if topic_id not in asked:
            problems.append(
                Problem(
                    str(knowledge_dir / "topics.yaml"),
                    f"topic '{topic_id}' has no FAQ entries: was its file in faq/ deleted or emptied? "
                    "Restore it, or remove the topic",
                    topic_id,
                )
            )
    backed = {quote.article for claim in claims.values() for quote in claim.quotes}
    for article_id in articles:
        if article_id not in backed:
            problems.append(
                Problem(
                    str(knowledge_dir / "claims"),
                    f"no claim quotes article '{article_id}': was claims/{article_id}.yaml deleted or emptied?",
                )
            )


class _IdRegistry:
    """Ids are unique across articles, claims, FAQ entries and entities, so that a bare id names one thing."""

    def __init__(self, problems: list[Problem]) -> None:
        self._where: dict[str, Path] = {}
        self._problems = problems

    def add(self, path: Path, entry_id: str) -> None:
        if entry_id in self._where:
            message = f"duplicate id, already used in {self._where[entry_id]}; ids must be unique across all files"
            self._problems.append(Problem(str(path), message, entry_id, "id"))
            return
        self._where[entry_id] = path


class _Entry:
    """One mapping read from a YAML list, with typed access. A problem is recorded, not raised, and the access
    returns what it can, so that every problem of every entry is found in one load."""

    def __init__(self, path: Path, raw: Any, index: int, allowed: set[str], problems: list[Problem]):
        self.path = path
        self._problems = problems
        self.raw = raw if isinstance(raw, dict) else {}
        self.id = str(self.raw.get("id", f"#{index + 1}"))
        if not isinstance(raw, dict):
            self.error(None, f"entry #{index + 1} is not a mapping of fields (each entry starts with '- id: ...')")
        unknown = sorted(set(map(str, self.raw)) - allowed)
        for name in unknown:
            self.error(name, f"unknown field; the fields an entry here may have are: {', '.join(sorted(allowed))}")

    def error(self, field: str | None, message: str) -> None:
        self._problems.append(Problem(str(self.path), message, self.id, field))

    def text(self, field: str, max_length: int | None = None, required: bool = True) -> str:
        value = self.raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(field, "missing")
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.error(field, "must be text")
            return ""
        value = " ".join(str(value).split())
        if max_length is not None and len(value) > max_length:
            self.error(field, f"too long: {len(value)} characters, at most {max_length}")
        return value

    def identifier(self) -> str:
        value = self.text("id")
        if value and (not ID_PATTERN.fullmatch(value) or len(value) > MAX_ID_LENGTH):
            self.error(
                "id", f"'{value}' is not lowercase words joined by hyphens of at most {MAX_ID_LENGTH} characters"
            )
        return value

    def choice(self, field: str, choices: tuple[str, ...] | dict, required: bool = True) -> str:
        value = self.text(field, required=required)
        if value and value not in choices:
            self.error(field, f"'{value}' is not one of: {', '.join(choices)}")
        return value

    def texts(self, field: str, required: bool = True) -> tuple[str, ...]:
        value = self.raw.get(field)
        if value is None:
            if required:
                self.error(field, "missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
            self.error(field, "must be a list of non-empty texts, written [a, b] or one '- text' per line")
            return ()
        if required and not value:
            self.error(field, "must not be empty")
        return tuple(" ".join(str(v).split()) for v in value)

    def references(self, field: str, known: dict, what: str, required: bool = True) -> tuple[str, ...]:
        values = self.texts(field, required)
        for value in values:
            if value not in known:
                self.error(field, f"refers to unknown {what} '{value}'")
        return values

    def flag(self, field: str, also: tuple[str, ...] = ()) -> bool:
        value = self.raw.get(field, False)
        if value in also:
            return True
        if not isinstance(value, bool):
            self.error(field, f"must be true or false{''.join(f' or {a}' for a in also)}")
            return False
        return value

    def quotes(self, articles: dict[str, Article]) -> tuple[Quote, ...]:
        raw = self.raw.get("quotes")
        if not isinstance(raw, list) or not raw:
            self.error("quotes", "missing: at least one verbatim quote from an article")
            return ()
        quotes = []
        for number, item in enumerate(raw, 1):
            field = f"quotes[{number}]"
            if not isinstance(item, dict) or set(item) != {"article", "text"}:
                self.error(field, "must have exactly `article` and `text`")
                continue
            article = articles.get(str(item["article"]))
            text = item["text"]
            if article is None:
                self.error(f"{field}.article", f"unknown article '{item['article']}'")
            elif not isinstance(text, str) or not text.strip():
                self.error(f"{field}.text", "missing")
            elif text not in article.text:
                self.error(f"{field}.text", explain_missing_quote(text, article.id, article.text))
            else:
                quotes.append(Quote(article.id, text))
        return tuple(quotes)


def entries(path: Path, data: Any, allowed: set[str], problems: list[Problem], required: bool = True) -> list[_Entry]:
    if data is None:
        data = []
    if not isinstance(data, list):
        problems.append(Problem(str(path), "must be a list of entries, each starting with '- id: ...'"))
        return []
    if not data and required:
        problems.append(Problem(str(path), "has no entries; a file here holds at least one (or delete the file)"))
    return [_Entry(path, raw, index, allowed | {"id"}, problems) for index, raw in enumerate(data)]


def _load_articles(corpus_dir: Path, documents: dict[Path, Any], problems: list[Problem]) -> dict[str, Article]:
    path = corpus_dir / "sources.yaml"
    fields = {"file", "title", "publisher", "attribution", "published", "url", "url_verified", "not_facts"}
    articles = {}
    for entry in entries(path, documents[path], fields, problems):
        article_id = entry.identifier()
        if article_id in articles:
            entry.error("id", "duplicate id")
        text_path = corpus_dir / "articles" / entry.text("file")
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            entry.error("file", f"cannot read {text_path}: {error}")
            text = ""
        published = entry.raw.get("published")
        if not isinstance(published, date):
            entry.error("published", "must be a date written YYYY-MM-DD")
            published = date.min
        url = entry.text("url", required=False) or None
        if url and not url.startswith("https://"):
            entry.error("url", "must be an https:// address, or null when none is known")
        not_facts = entry.texts("not_facts", required=False)
        for line in not_facts:
            if text and line not in text:
                entry.error("not_facts", f"not found verbatim in the article: {line!r}")
        articles[article_id] = Article(
            id=article_id,
            title=entry.text("title"),
            publisher=entry.text("publisher"),
            attribution=entry.text("attribution"),
            published=published,
            url=url,
            url_verified=entry.flag("url_verified"),
            text=text,
            not_facts=not_facts,
        )
    return articles


def _load_topics(path: Path, documents: dict[Path, Any], problems: list[Problem]) -> list[Topic]:
    listed = entries(path, documents[path], {"title", "about", "wanted_by"}, problems)
    return [
        Topic(e.identifier(), e.text("title", 60), e.text("about"), e.text("wanted_by", required=False) or None)
        for e in listed
    ]


def _check_wanted_by(path: Path, topics: dict[str, Topic], entities: dict[str, Entity], problems: list[Problem]):
    for topic in topics.values():
        if topic.wanted_by is not None and getattr(entities.get(topic.wanted_by), "kind", None) != "country":
            message = f"wanted_by '{topic.wanted_by}' is not a country of entities.yaml: give a country's id"
            problems.append(Problem(str(path), message, topic.id, "wanted_by"))


def _load_entities(path: Path, documents, articles: dict[str, Article], problems: list[Problem]) -> list[Entity]:
    fields = {"name", "kind", "aliases", "who", "quotes", "asked_as", "pronoun"}
    return [
        Entity(
            id=e.identifier(),
            name=e.text("name"),
            kind=e.choice("kind", ENTITY_KINDS),
            aliases=e.texts("aliases", required=False),
            who=e.text("who", MAX_STATEMENT_LENGTH),
            quotes=e.quotes(articles),
            asked_as=e.texts("asked_as", required=False),
            pronoun=e.choice("pronoun", PRONOUNS, required=False) or None,
        )
        for e in entries(path, documents[path], fields, problems)
    ]


def _check_aliases_unique(path: Path, entities, problems: list[Problem]) -> None:
    owner: dict[str, str] = {}
    for entity in entities:
        for alias in (entity.name, *entity.aliases):
            key = alias.casefold()
            if owner.get(key, entity.id) != entity.id:
                message = f"alias '{alias}' already names '{owner[key]}'; an alias names one entity only"
                problems.append(Problem(str(path), message, entity.id, "aliases"))
            owner.setdefault(key, entity.id)


def _load_claims(path, documents, articles, topics, entities, problems: list[Problem]) -> list[Claim]:
    fields = {"statement", "asserted_by", "standing", "topic", "entities", "quotes"}
    return [
        Claim(
            id=e.identifier(),
            statement=e.text("statement", MAX_STATEMENT_LENGTH),
            asserted_by=e.text("asserted_by"),
            standing=e.choice("standing", STANDINGS),
            topic=e.choice("topic", topics),
            entities=e.references("entities", entities, "entity", required=False),
            quotes=e.quotes(articles),
        )
        for e in entries(path, documents[path], fields, problems)
    ]


def _load_faq(path, documents, topics, claims, problems: list[Problem]) -> list[FaqEntry]:
    fields = {"topic", "questions", "answer", "claims", "declines"}
    return [
        FaqEntry(
            id=e.identifier(),
            topic=e.choice("topic", topics),
            questions=e.texts("questions"),
            answer=e.text("answer", MAX_ANSWER_LENGTH),
            claims=e.references("claims", claims, "claim"),
            declines=e.flag("declines", also=("outcome",)),
            about_outcome=e.raw.get("declines") == "outcome",
        )
        for e in entries(path, documents[path], fields, problems)
    ]


def _load_rumours(path: Path, data: Any, claims: dict[str, Claim], problems: list[Problem]) -> list[Rumour]:
    """The rumour records (optional file): each settled by claims, its verdict one of the four."""
    if data is None:
        return []
    fields = {"phrasings", "verdict", "answer", "claims"}
    return [
        Rumour(
            id=e.identifier(),
            phrasings=e.texts("phrasings"),
            verdict=e.choice("verdict", tuple(v.value for v in Verdict)),
            answer=e.text("answer", MAX_ANSWER_LENGTH),
            claims=e.references("claims", claims, "claim"),
        )
        for e in entries(path, data, fields, problems)
    ]


def load_lexicon(
    path: Path, data: Any, problems: list[Problem], required_small_talk: dict | tuple = REQUIRED_SMALL_TALK
) -> Lexicon:
    """A lexicon; `required_small_talk` and every reply of REPLIES must be there (another language's lexicon may
    lack some while it is being translated: `bot.py check` lists them)."""
    sections = {"lead_phrases", "stopwords", "synonyms", "small_talk", "titles", "chat_words", "follow_ups", "replies"}
    sections |= {"claim_markers"}
    if not isinstance(data, dict):
        problems.append(Problem(str(path), f"must be a mapping with the sections {', '.join(sorted(sections))}"))
        return Lexicon((), frozenset(), {}, ())

    def problem(message: str, entry: str | None = None, field: str | None = None) -> None:
        problems.append(Problem(str(path), message, entry, field))

    for section in sorted(set(map(str, data)) - sections):
        problem(f"unknown section (allowed: {', '.join(sorted(sections))})", field=section)

    def words(section: str) -> tuple[str, ...]:
        value = data.get(section) or []
        if isinstance(value, list) and any(isinstance(v, bool) for v in value):
            problem(
                'YAML reads yes, no, true, false, on and off as true or false: write them in quotes ("yes")',
                field=section,
            )
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem("must be a list of texts", field=section)
            return ()
        return tuple(value)

    synonyms_raw = data.get("synonyms") or {}
    if not isinstance(synonyms_raw, dict):
        problem("must map each word to the list of words that mean it", field="synonyms")
        synonyms_raw = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for canonical, variants in synonyms_raw.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            problem("must be a list of texts", entry=str(canonical), field="synonyms")
            continue
        for variant in variants:
            key = variant.casefold()
            if seen.get(key, canonical) != canonical:
                problem(f"'{variant}' already means '{seen[key]}'", entry=str(canonical), field="synonyms")
            seen.setdefault(key, str(canonical))
        synonyms[str(canonical)] = tuple(variants)

    small_talk = _load_small_talk(path, data.get("small_talk"), problems, required_small_talk)
    replies = _load_replies(path, data.get("replies"), problems, required=bool(required_small_talk))
    follow_ups = _load_follow_ups(path, data.get("follow_ups"), problems)
    stopwords = data.get("stopwords") or ""
    if not isinstance(stopwords, str):
        problem("must be words separated by spaces", field="stopwords")
        stopwords = ""
    return Lexicon(
        lead_phrases=words("lead_phrases"),
        stopwords=frozenset(stopwords.casefold().split()),
        synonyms=synonyms,
        small_talk=tuple(small_talk),
        titles=words("titles"),
        chat_words=words("chat_words"),
        follow_ups=follow_ups,
        claim_markers=words("claim_markers"),
        replies=replies,
    )


def _load_replies(path: Path, data: Any, problems: list[Problem], required: bool) -> dict[str, str]:
    if not isinstance(data, dict):
        data = {}
        if required:
            problems.append(
                Problem(str(path), "missing: the replies the bot gives when it has no answer", field="replies")
            )
    replies = {}
    for key, text in data.items():
        if key not in REPLIES:
            problems.append(Problem(str(path), f"'{key}' is not one of: {', '.join(REPLIES)}", field="replies"))
        elif not isinstance(text, str) or not text.strip():
            problems.append(Problem(str(path), "must be a text", key, "replies"))
        else:
            replies[key] = " ".join(text.split())
    for key, about in REPLIES.items():
        if required and key not in replies:
            problems.append(Problem(str(path), f"missing: {about}", key, "replies"))
    return replies


def _load_follow_ups(path: Path, data: Any, problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    kinds = [kind.value for kind in FollowUp if kind is not FollowUp.PICK]
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(
            Problem(str(path), f"must map each kind ({', '.join(kinds)}) to its phrases", field="follow_ups")
        )
        return {}
    follow_ups = {}
    for kind, phrases in data.items():
        if kind not in kinds:
            problems.append(Problem(str(path), f"'{kind}' is not one of: {', '.join(kinds)}", field="follow_ups"))
        elif not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            problems.append(
                Problem(str(path), "must be a list of texts (quote yes, no, true, false)", kind, "follow_ups")
            )
        else:
            follow_ups[kind] = tuple(phrases)
    return follow_ups


def _load_small_talk(path: Path, data: Any, problems: list[Problem], required: dict | tuple) -> list[SmallTalk]:
    small_talk = []
    for entry in entries(path, data, {"phrases", "reply"}, problems):
        reply = entry.text("reply", 600)
        for placeholder in dict.fromkeys(re.findall(r"\{[^{}]*\}", reply)):
            if placeholder not in PLACEHOLDERS:
                entry.error(
                    "reply", f"unknown placeholder {placeholder}; a reply may contain only {' and '.join(PLACEHOLDERS)}"
                )
        small_talk.append(SmallTalk(entry.identifier(), entry.texts("phrases"), reply))
    ids = [talk.id for talk in small_talk]
    for talk_id, used_for in dict(required).items():
        if talk_id not in ids:
            problems.append(Problem(str(path), f"missing: the bot needs it as {used_for}", talk_id, "small_talk"))
    for talk_id in {i for i in ids if ids.count(i) > 1}:
        problems.append(Problem(str(path), "duplicate small-talk id", talk_id, "small_talk"))
    return small_talk
