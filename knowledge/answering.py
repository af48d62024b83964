"""The engine's one public object: load the base once, then `answer(text)` for every message.

KnowledgeBase is a small front over three parts: the search index (knowledge/index.py) finds the targets a
message could mean, the policy (knowledge/policy.py) decides whether to answer, ask or decline, and this module
turns that decision into an Answer, with its sources, quotes, suggestions and related questions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from knowledge.ambiguity import Clash, clashing_phrasings
from knowledge.answer_types import ANSWER_TYPES, asked_type, asks_what_happened_at_the_summit, types_answered
from knowledge.checking import (
    EXPECTED_STANDINGS,
    PLACE_AND_TIME,
    ClaimChecker,
    about_the_outcome,
    dated_after_the_summit,
    tells_of_after_the_summit,
    without_yes_or_no,
)
from knowledge.conversation import Context, FollowUp, FollowUpPhrases, listed, picked
from knowledge.forwarded import (
    asks_with_a_question_word,
    claims_in,
    clauses_of,
    is_claim_to_check,
    is_put_up_for_checking,
    reported_claims,
)
from knowledge.index import SearchIndex, Target
from knowledge.languages import (
    SETTING_ASIDE,
    Language,
    detect,
    excluded_part,
    tells_what_was_done,
    without_article_aside,
)
from knowledge.loading import LoadedBase, load_base
from knowledge.matching import Candidate
from knowledge.model import (
    Answer,
    AnswerKind,
    Article,
    Claim,
    ClaimCheck,
    Part,
    Quote,
    SourceLink,
    Suggestion,
    Verdict,
)
from knowledge.normalizing import mostly_unreadable, plain_words
from knowledge.patterns import lazy_compile
from knowledge.policy import (
    ANSWER_AT,
    SIDES,
    SUGGEST_AT,
    UNSURE_AT,
    Action,
    Decision,
    decide,
    eligible_candidates,
    suggestible,
)
from knowledge.segmenting import (
    MAX_MESSAGE_CHARACTERS,
    QUESTION_WORDS,
    WH_WORDS,
    questions_in,
    turns_to_someone_up_front,
    without_addressing,
)
from knowledge.slots import years_in
from knowledge.small_talk import SmallTalkReplies
from knowledge.translations import load_translations

_REFERS_BACK = lazy_compile(
    r"\b(?:that|this|those|these|it)\s*\W*$|^\W*(?:is|was|are|were|does|did|will)\s+(?:that|this|it)\b", re.IGNORECASE
)
"""A question about what the message said before it: "… which summit was that", "why is it", "is that the plan?"."""
_ASKS_WHERE_IT_IS_FROM = lazy_compile(
    r"^(?:so |and |ok |wait )?where(?:'s| is| does| did|s)? (?:the |that |this |your )?(?:[\w-]+ ){0,3}"
    r"(?:story|claim|info|information|bit|quote|number|figure|fact|stuff) (?:come |coming )?from\W*$",
    re.IGNORECASE,
)
"""A request for the source of what was just said, naming it ("where's the bodyguard story from?")."""
_IT_OR_THEY = lazy_compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
_NAMES_THE_SUMMIT = lazy_compile(r"\b(?:summit|meeting|talks)\b", re.IGNORECASE)
"""A message speaking of the meeting itself, whose claims about what happened there the articles cannot know."""
_IS_THAT = lazy_compile(r"\b(?:is|was|are|were)\s+(?:that|this|it)\b", re.IGNORECASE)
"""Asking about what the message told before: "… is that part of the summit deal?"."""
_TRAILING = lazy_compile(r"[\W_]+$")
"""What ends a question after its last word: "?", "!", emoji."""
_SENTENCE_ENDS = lazy_compile(r"(?<=[?!.])\s+")
"""Where one sentence of a message ends and the next begins ("… right? at the kremlin")."""
_WORDS = lazy_compile(r"[a-z']+")
_NOT_ENDING = lazy_compile(r"n'?t$")
_AFTER_THAT = lazy_compile(
    r"\b(?:afterwards?|after that|after it|before that|before then|back then|at the time)\b", re.IGNORECASE
)
"""A time a follow-up sets by the last answer's ("what did putin say afterwards", "were they close before that")."""
_AFTERWARDS = lazy_compile(r"\b(?:afterwards?|after that)\b", re.IGNORECASE)
"""After what the last question asked about: after the meeting, when that was this summit."""
_WHY_IT = lazy_compile(r"^\W*(?:(?:so|and|but|ok)\s+)?(?:why|how come)\b(?=.*\b(?:it|that|this|they)\b)", re.I)
"""A follow-up asking why of what the last answer told ("how come it changed"): its reason, when nothing else fits."""
_WHY_DO_THAT = lazy_compile(
    r"^\W*(?:(?:so|and|but|ok)\s+)?(?:why|how come)\s+(?:would|did|does|do|is|was|are|will)\s+(?:[\w'’-]+\s+){1,2}"
    r"(?:do|doing|want|need)\s+(?:that|this|it)(?:\s+(?:tho|though|then|now))?\W*$",
    re.IGNORECASE,
)
"""Why of what the last answer told someone did, whoever it names: "why would kim do that"."""
_GIVES_ITS_REASON = lazy_compile(r"\b(?:because|since it|so that|in order to|driven by|due to)\b", re.IGNORECASE)
"""An answer that already says why: "why?" after it is answered by it again."""
_QUOTE_GIVES_ITS_REASON = lazy_compile(
    r"\b(?:because|since it|so that|in order to|driven by|due to)\b|, as (?!well\b|such\b|part\b|of\b)", re.IGNORECASE
)
"""A quote under an answer that says why what it says is so ("…remains unlikely, as Moscow may want to maintain
certain technological advantages"): when the articles say no more of why, the answer gives that reason."""
_MEETING = r"(?:meeting|summit|visit|trip|talks|sit down)"
_THAT_MEETING = lazy_compile(rf"\b(?:that|this|the same)\s+{_MEETING}\b", re.IGNORECASE)
"""A meeting a follow-up points back to ("where was that meeting?"): the one the last answer dated."""
_DATED_MEETING = lazy_compile(rf"\b(\d{{4}}) {_MEETING}\b|\b{_MEETING} (?:in|of) (?:\w+ )?(\d{{4}})\b", re.IGNORECASE)
"""A meeting an answer dates, among other years it gives: "the 2019 meeting", "a summit in April 2019"."""
_ANSWER_CLAUSES = lazy_compile(r"[.:;]\s+")
"""Where a clause of an answer ends: its people are the ones the meeting it dates was between."""


def _the_meeting_dated(answer: str) -> tuple[str, str] | None:
    """The year of the one earlier meeting an answer dates, among other years it gives, and the clause dating it."""
    dated = {
        (year, clause)
        for clause in _ANSWER_CLAUSES.split(answer)
        for found in _DATED_MEETING.finditer(clause)
        for year in found.groups()
        if year and year < "2023"
    }
    return dated.pop() if len(dated) == 1 else None


