"""Reads what people forward and assert: a post's furniture stripped, its checkable sentences found.

On Telegram news travels as forwarded channel posts ("Forwarded from NK Tracker 🚂 … #DPRK … share before it's
deleted!! t.me/…") and as "heard that…" messages. This module tells such a message from a question, strips what
is not a claim (the forward line, channel names, hashtags, emoji, links, calls to share or subscribe) and splits
the rest into the sentences worth checking. Pure text work: no knowledge of the base.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.patterns import lazy_compile
from knowledge.segmenting import (
    FILLERS,
    NOT_AFTER_AN_ABBREVIATION,
    QUESTION_WORDS,
    WH_WORDS,
    opens_with_a_condition,
    questions_in,
)

MAX_CLAIMS = 3
MAX_CHARACTERS = 4096
MIN_STATEMENT_WORDS = 5
"""A statement shorter than this ("lankov uni", "kim train") is a keyword query, not a claim."""

_CHECK_FORMS = lazy_compile(
    r"^\W*(?:(?:ngl|tbh|honestly|lol|ok|okay|so|wait|hmm+)\W+)?"
    r"(?:is it (?:true|real|correct)|is this (?:true|real|correct)|is that (?:true|real|correct)"
    r"|(?:i )?heard(?: that)?|i read(?: that)?|i saw(?: that)?|apparently|rumou?r(?: has it)?(?: is)?"
    r"|i(?: was|'m| am|m)? (?:pretty |so |100% |quite )?sure(?: that)?|i (?:always )?(?:thought|believed|assumed)"
    r"(?: that)?|pretty sure(?: that)?"
    r"|(?:my|a) (?:\w+ )?(?:friend|uncle|aunt|brother|sister|cousin|dad|mom|mum|father|mother|colleague|neighbou?r|boss"
    r"|grandma|grandpa|teacher|coworker|co-worker|roommate|classmate|wife|husband|girlfriend|boyfriend|partner)s?"
    r"(?: \([^)]{1,30}\)| (?:in|from|at|who) [\w' -]{1,30}?)?"
    r" (?:says|said|swears|thinks|told me|claims|reckons|believes|insists|keeps saying|read|heard|posted|wrote)"
    r"(?: that)?"
    r"|people (?:are )?say(?:ing)?(?: that)?|they say(?: that)?"
    r"|(?:everyone|everybody|all (?:the )?(?:analysts|experts)|(?:the )?(?:analysts|experts)(?: all)?)"
    r" agrees?(?: that)?"
    r"|(?:someone|somebody|some guy|a guy)(?: (?:in )?here| (?:in|on|at|from) [\w' -]{1,30}?)?"
    r" (?:says|said|swears|thinks|claims|reckons|posted|wrote)(?: that)?"
    r"|(?:(?:can|could) )?(?:someone|anyone|you)(?: please)? (?:confirm|check|verify)(?: this| that| if)?:?"
    r"|fact ?check(?: this| that)?:?|true or false:?|fake or real:?|real or fake:?|confirm:?"
    r"|(?:the )?(?:funniest|funny|best|craziest|crazy|wildest|weirdest|scariest|interesting|sad|worst)"
    r" (?:part|thing|bit)(?: is)?:?|fun fact:?|plot twist:?|fyi:?|psa:?)\b(?:\s+that\b)?\W*",
    re.IGNORECASE,
)
"""Openings that put a claim up for checking: "is it true that…", "heard…", "my uncle says…"."""
CONSENSUS = lazy_compile(
    r"^\W*(?:everyone|everybody|all (?:the )?(?:analysts|experts)|(?:the )?(?:analysts|experts) all) agrees?"
    r"(?: that)?\b\W*",
    re.IGNORECASE,
)
"""The one opening that is part of the claim it puts up: "everyone agrees NK weapons are top quality" or "analysts
all agree…" says there is no doubt, which the articles may contradict ("analysts agree…" only says who passes it
on). It is kept in the claim; the checker matches the claim without it."""
_ASKS_FOR_A_CHECK = lazy_compile(
    r"^\W*(?:is (?:it|this|that) (?:true|real|correct)|(?:i )?heard|fact ?check|true or false|fake or real"
    r"|real or fake|(?:(?:can|could) )?(?:someone|anyone|you)(?: please)? (?:confirm|check|verify))\b",
    re.IGNORECASE,
)
"""Openings that always ask for a check, whatever follows ("is it true… thought he goes there all the time")."""
_CHECK_TAILS = lazy_compile(
    r"\W*(?:\b(?:is (?:it|this|that) )?(?:true|real|legit|fake|correct|right|confirmed|accurate)|fake or real"
    r"|(?:do you |u )?agree|thoughts|am i (?:right|wrong)|or am i wrong|yes or no"
    r"|(?:is (?:it|this|that) )?(?:actually|really) (?:true|real|right|correct)|(?:does|do) (?:that|this|it) check out"
    r"|(?:is (?:that|this|it) )?(?:a )?fair(?: summary| enough)?|(?:does (?:that|this|it) )?sounds? (?:about )?right"
    r"|about right|(?:an )?accurate summary"
    r"|(?:sounds|seems|that'?s|looks) (?:so |kinda |pretty |totally )?(?:insane|crazy|wild|nuts|mad|unreal|sus|fishy"
    r"|weird|off)(?:\W+(?:is (?:it|that) )?(?:true|real|legit|right))?"
    r"|(?:(?:so|kinda|pretty|totally) )?(?:insane|crazy|wild|nuts|mad|huge|big) if (?:true|real|legit|confirmed)"
    r"|real or fake|true or false|(?:can|could) (?:you|u) confirm|confirm|makes sense"
    r"|(?:sounds?|seems?|looks?|is (?:it|that|this)) (?:\w+ )?(?:made up|invented|bs|cap|false|like (?:bs|cap))"
    r"|can (?:someone|anyone) (?:confirm|check)"
    r"|any(?:one|body) (?:know|confirm)|or (?:not|nah)|(?:a )?real quote|right|,\s*no|innit"
    r"|(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)n'?t (?:it|he|she|they|there|we|you|that)"
    r"|is (?:that|this|it) (?:actually |really |even )?(?:the (?:number|figure) )?in (?:the |your |these )?"
    r"(?:articles?|news|reports?|reporting|coverage|press)"
    r"|is (?:that|this|it) (?:really |actually )?what (?:the )?"
    r"(?:articles?|experts?|analysts?|news|reports?|she|he|they) (?:really |actually )?(?:say|said|says|report)"
    r"|did (?:she|he|they) (?:really |actually )?say (?:that|this|it|so)"
    r"|(?:do|does) (?:the|your|these) (?:articles?|sources?|reports?) (?:agree|say so|confirm(?: it| that)?))\W*$",
    re.IGNORECASE,
)
"""Endings that ask for a check: "… true?", "… fake or real?", "… confirm?", "… do the articles agree?", "… is that
what experts say?", "… is that what she said?", and tag questions ("… didn't it?", "…, no?"), which deny nothing."""
_FORWARDED_LINE = lazy_compile(
    r"^\s*(?:forwarded from|переслано от|переслано з|전달됨)\b.*$", re.IGNORECASE | re.MULTILINE
)
_LINK = lazy_compile(r"(?:https?://|www\.|t\.me/)\S+", re.IGNORECASE)
_HANDLE = lazy_compile(r"(?<!\w)@\w+")
_HASHTAG = lazy_compile(r"(?<!\w)#\w+")
_CALLS_TO_ACTION = lazy_compile(
    r"(?:share|repost|forward|spread) (?:this |it )?"
    r"(?:before (?:it'?s|it is|it gets|they) (?:deleted|removed|taken down)|with everyone|widely|now)"
    r"|subscribe\b[^.!\n]*|follow us\b[^.!\n]*|join us\b[^.!\n]*|read more\b[^.!\n]*"
    r"|^\W*(?:breaking|urgent|exclusive|just in|developing)\b\s*:?"
    r"|\b(?:breaking|urgent|exclusive|just in|developing)\s*:"
    r"|(?-i:\b(?:BREAKING|URGENT|EXCLUSIVE|JUST IN|DEVELOPING)\b)",
    re.IGNORECASE | re.MULTILINE,
)
"""Calls to share and news markers: "BREAKING", or "breaking:" and "just in" opening a line, but not the words in a
sentence ("north korea is developing missiles", "just in time for kim")."""
_SYMBOLS = lazy_compile(r"[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d👉👇⚡️🔥]+")
_SENTENCE_END = lazy_compile(
    rf"(?<=[.!?]){NOT_AFTER_AN_ABBREVIATION}(?<!\.\w\.)\s+|\s*\n+\s*|\s+[|•]\s+"
    r"|,?\s+(?:plus|and btw|btw|and also)\s+|,\s+and\s+"
    r"|,\s+(?=(?:what |all )?(?:they|he|she|it)(?: \w+)? (?:really |actually |truly |just |only )?wants?\b)",
    re.IGNORECASE,
)
"""Where one claim ends and the next begins: a sentence's end (not the full stop of "U.N." or "U.S."), a line
break, a bullet, a "plus" or "btw" that adds another ("… because of satellites plus putin promised kim a tour"), or
what someone wants instead ("russia doesn't even care about nk ammo, what they really want is drones")."""
_REASON_TAIL = lazy_compile(
    r",?\s+(?:that'?s|thats|which is) (?:basically |literally |kinda |kind of |exactly |precisely |totally )?"
    r"(?:why|the (?:whole )?point)\b.*$"
    r"|,?\s+so (?:it'?s|its|that'?s|thats) (?:all|just|basically|totally)\b.*$"
    r"|,\s+(?:it|they|he|moscow|russia|pyongyang|kim|putin) (?:has|have|had) nothing to lose\b.*$"
    r"|,?\s+(?:i )?(?:heard|read|saw|got) (?:it|that|this) (?:from|on|in|via) [\w' -]{1,40}$"
    r"|(?:,\s+|\s+(?:just|only) )(?:a few )?(?:hours|minutes|moments|days) (?:before|after) \w+ing\b.*$"
    r"|,\s+(?:total|complete|utter|absolute|pure|full-on)\s+[\w-]+\W*$"
    r"|,\s+(?:wow|crazy|insane|wild|unreal|smh|lol|lmao|omg|yikes|sheesh)\W*$",
    re.IGNORECASE,
)
"""The reason a post gives for its claim (", that's why they need Kim", ", that's the whole point of the trip", ", it
has nothing to lose"), what it concludes from it ("… so it's all hype"), where it was heard ("… heard that from a
mil blogger"), the drama it adds to a time ("… on Wednesday, just hours before meeting Kim") or a last word on it
(", total blackout", ", insane"): commentary, not what is checked."""
_ASKS_OF_THE_REST = lazy_compile(
    r"^(?:so |but |and |but )?(?:did|does|do|is|was|has|have) (?:he|she|they|it|that|this|anyone|anybody)"
    r"(?: (?:really|actually|even|ever|truly))? (?:say|said|claim|mean|happen|true|real|right|correct)"
    r"(?: (?:that|this|it|so))?$"
    r"|^is (?:that|this|it) (?:really |actually |even )?in (?:the |your |these )?(?:articles?|news|reports?|reporting"
    r"|coverage|press)$"
    r"|^is (?:that|this|it) (?:really |actually )?what (?:\w+ ){1,3}"
    r"(?:say|says|said|think|thinks|report|reports|wrote)$"
    r"|^(?:is (?:that|this|it) )?(?:(?:a )?(?:real|true|legit|actual)(?: quote| claim| story| thing| news)?"
    r"|(?:a )?(?:quote|claim|story)) or (?:made up|invented|fake|false|bs|not|fiction)$"
    r"|^(?:[\w'’]+ ){0,3}(?:what|who|whom|which|where|when|why|how)$"  # "help with what?" asks; it claims nothing
    r"|^(?:(?:in|on|at|for|from|with|by|of|to|about) )?(?:what|who|which|where|when|why|how)(?: [\w'’]+){0,2}$",
    # nor do "which ones?", "what kind?", "in what field?"
    re.IGNORECASE,
)
"""A sentence that only asks whether the one before it is so ("did he actually say that", "is that what analysts
think", "is that in the reporting", "real or made up"): nothing of its own to check."""
_WORD = lazy_compile(r"[^\W\d_]+", re.UNICODE)
_REQUESTS = frozenset(
    ["tell", "explain", "give", "list", "show", "describe", "summarize", "summarise", "name", "write", "help", "please"]
)
"""Words that open a request, not a claim: "tell me about the train"."""
_REQUEST_AFTER_A_TOPIC = lazy_compile(r"[,:\-—]\s*(?:pls |please |now |so |ok |and )?(?:tell|explain|give|show) me\b")
"""A topic named, then a request: "the bodyguards thing, tell me more"."""
_WH = lazy_compile(rf"\b(?:{'|'.join(sorted(WH_WORDS))}|whos|whys|hows|wheres)\b", re.IGNORECASE)
_AUXILIARIES = "is|are|was|were|do|does|did|will|would|can|could|should|has|have|had"
_NAMING_NOT_ASKING = lazy_compile(
    r"\b(?:that'?s|that is|this is|which is)\s+(?:why|how|when|where|what)\b|\b(?:remember|back|from|\d{4})\s+when\b"
    r"|\b(?:when|where|while)\s+(?:he|she|they|it|we|i|you|the|his|her|their|kim|putin|shoigu)\b"
    r"|\bwhat\s+(?:they|he|she|it|\w+)\s+(?:really |actually |truly )?(?:wants?|needs?)\s+is\b"
    rf"|\b(?!(?:and|or|so|but|ok|wait|idk|asking)\b)[a-z]+\s+who\s+(?!(?:{_AUXILIARIES}|else)\b)[a-z]+",
    re.IGNORECASE,
)
"""A question word inside a sentence that names, not asks: "it was blinken who told kim…", "that's why he goes",
"when he visited", "remember 2018 when 20 bodyguards jogged…", "what they really want is drones"."""
_POLITE_ENDINGS = frozenset(["please", "pls", "plz", "thx", "thanks", "ty"])
"""Words that end a request, not a claim: "kim's top priorities in 3 words pls"."""


