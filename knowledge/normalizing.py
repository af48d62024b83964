"""Turns what people type into the tokens the matcher compares.

The same steps run on the curated phrasings when the base loads and on every message, so both sides
meet in one vocabulary: Unicode folded, case and punctuation gone, chatty lead phrases stripped, typos
corrected against the base's own words, word endings trimmed, and every alias or synonym replaced by
one canonical token (an entity's id, or a synonym's headword).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.answer_types import ANSWER_TYPES, without_a_decision_set_aside
from knowledge.languages import Language, joined_thousands
from knowledge.languages import words as language_words
from knowledge.model import Entity, Lexicon
from knowledge.patterns import lazy_compile

_INVISIBLE = lazy_compile(r"[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_UNITED_STATES = lazy_compile(r"(?<![\w.])U\.?S\.?(?:A\.?)?(?!\w)")
_US_THE_PRONOUN = lazy_compile(
    r"\b((?:tell|told|telling|give|gave|show|showed|let|help|remind|teach|for|to|with|from|of|about|against)\s+)us\b"
    r"(?!\s+(?:official|intelligence|government|president|military|sanction|state|army|navy|force|troop|embass"
    r"|administration|authorit|all(?:y|ies)|side|envoy|ambassador|congress|senate|media|press|national))"
)
"""A lower-case "us" after a verb or preposition is the pronoun: "what would that tell us?" asks nothing of the
United States."""
_REMINDED_AGAIN = lazy_compile(
    r"(?<!since )(\b(?:(?:where|when|who|what)(?:'s|’s|s)"
    r"|(?:where|when|who|whom|what|which)(?:\s+\w+)?\s+(?:is|was|are|were))\b"
    r"(?!\s+(?:that|this|it)\s+again\b)[^?.!]*?)\s+again\b(?=(?:\s+in\s+\d{4})?\W*$)",
    re.IGNORECASE,
)
"""A trailing "again" on a question of what something is or was asks to be reminded: "where was that meeting again",
"who is she again" ask nothing of a second time, nor do they once a follow-up's year or names are put around them
("what was that again" is a stopword of the lexicon's). "since when are they close again" asks since when they are."""
_NOT_UNTIL = lazy_compile(
    r"\b(?:did|does|do|was|were|is|will|wo)(?:n['’]?t| not)\s+(?:even\s+)?((?:[\w'’-]+\s+){1,4}?)(?:till|until|til)\b",
    re.IGNORECASE,
)
"""Not doing something until a time is doing it then: "putin didnt even get to vladivostok till wednesday" says when
he got there, and denies nothing."""
_HOW_MUCH_DOING = lazy_compile(r"\bhow much(?= (?:has|have|had) (?:[\w'’-]+ ){1,3}been \w+ing\b)", re.IGNORECASE)
"""How much someone has been doing something asks how often, not for an amount: "how much has nk been testing
missiles lately"."""
_DONE_TO = lazy_compile(
    r"\bwhat (did|does|do|has|have|had|will|would|could|might) ((?:(?!to\b)[\w'’-]+ ){1,6}?)"
    r"(?:actually |really |even )?(?:do|done) to\b",
    re.IGNORECASE,
)
"""What something did to someone asks how it affected them: "what did the border closures actually do to nk"."""
_CLEARED_WITH = lazy_compile(
    r"\b(?:(?:be|been|being|get|got|gets) (?:agreed(?: upon| on)?|cleared|squared)"
    r"|(?:square|squared|squaring|clear|cleared|clearing)"
    r"(?= (?:(?:it|this|that|any|the|a|every|each)\s+)?(?:deal|agreement|arms deal|it|this|that)?\s*with\b))",
    re.IGNORECASE,
)
"""A deal to be agreed with, squared with or cleared with someone needs their approval ("which country does
pyongyang have to square any deal with"): not what the summit agreed."""
_AFTER_AS_WANTING = lazy_compile(
    r"\b((?:is|are|was|were|'s|’s)\s+(?:(?!(?:happening|coming|going|planned|expected|scheduled|due|set|held|right|just"
    r"|shortly|soon|straight|the|that|this|it|there|here)\b)[a-z'’-]+\s+){0,3})after\b"
    r"(?!\s+(?:the|that|this|these|those|his|her|their|its|a|an|he|she|they|it|him|them|kim|putin|shoigu|\d)\b)",
    re.IGNORECASE,
)
"""What someone "is after" is what they want: "what hardware is moscow after", "kim is after aid"; not a time ("the
summit is right after the forum")."""
_MARKUP_TAG = lazy_compile(r"</?[a-zA-Z][^<>]{0,200}>")
_POSSESSIVE = lazy_compile(r"['’`´]s\b")
_NOT_WORD = lazy_compile(r"[^a-z0-9]+")
_ANY_WORD = lazy_compile(r"[^\W_]+")
_MAX_PHRASE_WORDS = 6
NAMED_KINDS = ("person", "country", "place", "organisation")
"""Entities whose names become one token. Events and things ("the summit", "the pandemic") are described
with ordinary words, so their aliases stay words and match as phrasings instead."""
_MAX_MESSAGE_CHARACTERS = 2000
_COMMON_ENGLISH_COUNT = 20
_LONG_WORD = 7
_TYPO_RARITY = 20
"""How many times commoner in English a base word must be than a message's word to be taken as what it meant."""
_CORRECTIONS_KEPT = 8192
_SHORTEST_CORRECTED = 4
try:
    import Stemmer

    _ENGLISH_STEMMER = Stemmer.Stemmer("english")
    """PyStemmer, Snowball in C: what snowballstemmer.stemmer() returns too when PyStemmer is installed, but
    only after importing its 32 pure-Python stemmers, which costs a bot start 20 ms."""
except ImportError:
    import snowballstemmer

    _ENGLISH_STEMMER = snowballstemmer.stemmer("english")


_CONTRACTED_NOT = lazy_compile(r"n['’]t\b")
""""hasn't" is read "hasnt", a word the stopwords have, not "hasn" and "t"."""


def clean_words(text: str) -> list[str]:
    """Lower-case ASCII words of a message, with possessives and punctuation removed."""
    text = unicodedata.normalize("NFKC", text[:_MAX_MESSAGE_CHARACTERS])
    text = _MARKUP_TAG.sub(" ", _INVISIBLE.sub("", text))
    text = _UNITED_STATES.sub(" usa ", _US_THE_PRONOUN.sub(r"\1", text))
    text = not_until_as_when(_HOW_MUCH_DOING.sub("how often", _REMINDED_AGAIN.sub(r"\1", text)))
    text = _CLEARED_WITH.sub("consent", _DONE_TO.sub(r"how \1 \2affect", text))
    text = without_a_decision_set_aside(_AFTER_AS_WANTING.sub(r"\1want", text))
    text = _POSSESSIVE.sub("", _CONTRACTED_NOT.sub("nt", joined_thousands(text.casefold())))
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", text).split()


def not_until_as_when(text: str) -> str:
    """A message with "didn't do it until monday" read as what it tells, "do it on monday"."""
    return _NOT_UNTIL.sub(r"\1on", text)


def plain_words(text: str, language: Language) -> list[str]:
    """A message's words as written, lower-case, for comparing whole messages (small talk, follow-ups): English
    ones folded to ASCII, the other languages' kept in their script."""
    if language is Language.EN:
        return clean_words(text)
    text = unicodedata.normalize("NFKC", text[:_MAX_MESSAGE_CHARACTERS]).casefold().replace("ё", "е")
    return _ANY_WORD.findall(text)


def mostly_unreadable(text: str, words: list[str]) -> bool:
    """Whether most of a message's words are in a script the engine does not read (Cyrillic, Hangul…), so that
    what is left of it (a year, a borrowed name) must not be answered as if it were the question."""
    if text.isascii():
        return False
    foreign = [w for w in _ANY_WORD.findall(text[:_MAX_MESSAGE_CHARACTERS]) if not clean_words(w)]
    return len(foreign) > len(words)


@lru_cache(maxsize=1)
def english_word_counts() -> dict[str, int]:
    """How often each English word occurs, from the frequency list pyspellchecker ships.

    A message's word that is common English ("tall", "worth", "hotel") is taken as meant and never
    "corrected" into a similar word of the base ("talk", "north", "total"): that would answer a
    question nobody asked.
    """
    packed = (files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    return json.loads(gzip.decompress(packed))


def _typos_allowed(length: int) -> int:
    """One typo in a short word, two in a long one."""
    return 1 if length <= 6 else 2


def is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


_OWN_STEMS = {"likely": "likely", "unlikely": "unlikely", "totally": "totally"}
"""Words Snowball would cut into another word: "likely" is not "like", a word that asks nothing; "totally" is
not "total", a word about numbers."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem, so that 'visited', 'visits' and 'visit' compare equal."""
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    return _ENGLISH_STEMMER.stemWord(word) if word.isalpha() else word


def _korean_names(entities: Iterable[Entity]) -> tuple[re.Pattern, dict[str, str]] | None:
    """The Hangul names and aliases of people, places and bodies of two syllables or more, longest first, and
    for each a marker of Latin letters that MeCab keeps whole, the same for all the names of one entity."""
    markers = {}
    for number, entity in enumerate(e for e in entities if e.kind in NAMED_KINDS):
        marker = "kname" + "".join(chr(ord("a") + int(digit)) for digit in str(number))
        for form in (entity.name, *entity.aliases):
            if len(form) >= 2 and all("\uac00" <= c <= "\ud7a3" for c in form):
                markers.setdefault(form, marker)
    if not markers:
        return None
    return re.compile("|".join(map(re.escape, sorted(markers, key=len, reverse=True)))), markers


def _collapses(variant: str, key: tuple[str, ...], language: Language) -> bool:
    """Whether a variant of several words is read as one word, which then stands for the variant wherever it
    occurs: Korean 네 기사 ("your articles") as 기사 ("article"), once the analyser drops 네; 아니라고 하다 ("says it
    is not") as 하다, the "do" of every 하다 verb. (English and Cyrillic phrases are kept whole.)"""
    words = variant.split()
    only_particles_besides = all(w in _KOREAN_PARTICLES for w in words[:-1])  # "를 좋아하다" keeps its meaning
    return language is Language.KO and len(words) > 1 and len(key) == 1 and not only_particles_besides


_KOREAN_PARTICLES = frozenset("을 를 이 가 은 는 의 에 에서 로 으로 와 과 도 만".split())  # noqa: SIM905


_SUBJECTS = frozenset(["he", "she", "they", "it", "we", "i", "you", "the", "his", "her", "their"])


def _without_conjunctions(words: list[str]) -> list[str]:
    """English words without a "when" that joins two clauses rather than asking: "what did shoigu want when he
    went to pyongyang" asks what he wanted, not when ("that's when it started" still says when); and without the
    "again" that asks to be reminded ("what did she say nk could offer again")."""
    kept = [word for position, word in enumerate(words) if not _joins_clauses(words, position)]
    reminded = len(kept) > 2 and kept[-1] == "again" and kept[0] in _REMINDING and kept[-2] not in ("on", "off")
    return kept[:-1] if reminded else kept  # "on again, off again" reminds of nothing


_REMINDING = frozenset(["what", "whats", "who", "whos", "which", "where", "wheres", "how", "hows"])


def _joins_clauses(words: list[str], position: int) -> bool:
    if words[position] != "when":
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    if position == 0:  # "when shoigu went to pyongyang what did he ask for" asks what
        return following not in _ASKING_NEXT and any(w in _REMINDING for w in words[2:])
    joined = following in _SUBJECTS or following in _PEOPLE_WHO_MEET  # "what will be discussed when kim meets putin"
    return position >= 2 and joined and words[position - 1] not in _CLEFT


_ASKING_NEXT = frozenset(
    ["and", "or", "exactly", "roughly", "is", "was", "were", "are", "did", "does", "do", "will", "would", "can"]
)
"""Words after an opening "when" that ask when ("when did he arrive", "when and where"), not open a clause."""


_CLEFT = frozenset(["that", "s", "thats", "is", "was", "exactly", "just"])
_PEOPLE_WHO_MEET = frozenset(["kim", "putin", "shoigu", "both"])
"""Who a clause after "when" may open with besides a pronoun: the summit's people ("… when kim met putin")."""


class PhraseTable:
    """Phrases of stemmed words, each standing for one token; replaced longest first."""

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, ...], str] = {}
        self._lengths: dict[str, list[int]] = {}
        """For each first word of a phrase, the lengths of the phrases it starts, longest first."""

    def add(self, key: tuple[str, ...], token: str) -> None:
        if not key or len(key) > _MAX_PHRASE_WORDS or key in self._tokens:
            return
        self._tokens[key] = token
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def token_of(self, key: tuple[str, ...]) -> str | None:
        return self._tokens.get(key)

    def replace(self, words: list[str]) -> list[str]:
        replaced = []
        position = 0
        while position < len(words):
            for length in self._lengths.get(words[position], ()):
                token = self._tokens.get(tuple(words[position : position + length]))
                if token is not None:
                    replaced.append(token)
                    position += length
                    break
            else:
                replaced.append(words[position])
                position += 1
        return replaced

    def tokens(self) -> set[str]:
        return set(self._tokens.values())


