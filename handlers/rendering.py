"""The one place where an Answer becomes text a person reads: plain text for the console, Telegram HTML for chats.

Telegram HTML allows a handful of tags; everything that came from a person or a file is escaped with
html.escape, and replies are kept under Telegram's 4096-character limit.
"""

from __future__ import annotations

from html import escape

from knowledge.model import Answer, AnswerKind, Quote, SourceLink

TELEGRAM_LIMIT = 4096
_ARTICLE_DATE = "%d %b %Y"


def plain_text(answer: Answer) -> str:
    lines = [answer.text]
    if answer.suggestions:
        lines.append("")
        lines += [f"  {number}. {s.question}" for number, s in enumerate(answer.suggestions, 1)]
    if answer.sources:
        lines.append("")
        lines.append("Sources:")
        lines += [f"  - {s.publisher}, “{s.title}” ({s.published:{_ARTICLE_DATE}}): {s.url}" for s in answer.sources]
    return "\n".join(lines)


def source_line_html(source: SourceLink) -> str:
    return (
        f'<a href="{escape(source.url, quote=True)}">{escape(source.publisher, quote=False)}</a>: '
        f"{escape(source.title, quote=False)} ({source.published:{_ARTICLE_DATE}})"
    )


def answer_html(answer: Answer) -> str:
    """The reply for a chat: the answer, then its sources as links."""
    parts = [escape(answer.text, quote=False)]
    if answer.sources:
        parts.append("\n".join(["<b>Sources</b>"] + [f"• {source_line_html(s)}" for s in answer.sources]))
    return fit("\n\n".join(parts))


def reply_html(answer: Answer) -> str:
    """The text of the message that carries any answer: a fact (or what was expected) with its sources; a
    question back, whose suggestions are its buttons; or a decline, leading into the questions it suggests."""
    if answer.kind.rests_on_articles:
        return answer_html(answer)
    text = escape(answer.text, quote=False)
    if answer.suggestions and answer.kind is not AnswerKind.UNSURE:
        text += "\n\nYou could ask:"
    return fit(text)


def quotes_html(quotes: tuple[Quote, ...], sources: tuple[SourceLink, ...]) -> str:
    """The verbatim quotes behind an answer, each under the article it comes from."""
    by_article = {s.article_id: s for s in sources}
    blocks = []
    for quote in quotes:
        source = by_article.get(quote.article)
        heading = source_line_html(source) if source else escape(quote.article, quote=False)
        blocks.append(f"{heading}\n<blockquote>{escape(quote.text, quote=False)}</blockquote>")
    return fit("\n\n".join(blocks) or "No quotes.")


def fit(html_text: str) -> str:
    """Shortens a reply to Telegram's limit at a block boundary, so no tag is ever cut in half."""
    if len(html_text) <= TELEGRAM_LIMIT:
        return html_text
    kept = []
    length = 0
    for block in html_text.split("\n\n"):
        if length + len(block) + 2 > TELEGRAM_LIMIT - 2:
            break
        kept.append(block)
        length += len(block) + 2
    return "\n\n".join(kept) + "\n…" if kept else "…"


def throttled_html(seconds: int) -> str:
    """Told once to a private user who sends faster than the throttle lets through."""
    return escape(f"You're sending messages faster than I can answer; I'll be back in {seconds} seconds.", quote=False)


def reload_refused_html(error: str) -> str:
    """An admin's /reload refusal, with the validation error shortened to fit one message."""
    heading = "<b>Reload refused</b>; the running base is unchanged.\n<code>"
    room = TELEGRAM_LIMIT - len(heading) - len("…</code>")
    details = escape(error, quote=False)
    while len(details) > room:
        error = error[: len(error) * 9 // 10]
        details = escape(error, quote=False) + "…"
    return f"{heading}{details}</code>"


def log_trouble_html(reason: str) -> str:
    """The first line of /stats while the question log is not logging."""
    return f"⚠️ <b>The question log is not logging</b>: {escape(reason, quote=False)}"