_AND_IT_TOO = lazy_compile(r"^\W*(?:and|so)\b.*\b(?:it|that|this|so)\s+(?:too|as well)\W*$", re.IGNORECASE)
"""The last question asked again of someone else: "and did anyone in seoul confirm it too?"."""
_THAT_ONE = lazy_compile(r"\b(?:that|this) one\b", re.IGNORECASE)
_A_MEETING = lazy_compile(rf"\b{_MEETING}\b", re.IGNORECASE)
"""After a question about a meeting, "that one" is the meeting ("where was that one held?")."""
_TIME_SET_BY = {
    "afterwards": "after ",
    "afterward": "after ",
    "after": "after ",
    "before": "before ",
    "back": "in ",
    "at": "in ",
}
"""How a follow-up's time words set the time by the last answer's year: "afterwards" is after it, "back then" in it."""
_TRANSLATION_REQUEST = lazy_compile(
    r"^\W*(?:(?:can|could) you |pls |please |plz )?(?:translate\b|how (?:(?:do|would|should) (?:you|i|u) |to )say\b)"
    r"|^\W*(?:пожалуйста |плиз |будь ласка )?(?:переведи|переведите|переклади|перекладіть|как сказать|як сказати)"
    r"|(?:번역해|번역 좀|번역좀)",
    re.IGNORECASE,
)
"""A request to translate something ("translate 'thank you' into korean"): no question about the summit, however
many of its words the base knows ("translated" articles, "korean")."""
_THEY = lazy_compile(r"\b(they|them|their)\b", re.IGNORECASE)
_AUXILIARY_OPENING = lazy_compile(
    r"^\W*(?:and\s+|so\s+)?(?:is|are|was|were|will|would|does|do|did|has|have|can|could|should)\s", re.IGNORECASE
)
"""A yes-or-no question opening as one does: "are the arms talks getting anywhere"."""
_IT = lazy_compile(r"\b(?:it|its)\b", re.IGNORECASE)
MAX_IT_AGAIN_TOKENS = 2
"""A part asking "it" again of what the part before it asked ("does it have a name") has this many words at most."""
_THERE = lazy_compile(r"\bthere(?:\W+(?:of all places|tho|though|exactly|specifically|then|lol))?\W*$", re.IGNORECASE)
"""A question ending on "there" ("why there of all places?"): about the place or occasion the part before it asked
about."""
_THEY_MEET = lazy_compile(r"\b(?:they|them|their)\b.*\b(?:meet|meeting|met|summit|talks)\b", re.IGNORECASE)
"""Who "they" are when they meet: the two the summit is about, whoever the last answer named."""
_PERSONAL_OR_PLACE = lazy_compile(r"\b(he|she|him|her|his|hers|there)\b", re.IGNORECASE)
_ASKS_WHAT_HAPPENED = lazy_compile(
    r"\W*(?:(?:and|so|but|also)\W+)*(?:(?:what|who|how|where|when|which|why)\w*(?: \w+)? )?(?:did|got|gave|signed)\b",
    re.IGNORECASE,
)
"""A question asking what was done ("and what did putin get"), which after a question about the summit's outcome
asks about the outcome too."""
_THE_REPORTER = "the reporter"
"""Who asserts what an article states in its own voice, naming no outlet."""
_ASKS_THE_OUTLET = lazy_compile(
    r"\b(?:report\w*|outlets?|articles?|wrote|written|publish\w*|news ?(?:agency|site|paper)|media)\b", re.IGNORECASE
)
"""A "who said that?" asking who reported it ("who reported that?", "which outlet said that"): the outlets say."""
_COUNTS_WHAT_WAS_ASKED = lazy_compile(
    r"\W*(?:and |so |but )?how (?:many|much) (?:do|does|did|has|have|had|can|could|will|would|is|are|was|were)\b"
    r"(?! (?:it|he|she|they|there)\b)",
    re.IGNORECASE,
)
"""A count that names nothing to count ("how many does nk have?"): of what the last question asked about."""
_ASKED_OF_WHOM = lazy_compile(
    r"^\W*(?:(?:and|so|but|ok)\s+)?(?:why|what|which|who|where|when|how(?:\s+(?:many|much))?)\s+"
    r"((?:[\w'’-]+\s+){0,3}?)(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\s+"
    r"[\w'’-]+\s+[\w'’-]+\b\s*(.*?)(?:\s+(?:so|that|really|very)\s+(?:badly|much)\b.*)?$",
    re.IGNORECASE,
)
"""A question's head, its question word, helper verb, subject and verb, around the things it asks of: "shells" in
"how many shells does nk have", "nk ammo" in "why does russia need nk ammo so badly"."""
_OF_ITS_OWN = lazy_compile(r"\W*(?:who|whom|whose|what|which|why|how come)\b", re.IGNORECASE)
"""A follow-up about "him" or "there" asking who, what, why or how come asks a question of its own ("who's he?")."""
_ASKS_WHEN_OR_WHERE = lazy_compile(r"^\W*(?:(?:and|so|but)\s+)?(?:when|where)\b", re.IGNORECASE)
"""A question opening with when or where: after one asking the other, it asks that in its place."""
_ONLY_ASKS_OF_IT = lazy_compile(
    r"^\W*(?:and\s+)?(?:over|about|of|for|with|from|to|by|against) (?:what|who|whom)\W*$", re.IGNORECASE
)
"""A part asking only "from who" or "over what" asks it of what the part before it asked."""
_ASKS_OF_IT = lazy_compile(r"\b(?:over|about|of|for|with|from|to|by|against) (?:what|who|whom)\W*$", re.IGNORECASE)
"""A question ending "over what?", "by whom?": it asks more of the words before it."""
_THE_THING = lazy_compile(r"\b(?:the|that|this) (\w+)\b", re.IGNORECASE)
"""A thing asked of as one already told of: "when did the ban come in"."""
_MORE_OF_IT = lazy_compile(
    r"\b(?:tell|say) (?:me |us )?more\b|\bmore (?:about|on|of)\b|\b(?:that|the|this) \w+ thing\b", re.I
)
"""Asking to be told more of something: "the bodyguards thing, tell me more", "more about the train"."""
_ASKS_WHAT_DAY = lazy_compile(r"^\W*(?:(?:and|so|but)\s+)?(?:what|which) (?:day|date)\b", re.IGNORECASE)
_WHERE_WHEN_OR_WHY = lazy_compile(r"\b(?:where|when|why)\b", re.IGNORECASE)
_WHO_WHERE_WHEN = lazy_compile(r"\b(who|whom|where|when)\b", re.IGNORECASE)
"""Asking who, where or when, "they" are people: "where are they expected to meet" is about Kim and Putin."""
MAX_CLAIM_QUESTION_WORDS = 4
"""A yes-or-no question this short after a claim ("are they fine?", "is that so?") asks whether the claim holds."""
SET_ASIDE_MARGIN = 0.1
"""How much better the rest of a question that sets something aside must fit another entry than the whole fits
its best, when that best is about what is set aside ("apart from shells, what else has kim got piles of":
0.93 against 0.76), for the other entry to answer: closer, the best may already answer what else there is
("does kim want help with icbms, submarines and satellites" for "apart from satellites and subs, what other
weapons tech…")."""
ALONE_MARGIN = 0.15
"""A follow-up naming someone or something of its own (and no "he" or "she"), joined to the last question, is
asked on its own instead when, alone, it is answered for sure and scores this much more ("what did that nsc
spokeswoman want nk to do" after "and seoul?")."""
_PERSONAL_PRONOUN = lazy_compile(r"\b(he|she|him|her|his|hers)\b", re.IGNORECASE)
_SHE = frozenset(["she", "her", "hers"])
_UNNAMED_WOMEN = frozenset(["daughter", "wife", "mother", "girlfriend", "niece", "aunt", "grandmother"])
_UNNAMED_MEN = frozenset(["son", "brother", "nephew", "uncle", "boyfriend"])
_SUBJECT_PRONOUN = lazy_compile(r"\b(he|she)\b", re.IGNORECASE)
_OBJECT_PRONOUN = lazy_compile(r"\b(him|her)\b", re.IGNORECASE)
_COUNTED = lazy_compile(
    r"^\W*how (?:many|much)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:did|does|do|are|were|is|was|has|have|had|will|would|could|can)\b"
    r"|^\W*((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:in|from|of|at|to|before|after)\b[^?]*\bhow (?:many|much)\W*$",
    re.IGNORECASE,
)
"""What a "how many" question counts: "nk workers" in "how many nk workers did russia have", and in "nk workers in
russia before the un ban, roughly how many"."""
_MORE_OF_WHAT_WAS_COUNTED = lazy_compile(
    r"\bmore\b(?=(?:\s+(?:over )?there)?(?:\s+(?:now|then|later|soon|too|also|again|of them|of those|than before))?"
    r"\W*$)",
    re.IGNORECASE,
)
"""A "more" that names nothing after it, at the end of a part of a message: more of what the part before counted."""
_DID_IT = lazy_compile(r"\b(?:do|does|did|done|doing)\s+(?:it|that|this|so)\W*$", re.IGNORECASE)
MAX_DID_IT = 2
"""A part of a message asking when or why someone "did it", in this many tokens or fewer, asks about what the part
before it asked: "how many countries recognised donetsk? and when did nk do it"."""
_DOES_THAT = lazy_compile(r"\b(?:do|does|did|done|doing)\s+(?:that|this|so)\b", re.IGNORECASE)
"""Doing "that", what the last question asked about: "how many countries did that in total?"."""
_IT_DOES = lazy_compile(
    r"\b(?:did|does|do|was|is|will|would|can|could|has|had)\s+it\b|\bits\b|['’]s\s+it\b", re.IGNORECASE
)
""""It" as what does something ("which border crossing did it use?"), the thing the last question asked about; not
"it" as what was said ("who confirmed it?"), the last answer's fact."""
_PRONOUN = lazy_compile(r"\b(he|she|him|her|his|hers|they|them|their|it|its|there)\b", re.IGNORECASE)
SUMMIT_LEADERS = ("kim-jong-un", "vladimir-putin")
"""Who "they" are in a conversation that has named no one else."""
NEW_SHARE = 0.5
"""A related entry says this share of its words or more that the reply it follows did not: "more" tells more."""
STEM, STEM_MIN = 6, 3
"""A word of a reply counts by its first six letters, and only when longer than three ("the", "was" say nothing)."""
NOT_IN_THE_SAME_ARTICLE = 2.0
"""Farther apart than any two quotes of one article (whose places run from 0 to 1)."""
QUOTE_HEAD = 40
"""How much of a quote's opening finds it in its article, whatever its punctuation further on."""
MAX_OTHER_SUBJECT = 3
"""An "and X?" whose X is this many words or fewer and asks nothing itself is the last question about X."""
RECORDED_RUMOURS = frozenset({"rumour"})
"""A question is answered from the FAQ, entities, claims and articles; the recorded rumours' phrasings are how
people post claims, and settle only claims put up for checking (knowledge/checking.py, the rumour watch)."""
NEVER_BORNE_OUT_MARGIN = 0.15
"""A question this much closer to a recorded rumour the articles never mention than to any entry is that rumour."""
GREETING = "greeting"
"""The small-talk entry /start replies with."""
HELP = "help"
"""The small-talk entry /help replies with."""

MAX_QUOTES_SHOWN = 3


@dataclass(frozen=True)
class Nearest:
    """The entry closest to a message, however weakly: what a curator compares an unanswered question with."""

    id: str
    question: str
    score: float


