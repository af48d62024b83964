"""The rumour watch, opt-in per group: an administrator sends `/watch on` (`/watch off` to stop), and the bot then
replies, unprompted, only to messages that near-certainly repeat a rumour the articles contradict (the engine
decides: `KnowledgeBase.repeats_a_rumour`), at most once per rumour per chat per hour. It stays silent on
everything else, as fact-checking bots in groups do. It needs group privacy mode off, or the bot as an admin,
to see ordinary messages; the setting is kept in the SQLite file (the chat id only)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

from telegram import ChatMember, Update
from telegram.constants import ChatType

from handlers.context import Context
from handlers.replies import send_answer, send_notice, ui_language

logger = logging.getLogger(__name__)

RUMOUR_REPEAT_SECONDS = 3600
_ADMINS = (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def turn_watch(update: Update, context: Context) -> None:
    """/watch on or /watch off, from a group's administrator."""
    message = update.effective_message
    language = ui_language(update)
    if message.chat.type == ChatType.PRIVATE:
        await send_notice(message, "watch-private", language)
        return
    setting = (context.args or [""])[0].casefold()
    if setting not in ("on", "off"):
        await send_notice(message, "watch-usage", language)
        return
    if not await _is_admin(update, context):
        await send_notice(message, "watch-admins-only", language)
        return
    try:
        await asyncio.to_thread(context.bot_data.watched_chats.turn, message.chat.id, setting == "on")
    except (sqlite3.Error, OSError) as error:
        logger.error("The rumour watch setting cannot be saved: %s", error)
        await send_notice(message, "sorry", language)
        return
    await send_notice(message, "watch-on" if setting == "on" else "watch-off", language)


async def _is_admin(update: Update, context: Context) -> bool:
    message = update.effective_message
    if message.sender_chat is not None and message.sender_chat.id == message.chat.id:
        return True  # an anonymous administrator, posting as the group
    user = update.effective_user
    if user is None:
        return False
    member = await context.bot.get_chat_member(message.chat.id, user.id)
    return member.status in _ADMINS


async def watch_for_rumours(update: Update, context: Context) -> None:
    """A group message no one addressed to the bot: replied to only in a watched group, only for a rumour."""
    message = update.effective_message
    if message.chat.id not in context.bot_data.watched_chats:
        return
    text = message.text or message.caption or ""
    answer = context.bot_data.knowledge.repeats_a_rumour(text)
    if answer is None or answer.match is None:
        return
    if not context.chat_data.first_reply_to_rumour(answer.match, RUMOUR_REPEAT_SECONDS, time.monotonic()):
        return
    await send_answer(message, answer, quote=True)