def is_claim_to_check(text: str) -> bool:
    """Whether a message puts a claim up for checking rather than asking a question: a forwarded post, an "is it
    true…", "heard…" or "my friend says…" form or a "… true?" ending around a statement, or a statement of some
    length that asks nothing. A question inside chatter ("my cousin swears… anyway, what do…") is a question."""
    text = text[:MAX_CHARACTERS].strip()
    if _FORWARDED_LINE.search(text):
        return True
    first_word = _WORD.match(text.casefold())
    plain_question = "\n" not in text and first_word and first_word.group() in QUESTION_WORDS
    plain_question = plain_question and not opens_with_a_condition(text)  # "when shoigu was there kim…, right?"
    post = strip_furniture(text)
    if plain_question and not _CHECK_FORMS.match(text) and (text.endswith("?") or not _CHECK_TAILS.search(post)):
        return False  # a question by its first word, and no "… true?" asks for a check
    core = _CHECK_TAILS.sub("", post).strip()
    opening = _CHECK_FORMS.match(core)
    if opening and _ASKS_FOR_A_CHECK.match(core):
        return True
    if opening:
        core = core[opening.end() :].strip()
    words = _WORD.findall(core.casefold())
    if not words or not _one_sentence(core) or (core.endswith("?") and words[0] in QUESTION_WORDS):
        return False
    if opening or core != post:
        return True
    if opens_with_a_condition(core):  # "when shoigu was in pyongyang kim dragged him to…": its "when" asks nothing
        core, words = core.split(maxsplit=1)[-1], words[1:]
    asks = (post.endswith("?") and not _asked_as_said(words)) or asks_with_a_question_word(core)
    asks = asks or words[0] in QUESTION_WORDS
    request = words[0] in _REQUESTS or words[-1] in _POLITE_ENDINGS or _REQUEST_AFTER_A_TOPIC.search(core)
    return len(words) >= MIN_STATEMENT_WORDS and not asks and not request and _has_a_verb(words)