class KnowledgeBase:
    """The base in one language. The English base holds one for each other language curated
    (`loaded.translations`) and hands a message in that language to it; each answers in its own language."""

    def __init__(self, loaded: LoadedBase, language: Language = Language.EN, english: KnowledgeBase | None = None):
        self.language = language
        self.loaded = loaded
        """What the base was built from, as read from the files: what `bot.py check` examines."""
        self.articles = loaded.articles
        self.topics = loaded.topics
        self.claims = loaded.claims
        self.faq = loaded.faq
        self.entities = loaded.entities
        self._index = SearchIndex(loaded, language, english._index if english else None)
        self._replies = {**(english._replies if english else {}), **loaded.lexicon.replies}
        self._small_talk = SmallTalkReplies(loaded.lexicon, loaded.articles, loaded.topics, language)
        self._follow_ups = FollowUpPhrases(loaded.lexicon.follow_ups, language)
        self._checker = ClaimChecker(self._index, self.claims, self._replies)
        self._claim_markers = [" ".join(plain_words(m, language)) for m in loaded.lexicon.claim_markers]
        normalizer = self._index.normalizer
        self._publishers = frozenset(
            t for a in self.articles.values() for t in normalizer.tokens(a.publisher) if normalizer.is_name(t)
        )
        """The names of the articles' publishers ("reuters"): a doubt naming one doubts where a fact comes from."""
        self._setting_aside = frozenset(normalizer.tokens(SETTING_ASIDE[language]))
        """What "besides", "말고" and the like read as: once the thing they set aside is dropped, they ask nothing."""
        self._other_languages: Mapping[Language, KnowledgeBase] = {
            other: KnowledgeBase(translated, other, self) for other, translated in loaded.translations.items()
        }
        self._translated = tuple(language.value for language in loaded.translations)
        self._faq_by_topic: dict[str, list[str]] = {}
        for entry in self.faq.values():
            self._faq_by_topic.setdefault(entry.topic, []).append(entry.id)
        self._faq_by_entity: dict[str, list[str]] = {}
        for entry in self.faq.values():
            for entity_id in dict.fromkeys(e for claim_id in entry.claims for e in self.claims[claim_id].entities):
                self._faq_by_entity.setdefault(entity_id, []).append(entry.id)
        self._places = {claim: place for claim, c in self.claims.items() if (place := _place_of(c, self.articles))}
        """Where in its article each claim's first quote stands: what "more" reads on to."""
        self._content: dict[str, frozenset[str]] = {}
        self._related_to: dict[str, tuple[Suggestion, ...]] = {}
        """Each target's related entries, worked out the first time it is the reply."""
        first_of_topic: dict[str, str] = {}
        for entry in self.faq.values():
            if not entry.declines:
                first_of_topic.setdefault(entry.topic, entry.id)
        self._starter_questions = tuple(self._suggestion(i) for i in first_of_topic.values())[:3]

    @property
    def other_languages(self) -> Mapping[Language, KnowledgeBase]:
        return self._other_languages

    @property
    def translated(self) -> tuple[str, ...]:
        """The codes of the other languages this base speaks."""
        return tuple(self._translated)

    def attach_languages(self, languages: Mapping[Language, KnowledgeBase]) -> None:
        """Puts back the other languages a compiled copy keeps apart (knowledge/cache.py)."""
        self._other_languages = languages

    def __getstate__(self) -> dict:
        """A compiled copy of the base keeps each other language in a file of its own, and not the curated text of
        the translations either, which only `check` reads (from the YAML)."""
        return {**self.__dict__, "_other_languages": {}, "loaded": replace(self.loaded, translations={})}

    def in_language(self, language: Language | str | None) -> KnowledgeBase:
        """The base in `language` (a Telegram language code such as "ru" works too); English when not curated."""
        return self._other_languages.get(language, self) if language != self.language else self

    @property
    def languages(self) -> tuple[Language, ...]:
        return (self.language, *(Language(code) for code in self._translated))

    def converse(self, text: str, context: Context | None) -> tuple[Answer, Context | None]:
        """The reply to a message in a conversation, and what the conversation remembers next. `context`, the
        chat's last question and answer, is what a follow-up ("and Shoigu?", "why?", "source?", "2") refers to;
        a follow-up's answer becomes the new context only when it answers a question of its own. A message in
        another language is answered by the base in that language, in it."""
        text = without_addressing(text[:MAX_MESSAGE_CHARACTERS])  # what Telegram can send, at most
        language = detect(text, hint=context.answer.language if context is not None else None)
        if language is None:
            return self._in_another_script(), context
        if language != self.language and language in self._other_languages:
            same = context if context is not None and context.answer.language == language else None
            return self._other_languages[language].converse(text, same)
        answer, remembered = self._converse(text, context)
        tagged = self._tagged(answer)
        if remembered is not None and remembered.answer is answer:
            remembered = replace(remembered, answer=tagged)
        return tagged, remembered

    def _converse(self, text: str, context: Context | None) -> tuple[Answer, Context | None]:
        follow_up = self._follow_up(text)
        if follow_up is FollowUp.ANOTHER_SUBJECT and context is None and self._asks_on_its_own(text):
            follow_up = None  # "а северокорейское оружие норм?" ("and is…") opens a question of its own
        if follow_up is None:
            # "so did they end up signing an arms deal or not" asks the summit's outcome, whoever "they" are
            asked = self._in_context(text, context) if context and not about_the_outcome(text) else text
            names = self._context_names(text, context) if asked != text else []
            if names and len(questions_in(text)) > 1:
                # "wait, a parade too? what missiles did they show": each question completed on its own
                answer = self._tagged(self._answer(text, forwarded=False, names=names))
                named = self._names_in(text) or names  # "and putin? when did he get there": Putin, for what follows
                asked = self._with_names(questions_in(text)[-1], named)  # what "how many?" next would be about
            else:
                answer = self.answer(asked)
            if (
                asked != text
                and not answer.confident
                and (plainly := self._asked_of_the_last_answer(text, context, answer))
            ):
                answer, asked = plainly  # "how much do they get paid a month" after "how many were there before…"
            if asked != text and answer.answered and answer.match == context.answer.match:
                answer = self._asked_afresh(text, context) or answer
            elif asked != text and answer.answered and self._names_in(text) and not _PERSONAL_PRONOUN.search(text):
                alone = self.answer(text)  # "what did that nsc spokeswoman want nk to do", after "and seoul?"
                if alone.answered and alone.confident and alone.score >= answer.score + ALONE_MARGIN:
                    answer, asked = alone, text
            if (
                asked != text
                and answer.kind is AnswerKind.UNSURE
                and (dated := self._in_the_year_asked(asked, context))
            ):
                answer, asked = dated
            if asked != text and answer.kind is AnswerKind.UNSURE and _WHY_IT.match(text) and not self._names_in(text):
                answer = self._follow(FollowUp.REASON, text, context)  # "how come it changed": why, of the last answer
                if answer.answered:
                    return answer, context.then(self.question_for(answer.match) or context.question, answer)
            if asked != text and not answer.answered and self._names_in(text):
                # "and what was the deal with kim's bodyguards…" names whom it asks of: his own, not Putin's
                answer, asked = self._on_its_own(text, answer, asked)
            more_of_it = answer.kind is AnswerKind.UNSURE and self._asks_more_of_what_it_told(text, context)
            narrows = more_of_it or (answer.kind is AnswerKind.UNSURE and self._one_word_asked(text))
            narrows = narrows or (answer.kind is AnswerKind.UNSURE and self._names_what_it_told(text, context))
            if asked == text and context and not answer.answered and (narrows or self._echoes(text, context)):
                # "what car" after the answer about kim's bodyguards running beside his car: that car, not any
                narrowing = f"{_TRAILING.sub('', text)} {context.question}"
                # a request to be told more is a question, however it reads joined to the last one
                narrowed = self.answer_question(narrowing) if more_of_it else self.answer(narrowing)
                if narrowed.answered:
                    answer, asked = narrowed, narrowing
            remembered = answer.kind not in (AnswerKind.EMPTY, AnswerKind.SMALL_TALK, AnswerKind.OTHER_LANGUAGE)
            if not remembered:
                return answer, context
            question = self._the_question_in(asked)
            return answer, context.then(question, answer) if context else Context(question, answer)
        if context is None:
            return Answer(False, AnswerKind.EMPTY, self._replies["empty"], suggestions=self.starter_questions()), None
        answer = self._follow(follow_up, text, context)
        if answer.answered and follow_up in (FollowUp.PICK, FollowUp.MORE, FollowUp.REASON):
            return answer, context.then(self.question_for(answer.match) or text, answer)
        if answer.answered and follow_up is FollowUp.ANOTHER_SUBJECT:  # "and putin?": now about Putin
            return answer, context.then(self.question_for(answer.match) or context.question, answer)
        return answer, context

    def answer(self, text: str, forwarded: bool = False) -> Answer:
        """The reply to one message on its own: an answer from the base, a question back, or an honest decline;
        for a message asking several things, an answer to each (kind SEVERAL); for a claim put up for checking (a
        forwarded post, "is it true that…"), what the articles say of it (kind CHECK). In the message's language
        when it is one of the base's, else a line saying which languages the bot reads."""
        text = without_addressing(text[:MAX_MESSAGE_CHARACTERS])  # what Telegram can send, at most
        language = detect(text)
        if language is None:
            return self._in_another_script()
        if language != self.language and language in self._other_languages:
            return self._other_languages[language].answer(text, forwarded)
        return self._tagged(self._answer(text, forwarded))

    def _in_another_script(self) -> Answer:
        return Answer(False, AnswerKind.OTHER_LANGUAGE, self._replies["other-language"])

    def _tagged(self, answer: Answer) -> Answer:
        return answer if answer.language == self.language else replace(answer, language=self.language.value)

    def _answer(self, text: str, forwarded: bool, names: list[str] | None = None) -> Answer:
        """`names`: who or what the conversation was about, for questions that name no one."""
        if forwarded or self._puts_up_a_claim(text):
            checked = self.check(text)
            # "kim told putin … during the meeting" tells what happened at the summit, whatever a question would match
            after_the_articles = checked.verdict is Verdict.AFTER_ARTICLES and (
                _NAMES_THE_SUMMIT.search(text) or dated_after_the_summit(text)  # "kim's train left russia on…"
            )
            if checked.answered or forwarded or self._asks_for_a_check(text) or after_the_articles:
                return checked if forwarded else self._with_questions_besides(text, checked)
            asked = self._answer_questions(text, names)  # "kim travel much or nah" is a question, no "?" says so
            return (
                asked if asked.answered and asked.confident and not self._says_less(text, asked, checked) else checked
            )
        answer = self._with_verdict(text, self._answer_questions(text, names))
        answer = self._with_what_was_passed_on(text, answer)
        if not answer.answered and (claim := self._claim_asked_about(text)) is not None:
            checked = self.check(claim)  # "my dad reckons russia's shell stocks are fine. are they?": they dwindled
            answer = checked if checked.answered else answer
        if answer.kind is AnswerKind.NO_ANSWER and tells_of_after_the_summit(text):
            checked = self.check(text)  # "kim left russia on september 17?": after the articles, not unheard of
            return checked if checked.verdict is Verdict.AFTER_ARTICLES else answer
        return answer

    def _says_less(self, text: str, asked: Answer, checked: Answer) -> bool:
        """Whether the answer to a statement read as a question says less than the statement: it lacks a figure the
        statement gives ("russian unemployment is down to 3%, that's why they want nk workers"), or it is the very
        fact the check found and judged to say less ("kim's bodyguards flew to vladivostok")."""
        if asked.match is None:
            return False
        if self._checker.states_figures_beyond(text, asked.match):
            return True
        return checked.verdict is Verdict.NOT_IN_ARTICLES and asked.match == checked.match

    def _with_what_was_passed_on(self, text: str, answer: Answer) -> Answer:
        """An answer to a question with, beside it, what the articles make of a claim the message passes on about
        the same fact ("why would kim send more workers? my friend says its all about money for the regime": so the
        articles say), when they bear it out or contradict it; the reply itself is unchanged."""
        if answer.checks or not answer.answered or answer.kind not in (AnswerKind.FAQ, AnswerKind.ENTITY):
            return answer
        if self.language is not Language.EN or answer.match is None:
            return answer
        for claim in reported_claims(text):
            checked = self._checker.check_against(claim, answer.match)
            if checked.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED):
                return replace(answer, checks=(checked,))
        return answer

    def _with_verdict(self, text: str, answer: Answer) -> Answer:
        """An answer to a yes-or-no question ("analysts arent sure NK weapons are any good right?") with what the
        articles make of the claim it asks about, from the entry that answers it; the reply itself is unchanged."""
        if not _asks_yes_or_no(text) or answer.match is None:
            return answer
        claims = claims_in(text)
        claim = claims[0]
        if answer.kind is AnswerKind.OUTCOME:  # "nk got its spy satellite into orbit in november?": after them
            return replace(answer, checks=(self._checker.check_against(claim, answer.match),))
        if answer.kind not in (AnswerKind.FAQ, AnswerKind.ENTITY) or not answer.answered or answer.checks:
            return answer
        checks = [self._checker.check_against(said, answer.match) for said in claims]
        # "remember the 2018 summit?? 30 bodyguards jogging next to his car": the claim the entry contradicts
        checked = next((c for c in checks if c.verdict is Verdict.CONTRADICTED), checks[0])
        asks_if_it_came_of_the_summit = about_the_outcome(claim) and _IS_THAT.search(text)
        *_, asked = questions_in(text) or (text,)  # "this chat is 90% memes today lol, ok what's china got to do w it"
        asks_whether = not _asks_who_or_what(asked)
        after = checked.verdict is Verdict.AFTER_ARTICLES and asks_whether
        if after and (not answer.confident or asks_if_it_came_of_the_summit):
            return self.check(claim)  # "kim toured a university there?", "… is that part of the summit deal?"
        if (
            checked.verdict is not Verdict.CONTRADICTED
            and _asks_is_it_so(text)
            and asks_whether
            and self._checker.places_or_dates(claim)
        ):
            found = self._checker.check(claim)  # "putin & kim first met in moscow right?": no, in Vladivostok
            if found.verdict is Verdict.CONTRADICTED and self._checker.differs_in(claim, found.match) & PLACE_AND_TIME:
                return self.check(claim)
        if not asks_whether and checked.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED):
            return answer  # what comes before a question asking what is told only when the articles bear on it
        return replace(answer, checks=(checked,))

    def _answer_questions(self, text: str, names: list[str] | None = None) -> Answer:
        questions = questions_in(text)
        if len(questions) == 1:
            question = questions[0]
            if names is None and _THEY_MEET.search(question) and not self._names_in(text):
                question = self._with_names(question, [])  # they who meet, naming no one: Kim and Putin
            return self._answer_extracted(text, question)
        parts: list[Part] = []
        names = names or []
        for earlier, question in zip((None, *questions[:-1]), questions, strict=True):
            asked = question
            if earlier and asks_what_happened_at_the_summit(earlier) and _AFTER_THAT.search(question):
                asked = _AFTER_THAT.sub("after the summit", question)  # "what did biden say after the summit and
                # did the us slap new sanctions on them afterwards?": after the summit too
            if parts and _ONLY_ASKS_OF_IT.match(question):
                asked = f"{parts[-1].question} {_TRAILING.sub('', question)}"  # "when did he take over and from who"
            elif self._asks_nothing(question) and not (_PRONOUN.search(question) and _asks_who_or_what(question)):
                if not parts or not _asks_who_or_what(question) or self._small_talk.recognise(self._plain(question)):
                    continue  # "did they?" after a claim asks whether it is true: the claim's part answers that
                asked = f"{_TRAILING.sub('', question)} {parts[-1].question}"  # "where's the meeting, when roughly"
            elif parts and _DID_IT.search(question) and len(self._index.normalizer.tokens(question)) <= MAX_DID_IT:
                asked = f"{_TRAILING.sub('', question)} {parts[-1].question}"  # "…donetsk? when did nk do it"
            elif parts and (more := _more_of_what_was_counted(question, parts[-1].question)):
                asked = more  # "how many nk workers did russia have? and why would kim send more now": more workers
            if parts and self._about_the_outcome(parts[-1].answer) and _ASKS_WHAT_HAPPENED.match(question):
                continue  # "did they sign the arms deal in the end? and what did putin get": the outcome again
            if parts and not parts[-1].answer.answered and self._refers_to_someone_unknown(question, parts[-1]):
                continue  # "who was south korea's president, and what did he say": whoever the declined part asked
            if parts and not parts[-1].answer.answered and self._they_of_a_declined_part(question, parts[-1]):
                continue  # "did lavrov meet choe sun hui and what did they agree on": what the declined part asked
            if parts and parts[-1].answer.kind is AnswerKind.OUTCOME and self._asks_it_again(question):
                continue  # "whats kims train called, does it have a name": what the articles never give, again
            checked = self.check(question) if self._puts_up_a_claim(question) else None
            if checked is not None and checked.match is not None:
                answer = checked  # "i was sure north korea condemned the invasion?" is a claim to check
            else:
                # "…kim has been running nk since the 90s 💀 anyway when did he take over": he is the one in the story
                unnamed = not names and _PERSONAL_PRONOUN.search(question) and not self._names_in(question)
                told = self._the_one_person_in_the_story(text, questions) if unnamed else []
                carried = self._subject_of(question, names or told)
                if _AUXILIARY_OPENING.match(question) and not _PRONOUN.search(question) and self._has_subject(question):
                    carried = []  # "what's washington's read, are the arms talks getting anywhere": of the talks
                answer = self.answer_question(self._with_names(asked, carried))
                if answer.kind is AnswerKind.FAQ and not _asks_yes_or_no(question):  # the names put before it
                    answer = replace(answer, text=without_yes_or_no(answer.text))  # made "why…?" look like "is…?"
            if answer.kind is AnswerKind.EMPTY:
                continue  # "how many are there now? <the last question>": nothing of its own to answer
            if answer.kind is AnswerKind.UNSURE and answer.match is not None:
                # within a reply to several questions a "did you mean" cannot be asked: its best fit is given
                answer = replace(self.answer_for(answer.match), score=answer.score, confident=False)
            if not any(answer.match is not None and answer.match == p.answer.match for p in parts):
                parts.append(Part(question, answer))
            names = self._names_in(question) or names
        turning = [p for p in parts if self._only_turns_to_someone(p.question)]
        if turning and not any(p.answer.answered for p in parts if p not in turning):
            # "what about putin? who's on his side of the table": the articles cannot say, whoever Putin is
            parts = [p for p in parts if p not in turning] or parts
        aside = [p for p in parts if p.answer.kind is AnswerKind.OFF_TOPIC and not self._knows_a_word_of(p.question)]
        if aside and len(aside) < len(parts):
            # "is that normal?? do russian defense ministers go there a lot": the aside asks nothing of the articles
            parts = [p for p in parts if p not in aside]
        if len(parts) == 1 and parts[0].answer.kind is AnswerKind.CHECK:
            return parts[0].answer
        if len(parts) <= 1:
            return self._answer_extracted(text, parts[0].question if parts else text)
        return _several(parts)

    def _the_one_person_in_the_story(self, text: str, questions: tuple[str, ...]) -> list[str]:
        """The one person a message's story names outside its questions, whom their "he" or "she" is: "my bf thinks
        kim has been running nk since the 90s 💀 anyway when did he actually take over"; none when it names more."""
        asked = {n for question in questions for n in self._people_in(question)}
        people = [n for n in dict.fromkeys(self._names_in(text)) if self.entities[n].kind == "person"]
        people = [n for n in people if n not in asked]
        return people if len(people) == 1 else []

    def _only_turns_to_someone(self, question: str) -> bool:
        """Whether a part only turns to someone ("what about putin?", "and shoigu?"): who they are is worth telling
        beside an answer to the question after it, not in place of one."""
        _, rest = self._after_opening(question) or ([], [])
        return bool(rest) and all(self._index.normalizer.is_name(t) for t in rest)

    def _subject_of(self, question: str, names: list[str]) -> list[str]:
        """Whom a part's "he" or "she" stands for, of the names the part before it gave: the first person it named,
        its subject ("what does sullivan think of putin and what did he urge kim to do": Sullivan)."""
        if not _SUBJECT_PRONOUN.search(question) or _OBJECT_PRONOUN.search(question):
            return names
        named = self._names_in(question)  # "what did kim show shoigu, and what did kim do once he'd left": Shoigu
        people = [n for n in names if self.entities[n].kind == "person" and n not in named]
        return [n for n in names if n not in people[1:]]

    def _about_the_outcome(self, answer: Answer) -> bool:
        """Whether a reply says the articles cannot know the summit's outcome (not a detail they never give)."""
        if answer.kind is not AnswerKind.OUTCOME:
            return False
        return answer.match is None or self._index.targets[answer.match].about_outcome

    def _refers_to_someone_unknown(self, question: str, declined: Part) -> bool:
        """Whether a part of a message refers back ("he", "her") to someone a declined part before it asked about
        without naming ("who was south korea's president then"), rather than to someone it named ("how big is
        kim's delegation, and is his foreign minister coming"). A name after the pronoun is someone else ("and
        what did he say about kim going to russia")."""
        pronoun = _PERSONAL_PRONOUN.search(question)
        if pronoun is None or self._names_in(question[: pronoun.start()]):
            return False
        if self._kin_the_articles_never_name(declined.question, pronoun.group().casefold()):
            return True  # "did kim's daughter come along? whats her name": her is the daughter, not Kim
        return not self._people_in(declined.question)

    def _kin_the_articles_never_name(self, question: str, pronoun: str) -> bool:
        """Whether a question asks after a relative of someone's whom no entity stands for (Kim's daughter, Putin's
        wife), one that a "she" or "he" after it can be: "kim's sister" is Kim Yo Jong, whom the base knows."""
        kin = _UNNAMED_WOMEN if pronoun in _SHE else _UNNAMED_MEN
        return bool(kin & set(self._index.normalizer.tokens(question)))

    def _asks_it_again(self, question: str) -> bool:
        """Whether a part only asks again, of "it", what the part before it asked: it names nothing and asks
        nothing else ("does it have a name" after "what's the train called")."""
        tokens = self._index.normalizer.tokens(question)
        return bool(_IT.search(question)) and not self._names_in(question) and len(tokens) <= MAX_IT_AGAIN_TOKENS

    def _they_of_a_declined_part(self, question: str, declined: Part) -> bool:
        """Whether a part of a message is about "them", the people a declined part before it asked about, or what
        they do "there", naming no one itself: what they did together is no more in the articles than that they met,
        what Kim Yo Jong does on the trip no more than whether she is on it."""
        if not (_THEY.search(question) or _THERE.search(question)) or self._names_in(question):
            return False
        return bool(self._people_in(declined.question))

    def check(self, text: str) -> Answer:
        """Each checkable claim of a post, checked; the main claim (the first the articles speak of) first."""
        checks = [self._check_claim(claim) for claim in claims_in(text)]
        # the main claim: the first the articles contradict (a post mixing a true claim with a false one is false),
        # else the first they speak of
        checks.sort(key=lambda c: (c.verdict is Verdict.NOT_IN_ARTICLES, c.verdict is not Verdict.CONTRADICTED))
        main = checks[0]
        quotes = tuple(dict.fromkeys(q for c in checks for q in c.quotes))
        several = "\n\n".join(f"“{c.claim}”: {c.text}" for c in checks)
        text = main.text if len(checks) == 1 else several
        return Answer(
            answered=main.verdict not in (Verdict.NOT_IN_ARTICLES, Verdict.AFTER_ARTICLES),
            kind=AnswerKind.CHECK,
            text=text,
            score=1.0 if main.match else 0.0,
            match=main.match,
            sources=self.source_links(quotes),
            quotes=quotes,
            checks=tuple(checks),
            suggestions=() if main.match else self.starter_questions(),
        )

    def _with_questions_besides(self, text: str, checked: Answer) -> Answer:
        """A check, and the answers to what a message asks besides ("is it true kim wants subs? what other tech is
        he after"): a question asking who, what or why is no claim, and is answered as a question."""
        claim, *rest = questions_in(text)
        if all(_asks_yes_or_no(question) for question in rest):
            return checked
        asked = self._answer_questions(text, None).parts[1:]
        besides = [part for part in asked if not _asks_yes_or_no(part.question) and part.answer.answered]
        if not besides:
            return checked
        questions = {part.question for part in besides}
        claims = " ".join(q for q in (claim, *rest) if q not in questions)
        return _several([Part(claim, self.check(claims)), *besides])

    def _check_claim(self, claim: str) -> ClaimCheck:
        """A claim the articles say nothing of as a whole may join two statements ("putin landed on monday and seoul
        says the train crossed that same night", "the border closures hurt nk's economy so kim wants food"): false
        when they contradict either half, true when they bear out both, and the reply says what they say of each."""
        checked = self._checker.check(claim)
        if checked.verdict is not Verdict.NOT_IN_ARTICLES:
            return checked
        halves = [self._checker.check(half) for half in clauses_of(claim)]
        said = sorted(
            (half for half in halves if half.verdict in (Verdict.CONTRADICTED, Verdict.SUPPORTED)),
            key=lambda half: half.verdict is not Verdict.CONTRADICTED,
        )
        if not said or not all(self._says_more_than_names(half.claim) for half in halves):
            return checked
        unsaid = [half for half in halves if half not in said]
        # one half borne out says nothing of the other, unless the fact bearing it out tells that too
        told = bool(said[0].match) and all(self._checker.tells_of(half.claim, said[0].match) for half in unsaid)
        if said[0].verdict is Verdict.SUPPORTED and unsaid and not told:
            return checked
        return ClaimCheck(
            claim,
            said[0].verdict,
            " ".join(dict.fromkeys(half.text for half in said)),
            said[0].match,
            tuple(dict.fromkeys(c for half in said for c in half.claims)),
            tuple(dict.fromkeys(q for half in said for q in half.quotes)),
            alleged=any(half.alleged for half in said),
        )

    def _says_more_than_names(self, text: str) -> bool:
        """Whether a text says something of the names it gives ("kim jong un vladimir putin" says nothing)."""
        normalizer = self._index.normalizer
        return not all(normalizer.is_name(token) for token in normalizer.tokens(text))

    def repeats_a_rumour(self, text: str) -> Answer | None:
        """The check of a message that is near-certainly a recorded rumour the articles contradict: what a group's
        rumour watch replies to unprompted. None for anything less sure, supported or unknown."""
        language = detect(text)
        if language is None or (language != self.language and language in self._other_languages):
            return None
        tokens = self._index.normalizer.tokens(text)
        decision = decide(self._index, tokens)
        best = decision.best
        if decision.action is not Action.ANSWER or not decision.confident:
            return None
        target = self._index.targets[best.target]
        if target.verdict is not Verdict.CONTRADICTED:
            return None
        return self._tagged(self._reply(target, best.score, confident=True))

    def _answer_extracted(self, text: str, question: str) -> Answer:
        """The answer to the one question found in a message: the question alone when it is answered (the story
        around it is no question), else the whole message."""
        if question.strip() == text.strip():
            return self.answer_question(text)
        # "kim's bodyguards jogging next to his car — which summit was that" is about the story before "that", and
        # "russian stockpiles after 18 months of war — how are they looking" about what it names before "they" ("nk
        # workers in russia: what's in it for pyongyang")
        refers_back = _REFERS_BACK.search(question) or _IT_OR_THEY.search(question)
        whole = self.answer_question(text) if refers_back else None
        if whole is not None and whole.answered:
            return whole
        alone = self.answer_question(self._with_names(question, self._names_in(text)))
        if alone.answered and self._has_subject(question):
            return alone
        whole = whole or self.answer_question(text)
        if alone.kind is AnswerKind.UNSURE and not whole.answered and whole.kind is not AnswerKind.UNSURE:
            return alone  # "which of these?" about the question beats "not in my articles" about the story around it
        if alone.kind is AnswerKind.OUTCOME and whole.kind is AnswerKind.OFF_TOPIC:
            return alone  # "…held in the end? i keep seeing different dates" is about the summit, after the articles
        return whole

    def _asks_for_a_check(self, text: str) -> bool:
        """Whether a message says in so many words that it wants a claim checked ("is it true…", "heard…",
        "… fake or real?"), rather than stating something a question could be made of."""
        return self.language is not Language.EN or is_put_up_for_checking(text)

    def _claim_asked_about(self, text: str) -> str | None:
        """The claim before a yes-or-no question that asks whether it holds ("my dad reckons russia's own shell
        stocks are fine. are they?"), when what comes before the question puts a claim up for checking."""
        if self.language is not Language.EN:
            return None
        *_, last = questions_in(text) or ("",)
        head = text[: text.rfind(last)].strip() if last else ""
        short = len(last.split()) <= MAX_CLAIM_QUESTION_WORDS  # not "did that happen bc of this summit?"
        return head if head and short and _asks_yes_or_no(last) and is_claim_to_check(head) else None

    def _puts_up_a_claim(self, text: str) -> bool:
        """Whether a message asks for a claim to be checked: in English by its forms (knowledge/forwarded.py), in
        another language by the lexicon's `claim_markers` ("правда ли что", "진짜야"). A request to translate quoted
        words is none."""
        if _TRANSLATION_REQUEST.search(text):
            return False
        if self.language is Language.EN:
            return is_claim_to_check(text)
        words = " " + " ".join(self._plain(text)) + " "
        return any(f" {marker} " in words for marker in self._claim_markers)

    def _asks_nothing(self, text: str) -> bool:
        """Whether a part of a message is small talk or names no subject ("what do the articles say?")."""
        return self._small_talk.recognise(self._plain(text)) is not None or not self._has_subject(text)

    def _plain(self, text: str) -> list[str]:
        return plain_words(text, self.language)

    def _knows_a_word_of(self, text: str) -> bool:
        """Whether any word of a text is one the base has ("is that normal??" has none)."""
        return any(self._index.matcher.knows(t) for t in self._index.normalizer.tokens(text))

    def _has_subject(self, text: str) -> bool:
        """Whether a text names something to ask about, besides the article it goes by."""
        return self._index.has_subject(self._index.normalizer.tokens(without_article_aside(text, self.language)))

    def _place_in(self, answer: Answer) -> str | None:
        """The first place an answer names, as the base names it: where "there" is after it."""
        places = [n for n in self._names_in(answer.text) if self.entities[n].kind == "place"] if answer.answered else []
        return self.entities[places[0]].name if places else None

    def _names_in(self, text: str) -> list[str]:
        normalizer = self._index.normalizer
        return [t for t in normalizer.tokens(text) if t in self.entities]

    def _with_names(self, question: str, names: list[str]) -> str:
        """A question that names no one ("and who else is on the train?") is about what the one before named;
        "he", "she" and the like about the people it named."""
        named = self._names_in(question)
        if _PERSONAL_PRONOUN.search(question):  # "i meant kim yo jong, who is she to kim": she is Kim Yo Jong
            people = [n for n in names if self.entities[n].kind == "person" and n not in named]
            names = people or ([] if named else names)
        elif _THEY_MEET.search(question) and not named:  # "ok and where are they meeting": Kim and Putin
            names = self._summit_leaders()
        elif _THEY.search(question) and not named:  # "what did they say": the people, if two or more
            people = [n for n in dict.fromkeys(names) if self.entities[n].kind == "person"]
            names = people if len(people) >= 2 else names
        elif named:
            return question
        if not names:
            return question
        said = " ".join(dict.fromkeys(self.entities[n].name for n in names))
        if _PERSONAL_PRONOUN.search(question) and (
            asked_type(self._index.normalizer.tokens(question)) or _ASKS_WHEN_OR_WHERE.match(question)
        ):
            # in the pronoun's place, so that "how long has she been foreign minister" still opens with what it asks
            # (and "where did he and putin meet last time" stays a question, not a claim about Kim)
            return _PERSONAL_PRONOUN.sub(said, question, count=1)
        return f"{said} {question}"

    def _in_context(self, text: str, context: Context) -> str:
        """A question that only makes sense after the last one ("who's he?", "what did they say?", "what month")
        completed from it: with the names the last answer gave, or with the last question itself."""
        if self._small_talk.recognise(self._plain(text)) is not None:
            return text
        asked_of = [y for y in years_in(context.question) if y < "2023"]  # the year asked about, before any other
        earlier = asked_of or sorted(y for y in years_in(context.answer.text) if y < "2023")
        if _AFTER_THAT.search(text) and len(earlier) == 1:  # "what did putin say afterwards": after the 2019 summit
            return _AFTER_THAT.sub(lambda said: _TIME_SET_BY[said.group().casefold().split()[0]] + earlier[0], text)
        if _AFTERWARDS.search(text) and not earlier and _A_MEETING.search(context.question):
            # "did they slap new sanctions on them afterwards?" after "what's washington threatening over this
            # meeting": after this summit, which the articles cannot tell
            return _AFTERWARDS.sub("after the summit", text)
        that_meeting = _THAT_MEETING.search(text) or (_THAT_ONE.search(text) and _A_MEETING.search(context.question))
        if that_meeting and not years_in(text):  # "where was that meeting?": the one of 2019
            names = self._names_in(context.question)
            if len(earlier) > 1 and not asked_of and (dated := _the_meeting_dated(context.answer.text)):
                year, clause = dated  # "the 2019 meeting marked a turning point between Putin and Kim: … in 2011"
                earlier = [year]
                names = names or [n for n in self._names_in(clause) if self.entities[n].kind == "person"]
            if len(earlier) == 1:
                return self._with_names(f"{_TRAILING.sub('', text)} in {earlier[0]}", names)
        if _DOES_THAT.search(text) and len(self._index.normalizer.tokens(text)) <= MAX_DID_IT + 1:
            return f"{_TRAILING.sub('', text)} {context.question}"  # "how many countries did that in total?"
        if more := _more_of_what_was_counted(text, context.question):
            return more  # "how many nk workers did russia have?" and then "why would kim send more now": more workers
        if _COUNTS_WHAT_WAS_ASKED.match(text):  # "how many does nk have?": of the shells the last question was about
            head = _ASKED_OF_WHOM.match(context.question)  # not of who needed them ("why does russia need nk ammo")
            things = " ".join(head.groups()).strip() if head else ""
            return f"{_TRAILING.sub('', text)} {things or context.question}"
        if _AND_IT_TOO.match(text):  # "and did anyone on the south korean side confirm it too?": what was asked
            return f"{_TRAILING.sub('', text)} {context.question}"
        if turns_to_someone_up_front(text):
            return text  # "and the navy admiral, why does he matter": he is the admiral, whoever the last answer named
        if (of_the_body := self._they_the_body_asked_of(text, context)) is not None:
            return of_the_body
        if self._names_in(text) and (not _PERSONAL_PRONOUN.search(text) or self._named_up_front(text)):
            return text  # "and what did kim show him?" names Kim, and "him" is the one the last answer was about
        about_people_or_places = _PERSONAL_OR_PLACE.search(text)
        if not self._has_subject(text):
            # "how many?", "how old is she?": of what the last question asked about, as one question; "who's
            # he?" and "why there?" are questions of their own, about the one or the place it named
            alone = about_people_or_places and _OF_ITS_OWN.match(text)
            asked = context.question
            if _ASKS_WHEN_OR_WHERE.match(text) or _ASKS_WHAT_DAY.match(text):
                # "where are they meeting?" then "when tho" or "what day tho": when they are meeting, whatever
                # was asked of the place in between ("why Vladivostok where are they meeting")
                *_, last = _WHERE_WHEN_OR_WHY.split(asked)
                asked = last.strip() or asked
            if alone and _THERE.search(text) and (place := self._place_in(context.answer)):
                return _THERE.sub(place, text)  # "where are they meeting?" "Vladivostok…" "why there?": why Vladivostok
            if alone and (person := self._the_one_person_told_of(text, context)):
                return _PERSONAL_PRONOUN.sub(person, text, count=1)  # "who is she again": the one woman it named
            composed = f"{text if alone else _TRAILING.sub('', text)} {asked}"
            if _THEY_MEET.search(composed) and not self._names_in(composed):
                return self._with_names(composed, [])  # "when did they first meet" "where?": Kim and Putin, first
            return composed
        if not _PRONOUN.search(text):
            return text
        asks_of_people = about_people_or_places or _WHO_WHERE_WHEN.search(text)
        if not asks_of_people and len(self._index.normalizer.tokens(text)) <= MAX_OTHER_SUBJECT:
            return f"{_TRAILING.sub('', text)} {context.question}"  # "are they any good tho": the things asked about
        if _IT_DOES.search(text) and not _PERSONAL_OR_PLACE.search(text) and not self._names_in(context.question):
            return f"{_TRAILING.sub('', text)} {context.question}"  # "when's it end?" after "how often is the forum"
        return self._with_names(text, self._context_names(text, context))

    def _they_the_body_asked_of(self, text: str, context: Context) -> str | None:
        """A question of "they" that names another, with "they" the body the last question asked of first: "what's
        the white house saying about the arms talks" then "and what do they want nk to do" asks what the White House
        wants. None when the last question opened with anyone else, who may be one of several "they" can be, or when
        the question names people, whom "they" can be."""
        if not _THEY.search(text) or _PERSONAL_PRONOUN.search(text):
            return None
        named = self._names_in(text)
        if not named or self._people_in(text):
            return None  # "did putin promise kim anything when they met?": they are whom it names
        before = [n for n in self._names_in(context.question) if n not in named]
        if not before or self.entities[before[0]].kind != "organisation":
            return None
        return _THEY.sub(self.entities[before[0]].name, text, count=1)

    def _the_one_person_told_of(self, text: str, context: Context) -> str | None:
        """The name of the only person the last answer told of whom a question's "he" or "she" can be, when its
        question asked of no one by name ("what did she say russia could give nk?" answered with Yulia Shapovalova,
        and then "who is she again"); None when the answer names none, or more than one."""
        pronoun = _PERSONAL_PRONOUN.search(text)
        if pronoun is None or not context.answer.answered or self._people_in(context.question):
            return None
        people = self._people_it_can_be(list(dict.fromkeys(self._names_in(context.answer.text))), pronoun.group(1))
        return self.entities[people[0]].name if len(people) == 1 else None

    def _people_it_can_be(self, names: list[str], pronoun: str) -> list[str]:
        """The people among the names whom a "he" or "she" can be: a "she" a woman, a "he" a man (or anyone whose
        pronoun the base does not give)."""
        gender = "she" if pronoun.lower() in _SHE else "he"
        return [n for n in names if self.entities[n].kind == "person" and self.entities[n].pronoun in (None, gender)]

    def _echoes(self, text: str, context: Context) -> bool:
        """Whether a short question asks more of words the last answer used ("divided over what?" after "the UN
        Security Council has been divided for years over…"): every word of it is one of that answer's."""
        if not _ASKS_OF_IT.search(text):
            return False
        tokens = self._index.normalizer.tokens(text)
        said = set(self._index.normalizer.tokens(context.answer.text)) if context.answer.answered else set()
        return 0 < len(tokens) <= MAX_OTHER_SUBJECT and set(tokens) <= said

    def _on_its_own(self, text: str, answer: Answer, asked: str) -> tuple[Answer, str]:
        """The message's own confident answer, if it has one, in place of an answer completed from the last question."""
        alone = self.answer(text)
        return (alone, text) if alone.answered and alone.confident else (answer, asked)

    def _asks_more_of_what_it_told(self, text: str, context: Context | None) -> bool:
        """Whether a message asks to be told more of something the last answer told ("the bodyguards thing, tell
        me more" after an answer mentioning them): every word naming something is one of that answer's."""
        if context is None or not context.answer.answered or not _MORE_OF_IT.search(text):
            return False
        named = set(self._index.normalizer.tokens(text)) - self._index.chat_tokens
        return bool(named) and named <= set(self._index.normalizer.tokens(context.answer.text))

    def _names_what_it_told(self, text: str, context: Context | None) -> bool:
        """Whether a short question asks of "the" thing the last answer told of ("when did the ban come in" after an
        answer saying the UN banned North Korean labour): that thing, not any of its kind."""
        if context is None or not context.answer.answered:
            return False
        tokens = self._index.normalizer.tokens
        told = set(tokens(context.answer.text))
        things = [set(tokens(thing)) for thing in _THE_THING.findall(text)]
        return len(tokens(text)) <= MAX_OTHER_SUBJECT and any(thing and thing <= told for thing in things)

    def _one_word_asked(self, text: str) -> bool:
        """Whether a question asks for one thing and names nothing else ("what car", "which agency")."""
        return len(self._index.normalizer.tokens(text)) == 1 and _OF_ITS_OWN.match(text) is not None

    def _asked_of_the_last_answer(self, text: str, context: Context, joined: Answer) -> tuple[Answer, str] | None:
        """A follow-up unclear joined to the last question as it was typed, joined instead to the question the last
        answer answers ("how much do they get paid a month" after "how many were there before the un ban", which
        named no workers: how many North Korean workers were in Russia), and the question so asked. None when that
        is the same question, or answers nothing for sure and better than `joined` by ALONE_MARGIN."""
        answered = self.question_for(context.answer.match) if context.answer.answered and context.answer.match else None
        if answered is None or answered == context.question or len(questions_in(text)) > 1:
            return None
        asked = self._in_context(text, replace(context, question=answered))
        answer = self.answer(asked)
        better = answer.score >= joined.score + ALONE_MARGIN
        return (answer, asked) if better and answer.confident and answer.kind is not AnswerKind.UNSURE else None

    def _asked_afresh(self, text: str, context: Context) -> Answer | None:
        """A follow-up that, completed from the last question, only gets the last answer again asks something else
        of what that answer told: it is asked of the one earlier year that answer gave ("was it a big deal for their
        relationship?" after the answer about the 2019 meeting). None when that answers nothing else."""
        years = [y for y in years_in(context.answer.text) if y < "2023"]
        if len(years) == 1:
            answer = self.answer_question(f"{_TRAILING.sub('', text)} in {years[0]}")
            if answer.answered and answer.match != context.answer.match:
                return answer
        alone = self.answer(text)  # "and how much does nk have lying around", after why Russia is short of ammo
        return alone if alone.answered and alone.confident and alone.match != context.answer.match else None

    def _in_the_year_asked(self, asked: str, context: Context) -> tuple[Answer, str] | None:
        """A follow-up that, completed from the last question, is still unclear, asked of the one earlier year the
        last question asked about ("what car was he in?" after "tell me about kim's bodyguards thing from 2018": his
        car in 2018, not on this trip), and the question so asked. None when there is no such year or that answers
        nothing for sure."""
        years = [y for y in years_in(context.question) if y < "2023"]
        if len(years) != 1 or years_in(asked):
            return None
        dated = f"{_TRAILING.sub('', asked)} in {years[0]}"
        answer = self.answer_question(dated)
        return (answer, dated) if answer.answered and answer.confident else None

    def _the_question_in(self, message: str) -> str:
        """What a follow-up goes back to: the one question a message asked, without the chatter around it ("sorry
        wrong chat lol. ok real question: what's kim expected to ask russia for"), or the whole message when the
        question needs the story before it ("kim's bodyguards jogging next to his limo, which summit was that")."""
        questions = questions_in(message)
        if len(questions) != 1 or _REFERS_BACK.search(questions[0]) or not self._has_subject(questions[0]):
            return message
        if _PERSONAL_PRONOUN.search(questions[0]) and self._people_in(message) - self._people_in(questions[0]):
            return message  # "shoigu in pyongyang in july — what did he want from kim?": he is Shoigu
        return questions[0]

    def _people_in(self, text: str) -> set[str]:
        return {n for n in self._names_in(text) if self.entities[n].kind == "person"}

    def _summit_leaders(self) -> list[str]:
        """Kim and Putin, as the base names them: who "they" are when no one else is meant."""
        return [leader for leader in SUMMIT_LEADERS if leader in self.entities]

    def _context_names(self, text: str, context: Context) -> list[str]:
        """Who or what a question's pronouns refer to: the names the last answer gave, or the last question's; what
        "it" does ("which border crossing did it use?"), the last question's first (see _IT_DOES)."""
        asked = self._names_in(context.question)
        names = self._names_in(context.answer.text) if context.answer.answered else []
        if _IT_DOES.search(text) and not _PERSONAL_PRONOUN.search(text) and not _THEY.search(text):
            names = asked or names
        names = names or asked
        people_asked = [n for n in asked if self.entities[n].kind == "person"]
        if _PERSONAL_PRONOUN.search(text) and not _THEY.search(text) and len(people_asked) == 1:
            # "when did the kremlin confirm kim was coming?" then "is this his first time abroad?": Kim, not Putin
            names = [*people_asked, *(n for n in names if self.entities[n].kind != "person")]
        pronoun = _PERSONAL_PRONOUN.search(text)
        if pronoun and not _THEY.search(text):
            # "what did kim show him" after "Sergei Shoigu … traveled to Pyongyang. According to Kim Taewoo…": one
            # person, the first the answer names besides whoever the question names itself, and a "her" a woman
            she = pronoun.group(1).lower() in _SHE
            named = self._names_in(text)
            people = [n for n in self._people_it_can_be(names, pronoun.group(1)) if n not in named]
            if len(people) > 1 or (people and she):
                names = [n for n in names if self.entities[n].kind != "person" or n == people[0]]
        if not names and _THEY.search(text):  # "where did they meet the first time?": the two the summit is about
            names = self._summit_leaders()
        return list(dict.fromkeys(names))

    def _follow_up(self, text: str) -> FollowUp | None:
        follow_up = self._follow_ups.recognise(text)
        if follow_up is not None:
            return follow_up
        if self.language is Language.EN and _ASKS_WHERE_IT_IS_FROM.match(text.strip()):
            return FollowUp.SOURCES  # "where's the bodyguard story from": the last answer's source
        # "how come? what's their argument" asks only why, however it is put; "why there?" asks about a place
        if set(self._index.normalizer.tokens(text)) == {"why"} and not _PERSONAL_OR_PLACE.search(text):
            return FollowUp.REASON
        if self.language is Language.EN and _WHY_DO_THAT.match(text):
            return FollowUp.REASON
        if (after := self._after_opening(text)) is not None:
            words, rest = after
            names_only = rest and all(self._index.normalizer.is_name(t) for t in rest)
            short = rest and len(rest) <= MAX_OTHER_SUBJECT and words[0] not in QUESTION_WORDS
            if names_only or (short and not _asks_anything(rest)):
                return FollowUp.ANOTHER_SUBJECT
        return None

    def _asks_on_its_own(self, text: str) -> bool:
        """Whether what follows an "and" asks a question of its own ("а северокорейское оружие норм?", "and is
        North Korean weaponry any good?") rather than only naming someone ("and peskov?", "and the second one?")."""
        _, rest = self._after_opening(text) or ([], [])
        things = [t for t in rest if not self._index.normalizer.is_name(t) and not t.isdigit()]
        return len(rest) >= 2 and bool(things)

    def _named_up_front(self, text: str) -> bool:
        """Whether a message names whom its "he" or "she" is in a clause before it: "and putin, when did he get
        there?", "when kim first took over, how did he get along with moscow?". Within one clause, or as "him" and
        "her", it is someone else ("what did kim do once he left", "what did kim show him?")."""
        head, comma, _ = text.partition(",")
        tokens = self._index.normalizer.tokens(head)
        if comma and tokens and all(t in self.entities and self.entities[t].kind == "person" for t in tokens):
            return True
        subject = _SUBJECT_PRONOUN.search(text)
        if subject is None or _OBJECT_PRONOUN.search(text):
            return False
        before, comma, _ = text[: subject.start()].rpartition(",")
        return bool(comma) and bool(self._people_in(before))

    def _after_opening(self, text: str) -> tuple[list[str], list[str]] | None:
        """The plain words and the tokens after an "and X?" follow-up's opening ("and", "what about"), if any."""
        opening = self._follow_ups.opening(text)
        if opening is None:
            return None
        words = self._plain(text)[len(opening) :]
        return words, self._index.normalizer.tokens(" ".join(words))

    def _follow(self, follow_up: FollowUp, text: str, context: Context) -> Answer:
        """The answer to a follow-up of the chat's last question and answer."""
        last = context.answer
        if follow_up is FollowUp.PICK:
            number = picked(self._plain(text)) or 0
            if 1 <= number <= len(last.suggestions):
                return self.answer_for(last.suggestions[number - 1].id) or self.answer_question(text)
            items = listed(last.text) if last.answered and self.language is Language.EN else ()
            if 1 <= number <= len(items):  # "2?" after "aid shipments, prestige and military technology"
                return self._converse(f"tell me more about {items[number - 1]}", context)[0]
            suggestions = last.suggestions or self.starter_questions()
            return Answer(False, AnswerKind.EMPTY, self._replies["empty"], suggestions=suggestions)
        if follow_up is FollowUp.ANOTHER_SUBJECT:
            return self._about_another_subject(text, context)
        if follow_up is FollowUp.SOURCES and not last.quotes and context.earlier is not None:
            return replace(self._sources_of(context.earlier), lead=self._replies["earlier-source"])
        if follow_up is FollowUp.SOURCES:
            return self._sources_of(last)
        if follow_up is FollowUp.CONFIRM and last.answered and self._names_a_publisher(text):
            return self._sources_of(last)  # "are you sure it was reuters?" doubts the source: the quotes say
        if follow_up is FollowUp.CONFIRM:  # what the articles say, again: a doubt is no reason to change it
            return last if last.answered else Answer(False, AnswerKind.EMPTY, self._replies["empty"])
        if follow_up is FollowUp.WHO_SAID and _ASKS_THE_OUTLET.search(text):
            return self._sources_of(last)
        if follow_up is FollowUp.WHO_SAID:
            return self._attribution_of(last)
        if follow_up is FollowUp.MORE:
            # "more" after "the articles can't say" asks more of what they did say before it
            related = context.earlier.related if not last.answered and context.earlier is not None else last.related
            if not related:
                return Answer(
                    False, AnswerKind.NO_ANSWER, self._replies["nothing-more"], suggestions=self.starter_questions()
                )
            more = self.answer_for(related[0].id)
            return replace(more, related=related[1:]) if more else self.answer_question(text)
        if follow_up is FollowUp.WHEN and "when" in types_answered(last.text):
            return last
        if follow_up is FollowUp.REASON and last.answered and _GIVES_ITS_REASON.search(last.text):
            return last  # "…blackmail of South Korea, because Russia did not want Seoul to supply weapons to Kyiv"
        asking = "why" if follow_up is FollowUp.REASON else "when"
        found = self.answer_question(f"{asking} {context.question}")
        if found.answered:  # the last answer again, when it is what the articles say of why or when
            return found
        if (
            follow_up is FollowUp.REASON
            and last.answered
            and any(_QUOTE_GIVES_ITS_REASON.search(quote.text) for quote in last.quotes)
        ):
            return last  # "…remains unlikely, as Moscow may want to maintain certain technological advantages"
        return Answer(False, AnswerKind.NO_ANSWER, self._replies["no-reason" if asking == "why" else "no-date"])

    def _about_another_subject(self, text: str, context: Context) -> Answer:
        """The last question again, with the new names in place of the names of the same kind it had; when that
        answers nothing, the last question the message asked, without what came before it ("why is kim going to
        russia, what does he want out of it" and then "and putin?" asks what Putin wants)."""
        *said, asked = questions_in(text)
        named = self._names_in(" ".join(said))
        if named and asks_with_a_question_word(asked) and self._has_subject(asked):
            return self.answer_question(self._with_names(asked, named))  # "and kim? whats in it for him"
        answer = self._asked_again_about(text, context)
        parts = questions_in(context.question)
        if not answer.answered and parts and parts[-1] != context.question:
            answer = self._asked_again_about(text, Context(parts[-1], context.answer))
        answer = self._wants_of_the_other_side(text, context, answer) or answer
        return self._of_them_alone(text, context, answer) or answer

    def _of_them_alone(self, text: str, context: Context, answer: Answer) -> Answer | None:
        """What the articles say of the names turned to, when the last question asked of them gives the last
        answer again and it says nothing of them ("what did the nsc spokesperson urge pyongyang to do" and then
        "and the state dept?": the spokesperson still names Watson), or only asks which of a few entries is meant.
        None otherwise."""
        normalizer = self._index.normalizer
        new = [t for t in normalizer.tokens(text) if normalizer.is_name(t)]
        again = answer.answered and answer.match == context.answer.match and not self._speaks_of(answer, new)
        # asked which entry is meant: of a body or a person, or after who someone is or who said it ("who said
        # that?" and then "and the state dept?"), not of a country asked what the last question asked of another
        whom = context.answer.kind in (AnswerKind.ENTITY, AnswerKind.ATTRIBUTION) or all(
            self.entities[t].kind in ("person", "organisation") for t in new if t in self.entities
        )
        summit_side = any(t in SIDES or t in SIDES.values() for t in new)  # whose every fact is about the summit
        if not new or not (again or (answer.kind is AnswerKind.UNSURE and whom and not summit_side)):
            return None
        alone = self._answer_tokens(new)
        return alone if alone.confident and alone.answered and alone.match in new else None

    def _wants_of_the_other_side(self, text: str, context: Context, answer: Answer) -> Answer | None:
        """What the other side of the summit wants, when "what about putin?" turns to it from an answer on what one
        side wants or needs and the last question asked again of it still answers with that side's wants ("why does
        nk need food so bad" and then "what about putin?": what Putin wants from North Korea, not its food)."""
        wanting = self._index.wanting_side.get(context.answer.match or "")
        _, rest = self._after_opening(text) or ([], [])
        sides = {SIDES.get(t) for t in rest}
        if wanting is None or not rest or len(sides) != 1 or None in sides or wanting in sides:
            return None
        if answer.answered and self._index.wanting_side.get(answer.match or "") != wanting:
            return None  # the question asked again has an answer of its own about the side turned to
        turned_to = " and ".join(self.entities[t].name for t in dict.fromkeys(rest))
        wants = self.answer_question(f"what does {turned_to} want from {self.entities[wanting].name}")
        return wants if wants.answered and wants.confident else None

    def _asked_again_about(self, text: str, context: Context) -> Answer:
        normalizer = self._index.normalizer
        new = [t for t in normalizer.tokens(text) if normalizer.is_name(t)]
        _, rest = self._after_opening(text) or ([], [])
        if not context.answer.answered:  # nothing to ask again: "what about cash, could russia pay?" on its own
            return self._answer_tokens(rest or new)
        if rest and not all(normalizer.is_name(t) for t in rest):  # "and russian state media?": a new subject
            kept = [t for t in normalizer.tokens(context.question) if not normalizer.is_name(t)]
            joined = self._answer_tokens([*rest, *kept])
            if joined.confident and joined.answered:
                return joined
            # "and after he left?" after "what was in the parade": a question of its own, "he" the one told of
            meant = self._context_names(text, context) if _SUBJECT_PRONOUN.search(text) else []
            alone = self._answer_tokens([*rest, *meant])
            if meant and not (alone.confident and alone.answered):
                alone = self._answer_tokens(rest)  # "and the navy guy, what's he linked to": he is the navy guy
            return alone if alone.confident and alone.answered else joined
        kinds = {self._kind_of_name(t) for t in new}
        asked = normalizer.tokens(context.question)
        replaced = [t for t in asked if self._kind_of_name(t) in kinds] or _the_other_side(asked, new)
        mirrored = _mirrored(replaced, new)
        tokens: list[str] = []
        for token in asked:  # the new names where the old ones stood: "what's kim expected to ask russia for"
            if token in replaced:
                tokens.extend(t for t in new if t not in tokens)
            else:
                tokens.append(mirrored.get(token, token))
        if replaced:
            # "what else is moscow after" and then "and kim?": what Kim is after; the "else" was Moscow's
            answer = self._answer_tokens([t for t in tokens if t not in self._setting_aside])
            if answer.answered:
                return answer
            return self._of_them_instead(asked, new, context) or answer
        added = self._answer_tokens([*new, *asked])
        named = [t for t in asked if self._kind_of_name(t) in ("person", "side")]
        if not named or self._speaks_of(added, new):
            return added
        # "what does russia want most" and then "and shoigu?": a person put for a side, when only that speaks of him
        instead = self._answer_tokens([*new, *(t for t in asked if t not in named)])
        return instead if instead.answered and self._speaks_of(instead, new) else added

    def _of_them_instead(self, asked: list[str], new: list[str], context: Context) -> Answer | None:
        """When the last question asked of the new names answers nothing: what it asked (when, how many…) of them
        alone ("when did kim's train get into russia" and then "and putin?": when Putin got there, not his train),
        or what the people the last answer quoted say of them ("could russia pay nk in cash?" answered from
        Shapovalova, and then "and china?": what she says of China). Only a sure answer that speaks of them."""
        tried = []
        if (asking := asked_type(asked)) is not None:
            tried.append([asking, *new])
        quoted = [n for n in self._names_in(context.answer.text) if self.entities[n].kind == "person"]
        if len(quoted) == 1 and all(self._kind_of_name(n) == "side" for n in new):
            tried.append([*quoted, *new])  # one person quoted, asked of a country: what that person says of it
        for tokens in tried:
            answer = self._answer_tokens(tokens)
            if answer.confident and answer.answered and self._speaks_of(answer, new):
                return answer
        return None

    def _speaks_of(self, answer: Answer, names: list[str]) -> bool:
        """Whether an answer's entry speaks of one of the names."""
        return answer.match in self._index.mentions and bool(set(names) & self._index.mentions[answer.match])

    def _kind_of_name(self, token: str) -> str | None:
        """What a name stands for, as "and X?" replaces it: a country and a body speak for a side alike ("what did
        the State Department say" and then "and japan?" asks what Japan said); a publisher only reports."""
        entity = self.entities.get(token)
        if entity is not None and token in self._publishers:
            return "publisher"
        if entity is not None:
            return "side" if entity.kind in ("country", "organisation") else entity.kind
        return "year" if self._index.normalizer.is_name(token) else None

    def _names_a_publisher(self, text: str) -> bool:
        return any(t in self._publishers for t in self._index.normalizer.tokens(text))

    def _sources_of(self, last: Answer) -> Answer:
        """The verbatim quotes behind the last answer, each with who published it and where ("link pls")."""
        if not last.quotes:
            return Answer(False, AnswerKind.NO_ANSWER, self._replies["no-source"], sources=last.sources)
        source = {s.article_id: f"{s.publisher}, “{s.title}” ({s.url})" for s in last.sources}
        quoted: dict[str, list[str]] = {}
        for quote in last.quotes[:MAX_QUOTES_SHOWN]:
            quoted.setdefault(quote.article, []).append(f"“{quote.text}”")
        lines = [f"{source.get(article, article)}: {' '.join(quotes)}" for article, quotes in quoted.items()]
        return Answer(
            True, AnswerKind.SOURCES, "\n".join(lines), 1.0, last.match, last.sources, last.quotes, confident=True
        )

    def _attribution_of(self, last: Answer) -> Answer:
        """Who asserts the last answer's fact, as the claims it rests on say."""
        claims = self._claims_behind(last.match)
        if not claims or self.language is not Language.EN:  # who asserts a claim is written in English
            return self._sources_of(last)
        asserters = list(dict.fromkeys(c.asserted_by for c in claims))
        reporters = [a for a in asserters if a.startswith(_THE_REPORTER)]
        if len(reporters) == len(asserters):  # "who reported that?": the outlets and their words say more
            return self._sources_of(last)
        if len(reporters) > 1:  # "the reporter" and "the reporter (AP)": the reporters, with the outlets named
            outlets = [a[len(_THE_REPORTER) :].strip(" ()") for a in reporters if "(" in a]
            named = f" ({', '.join(outlets)})" if outlets else ""
            asserters = [a for a in asserters if a not in reporters] + [f"the articles' reporters{named}"]
        text = self._replies["attribution"].replace("{who}", _joined(asserters))
        quotes = tuple(q for c in claims for q in c.quotes)
        return Answer(True, AnswerKind.ATTRIBUTION, text, 1.0, last.match, self.source_links(quotes), quotes)

    def _claims_behind(self, target_id: str | None) -> list[Claim]:
        if target_id in self.faq:
            return [self.claims[c] for c in self.faq[target_id].claims]
        return [self.claims[target_id]] if target_id in self.claims else []

    def answer_question(self, text: str) -> Answer:
        """The reply to one question: an answer from the base, a question back, or an honest decline."""
        words = self._plain(text)
        if self.language is Language.EN and mostly_unreadable(text, words):
            return self._in_another_script()
        if not words:
            return Answer(False, AnswerKind.EMPTY, self._replies["empty"], suggestions=self.starter_questions())
        talk = self._small_talk.recognise(words)
        if talk is not None:
            return self.small_talk(talk.id)
        if _TRANSLATION_REQUEST.search(text):
            return Answer(False, AnswerKind.OFF_TOPIC, self._replies["off-topic"], suggestions=self.starter_questions())
        tokens = self._index.normalizer.tokens(text)
        if (aside := without_article_aside(text, self.language)) != text:  # "…, going by the article about kim…"
            aside_tokens = self._index.normalizer.tokens(aside)
            tokens = aside_tokens if self._index.has_subject(aside_tokens) else tokens
        answer = self._answer_tokens(tokens)
        settled = answer.confident and (answer.answered or answer.kind is AnswerKind.OUTCOME)  # the outcome stays
        aside = self._set_aside(text, tokens)
        if aside is not None and (not settled or self._about_what_is_set_aside(text, tokens)):
            other = self._answer_tokens(aside)  # "зачем киму путин кроме оружия?": the rest of what he wants
            set_aside = answer.answered and other.match == answer.match  # what it answered is what it set aside
            # a sure answer about what is set aside gives way only to an entry the rest clearly fits better
            clearly = not settled or other.score >= answer.score + SET_ASIDE_MARGIN
            answer = other if other.answered and not set_aside and clearly else answer
        bare = without_yes_or_no(answer.text) if answer.kind is AnswerKind.FAQ else answer.text
        if bare != answer.text and not _asks_yes_or_no(text):  # "how did moscow react?": no "Yes, both deny it"
            answer = replace(answer, text=bare)
        if answer.kind is AnswerKind.UNSURE and asks_what_happened_at_the_summit(text):
            return self._after_the_articles(answer.score)  # "did kim tour any factories on his way home?"
        if answer.answered and (asks_what_happened_at_the_summit(text) or self._asks_how_it_went(text, answer)):
            return self._after_the_articles(answer.score)
        return answer

    def _after_the_articles(self, score: float) -> Answer:
        """The reply to a question about what happened at or after the summit: the articles were written before."""
        after = self._replies["after-the-articles"]
        return Answer(False, AnswerKind.OUTCOME, after, score=score, suggestions=self.starter_questions())

    def _asks_how_it_went(self, text: str, answer: Answer) -> bool:
        """Whether a question asks, in the past tense, what was done at what the articles only expect ("чем кормили
        кима на обеде?" where they expect a lunch in his honour): that is the summit's outcome."""
        claims = self._claims_behind(answer.match)
        expected = bool(claims) and all(c.standing in EXPECTED_STANDINGS for c in claims)
        earlier = any(year < "2023" for year in years_in(text))
        return expected and not earlier and tells_what_was_done(text, self.language)

    def _about_what_is_set_aside(self, text: str, tokens: list[str]) -> bool:
        """Whether the best match of a question that sets something aside is about that very thing: its phrasing
        names what is set aside and asks for nothing besides it ("does nk really have tens of millions of shells"
        for "apart from shells n missiles, what else has kim got stockpiles of"), unlike "beyond its stockpiles,
        what else does russia want"."""
        excluded = set(self._index.normalizer.tokens(excluded_part(text, self.language))) - self._setting_aside
        if self.language is not Language.EN and len(excluded) > 1:  # "чем кроме боеприпасов пхеньян может помочь
            return False  # москве?" sets aside up to the next question word, more than the thing itself
        best = decide(self._index, tokens, RECORDED_RUMOURS).best
        phrasing = set(best.phrasing_tokens) if best else set()
        return bool(excluded & phrasing) and not phrasing & self._setting_aside

    def _set_aside(self, text: str, tokens: list[str]) -> list[str] | None:
        """A question's tokens without what it sets aside ("besides shells, what could NK hand over?" asks what
        else), when it sets something aside and something is left to ask about."""
        part = excluded_part(text, self.language)
        excluded = set(self._index.normalizer.tokens(part)) if part else set()
        asked = [t for t in tokens if t not in excluded and t not in self._setting_aside]
        return asked if excluded and self._index.has_subject(asked) else None

    def _answer_tokens(self, tokens: list[str]) -> Answer:
        if not self._index.has_subject(tokens):
            return Answer(False, AnswerKind.EMPTY, self._replies["empty"], suggestions=self.starter_questions())
        decision = decide(self._index, tokens, RECORDED_RUMOURS)
        best = decision.best
        score = best.score if best else 0.0
        if decision.action is Action.ANSWER:
            never_borne_out = self._rumour_never_borne_out(decision)
            if never_borne_out is not None:
                return never_borne_out
            target = self._index.targets[best.target]
            reply = self._reply(target, score, decision.confident)
            if target.declines:  # what the articles do say near what they cannot tell: what "more" goes on with
                nearby = [c for c in decision.candidates if not self._index.targets[c.target].declines]
                reply = replace(reply, related=self._suggestions(tuple(nearby), SUGGEST_AT) or reply.related)
            return reply
        if decision.action is Action.ASK_WHICH:
            suggestions = self._suggestions(decision.candidates, UNSURE_AT - 0.1)
            unsure = self._replies["unsure"]
            return Answer(False, AnswerKind.UNSURE, unsure, score=score, match=best.target, suggestions=suggestions)
        if decision.action is Action.DECLINE:
            suggestions = self._suggestions(decision.candidates, SUGGEST_AT) or self.starter_questions()
            return Answer(False, AnswerKind.NO_ANSWER, self._replies["no-answer"], score=score, suggestions=suggestions)
        off_topic = self._replies["off-topic"]
        return Answer(False, AnswerKind.OFF_TOPIC, off_topic, score=score, suggestions=self.starter_questions())

    def _rumour_never_borne_out(self, decision: Decision) -> Answer | None:
        """The reply of a recorded rumour the articles never mention, when a question is far closer to it than to
        any entry ("what did ukraine's foreign ministry say about kim's trip?" is the rumour "ukraine's foreign
        ministry condemned kim's visit"): that the articles do not say, and what they say instead, rather than
        the facts of an entry that only shares its words (the reactions of the U.S., South Korea and Japan)."""
        rumour = decision.passed_over
        if rumour is None or rumour.score < max(ANSWER_AT, decision.best.score + NEVER_BORNE_OUT_MARGIN):
            return None
        target = self._index.targets[rumour.target]
        if target.verdict is not Verdict.NOT_IN_ARTICLES:
            return None
        return replace(self._reply(target, rumour.score, confident=True), kind=AnswerKind.OUTCOME)

    def small_talk(self, talk_id: str) -> Answer:
        """A small-talk reply by its id (GREETING, HELP…); `bot.py check` makes sure those two exist."""
        return Answer(
            False,
            AnswerKind.SMALL_TALK,
            self._small_talk.reply(talk_id),
            match=talk_id,
            suggestions=self.starter_questions(),
            small_talk=talk_id,
        )

    def best_answers(self, text: str, limit: int = 5) -> list[Answer]:
        """Every answer worth offering for a message, best first: inline mode lists them to choose from. The
        same eligibility rules as `answer` apply (offices, kinds of answer); declines are left out."""
        candidates = eligible_candidates(self._index, self._index.normalizer.tokens(text), RECORDED_RUMOURS)
        targets = self._index.targets
        return [
            self._reply(targets[c.target], c.score, confident=False)
            for c in candidates[:limit]
            if c.score >= UNSURE_AT and not targets[c.target].declines
        ]

    def nearest(self, text: str) -> Nearest | None:
        """The closest entry to a message whatever its score, or None when nothing shares a word with it."""
        candidates = self._index.rank(self._index.normalizer.tokens(text), limit=1)
        if not candidates:
            return None
        best = candidates[0]
        return Nearest(best.target, self._index.targets[best.target].question, best.score)

    def clashes(self) -> list[Clash]:
        """Phrasings of different FAQ entries that read the same to the bot (see knowledge/ambiguity.py)."""
        return clashing_phrasings([*self.faq.values(), *self.loaded.rumours.values()], self._index.normalizer)

    def synonym_problems(self) -> list[str]:
        """Synonyms of this language's lexicon that cannot work as written."""
        return list(self._index.normalizer.synonym_problems)

    def answer_for(self, target_id: str) -> Answer | None:
        """The reply for one FAQ entry, entity or claim, as when a button names it; None if it no longer exists."""
        target = self._index.targets.get(target_id)
        return self._reply(target, 1.0, confident=True) if target else None

    def question_for(self, target_id: str) -> str | None:
        target = self._index.targets.get(target_id)
        return target.question if target else None

    def questions_in_topic(self, topic_id: str) -> list[Suggestion]:
        return [self._suggestion(entry_id) for entry_id in self._faq_by_topic.get(topic_id, ())]

    def starter_questions(self) -> tuple[Suggestion, ...]:
        """One question from each of the first topics, for people who do not know what to ask."""
        return self._starter_questions

    def source_links(self, quotes: tuple[Quote, ...]) -> tuple[SourceLink, ...]:
        article_ids = dict.fromkeys(q.article for q in quotes)
        return tuple(self.source_link(self.articles[a]) for a in article_ids)

    @staticmethod
    def source_link(article: Article) -> SourceLink:
        return SourceLink(article.id, article.title, article.publisher, article.published, article.link)

    def _suggestion(self, target_id: str) -> Suggestion:
        return Suggestion(target_id, self._index.targets[target_id].question)

    def _suggestions(self, candidates: tuple[Candidate, ...], floor: float) -> tuple[Suggestion, ...]:
        return tuple(self._suggestion(c.target) for c in suggestible(candidates, floor))

    def _reply(self, target: Target, score: float, confident: bool) -> Answer:
        verdict = target.verdict
        if target.declines:  # what the articles cannot say: the summit's outcome, or a detail they never give
            verdict = Verdict.AFTER_ARTICLES if target.about_outcome else Verdict.NOT_IN_ARTICLES
        checks = ()
        if verdict is not None:
            checks = (ClaimCheck(target.question, verdict, target.text, target.id, target.claims, target.quotes),)
        return Answer(
            answered=not target.declines and target.verdict not in (Verdict.NOT_IN_ARTICLES, Verdict.AFTER_ARTICLES),
            kind=target.kind,
            text=target.text,
            score=score,
            match=target.id,
            sources=self.source_links(target.quotes)
            or tuple(self.source_link(self.articles[a]) for a in target.articles),
            quotes=target.quotes,
            related=self._related(target),
            confident=confident,
            checks=checks,
        )

    def _related(self, target: Target) -> tuple[Suggestion, ...]:
        """FAQ entries about the same entity, or in the same topic, that say something the reply did not: first
        those that speak of what its question asks about (after who is in Kim's delegation, more of the delegation,
        not his train), then those whose quotes stand nearest its own in the same article (what the article goes on
        to say: after Putin's 2019 words on U.S. guarantees, how he found Kim then, not again that they first met in
        2019), then in the curators' order; those that decline last."""
        if target.id in self._related_to:
            return self._related_to[target.id]
        if target.kind is AnswerKind.ENTITY:
            entry_ids = self._faq_by_entity.get(target.id, ())
        else:
            entry_ids = self._faq_by_topic.get(target.topic, ())
        targets, told = self._index.targets, self._content_of(target)
        new = [i for i in entry_ids if i != target.id and _share_new(self._content_of(targets[i]), told) >= NEW_SHARE]
        asked = self._asked_about(target)
        ranked = sorted(
            new,
            key=lambda i: (
                targets[i].declines,
                not asked & self._index.mentions[i],
                self._distance(target, targets[i]),
            ),
        )
        self._related_to[target.id] = tuple(self._suggestion(i) for i in ranked[:3])
        return self._related_to[target.id]

    def _asked_about(self, target: Target) -> frozenset[str]:
        """What a target's question asks about: its words but for the summit's leaders and countries and the
        asking and chat words ("who is in Kim's delegation?" asks about the delegation)."""
        index = self._index
        tokens = index.normalizer.tokens(target.question or "")
        return frozenset(
            t for t in tokens if t not in index.subjectless and t not in SUMMIT_LEADERS and t not in index.countries
        )

    def _content_of(self, target: Target) -> frozenset[str]:
        """The words of a target's reply that carry its content (their first letters, so that "laborers" and
        "labor" are one), worked out once: as written, for no spelling needs correcting in the base's own text."""
        if target.id not in self._content:
            words = plain_words(target.text, self.language)
            self._content[target.id] = frozenset(w[:STEM] for w in words if len(w) > STEM_MIN or not w.isascii())
        return self._content[target.id]

    def _distance(self, target: Target, other: Target) -> float:
        """How far apart two targets' quotes stand in the article they share (as a share of its length), or more
        than any article when they share none."""
        here = [self._places[c] for c in target.claims if c in self._places]
        there = [self._places[c] for c in other.claims if c in self._places]
        gaps = [abs(a - b) for article, a in here for other_article, b in there if article == other_article]
        return min(gaps, default=NOT_IN_THE_SAME_ARTICLE)


