"""Sends an Answer as a Telegram message: the rendered HTML with the keyboard that fits its kind."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardMarkup, Message
from telegram.ext import ContextTypes

from handlers.keyboards import answer_keyboard, did_you_mean_keyboard, suggestions_keyboard
from handlers.rendering import answer_html, fit
from knowledge import Answer, KnowledgeBase


def knowledge(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeBase:
    """The base the bot answers from; /reload swaps it in bot_data."""
    return context.bot_data["knowledge"]


def reply_for(answer: Answer) -> tuple[str, InlineKeyboardMarkup | None]:
    """The HTML text and keyboard of the message that carries an answer."""
    if answer.answered or answer.kind == "outcome":
        return answer_html(answer), answer_keyboard(answer)
    if answer.kind == "unsure":
        return escape(answer.text, quote=False), did_you_mean_keyboard(answer)
    text = escape(answer.text, quote=False)
    if answer.suggestions:
        text += "\n\nYou could ask:"
    return fit(text), suggestions_keyboard(answer.suggestions)


async def send_answer(message: Message, answer: Answer, quote: bool = False) -> Message:
    text, keyboard = reply_for(answer)
    return await message.reply_html(text, reply_markup=keyboard, do_quote=quote)
