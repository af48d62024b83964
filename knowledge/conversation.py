"""Follow-ups: messages that only make sense after the bot's last answer in the same chat.

"and Shoigu?" asks the last question again about someone else; "why?", "when was that?" and "who said that?"
ask about the last answer's fact; "are you sure?" whether it is right; "source?" for its quotes; "more" for what
is related; a bare number picks from the "did you mean" list. The phrases are the lexicon's `follow_ups`, so
curators extend them; the chat's memory (the Context) is kept by whoever talks to the engine (Telegram's
chat_data, the console, `ask --session`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from knowledge.languages import Language
from knowledge.model import Answer
from knowledge.normalizing import plain_words
from knowledge.patterns import lazy_compile

SIMILARITY = 90
"""How close (rapidfuzz ratio, 0–100) a whole message must be to a follow-up phrase."""
MAX_WORDS = 6
MAX_PICK_DIGITS = 2
"""A number picking from a list is short; "2019" is a year, not the 2019th suggestion."""


class FollowUp(StrEnum):
    SOURCES = "sources"
    """The quotes behind the last answer."""
    REASON = "reason"
    """Why the last answer's fact is so."""
    MORE = "more"
    """What is related to the last answer."""
    WHEN = "when"
    """When the last answer's fact happened."""
    WHO_SAID = "who-said"
    """Who asserts the last answer's fact."""
    ANOTHER_SUBJECT = "another-subject"
    """The last question again, about someone or something else ("and Shoigu?")."""
    PICK = "pick"
    """A number choosing from the last reply's suggestions."""
    CONFIRM = "confirm"
    """Whether the last answer is right ("are you sure?", "are you sure? someone said monday")."""


_ORDINALS = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3}
_PICKING = lazy_compile(
    rf"^(?:(?:the|number|no|option)\s+)?(\d{{1,{MAX_PICK_DIGITS}}}|1st|2nd|3rd|first|second|third)(?:\s+one)?"
    r"(?:\s+(?:pls|plz|please))?$"
)


def picked(words: list[str]) -> int | None:
    """The number a message picks from a "did you mean" list, if that is all it says: "2", "the 2nd one pls",
    "number 3"; a word in another language's script picks nothing."""
    found = _PICKING.match(" ".join(words))
    if found is None:
        return None
    number = found.group(1)
    return int(number) if number.isdigit() else _ORDINALS[number]


_LISTED_ITEM = r"[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*){0,3}"
_LIST = lazy_compile(rf"({_LISTED_ITEM}(?:, {_LISTED_ITEM})+),? and ({_LISTED_ITEM})(?=[;:.,)]|$)")
"""A list of three or more in an English answer: "aid shipments, prestige and military technology;"."""


def listed(text: str) -> tuple[str, ...]:
    """The items of the first list of three or more an English answer gives, in order: what a bare "2?" after
    "Kim's priorities would be aid shipments, prestige and military technology" picks. The first item is cut to as
    many words as the longest of the others ("would be aid shipments" to "aid shipments")."""
    found = _LIST.search(text)
    if found is None:
        return ()
    first, *middle = found.group(1).split(", ")
    rest = [*middle, found.group(2)]
    longest = max(len(item.split()) for item in rest)
    return (" ".join(first.split()[-longest:]), *rest)


@dataclass(frozen=True)
class Context:
    """What a chat last asked and was answered: what a follow-up refers to."""

    question: str
    answer: Answer
    earlier: Answer | None = None
    """The last answer before this one that rests on the articles' quotes, when this one does not: what "source?"
    after a decline ("did they summon the ambassador?" "the articles don't say" "link?") can still show."""

    def then(self, question: str, answer: Answer) -> Context:
        """The context after the chat asks `question` and is answered `answer`."""
        return Context(question, answer, self.answer if self.answer.quotes else self.earlier)


_POINTING_NOUNS = frozenset(
    "number figure figures claim quote stat stats bit part one fact info statement detail line".split()  # noqa: SIM905
)
"""What "that" may name in a follow-up about the last answer and no more: "source for that number?" asks what
"source for that?" does."""


_PLEASE = frozenset(["pls", "plz", "please"])


def _without_pointing_or_please(words: list[str]) -> list[str]:
    """The words of a follow-up without what "that" names and a "pls" at its end ("link to that stat pls")."""
    while len(words) > 1 and words[-1] in _PLEASE:
        words = words[:-1]
    return [w for i, w in enumerate(words) if not (i and words[i - 1] in ("that", "this") and w in _POINTING_NOUNS)]


class FollowUpPhrases:
    def __init__(self, phrases: dict[str, tuple[str, ...]], language: Language = Language.EN):
        self._language = language
        self._phrases = [
            (FollowUp(kind), " ".join(plain_words(p, language))) for kind, ps in phrases.items() for p in ps
        ]
        self._another = [tuple(plain_words(p, language)) for p in phrases.get(FollowUp.ANOTHER_SUBJECT, ())]
        self._confirming = [tuple(plain_words(p, language)) for p in phrases.get(FollowUp.CONFIRM, ())]

    def recognise(self, text: str) -> FollowUp | None:
        """The kind of follow-up a whole message is, if it is one (ANOTHER_SUBJECT is told by `opening`)."""
        words = plain_words(text, self._language)
        if not words:
            return None
        if self._language is Language.EN:
            words = _without_pointing_or_please(words)
        if any(len(p) > 1 and tuple(words[: len(p)]) == p for p in self._confirming):
            return FollowUp.CONFIRM  # "are you sure? someone here said monday" doubts the last answer, whatever follows
        if len(words) > MAX_WORDS:
            return None
        if picked(words) is not None:
            return FollowUp.PICK
        message = " ".join(words)
        for kind, phrase in self._phrases:
            if kind is not FollowUp.ANOTHER_SUBJECT and fuzz.ratio(message, phrase) >= SIMILARITY:
                return kind
        return None

    def opening(self, text: str) -> tuple[str, ...] | None:
        """The words that open an "and X?" follow-up ("and", "what about"), if the message starts with them."""
        words = tuple(plain_words(text, self._language))
        for opening in sorted(self._another, key=len, reverse=True):
            if opening and words[: len(opening)] == opening and len(words) > len(opening):
                return opening
        return None
