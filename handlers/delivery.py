"""How replies reach Telegram under load and faults: updates handled side by side, and retries that cannot
send a reply twice.

The guarantee: every request Telegram refused (429, 5xx) or that never left the machine (no connection)
is sent again, with pauses; a request that may have arrived (the connection broke or timed out after it
was written) is sent again only when repeating it changes nothing (an edit, a button acknowledgement,
the command menu). So a reply is delivered at most once, and lost only when Telegram stays unreachable
through every retry or the line breaks while it is on its way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

import httpx
from telegram import Update
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter, BaseUpdateProcessor
from telegram.request import HTTPXRequest

logger = logging.getLogger(__name__)

SAFE_TO_REPEAT = frozenset(
    {
        "getMe",
        "getUpdates",
        "setMyCommands",
        "setMyDescription",
        "setMyShortDescription",
        "setWebhook",
        "deleteWebhook",
        "getWebhookInfo",
        "editMessageText",
        "editMessageReplyMarkup",
        "answerCallbackQuery",
        "answerInlineQuery",
    }
)
"""Methods whose second arrival changes nothing a person sees (at worst Telegram answers "not modified")."""

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Delivery:
    """The knobs of delivery; tests and benchmarks/delivery.py pass shorter times."""

    concurrent_updates: int = 64
    read_timeout: float = 20.0
    """How long an answer from Telegram is waited for; a slow send is waited for, not repeated."""
    connect_timeout: float = 5.0
    rate_limit_retries: int = 10
    network_retries: int = 6
    first_retry_pause: float = 0.5
    longest_retry_pause: float = 5.0
    resend_when_unsure: bool = False
    """True only for the baseline in benchmarks/delivery.py: resend after any network error, as before."""


def certainly_not_delivered(error: NetworkError) -> bool:
    """True when Telegram answered with an error status or the request never left: resending cannot double it."""
    cause = error.__cause__
    if cause is None:
        return not isinstance(error, TimedOut)
    return isinstance(cause, _NEVER_SENT)


class CarefulRateLimiter(AIORateLimiter):
    """python-telegram-bot's rate limiter (per chat and overall; after a 429 it waits `retry_after` and
    sends again, up to `rate_limit_retries` times), which also sends again after a 5xx answer or a failed
    connection, pausing longer each time, but never repeats a send that may have arrived."""

    def __init__(self, delivery: Delivery):
        super().__init__(max_retries=delivery.rate_limit_retries)
        self.delivery = delivery

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        pause = self.delivery.first_retry_pause
        for attempt in range(1, self.delivery.network_retries + 2):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if endpoint == "getUpdates" or attempt > self.delivery.network_retries:
                    raise
                if not self._may_resend(endpoint, error):
                    logger.warning("%s may have reached Telegram (%s); not sending it again", endpoint, error)
                    raise
                logger.warning("%s failed (%s); retry %d in %.1f s", endpoint, error, attempt, pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, self.delivery.longest_retry_pause)
        return None

    def _may_resend(self, endpoint: str, error: NetworkError) -> bool:
        return self.delivery.resend_when_unsure or endpoint in SAFE_TO_REPEAT or certainly_not_delivered(error)


class TokenWatchingRequest(HTTPXRequest):
    """python-telegram-bot's HTTP client, which also notices Telegram rejecting the token (401, as after a
    revoke while the bot runs). python-telegram-bot then stops polling but not the bot, which would sit
    there answering no one."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.when_token_rejected: Callable[[], None] | None = None

    async def do_request(self, *args, **kwargs):
        code, payload = await super().do_request(*args, **kwargs)
        if code == HTTPStatus.UNAUTHORIZED and self.when_token_rejected is not None:
            self.when_token_rejected()
        return code, payload


class OneChatAtATime(BaseUpdateProcessor):
    """Handles up to `max_concurrent_updates` updates at once, but the messages of one chat one after
    another in the order they came, so a chat's answers keep the order of its questions.

    An update waiting for its chat takes no slot, so a slow chat never holds up the others. Button
    presses and inline queries need no order and run freely.
    """

    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}

    async def process_update(self, update, coroutine) -> None:
        chat_id = _ordered_chat(update)
        if chat_id is None:
            await super().process_update(update, coroutine)
            return
        lock, waiting = self._chats.get(chat_id, (asyncio.Lock(), 0))
        self._chats[chat_id] = (lock, waiting + 1)
        try:
            async with lock:
                await super().process_update(update, coroutine)
        finally:
            lock, waiting = self._chats[chat_id]
            if waiting == 1:
                del self._chats[chat_id]
            else:
                self._chats[chat_id] = (lock, waiting - 1)

    async def do_process_update(self, update, coroutine) -> None:
        await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _ordered_chat(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    message = update.message or update.edited_message or update.my_chat_member
    return message.chat.id if message is not None else None
