"""The bot's commands: /start, /help, /sources, /topics and /about, in the language of the person's app."""

from __future__ import annotations

from telegram import BotCommand, Update

from handlers.context import Context
from handlers.keyboards import suggestions_keyboard, topics_keyboard
from handlers.replies import send_answer, ui_language
from knowledge.answering import GREETING, HELP
from rendering.telegram import about_html, heading_html, help_html, sources_list_html
from rendering.texts import LANGUAGES, say

COMMANDS = ("ask", "check", "topics", "sources", "help", "about")


def command_menu(language: str) -> list[BotCommand]:
    return [BotCommand(name, say(f"cmd-{name}", language)) for name in COMMANDS]


MENU_LANGUAGES = LANGUAGES
"""The languages the command menu and descriptions are registered in (Telegram shows each app its own)."""


async def start(update: Update, context: Context) -> None:
    """/start, optionally with a deep-link payload naming a question (t.me/<bot>?start=<id>)."""
    base = context.bot_data.knowledge.in_language(ui_language(update))
    payload = context.args[0] if context.args else ""
    answer = base.answer_for(payload) if payload else None
    await send_answer(update.effective_message, answer or base.small_talk(GREETING))


async def show_help(update: Update, context: Context) -> None:
    language = ui_language(update)
    base = context.bot_data.knowledge.in_language(language)
    examples = suggestions_keyboard(base.starter_questions(), language)
    await update.effective_message.reply_html(help_html(base.small_talk(HELP).text, language), reply_markup=examples)


async def list_sources(update: Update, context: Context) -> None:
    base = context.bot_data.knowledge
    links = [base.source_link(article) for article in base.articles.values()]
    await update.effective_message.reply_html(sources_list_html(links, ui_language(update)))


async def list_topics(update: Update, context: Context) -> None:
    language = ui_language(update)
    topics = list(context.bot_data.knowledge.in_language(language).topics.values())
    await update.effective_message.reply_html(
        heading_html(say("topics-prompt", language)), reply_markup=topics_keyboard(topics, language)
    )


async def about(update: Update, context: Context) -> None:
    await update.effective_message.reply_html(about_html(ui_language(update)))
