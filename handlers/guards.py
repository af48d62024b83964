"""What keeps the bot up: a per-user throttle, network retries, the error handler and token-free logs."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, ApplicationHandlerStop, ContextTypes

logger = logging.getLogger(__name__)
NETWORK_RETRIES = 4
FIRST_RETRY_PAUSE = 0.5
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


@dataclass
class Throttle:
    """A token bucket per user: a burst of `burst` updates, then one every `refill_seconds`.

    One person flooding the bot is dropped quickly and silently, so the others are not kept waiting.
    """

    burst: int = 8
    refill_seconds: float = 3.0
    _buckets: dict[int, tuple[float, float]] = field(default_factory=dict)

    def allow(self, user_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, updated = self._buckets.get(user_id, (self.burst, now))
        tokens = min(self.burst, tokens + (now - updated) / self.refill_seconds)
        allowed = tokens >= 1
        self._buckets[user_id] = (tokens - 1 if allowed else tokens, now)
        if len(self._buckets) > 10_000:
            self._forget_idle(now)
        return allowed

    def _forget_idle(self, now: float) -> None:
        idle = self.burst * self.refill_seconds
        self._buckets = {u: b for u, b in self._buckets.items() if now - b[1] < idle}


async def drop_floods(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every other handler; stops the update when its sender is over the throttle."""
    user = update.effective_user
    if user is not None and not context.bot_data["throttle"].allow(user.id):
        raise ApplicationHandlerStop


class PatientRateLimiter(AIORateLimiter):
    """python-telegram-bot's rate limiter (per chat and overall, retrying after a 429's retry_after), which
    also retries a request after a network error or a 5xx answer, pausing longer each time."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        pause = FIRST_RETRY_PAUSE
        for attempt in range(1, NETWORK_RETRIES + 2):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if endpoint == "getUpdates" or attempt > NETWORK_RETRIES:
                    raise
                logger.warning("%s failed (%s); retry %d in %.1f s", endpoint, error, attempt, pause)
                await asyncio.sleep(pause)
                pause *= 2
        return None


async def log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs any error with its traceback and keeps going; a private chat gets a calm apology, never the trace."""
    logger.error("Error while handling an update", exc_info=context.error)
    if isinstance(context.error, NetworkError) or not isinstance(update, Update):
        return
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        try:
            await message.reply_text(SORRY)
        except Exception:
            logger.warning("Could not send the apology either")


def keep_secret_out_of_logs(secret: str) -> None:
    """Every log record, from any library, has `secret` replaced before any handler sees it.

    httpx logs each request's address, which holds the bot token; tests capture logs with their own
    handlers, so the redaction happens when records are made, not in one handler.
    """
    if not secret:
        return
    make_record = logging.getLogRecordFactory()
    hidden = "[TELEGRAM_BOT_TOKEN]"

    def redacting_factory(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        record.msg, record.args = message.replace(secret, hidden), ()
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info).replace(secret, hidden)
        return record

    logging.setLogRecordFactory(redacting_factory)
    logging.getLogger("httpx").setLevel(logging.WARNING)
