"""Inline keyboards and their callback data.

Every button carries what it needs as `action:id` (an FAQ, entity or claim id, or a topic id), at most
64 bytes, so a button pressed days later, after a restart, still does the right thing.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge import Answer, Suggestion
from knowledge.model import Topic

ANSWER = "a"
QUOTES = "q"
RELATED = "r"
HELPFUL = "up"
UNHELPFUL = "down"
TOPIC = "t"
NONE_OF_THESE = "none"
MAX_CALLBACK_BYTES = 64
_MAX_BUTTON_TEXT = 60


def callback_data(action: str, target: str = "") -> str:
    data = f"{action}:{target}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_callback_data(data: str) -> tuple[str, str]:
    action, _, target = data.partition(":")
    return action, target


def _button(text: str, action: str, target: str = "") -> InlineKeyboardButton:
    if len(text) > _MAX_BUTTON_TEXT:
        text = text[: _MAX_BUTTON_TEXT - 1] + "…"
    return InlineKeyboardButton(text, callback_data=callback_data(action, target))


def question_buttons(suggestions: tuple[Suggestion, ...] | list[Suggestion]) -> list[list[InlineKeyboardButton]]:
    return [[_button(s.question, ANSWER, s.id)] for s in suggestions]


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Under an answer: its sources' quotes, related questions, and feedback."""
    if answer.match is None:
        return None
    first_row = [_button("📄 Sources", QUOTES, answer.match)]
    if answer.related:
        first_row.append(_button("🔗 Related", RELATED, answer.match))
    feedback = [_button("👍", HELPFUL, answer.match), _button("👎", UNHELPFUL, answer.match)]
    return InlineKeyboardMarkup([first_row, feedback])


def did_you_mean_keyboard(answer: Answer, ref: str = "") -> InlineKeyboardMarkup:
    """The suggestions, then "None of these", which carries `ref`: the question's reference in the log."""
    return InlineKeyboardMarkup([*question_buttons(answer.suggestions), [_button("None of these", NONE_OF_THESE, ref)]])


def suggestions_keyboard(suggestions: tuple[Suggestion, ...]) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup(question_buttons(suggestions)) if suggestions else None


def topics_keyboard(topics: list[Topic]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(t.title, TOPIC, t.id)] for t in topics])