_AUXILIARIES = frozenset(
    "is are was were has have had will would can could may might must did does gonna".split()  # noqa: SIM905
)


_SUBJECTS = frozenset(
    "he she they it we you i there those these that this the his her their its".split()  # noqa: SIM905
)
_OPENERS = FILLERS | {"wait", "like", "lol", "oh", "now"}


def _asked_as_said(words: list[str]) -> bool:
    """Whether a question is a statement with a question mark, its verb after a short subject ("nk is gonna be
    sending food to russia??"): it asks whether the statement holds, as "is it true that…" would. A verb right after
    an opener puts the question the usual way ("so did they sign the deal?")."""
    verb = next((i for i, word in enumerate(words[:4]) if word in _AUXILIARIES), 0)
    subject_after = verb + 1 < len(words) and words[verb + 1] in _SUBJECTS  # "kim jong un: did he look relaxed?"
    return verb > 0 and words[verb - 1] not in _OPENERS and not subject_after


def _one_sentence(text: str) -> bool:
    """Whether a text is one sentence, the one question segmenting finds in it, whatever commas that drops ("when
    shoigu was in pyongyang he asked kim for food and oil, not weapons")."""
    found = questions_in(text)
    return len(found) == 1 and _WORD.findall(found[0].casefold()) == _WORD.findall(text.casefold())


