"""Inline keyboards and their callback data.

Every button carries what it needs as `action:id` or `action:id:language` (an FAQ, entity or claim id, or a
topic id, and the language of the message it is under), at most 64 bytes, so a button pressed days later, after
a restart, still does the right thing in the right language.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge import Answer, Suggestion
from knowledge.model import Topic
from rendering.texts import LANGUAGES, say

ANSWER = "a"
QUOTES = "q"
RELATED = "r"
HELPFUL = "up"
UNHELPFUL = "down"
TOPIC = "t"
NONE_OF_THESE = "none"
MAX_CALLBACK_BYTES = 64
_MAX_BUTTON_TEXT = 60


@dataclass(frozen=True)
class Press:
    """What a pressed button asks for."""

    action: str
    target: str
    language: str = "en"


def callback_data(action: str, target: str = "", language: str = "en") -> str:
    data = f"{action}:{target}" + (f":{language}" if language != "en" else "")
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_callback_data(data: str) -> Press:
    action, _, rest = data.partition(":")
    target, _, language = rest.partition(":")
    return Press(action, target, language if language in LANGUAGES else "en")


def _button(text: str, action: str, target: str = "", language: str = "en") -> InlineKeyboardButton:
    if len(text) > _MAX_BUTTON_TEXT:
        text = text[: _MAX_BUTTON_TEXT - 1] + "…"
    return InlineKeyboardButton(text, callback_data=callback_data(action, target, language))


def question_buttons(suggestions: tuple[Suggestion, ...] | list[Suggestion], language: str) -> list:
    return [[_button(s.question, ANSWER, s.id, language)] for s in suggestions]


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Under an answer: its sources' quotes, related questions, and feedback."""
    if answer.match is None:
        return None
    language = answer.language
    first_row = [_button(say("button-sources", language), QUOTES, answer.match, language)]
    if answer.related:
        first_row.append(_button(say("button-related", language), RELATED, answer.match, language))
    feedback = [_button("👍", HELPFUL, answer.match), _button("👎", UNHELPFUL, answer.match)]
    return InlineKeyboardMarkup([first_row, feedback])


def did_you_mean_keyboard(answer: Answer, ref: str = "") -> InlineKeyboardMarkup:
    """The suggestions, then "None of these", which carries `ref`: the question's reference in the log."""
    none = _button(say("button-none-of-these", answer.language), NONE_OF_THESE, ref, answer.language)
    return InlineKeyboardMarkup([*question_buttons(answer.suggestions, answer.language), [none]])


def suggestions_keyboard(suggestions: tuple[Suggestion, ...], language: str = "en") -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup(question_buttons(suggestions, language)) if suggestions else None


def topics_keyboard(topics: list[Topic], language: str = "en") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(t.title, TOPIC, t.id, language)] for t in topics])
