"""What the handlers share, typed as python-telegram-bot's contexttypesbot example does: `BotData` for the whole
bot (set once in build_application), `ChatData` for one chat (kept in memory only, never on disk)."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import OrderedDict
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from knowledge.conversation import Context as Conversation

if TYPE_CHECKING:  # BotData's fields, named for readers and type checkers; handlers import this module
    from curation.question_log import DisabledLog, QuestionLog
    from curation.watched_chats import WatchedChats
    from handlers.throttle import Throttle
    from knowledge import KnowledgeBase
    from settings import Settings

CONVERSATION_SECONDS = 15 * 60
"""How long a chat's last question and answer stay what a follow-up ("and Shoigu?", "source?") refers to."""
REMEMBERED_REPLIES = 50
"""How many of the bot's last replies in a chat keep their context, for follow-ups sent as replies to them."""
RECENT_ANSWER_SECONDS = 300


class GivenFeedback:
    """Who rated which answer, so each person rates each answer once: kept in memory only, and as keyed
    hashes, never as user ids. A restart forgets it (a second 👍 after one is harmless)."""

    def __init__(self, limit: int = 100_000):
        self._key = secrets.token_bytes(16)
        self._seen: dict[bytes, None] = {}
        self._limit = limit

    def first_time(self, user_id: int, match: str) -> bool:
        digest = hashlib.blake2b(f"{user_id}:{match}".encode(), key=self._key, digest_size=16).digest()
        if digest in self._seen:
            return False
        if len(self._seen) >= self._limit:
            del self._seen[next(iter(self._seen))]
        self._seen[digest] = None
        return True


class BotData:
    """Shared by every handler; python-telegram-bot creates it empty, build_application fills it."""

    knowledge: KnowledgeBase
    """The base the bot answers from; /reload swaps it."""
    settings: Settings
    question_log: QuestionLog | DisabledLog
    throttle: Throttle
    feedback_given: GivenFeedback
    watched_chats: WatchedChats
    """The groups whose administrators turned the rumour watch on."""
    token_rejected: bool = False


class ChatData:
    """One chat's short memory: its conversation, for follow-ups, and the answers given lately in a group."""

    def __init__(self) -> None:
        self._conversation: tuple[Conversation, float] | None = None
        self._by_reply: OrderedDict[int, Conversation] = OrderedDict()
        self.recent_answers: dict[str, tuple[int, float]] = {}
        """In a group: the message that answered each entry lately, to point to instead of answering again."""
        self._rumours_replied: dict[str, float] = {}

    def conversation(self, replied_to: int | None = None) -> Conversation | None:
        """What a message follows up: the context of the bot's reply it answers, else the chat's latest one
        while it is fresh."""
        if replied_to is not None and replied_to in self._by_reply:
            return self._by_reply[replied_to]
        if self._conversation is None:
            return None
        conversation, at = self._conversation
        return conversation if time.monotonic() - at < CONVERSATION_SECONDS else None

    def remember(self, conversation: Conversation | None, reply_id: int) -> None:
        if conversation is None:
            return
        self._conversation = (conversation, time.monotonic())
        self._by_reply[reply_id] = conversation
        while len(self._by_reply) > REMEMBERED_REPLIES:
            self._by_reply.popitem(last=False)

    def answered_lately(self, match: str) -> int | None:
        """In a group, the id of the bot's message that gave this answer in the last few minutes."""
        now = time.monotonic()
        self.recent_answers = {
            m: (i, at) for m, (i, at) in self.recent_answers.items() if now - at < RECENT_ANSWER_SECONDS
        }
        found = self.recent_answers.get(match)
        return found[0] if found else None

    def first_reply_to_rumour(self, rumour: str, every_seconds: float, now: float) -> bool:
        """Whether the rumour watch may reply to this rumour now: once per `every_seconds` in a chat."""
        if now - self._rumours_replied.get(rumour, -every_seconds) < every_seconds:
            return False
        self._rumours_replied[rumour] = now
        return True

    def answered(self, match: str, message_id: int) -> None:
        self.recent_answers[match] = (message_id, time.monotonic())


Context = CallbackContext[ExtBot, dict, ChatData, BotData]
CONTEXT_TYPES = ContextTypes(chat_data=ChatData, bot_data=BotData)
BotApplication = Application[ExtBot, Context, dict, ChatData, BotData, object]