_VERB_FORMS = frozenset(
    """is are was were be been am has have had will would can could may might must should shall did does do
    isnt arent wasnt werent hasnt havent hadnt wont wouldnt cant couldnt didnt doesnt dont s re ve ll d
    met sent sold gave got took made told went said left came saw held won lost paid bought brought kept led ran
    knew thought put set let cut hit meet meets send sell give get take make tell go say leave come see hold pay
    buy bring keep lead run know think want need plan""".split()  # noqa: SIM905
)


def _has_a_verb(words: list[str]) -> bool:
    """Whether a statement has a verb, roughly (an auxiliary, a common verb, a word ending in -ed, -ing or -s): "photo
    credit on the 2019 vladivostok pic" names what it asks about and claims nothing."""
    return any(w in _VERB_FORMS or w.endswith(("ed", "ing", "s")) for w in words)


def asks_with_a_question_word(text: str) -> bool:
    """Whether a question word in a text asks something, rather than naming inside a sentence."""
    naming = [m.span() for m in _NAMING_NOT_ASKING.finditer(text)]
    return any(not any(start <= wh.start() < end for start, end in naming) for wh in _WH.finditer(text))


def reported_claims(text: str) -> list[str]:
    """The claims a message passes on beside its question, without their openings: "why would kim send more workers?
    my friend says its all about money for the regime" passes on "its all about money for the regime"."""
    found = []
    for sentence in _SENTENCE_END.split(strip_furniture(text)):
        opening = _CHECK_FORMS.match(sentence.strip())
        if opening is None or not opening.group().strip():
            continue
        core = _REASON_TAIL.sub("", sentence.strip()[opening.end() :]).strip(" ,;:-—")
        words = _WORD.findall(core.casefold())
        if len(words) >= MIN_STATEMENT_WORDS and not core.endswith("?") and words[0] not in QUESTION_WORDS:
            found.append(core)
    return found


