"""Property-based tests: whatever people send, the engine answers calmly and every reply is valid
Telegram HTML within the limits."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.replies import reply_for
from rendering.console import plain_text
from rendering.telegram import quotes_html
from tests.telegram_html import assert_valid_telegram_html

MARKUP = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<i>",
        "<a href='x'>",
        "</a>",
        "&",
        "&amp;",
        "&#x1F680;",
        "<",
        ">",
        "**",
        "__",
        "`",
        "```",
        "||",
        "[x](y)",
    ]
)
ODD_CHARACTERS = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202c", "\u200f", "\x00", "\x1b", "\x7f", "\r", "\t"]
)
WORDS = st.sampled_from(
    [
        *("who", "is", "peskov", "kim", "putin", "dprk", "ammo", "sanctions", "vladivostock", "?", "lol", "🚀"),
        *("Forwarded from", "is it true", "and", "source?", "why?", "2", "\n", "#DPRK", "t.me/x"),
        *("Шойгу", "правда ли что", "Пхеньян", "Кім", "쇼이구", "진짜야", "언제", "普京"),
    ]
)
MESSAGES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, MARKUP, ODD_CHARACTERS, st.text(max_size=5)), max_size=40).map(" ".join),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Mn", "So"]), max_size=200),
    st.builds(lambda word, times: word * times, WORDS, st.integers(min_value=1, max_value=20_000)),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(message=MESSAGES)
def test_any_message_gets_a_valid_reply(base, message):
    answer = base.answer(message)
    assert answer.text.strip()
    text, keyboard = reply_for(answer, ref="ab12cd34")
    assert_valid_telegram_html(text)
    assert plain_text(answer)
    if answer.quotes:
        assert_valid_telegram_html(quotes_html(answer.quotes, answer.sources))
    for row in keyboard.inline_keyboard if keyboard else ():
        for button in row:
            assert len(button.callback_data.encode()) <= 64


@FAST
@given(message=MESSAGES)
def test_inline_answers_never_crash(base, message):
    for answer in base.best_answers(message):
        assert answer.answered and answer.match


def test_a_100_kb_message_is_answered(base):
    answer = base.answer("who is peskov? " + "x" * 100_000)
    assert_valid_telegram_html(reply_for(answer)[0])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages=st.lists(MESSAGES, min_size=1, max_size=3))
def test_any_conversation_gets_valid_replies(base, messages):
    context = None
    for message in messages:
        answer, context = base.converse(message, context)
        assert answer.text.strip()
        text, _ = reply_for(answer)
        assert_valid_telegram_html(text)
        assert plain_text(answer)
