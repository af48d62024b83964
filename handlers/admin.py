"""Commands for admins only (user ids from SUMMIT_ADMIN_IDS): /stats and /reload.

For anyone else these commands do not exist: python-telegram-bot's user filter lets their messages
fall through to the same hint as any unknown command.
"""

from __future__ import annotations

import asyncio
import sqlite3

from telegram import Update
from telegram.constants import ChatType

from curation.question_log import read_only
from curation.reports import GROUP_CHATS, Stats, stats
from handlers.context import Context
from knowledge import KnowledgeError, load_knowledge
from rendering.telegram import reload_refused_html, reloaded_html, stats_html


async def show_stats(update: Update, context: Context) -> None:
    """The numbers; in a group, only the questions asked in groups are quoted, never private ones."""
    log = context.bot_data.question_log
    message = update.effective_message
    in_group = message.chat.type != ChatType.PRIVATE
    numbers, unreadable = None, None
    try:
        numbers = await asyncio.to_thread(_read_stats, log, context.bot_data.knowledge, in_group)
    except sqlite3.Error as error:
        unreadable = str(error)
    await message.reply_html(stats_html(numbers, log.trouble, unreadable))


def _read_stats(log, base, groups_only: bool) -> Stats:
    """Waits a moment for the log's writer to catch up, then reads: off the event loop, so no reply waits."""
    log.flush()
    with read_only(log.path) as db:
        return stats(db, base, top_from=GROUP_CHATS if groups_only else None)


async def reload_knowledge(update: Update, context: Context) -> None:
    """Re-reads the knowledge files and swaps them in only if they are valid."""
    settings = context.bot_data.settings
    try:
        base = await asyncio.to_thread(load_knowledge, settings.knowledge_dir, settings.corpus_dir)
    except KnowledgeError as error:
        await update.effective_message.reply_html(reload_refused_html(str(error)))
        return
    context.bot_data.knowledge = base
    await update.effective_message.reply_html(
        reloaded_html(len(base.faq), len(base.claims), len(base.entities), base.languages)
    )