def is_put_up_for_checking(text: str) -> bool:
    """Whether a message is a forwarded post or says it wants a claim checked: "is it true…", "heard…", "my
    uncle says…", "… fake or real?". A bare statement ("kim travel much or nah") may be a question too."""
    text = text[:MAX_CHARACTERS].strip()
    if _FORWARDED_LINE.search(text):
        return True
    post = strip_furniture(text)
    return bool(_CHECK_FORMS.match(post) or _CHECK_TAILS.search(post))


@lru_cache(maxsize=16)
def strip_furniture(text: str) -> str:
    """A post without what is not a claim: the forward line, links, @channels, hashtags, emoji, calls to share."""
    text = _FORWARDED_LINE.sub(" ", text[:MAX_CHARACTERS])
    for pattern in (_LINK, _HANDLE, _HASHTAG, _CALLS_TO_ACTION, _SYMBOLS):
        text = pattern.sub(" ", text)
    return re.sub(r"[ \t]+", " ", re.sub(r"([!?.])\1+", r"\1", text)).strip(" \t-—:")


def claims_in(text: str) -> list[str]:
    """The checkable sentences of a post or an "is it true…" message, in order, the MAX_CLAIMS longest; the
    checking opening and ending are removed ("is it true that X?" → "X")."""
    sentences = []
    for sentence in _SENTENCE_END.split(strip_furniture(text)):
        consensus = CONSENSUS.match(sentence.strip())  # kept: "everyone agrees…" claims there is no doubt
        opening = consensus.group() if consensus else ""
        sentence = opening + _CHECK_TAILS.sub("", _CHECK_FORMS.sub("", sentence.strip())).strip(" ,;:-—?")
        sentence = _REASON_TAIL.sub("", sentence)
        if len(_WORD.findall(sentence)) >= 2 and not _ASKS_OF_THE_REST.match(sentence):
            sentences.append(sentence)
    if not sentences:
        return list(questions_in(text)[:1])
    ranked = sorted(sentences, key=lambda s: len(_WORD.findall(s)), reverse=True)[:MAX_CLAIMS]
    return [s for s in sentences if s in ranked]


