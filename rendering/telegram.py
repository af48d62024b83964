"""Everything the bot shows in a chat, as Telegram HTML: answers, claim checks, notices, help, stats.

Telegram HTML allows a handful of tags; everything that came from a person or a file is escaped with
html.escape, and every message is kept under Telegram's 4096-character limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from curation.reports import Stats
from knowledge.model import Answer, AnswerKind, ClaimCheck, Quote, SourceLink, Topic, Verdict
from rendering.texts import say

TELEGRAM_LIMIT = 4096
_ARTICLE_DATE = "%d %b %Y"
VERDICT_TEXTS = {
    Verdict.SUPPORTED: "verdict-supported",
    Verdict.CONTRADICTED: "verdict-contradicted",
    Verdict.NOT_IN_ARTICLES: "verdict-not-in-articles",
    Verdict.AFTER_ARTICLES: "verdict-after-articles",
    None: "verdict-unsettled",
}


def verdict_text(check: ClaimCheck, language: str) -> str:
    """The line that opens a claim's check: what the articles make of it."""
    return say("verdict-alleged" if check.alleged else VERDICT_TEXTS[check.verdict], language)


def check_text(check: ClaimCheck) -> str:
    """What follows a check's verdict: what the articles say of the claim; nothing when no fact of theirs speaks of it
    and the text would only say again that they don't mention it."""
    return "" if check.verdict is Verdict.NOT_IN_ARTICLES and check.match is None else check.text


def _html(text: str) -> str:
    return escape(text, quote=False)


def source_line_html(source: SourceLink) -> str:
    return (
        f'<a href="{escape(source.url, quote=True)}">{_html(source.publisher)}</a>: '
        f"{_html(source.title)} ({source.published:{_ARTICLE_DATE}})"
    )


def sources_block_html(sources: Iterable[SourceLink], language: str) -> str:
    return "\n".join(
        [f"<b>{_html(say('sources-label', language))}</b>"] + [f"• {source_line_html(s)}" for s in sources]
    )


def answer_html(answer: Answer) -> str:
    """An answer from the base for a chat: what it says, then its sources as links."""
    parts = [_html(answer.lead), _body_html(answer)] if answer.lead else [_body_html(answer)]
    if answer.sources and answer.kind is not AnswerKind.SOURCES:
        parts.append(sources_block_html(answer.sources, answer.language))
    return fit("\n\n".join(parts))


def reply_html(answer: Answer) -> str:
    """The text of the message that carries any reply: an answer or claim check with its sources; a question
    back, whose suggestions are its buttons; or a decline, leading into the questions it suggests."""
    if answer.kind.rests_on_articles or answer.kind is AnswerKind.SEVERAL:
        return answer_html(answer)
    text = _html(answer.text)
    if answer.suggestions and answer.kind is not AnswerKind.UNSURE:
        text += "\n\n" + _html(say("you-could-ask", answer.language))
    return fit(text)


def _body_html(answer: Answer) -> str:
    if answer.kind is AnswerKind.CHECK:
        return "\n\n".join(check_html(c, answer.language, several=len(answer.checks) > 1) for c in answer.checks)
    if answer.kind is AnswerKind.SEVERAL:
        return "\n\n".join(f"<b>{_html(p.question)}</b>\n{_body_html(p.answer)}" for p in answer.parts)
    if answer.kind is AnswerKind.SOURCES:
        return quotes_html(answer.quotes, answer.sources, answer.language)
    return _html(answer.text)


def check_html(check: ClaimCheck, language: str, several: bool = False) -> str:
    """One claim's verdict first, then what the articles say of it."""
    verdict = f"<b>{_html(verdict_text(check, language))}</b>"
    claim = f"<i>{_html(check.claim)}</i>\n" if several else ""
    return f"{claim}{verdict} {_html(check_text(check))}".rstrip()


def quotes_html(quotes: tuple[Quote, ...], sources: tuple[SourceLink, ...], language: str = "en") -> str:
    """The verbatim quotes behind an answer, each under the article it comes from; in English, as written."""
    by_article = {s.article_id: s for s in sources}
    blocks = []
    for quote in quotes:
        source = by_article.get(quote.article)
        heading = source_line_html(source) if source else _html(quote.article)
        blocks.append(f"{heading}\n<blockquote>{_html(quote.text)}</blockquote>")
    if language != "en" and blocks:
        blocks.append(f"<i>{_html(say('quotes-in-english', language))}</i>")
    return fit("\n\n".join(blocks) or "…")


def notice_html(key: str, language: str = "en", **values: object) -> str:
    """One of the bot's own short texts (usage hints, errors, thanks), escaped."""
    return _html(say(key, language, **values))


def help_html(help_text: str, language: str) -> str:
    return "\n\n".join(
        [_html(help_text), _html(say("help-in-groups", language)), _html(say("help-for-example", language))]
    )


def sources_list_html(sources: Iterable[SourceLink], language: str) -> str:
    heading = f"<b>{_html(say('sources-heading', language))}</b>, {_html(say('sources-note', language))}"
    return heading + "\n\n" + "\n".join(f"• {source_line_html(s)}" for s in sources)


def heading_html(text: str) -> str:
    return f"<b>{_html(text)}</b>"


def topic_heading_html(topic: Topic) -> str:
    return heading_html(topic.title)


def about_html(language: str) -> str:
    return "\n\n".join(
        [
            heading_html(say("about-title", language)),
            _html(say("about-text", language)),
            _html(say("about-before", language)),
        ]
    )


def stats_html(numbers: Stats | None, trouble: str | None, unreadable: str | None) -> str:
    """/stats for admins: the log's trouble first, then the numbers (or why they cannot be read)."""
    lines = [f"⚠️ <b>The question log is not logging</b>: {_html(trouble)}", ""] if trouble else []
    if numbers is None:
        return "\n".join([*lines, f"The question log cannot be read: {_html(unreadable or '')}"])
    lines += [
        "<b>Questions</b>",
        f"today: {numbers.answered_today} answered, {numbers.declined_today} not answered",
        f"in total: {numbers.answered_total} answered, {numbers.declined_total} not answered",
    ]
    if numbers.top_questions:
        lines += ["", "<b>Most asked</b>"]
        lines += [f"{count}× {_html(text[:100])}" for text, count in numbers.top_questions]
    if numbers.most_disliked:
        lines += ["", "<b>Most 👎</b>"]
        lines += [
            f"{d.unhelpful}👎 {d.helpful}👍 <code>{escape(d.match)}</code> {_html(d.question or '')}"
            for d in numbers.most_disliked
        ]
    return fit("\n".join(lines))


def reloaded_html(faq: int, claims: int, entities: int, languages: Iterable[str]) -> str:
    return (
        f"Reloaded: {faq} FAQ entries, {claims} claims, {entities} entities; languages: {_html(', '.join(languages))}."
    )


def reload_refused_html(error: str) -> str:
    """An admin's /reload refusal, with the validation error shortened to fit one message."""
    heading = "<b>Reload refused</b>; the running base is unchanged.\n<code>"
    room = TELEGRAM_LIMIT - len(heading) - len("…</code>")
    details = _html(error)
    while len(details) > room:
        error = error[: len(error) * 9 // 10]
        details = _html(error) + "…"
    return f"{heading}{details}</code>"


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
