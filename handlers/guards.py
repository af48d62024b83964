"""What keeps the bot up: the error handler, and logs and crashes that never show the token."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError

from handlers.context import Context
from handlers.replies import send_notice, ui_language

logger = logging.getLogger(__name__)
HIDDEN = "[TELEGRAM_BOT_TOKEN]"


async def log_error(update: object, context: Context) -> None:
    """Logs any error with its traceback and keeps going; a private chat gets a calm apology, never the trace.

    No apology when Telegram itself failed (a 429, unreachable, blocked): it would meet the same fault."""
    logger.error("Error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()  # a button press is always acknowledged, or it spins
    if isinstance(context.error, TelegramError) and not isinstance(context.error, BadRequest):
        return
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        try:
            await send_notice(message, "sorry", ui_language(update))
        except Exception:
            logger.warning("Could not send the apology either")


def keep_secret_out_of_logs(secret: str) -> None:
    """Every log record, from any library, and any uncaught exception has `secret` replaced.

    httpx logs each request's address, which holds the bot token; tests capture logs with their own
    handlers, so the redaction happens when records are made, not in one handler. python-telegram-bot's
    InvalidToken quotes the token in its message, so uncaught exceptions are printed redacted too.
    """
    if not secret:
        return
    make_record = logging.getLogRecordFactory()
    hidden = HIDDEN

    def redacting_factory(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        record.msg, record.args = message.replace(secret, hidden), ()
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info).replace(secret, hidden)
        return record

    logging.setLogRecordFactory(redacting_factory)

    def print_redacted(kind, error, trace) -> None:
        print("".join(traceback.format_exception(kind, error, trace)).replace(secret, hidden), file=sys.stderr)

    sys.excepthook = print_redacted
    logging.getLogger("telegram.ext").addFilter(_no_start_up_traceback)

    def print_redacted_from_thread(hook) -> None:
        if hook.exc_type is not SystemExit:
            print_redacted(hook.exc_type, hook.exc_value, hook.exc_traceback)

    threading.excepthook = print_redacted_from_thread
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _no_start_up_traceback(record: logging.LogRecord) -> bool:
    """python-telegram-bot logs a failed start-up with its traceback; bot.py says it in one line instead."""
    return not record.getMessage().startswith("Network Retry Loop (Bootstrap")