_CLAUSE_JOINT = lazy_compile(
    r"\s+(?:and|but|while|whereas)\s+|,?\s+so\s+(?!(?:far|much|many|long|that)\b)", re.IGNORECASE
)
_CLAUSE_WORDS = 4
_SAME_SUBJECT = lazy_compile(
    r"(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had|does|do|did|then|also|even"
    r"|just|only|already|still|never|not|to|\w+ed)\b",
    re.IGNORECASE,
)
"""The opening of what goes on saying of the same subject after "and": a verb ("… and will sit in on the talks")."""


def clauses_of(claim: str) -> list[str]:
    """The two halves of a claim that joins two statements with "and" or "but", each at least four words long
    ("putin landed in vladivostok on monday and seoul's military says the train crossed that night"); [] when no
    joint leaves two such halves. "kim and putin met in 2019" has none: "kim" alone says nothing; nor "kim yo jong
    is on the train and will sit in on the talks", whose second half has no subject of its own."""
    for joint in _CLAUSE_JOINT.finditer(claim):
        left, right = claim[: joint.start()], claim[joint.end() :]
        if left.count("(") > left.count(")"):
            continue  # "(May and August)" joins no statements
        if _SAME_SUBJECT.match(right):
            continue  # "kim yo jong is on the train with her brother and will sit in on the talks": one statement
        if len(_WORD.findall(left)) >= _CLAUSE_WORDS and len(_WORD.findall(right)) >= _CLAUSE_WORDS:
            return [left.strip(" ,;"), right.strip(" ,;")]
    return []
