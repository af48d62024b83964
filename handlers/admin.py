"""Commands for admins only (user ids from SUMMIT_ADMIN_IDS): /stats and /reload.

For anyone else these commands do not exist: python-telegram-bot's user filter lets their messages
fall through to the same hint as any unknown command.
"""

from __future__ import annotations

import asyncio
import sqlite3
from html import escape

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from curation.question_log import read_only
from curation.reports import GROUP_CHATS, Stats, stats
from handlers.rendering import log_trouble_html, reload_refused_html
from handlers.replies import knowledge, question_log
from knowledge import KnowledgeError, load_knowledge


async def show_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The numbers; in a group, only the questions asked in groups are quoted, never private ones."""
    log = question_log(context)
    message = update.effective_message
    in_group = message.chat.type != ChatType.PRIVATE
    try:
        numbers = await asyncio.to_thread(_read_stats, log, knowledge(context), in_group)
    except sqlite3.Error as error:
        numbers, unreadable = None, f"The question log cannot be read: {escape(str(error))}"
    parts = [log_trouble_html(log.trouble)] if log.trouble else []
    parts.append(stats_html(numbers) if numbers is not None else unreadable)
    await message.reply_html("\n\n".join(parts))


def _read_stats(log, base, groups_only: bool) -> Stats:
    """Waits a moment for the log's writer to catch up, then reads: off the event loop, so no reply waits."""
    log.flush()
    with read_only(log.path) as db:
        return stats(db, base, top_from=GROUP_CHATS if groups_only else None)


def stats_html(numbers: Stats) -> str:
    lines = [
        "<b>Questions</b>",
        f"today: {numbers.answered_today} answered, {numbers.declined_today} not answered",
        f"in total: {numbers.answered_total} answered, {numbers.declined_total} not answered",
    ]
    if numbers.top_questions:
        lines += ["", "<b>Most asked</b>"]
        lines += [f"{count}× {escape(text[:100], quote=False)}" for text, count in numbers.top_questions]
    if numbers.most_disliked:
        lines += ["", "<b>Most 👎</b>"]
        lines += [
            f"{d.unhelpful}👎 {d.helpful}👍 <code>{escape(d.match)}</code> {escape(d.question or '', quote=False)}"
            for d in numbers.most_disliked
        ]
    return "\n".join(lines)


async def reload_knowledge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-reads the knowledge files and swaps them in only if they are valid."""
    settings = context.bot_data["settings"]
    try:
        base = await asyncio.to_thread(load_knowledge, settings.knowledge_dir, settings.corpus_dir)
    except KnowledgeError as error:
        await update.effective_message.reply_html(reload_refused_html(str(error)))
        return
    context.bot_data["knowledge"] = base
    await update.effective_message.reply_html(
        f"Reloaded: {len(base.faq)} FAQ entries, {len(base.claims)} claims, {len(base.entities)} entities."
    )
