"""The one place the Telegram Application is built: its settings, its handlers, and how it runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading

from telegram import LinkPreviewOptions, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from curation.question_log import QuestionLog
from curation.watched_chats import WatchedChats
from handlers.admin import reload_knowledge, show_stats
from handlers.buttons import press_button
from handlers.commands import MENU_LANGUAGES, about, command_menu, list_sources, list_topics, show_help, start
from handlers.context import CONTEXT_TYPES, BotApplication, GivenFeedback
from handlers.delivery import CarefulRateLimiter, Delivery, OneChatAtATime, TokenWatchingRequest
from handlers.guards import log_error
from handlers.inline import answer_inline_query
from handlers.questions import (
    answer_ask_command,
    answer_private_message,
    answer_when_addressed,
    check_claim_command,
    explain_unknown_command,
    greet_new_group,
    hint_text_only,
)
from handlers.throttle import Throttle, throttle_work
from handlers.watch import turn_watch
from knowledge import KnowledgeBase
from rendering.texts import say
from settings import Settings

logger = logging.getLogger(__name__)

NEW_OR_EDITED = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
NOT_TEXT = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.CONTACT
)
STOP_SECONDS = 3.0
"""After SIGTERM or SIGINT, how long replies in hand may take before the process ends anyway."""


def build_application(settings: Settings, base: KnowledgeBase, delivery: Delivery | None = None) -> BotApplication:
    """Every text is sent as the HTML rendering/telegram.py made of it: no default parse mode turns a plain
    text into HTML behind anyone's back."""
    delivery = delivery or Delivery()
    defaults = Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True), allow_sending_without_reply=True)
    timeouts = {"connect_timeout": delivery.connect_timeout, "write_timeout": delivery.read_timeout}
    requests = TokenWatchingRequest(connection_pool_size=256, read_timeout=delivery.read_timeout, **timeouts)
    polls = TokenWatchingRequest(connection_pool_size=1, **timeouts)
    builder = (
        Application.builder()
        .token(settings.telegram_token)
        .request(requests)
        .get_updates_request(polls)
        .rate_limiter(CarefulRateLimiter(delivery))
        .concurrent_updates(OneChatAtATime(delivery.concurrent_updates))
        .defaults(defaults)
        .context_types(CONTEXT_TYPES)
        .post_init(start_up)
        .post_shutdown(close_question_log)
    )
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url)
    application = builder.build()
    requests.when_token_rejected = polls.when_token_rejected = lambda: stop_for_rejected_token(application)
    shared = application.bot_data
    shared.knowledge = base
    shared.settings = settings
    shared.throttle = Throttle()
    shared.feedback_given = GivenFeedback()
    shared.question_log = QuestionLog.open_or_disable(settings.database_path)
    shared.watched_chats = WatchedChats(settings.database_path)

    application.add_handler(TypeHandler(Update, throttle_work), group=-1)
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(CommandHandler("sources", list_sources))
    application.add_handler(CommandHandler("topics", list_topics))
    application.add_handler(CommandHandler("about", about))
    application.add_handler(CommandHandler("ask", answer_ask_command))
    application.add_handler(CommandHandler("check", check_claim_command))
    application.add_handler(CommandHandler("watch", turn_watch))
    admins = filters.User(user_id=settings.admin_ids)
    application.add_handler(CommandHandler("stats", show_stats, filters=admins))
    application.add_handler(CommandHandler("reload", reload_knowledge, filters=admins))
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & NEW_OR_EDITED
    group_text = filters.ChatType.GROUPS & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & NEW_OR_EDITED
    private_media = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & NOT_TEXT
    private_command = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & filters.COMMAND
    application.add_handler(MessageHandler(private_text, answer_private_message))
    application.add_handler(MessageHandler(group_text, answer_when_addressed))
    application.add_handler(MessageHandler(private_media, hint_text_only))
    application.add_handler(MessageHandler(private_command, explain_unknown_command))
    application.add_handler(CallbackQueryHandler(press_button))
    application.add_handler(InlineQueryHandler(answer_inline_query))
    application.add_handler(ChatMemberHandler(greet_new_group, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(log_error)
    return application


async def start_up(application: BotApplication) -> None:
    await introduce_bot(application)
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop_soon, application)


def stop_soon(application: BotApplication) -> None:
    """Stops gracefully (replies in hand are finished, the log is closed), but ends the process after
    STOP_SECONDS whatever is still waiting: a send retrying through faults, a stuck disk."""
    logger.info("Stopping: finishing the replies in hand for at most %.0f s", STOP_SECONDS)
    deadline = threading.Timer(STOP_SECONDS, _end_now)
    deadline.daemon = True
    deadline.start()
    application.stop_running()


def _end_now() -> None:
    logger.error("Still busy %.0f s after the stop signal; ending now", STOP_SECONDS)
    logging.shutdown()
    os._exit(1)


def stop_for_rejected_token(application: BotApplication) -> None:
    """The token was revoked while the bot runs: it stops, and run() raises InvalidToken for bot.py to say so."""
    if application.running and not application.bot_data.token_rejected:
        application.create_task(_stop_without_polling(application))
    application.bot_data.token_rejected = True


async def _stop_without_polling(application: BotApplication) -> None:
    """Stops polling first, swallowing the InvalidToken that ended it, so that the rest of the shutdown (the
    question log's closing included) runs as after SIGTERM."""
    with contextlib.suppress(TelegramError):
        await application.updater.stop()
    application.stop_running()


async def introduce_bot(application: BotApplication) -> None:
    """Registers the command menu and descriptions Telegram shows; the username comes from getMe at start."""
    for language in MENU_LANGUAGES:
        code = None if language == "en" else language
        await application.bot.set_my_commands(command_menu(language), language_code=code)
        await application.bot.set_my_description(say("description", language), language_code=code)
        await application.bot.set_my_short_description(say("short-description", language), language_code=code)


async def close_question_log(application: BotApplication) -> None:
    """After the last reply is sent at shutdown, the log writes what it holds and closes its file."""
    application.bot_data.question_log.close()


def run(application: BotApplication, settings: Settings) -> None:
    """Long polling by default; a webhook when TELEGRAM_WEBHOOK_URL is set. SIGINT and SIGTERM stop it
    gracefully (see stop_soon): updates in hand are finished, then the question log is closed."""
    if settings.webhook_url:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
            stop_signals=None,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES, stop_signals=None)
    if application.bot_data.token_rejected:
        raise InvalidToken("Telegram rejected the token while the bot was running")