class Normalizer:
    """One language's normalizer: English words are folded to ASCII and stemmed by Snowball; Russian, Ukrainian
    and Korean words are cut down by their analysers (knowledge/languages.py)."""

    def __init__(
        self,
        lexicon: Lexicon,
        entities: Iterable[Entity],
        known_texts: Iterable[str],
        language: Language = Language.EN,
    ):
        self.language = language
        entities = tuple(entities)
        self._korean_names = _korean_names(entities) if language is Language.KO else None
        """Korean names read before MeCab, which cuts 러시아행 ("bound for Russia") into 러시 and 아행, and reads
        블라디보스토크 as one word or two depending on what follows it."""
        self._lead_phrases: dict[str, list[tuple[str, ...]]] = {}
        """Lead phrases by their first word, longest first."""
        for phrase in sorted((tuple(self._words_of(p)) for p in lexicon.lead_phrases), key=len, reverse=True):
            if phrase:
                self._lead_phrases.setdefault(phrase[0], []).append(phrase)
        stopwords = {w for phrase in lexicon.stopwords for w in self._words_of(phrase)}
        self._stopwords = frozenset(self._stem_of(w) for w in stopwords)
        self._synonyms = PhraseTable()
        self.synonym_problems: list[str] = self._read_synonyms(lexicon.synonyms)
        """Synonyms that cannot work as written: what `bot.py check` warns a curator of."""
        self._names = PhraseTable()
        """Names are read after synonyms, so "Kremlin spox" finds the alias "Kremlin spokesperson"; an alias's
        leading article is dropped, so that "the Kremlin" does not swallow the start of "the Kremlin spokesman"."""
        bare_titles = {tuple(self._synonyms.replace(list(self._stemmed(title)))) for title in lexicon.titles}
        asking = {*ANSWER_TYPES, "who", "whom", "what", "which", "where", "why", "how"}
        for entity in entities:
            if entity.kind in NAMED_KINDS:
                for alias in (entity.name, *entity.aliases):
                    key = self._synonyms.replace(list(self._stemmed(alias)))
                    while key[1:] and key[0] in ("the", "a", "an"):
                        key = key[1:]
                    # An alias the analyser reads as a bare title or an asking word names no one: "최 외무상" once
                    # MeCab has dropped 최, or Ukrainian "Ким", which pymorphy reads as "хто" (who) in the instrumental.
                    if tuple(key) not in bare_titles and not all(word in asking for word in key):
                        self._names.add(tuple(key), entity.id)
        self.name_tokens = frozenset(self._names.tokens())
        self._people_and_places = frozenset(e.id for e in entities if e.kind in ("person", "country", "place"))
        self._people = frozenset(e.id for e in entities if e.kind == "person")
        self._titles = frozenset(title[-1] for title in bare_titles if title)
        counts = Counter(w for text in known_texts for w in self._words_of(text))
        for text in [*lexicon.synonyms, *(v for vs in lexicon.synonyms.values() for v in vs)]:
            counts.update(self._words_of(text))
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                counts.update(self._words_of(alias))
        self._vocabulary = [w for w, _ in counts.most_common()]
        self._vocabulary_by_length: dict[int, list[str]] = {}
        """For each length a word to correct may have, the words of the vocabulary close enough in length to
        be within the typos allowed (in the vocabulary's order): the others can never be the correction."""
        for length in range(_SHORTEST_CORRECTED, max(map(len, self._vocabulary), default=0) + 3):
            allowed = _typos_allowed(length)
            self._vocabulary_by_length[length] = [w for w in self._vocabulary if abs(len(w) - length) <= allowed]
        self._known = (
            frozenset(self._vocabulary) | stopwords | {w for ps in self._lead_phrases.values() for p in ps for w in p}
        )
        self.correct = lru_cache(maxsize=_CORRECTIONS_KEPT)(self._correct)

    def _read_synonyms(self, synonyms: dict[str, tuple[str, ...]]) -> list[str]:
        """Fills the synonym table, headword by headword; returns what keeps a synonym from working as written."""
        problems = []
        for headword, variants in synonyms.items():
            own_words = {self._stemmed(v) for v in (headword, *variants) if " " not in v.strip()}
            for variant in (headword, *variants):
                key = self._stemmed(variant)
                taken = self._synonyms.token_of(key)
                if taken is not None and taken != headword:
                    problems.append(
                        f"synonym '{variant}' of '{headword}' reads as '{' '.join(key)}', which already stands for "
                        f"'{taken}': the bot takes it for '{taken}'; reword or drop one of them"
                    )
                elif _collapses(variant, key, self.language) and key not in own_words:
                    problems.append(
                        f"synonym '{variant}' of '{headword}' reads as just '{key[0]}', so every '{key[0]}' in a "
                        f"question would count as '{headword}'; write it so that it keeps its meaning, or drop it"
                    )
                self._synonyms.add(key, headword)
        return problems

    def _words_of(self, text: str) -> list[str]:
        """A text's words in this normalizer's language, before stemming."""
        if self.language is Language.EN:
            return clean_words(text)
        if self._korean_names is not None:
            pattern, markers = self._korean_names
            text = pattern.sub(lambda name: f" {markers[name.group()]}", text)
        return language_words(text, self.language)

    def _stem_of(self, word: str) -> str:
        """English words are stemmed here; the other languages' analysers give dictionary forms already."""
        return stem(word) if self.language is Language.EN else word

    def _stemmed(self, text: str) -> tuple[str, ...]:
        return tuple(self._stem_of(w) for w in self._words_of(text))

    def __getstate__(self) -> dict:
        """What a compiled copy of the base keeps: all but the cache of corrections, which is per process."""
        return {name: value for name, value in self.__dict__.items() if name != "correct"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.correct = lru_cache(maxsize=_CORRECTIONS_KEPT)(self._correct)

    def _correct(self, word: str) -> str:
        """The base's nearest word to an unknown one, allowing one typo in short words and two in long ones.
        The English word list is consulted last, only when a correction is about to be made: reading it
        costs a tenth of a second and 50 MB, and most messages need no correction at all."""
        if word in self._known or len(word) < _SHORTEST_CORRECTED or not word.isalpha():
            return word
        if self.language is not Language.EN:
            return self._nearest_known(word) if self.language is not Language.KO else word
        if word.endswith("s") and word[:-1] in self._known:
            return word[:-1]
        near = self._vocabulary_by_length.get(len(word), ())
        found = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=_typos_allowed(len(word)))
        if found is None:
            return word
        if english_word_counts().get(word, 0) >= _COMMON_ENGLISH_COUNT:
            return self._near_miss(word, near) if len(word) >= _LONG_WORD else word
        return found[0]

    def _nearest_known(self, word: str) -> str:
        """A Russian or Ukrainian word the base has never seen, read as the base's word it nearly spells."""
        near = self._vocabulary_by_length.get(len(word), ())
        found = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=_typos_allowed(len(word)) - 1)
        return found[0] if found else word

    def _near_miss(self, word: str, near: list[str]) -> str:
        """A long English word one letter away from a far commoner word of the base ("conformed" for "confirmed")
        is taken as that word's typo. Two real words that both occur often ("shopping", "shipping") are not."""
        found = process.extractOne(word, near, scorer=OSA.distance, score_cutoff=1)
        if found is None or found[0][:2] != word[:2]:
            return word
        counts = english_word_counts()
        return found[0] if counts.get(found[0], 0) >= _TYPO_RARITY * counts.get(word, 0) else word

    def is_name(self, token: str) -> bool:
        """Whether a token names one particular thing: an entity, or a year."""
        return token in self.name_tokens or is_year(token)

    def is_person_or_place(self, token: str) -> bool:
        """Whether a token names a person, a country, a place or a year: something a reply about anything
        else does not answer. (Organisations are also how people cite a source: "according to Reuters".)"""
        return token in self._people_and_places or is_year(token)

    def words(self, text: str) -> list[str]:
        """The message's words after lead phrases are stripped and typos corrected, before stemming."""
        words = self._words_of(text)
        stripped = True
        while stripped and words:
            stripped = False
            for phrase in self._lead_phrases.get(words[0], ()):
                if tuple(words[: len(phrase)]) == phrase:
                    words = words[len(phrase) :]
                    stripped = True
                    break
        return [self.correct(w) for w in words]

    def tokens(self, text: str) -> list[str]:
        """Canonical content tokens of a message: the matcher's view of it."""
        words = self.words(text)
        if self.language is Language.EN:
            words = _without_conjunctions(words)
        words = self._synonyms.replace([self._stem_of(w) for w in words])
        tokens = [t for t in self._names.replace(words) if t not in self._stopwords]
        return self._age_asked(tokens) if self.language in (Language.RU, Language.UK) else tokens

    def _age_asked(self, tokens: list[str]) -> list[str]:
        """ "Сколько лет Киму" ("how many years to Kim") asks his age, where "сколько лет" alone asks how long:
        a question of nothing but those words and one person, perhaps with a title ("маршалу Ри"), asks the person's
        age."""
        if "how-long" not in tokens:
            return tokens
        rest = [t for t in tokens if t != "how-long" and t not in self._titles]
        if len(rest) == 1 and rest[0] in self._people:
            return ["age", rest[0]]
        return tokens

    def context_tokens(self, text: str) -> set[str]:
        """The tokens of a reply, plus the words inside the names it mentions: a reply naming Kookmin
        University explains "which uni", one naming the Unification Ministry explains "which ministry"."""
        words = self._synonyms.replace([self._stem_of(w) for w in self.words(text)])
        return {t for t in (*self._names.replace(words), *words) if t not in self._stopwords}