def load_knowledge(knowledge_dir: Path, corpus_dir: Path) -> KnowledgeBase:
    """Loads and validates the base and its translations; raises KnowledgeError naming every file, entry and
    field at fault."""
    english = load_base(knowledge_dir, corpus_dir)
    return KnowledgeBase(replace(english, translations=load_translations(knowledge_dir, english)))


def _place_of(claim: Claim, articles: Mapping[str, Article]) -> tuple[str, float] | None:
    """The article of a claim's first quote and where in it the quote stands, as a share of its length."""
    quote = claim.quotes[0] if claim.quotes else None
    article = articles.get(quote.article) if quote else None
    if quote is None or article is None or not article.text:
        return None
    at = article.text.find(quote.text[:QUOTE_HEAD])
    return (quote.article, at / len(article.text)) if at >= 0 else None


def _share_new(words: frozenset[str], told: frozenset[str]) -> float:
    """The share of a reply's words that another has not said."""
    return len(words - told) / len(words) if words else 0.0


def _more_of_what_was_counted(question: str, earlier: str) -> str | None:
    """A part ending on a bare "more", with what the part before it counted put after it; None for any other part."""
    counted = _COUNTED.match(earlier) if _MORE_OF_WHAT_WAS_COUNTED.search(question) else None
    if counted is None:
        return None
    return _MORE_OF_WHAT_WAS_COUNTED.sub(f"more {counted.group(1) or counted.group(2)}", question, count=1)


