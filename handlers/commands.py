"""The bot's commands: /start, /help, /sources, /topics and /about."""

from __future__ import annotations

from html import escape

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from handlers.keyboards import suggestions_keyboard, topics_keyboard
from handlers.rendering import source_line_html
from handlers.replies import knowledge, send_answer
from knowledge.answering import GREETING, HELP

COMMANDS = [
    BotCommand("ask", "Ask a question about the Kim–Putin summit"),
    BotCommand("topics", "Browse the questions by topic"),
    BotCommand("sources", "The five articles I answer from"),
    BotCommand("help", "What I know and how to ask"),
    BotCommand("about", "What this bot is"),
]
DESCRIPTION = (
    "I answer questions about the September 2023 summit between Kim Jong Un and Vladimir Putin, from five "
    "news articles written just before it, with a short answer and links to the sources. I never guess: "
    "when the articles don't say, I tell you."
)
SHORT_DESCRIPTION = "Short, sourced answers about the Sept 2023 Kim–Putin summit, from five news articles."
ABOUT = (
    "<b>About this bot</b>\n\n"
    "I answer questions about the summit between Kim Jong Un and Vladimir Putin in September 2023, using only "
    "five news articles. Every answer rests on quotes from them (press 📄 Sources under an answer to read them), "
    "and alleged or denied things stay attributed to whoever says them.\n\n"
    "All five articles were written <b>before</b> the summit took place (5–12 September 2023), so I cannot tell "
    "you what it decided, only what was expected."
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start, optionally with a deep-link payload naming a question (t.me/<bot>?start=<id>)."""
    base = knowledge(context)
    payload = context.args[0] if context.args else ""
    answer = base.answer_for(payload) if payload else None
    if answer is not None:
        await send_answer(update.effective_message, answer)
        return
    await send_answer(update.effective_message, base.small_talk(GREETING))


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    base = knowledge(context)
    help_answer = base.small_talk(HELP)
    text = (
        escape(help_answer.text, quote=False)
        + "\n\nIn a group, ask with /ask, mention me, or reply to one of my messages."
    )
    text += "\n\nFor example:"
    await update.effective_message.reply_html(text, reply_markup=suggestions_keyboard(base.starter_questions()))


async def list_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    base = knowledge(context)
    lines = [f"• {source_line_html(base.source_link(article))}" for article in base.articles.values()]
    text = "<b>My five articles</b>, all written before the summit of 13 September 2023:\n\n" + "\n".join(lines)
    await update.effective_message.reply_html(text)


async def list_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    topics = list(knowledge(context).topics.values())
    await update.effective_message.reply_html(
        "<b>Pick a topic</b> to see the questions I can answer:", reply_markup=topics_keyboard(topics)
    )


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_html(ABOUT)
