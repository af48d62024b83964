"""A fair per-user throttle: it counts only the updates the bot works on, and says so once when it bites.

What counts: anything in a private chat, a button press, a group message addressed to the bot (a command
for it, a mention, a reply to it) and the last of a run of inline queries (typing "who is peskov" sends
one query per keystroke; only the one still current after a short pause is answered). Chatter in a
group the bot sees with privacy mode off costs nothing.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass, field

from telegram import Bot, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from handlers.context import Context
from handlers.questions import addressed_question
from rendering.telegram import notice_html
from rendering.texts import spoken


@dataclass
class Throttle:
    """A token bucket per user: a burst of `burst` updates, then one every `refill_seconds`."""

    burst: int = 8
    refill_seconds: float = 3.0
    inline_pause_seconds: float = 0.6
    _buckets: dict[int, tuple[float, float]] = field(default_factory=dict)
    _told: set[int] = field(default_factory=set)
    _latest_inline: dict[int, str] = field(default_factory=dict)

    def wait(self, user_id: int, now: float | None = None) -> float:
        """0 when the user may go on (which spends one token), else the seconds until they may."""
        now = time.monotonic() if now is None else now
        tokens, updated = self._buckets.get(user_id, (self.burst, now))
        tokens = min(self.burst, tokens + (now - updated) / self.refill_seconds)
        allowed = tokens >= 1
        self._buckets[user_id] = (tokens - 1 if allowed else tokens, now)
        if len(self._buckets) > 10_000:
            self._forget_idle(now)
        if allowed:
            self._told.discard(user_id)
            return 0.0
        return (1 - tokens) * self.refill_seconds

    def allow(self, user_id: int, now: float | None = None) -> bool:
        return self.wait(user_id, now) == 0

    def first_refusal(self, user_id: int) -> bool:
        """True the first time a user is held back since they were last let through."""
        if user_id in self._told:
            return False
        self._told.add(user_id)
        return True

    async def is_final_inline_query(self, user_id: int, query_id: str) -> bool:
        """Waits `inline_pause_seconds`; true when no newer inline query from the user came meanwhile."""
        self._latest_inline[user_id] = query_id
        await asyncio.sleep(self.inline_pause_seconds)
        if self._latest_inline.get(user_id) != query_id:
            return False
        del self._latest_inline[user_id]
        return True

    def _forget_idle(self, now: float) -> None:
        idle = self.burst * self.refill_seconds
        self._buckets = {u: b for u, b in self._buckets.items() if now - b[1] < idle}
        self._told &= self._buckets.keys()


async def throttle_work(update: Update, context: Context) -> None:
    """Runs before every other handler: drops superseded inline queries, and stops work over the budget."""
    throttle = context.bot_data.throttle
    user = update.effective_user
    if update.inline_query is not None and not await throttle.is_final_inline_query(user.id, update.inline_query.id):
        raise ApplicationHandlerStop
    if user is None or not counts_as_work(update, context.bot):
        return
    seconds = throttle.wait(user.id)
    if not seconds:
        return
    if update.callback_query is not None:
        await update.callback_query.answer()  # acknowledged, or the button would spin
    message = update.message or update.edited_message
    if message is not None and message.chat.type == ChatType.PRIVATE and throttle.first_refusal(user.id):
        await message.reply_html(notice_html("throttled", spoken(user.language_code), seconds=math.ceil(seconds)))
    raise ApplicationHandlerStop


def counts_as_work(update: Update, bot: Bot) -> bool:
    if update.callback_query is not None or update.inline_query is not None:
        return True
    message = update.message or update.edited_message
    if message is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    return update.message is not None and (is_command_for(message, bot) or addressed_question(message, bot) is not None)


def is_command_for(message: Message, bot: Bot) -> bool:
    """A command at the start of the message, without a bot's name or with this bot's."""
    entities = message.entities or ()
    if not entities or entities[0].type != MessageEntity.BOT_COMMAND or entities[0].offset != 0:
        return False
    _, _, addressee = message.parse_entity(entities[0]).partition("@")
    return not addressee or addressee.casefold() == (bot.username or "").casefold()
