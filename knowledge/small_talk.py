"""Greetings, thanks and requests for help: recognised by their whole wording, answered with a curated reply
that states no fact. Handlers also ask for a reply by its id (`greeting` for /start, `help` for /help)."""

from __future__ import annotations

from rapidfuzz import fuzz

from knowledge.languages import Language
from knowledge.model import Article, Lexicon, SmallTalk, Topic
from knowledge.normalizing import plain_words

SIMILARITY = 88
"""How close (rapidfuzz ratio, 0–100) a whole message must be to a small-talk phrase."""
MAX_WORDS = 8
"""A longer message is a question, whatever greeting it opens with."""
FIRST_WORD_SIMILARITY = 75
"""How close a message's first word must be to the phrase's: "why there?" is close to "hi there", but not small talk."""
PLACEHOLDERS = ("{articles}", "{topics}")
"""What a small-talk reply may contain, filled in from the base: the articles, the topics."""


class SmallTalkReplies:
    def __init__(
        self, lexicon: Lexicon, articles: dict[str, Article], topics: dict[str, Topic], language: Language = Language.EN
    ):
        self._phrases = [
            (talk, " ".join(plain_words(p, language))) for talk in lexicon.small_talk for p in talk.phrases
        ]
        self._said = {phrase: talk for talk, phrase in reversed(self._phrases)}
        """Each phrase word for word, and what it says."""
        filled = {
            "{articles}": "; ".join(f"{a.publisher}, “{a.title}” ({a.published:%d %b %Y})" for a in articles.values()),
            "{topics}": ", ".join(t.title.lower() for t in topics.values()),
        }
        self._replies = {talk.id: _fill_in(talk.reply, filled) for talk in lexicon.small_talk}

    def recognise(self, words: list[str]) -> SmallTalk | None:
        """The small-talk entry a whole message says, if it is one; of two phrases, the last."""
        if len(words) > MAX_WORDS:
            return None
        message = " ".join(words)
        for talk, phrase in self._phrases:
            if fuzz.ratio(message, phrase) >= SIMILARITY and _same_opening(message, phrase):
                return talk
        for cut in range(1, len(words)):  # two phrases, the last one said: "ok cool", "cool, thanks bot", "thanks, bye"
            first, second = self._said.get(" ".join(words[:cut])), self._said.get(" ".join(words[cut:]))
            if first is not None and second is not None:
                return second
        return None

    def reply(self, talk_id: str) -> str:
        return self._replies[talk_id]


def _fill_in(reply: str, filled: dict[str, str]) -> str:
    for placeholder, text in filled.items():
        reply = reply.replace(placeholder, text)
    return reply


def _same_opening(message: str, phrase: str) -> bool:
    """Whether a message opens with (nearly) the phrase's first word: "why there?" is not "hi there"."""
    return fuzz.ratio(message.split(" ", 1)[0], phrase.split(" ", 1)[0]) >= FIRST_WORD_SIMILARITY