def _the_other_side(asked: list[str], new: list[str]) -> list[str]:
    """The side a question asked about first, when "and Putin?" names the other side's leader and the question named
    sides, not people: "does north korea want food from russia?" then "what about putin?" asks what Russia wants."""
    first = next((t for t in asked if t in SIDES), None)
    if first is None or not new or not all(t in SIDES for t in new):
        return []
    sides = {SIDES[t] for t in new}
    return [first] if len(sides) == 1 and SIDES[first] not in sides else []


def _mirrored(replaced: list[str], new: list[str]) -> dict[str, str]:
    """When "and Putin?" follows a question about Kim, the side Kim dealt with is now Kim's: "what's Kim expected to
    ask Russia for" then "and Putin?" asks what Putin is expected to ask North Korea for."""
    old_sides = {SIDES[t] for t in replaced if t in SIDES}
    new_sides = {SIDES[t] for t in new if t in SIDES}
    if len(old_sides) != 1 or len(new_sides) != 1 or old_sides == new_sides:
        return {}
    (old_side,), (new_side,) = old_sides, new_sides
    return {token: old_side for token, side in SIDES.items() if side == new_side and token not in new}


def _several(parts: list[Part]) -> Answer:
    """One answer made of several: each part's text under its question, the sources and quotes of all."""
    answers = [p.answer for p in parts]
    return Answer(
        answered=any(a.answered for a in answers),
        kind=AnswerKind.SEVERAL,
        text="\n\n".join(f"{p.question.rstrip('?')}? {p.answer.text}" for p in parts),
        score=min(a.score for a in answers),
        sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
        quotes=tuple(dict.fromkeys(q for a in answers for q in a.quotes)),
        confident=all(a.confident for a in answers if a.answered),
        parts=tuple(parts),
    )


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _asks_who_or_what(question: str) -> bool:
    """Whether a question asks with a question word of its own ("who is he?"), not only an auxiliary ("did they?")."""
    return any(word in WH_WORDS for word in plain_words(question, Language.EN))


def _asks_yes_or_no(text: str) -> bool:
    """Whether a message asks whether something is so, rather than who, what, when or why."""
    words = _WORDS.findall(text.casefold())
    return bool(words) and not any(w in WH_WORDS for w in words[:3])


def _asks_is_it_so(text: str) -> bool:
    """Whether a message asks only whether what it says is so: "did they first meet in moscow?", "… right?"."""
    words = _WORDS.findall(text.casefold().replace("’", "'"))
    if not words or any(w in WH_WORDS for w in words):
        return False
    first = _NOT_ENDING.sub("", words[0])  # "wasn't their first meeting in moscow?" asks it as "was"
    return first in QUESTION_WORDS or any(is_put_up_for_checking(s) for s in _SENTENCE_ENDS.split(text))


def _asks_anything(tokens: list[str]) -> bool:
    """Whether tokens ask something of their own: "and when did he leave?" is a new question."""
    return any(t in ANSWER_TYPES or t in ("who", "where", "why") for t in tokens)
