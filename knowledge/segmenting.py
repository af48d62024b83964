"""Finds the questions inside a message as people write them in chats.

"who is jo chun ryong and who else is on the train?" asks two things; "ok so my cousin thinks … but what I
actually want to know is when Kim left" asks one, wrapped in a story. A message is split into sentences, a
sentence into clauses where a new question starts ("… and why did they leave?"), and chatter before a question
inside a sentence ("lol anyway, when did …") is dropped. Pure text work: no knowledge of the base.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.patterns import lazy_compile

MAX_QUESTIONS = 3
MAX_MESSAGE_CHARACTERS = 4096
"""Telegram's limit for one message."""

WH_WORDS = ["who", "whom", "whose", "what", "whats", "which", "when", "where", "why", "how", "wat", "wen", "wut"]
QUESTION_WORDS = [
    *WH_WORDS,
    *("is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had"),
]
ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "incl", "approx", "vs", "etc", "jr")
NOT_AFTER_AN_ABBREVIATION = "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in ABBREVIATIONS)
"""A full stop that shortens a word ("Mr. Peskov", "5 hours incl. a banquet") ends no sentence."""
_SENTENCES = lazy_compile(
    rf"(?<=[?!])\s+|(?<=[^.\s][^.\s][.;]){NOT_AFTER_AN_ABBREVIATION}(?:(?<!\bno\.)|(?!\s+\d))\s+(?=\S)|\s*\n+\s*",
    re.IGNORECASE,
)
"""Sentence ends: ?, !, a line break, and a full stop after a word of two letters or more, so that neither an
ellipsis nor an initial ("the U.S. official") ends one, nor "no." before a number ("russia's no. 1 goal")."""
_NEW_QUESTION = lazy_compile(
    r"\s*(?:,\s*)?(?:\band\b|\balso\b|\bplus\b|\+|&)\s*(?:,\s*)?(?=(?:(?:for|since|in|from|to|by|with)\s+)?(?:"
    + "|".join(QUESTION_WORDS)
    + r")\b)"
    r"|\s*,\s*(?=(?:" + "|".join(WH_WORDS) + r")\b)(?!which\s+(?:is|was|were|are|has|had|have|would|will|made|makes|"
    r"means|meant|sounds|[a-z]+ed)\b)(?!(?:where|when)\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were)\W*$)"
    r"|\s*(?<!\w)\d[).]\s+|\s*,?\s*(?:\band\s+)?\((?:[a-e]|\d)\)\s*|\s*(?<!\w)[a-e]\)\s+",
    re.IGNORECASE,
)
"""Where a clause asking something new starts inside a sentence: "… and why did they leave?", "… and for how long…",
"…, who is Rudenko", "1) … 2) …", "(a) … and (b) …"; not a relative clause ("…, which sounded weird to me", "…, where
vladivostok is")."""
_YES_OR_NO_AFTER_A_WH_QUESTION = lazy_compile(
    r"^(\W*(?:" + "|".join(WH_WORDS) + r")(?:['’]s)?\s+[^,;:]{1,60}?)\s*(?:,|\s-+|\s[—–])\s*"
    r"((?:is|are|was|were|will|would|does|do|did|has|have|can|could|should)\s+(?:[\w'’-]+\s+){2,}[\w'’-]+.*)$",
    re.IGNORECASE,
)
"""A short question with a question word, then at a comma or a dash a yes-or-no question: "what's washington's
read, are the arms talks getting anywhere", "who is jo chun ryong - is he on the train"; not a tag ("…, is that
right?")."""
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_STRONG_BREAK = (
    r"\banyway\b|\banyways\b|(?<!what )(?<!who )(?<!how )(?<!why )(?<!where )(?<!when )\bactually\b"
    r"|(?<!whose )(?<!the )(?<!an )(?<!their )(?<!his )(?<!its )(?<!moscow's )(?<!china's )(?<!beijing's )(?<!be )"
    r"\bok(?:ay)?\b(?!\s+with\b)"
    r"|\bsrsly\b|\bbtw\b|\blol\b|\blmao+\b"
    r"|\bha(?:ha)+\b|[" + _EMOJI + r"]+"
)
_BUT_ASKING = (
    r"\bbut\b(?=\s+(?:" + "|".join(WH_WORDS) + r")\b"
    r"|\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)\s+"
    r"(?:there|it|they|he|she|this|that|anyone|anybody|anything|we|you|i)\b)"
)
"""A "but" before a question: "i get the ammo side but what worries people about…", "i dont care who wins but is
there anything we should watch for"."""
_BUT_ASKING_AFTER_A_STORY = lazy_compile(r"^(?:i|my|we|im|i'm|ive|i've)\b.*" + _BUT_ASKING, re.IGNORECASE)
"""What follows "dumb q," when it is a story first and a question after its "but": "i only skimmed the headlines…
but why is north korea so short on food?"."""
_CHATTER_BREAK = lazy_compile(
    r"\s*(,|:|—|–| - |\.\.\.+|…|" + _BUT_ASKING + "|" + _STRONG_BREAK + r")\s*", re.IGNORECASE
)
"""What separates chatter from the question after it: commas, colons, dashes, ellipses, a "but" before a question,
and the strong breaks, "anyway", "ok", "lol" or emoji, after which nothing before counts as part of the question,
however short."""
_IS_STRONG_BREAK = lazy_compile(_STRONG_BREAK, re.IGNORECASE)
FILLERS = frozenset(
    [
        *("but", "so", "and", "ok", "okay", "well", "hmm", "anyway", "also", "then", "real", "q", "quick"),
        *("yeah", "yea", "ya", "yep", "um", "uh", "hey", "guys", "pls", "please"),
    ]
)
"""Words a question may open with before its question word: "but what's…", "ok so how were…", "so yeah who…"."""
_WANT_TO_KNOW = lazy_compile(
    r"\b(?:want(?:ed)? to know|wondering|curious(?: about)?|question is|my question|tell me|explain"
    r"|(?:real|serious|quick|honest|actual|genuine|dumb|stupid|random) (?:q|qn|question)|q(?=:)|question(?=:)"
    r"|can (?:some|any)(?:one|body) (?:clear (?:it|this) up|explain|help|tell me|confirm)"
    r"|(?:\d+|two|three|a couple of|couple of|a few|few|some|quick) (?:quick |short )?(?:qs|q's|questions|qns|ones)"
    r"|(?:i )?just want (?:the|a|one) (?:number|answer|date|name|fact|basic|gist|truth)s?"
    r"|what (?:i|i'm|im|i am)\s(?:[^?:.!]{0,80}?\s)?(?:figure out|find out|know|understand|asking|wondering)\b"
    r"[^?:.!]{0,80}?\sis)\b"
    r"(?:\s+is\b)?[:,]?\s*",
    re.IGNORECASE,
)
_AFTERTHOUGHT = lazy_compile(
    r",\s*(?:i|im|i'm|ive|i've|i'd|idk|tbh|lol|lmao|cause|cuz|bc)\b[^,?]*$"
    r"|\s+(?:lol|lmao|haha|tbh|ngl)\s+(?:i|im|i'm|ive|i've|i'd|idk|my)\b[^,?]*$"
    r"|,\s*like\s+(?:which|what)(?:\s+\w+){0,2}\W*$"
    r"|,\s*(?:(?:got|have|u have|you have)\s+)?any\s+(?:idea|ideas|clue|clues)\W*$"
    r"|[\s,.!?]+(?:[^\w\s,.!?]+\s*)?asking for a friend\b.*$",
    re.IGNORECASE,
)
"""A first-person remark after a question ("…supposed to be, i keep mixing up the days", "what does DPRK stand for
lol i keep seeing it", "… asking for a friend who thinks…") is no part of it, nor "any idea?", nor a short "like which
org" that only narrows it."""
_REFERS_BACK = lazy_compile(
    r"^\W*(?:(?:so|and|but|ok)\s+)?(?:(?:what|who|which(?: ones?)?)(?:'s|\s+(?:was|is|were|are))?\s+"
    r"(?:(?:behind|about|in|of|for)\s+)?(?:it|that|this|they|those|these)|which(?: ones?)?)"
    r"(?:\s+(?:again|exactly|then|tho|though))?\W*$"
    r"|^\W*(?:(?:so|and|but|ok)\s+)?what\s+(?:do|does|did)\s+(?:the\s+)?(?:articles?|sources?|news|reports?|they)\s+say"
    r"(?:\s+(?:about|on|of)\s+(?:it|that|this))?\W*$",
    re.IGNORECASE,
)
"""A question that only points back at what was said before it: "… what the talks are really about — what was it?",
"… lists his priorities as three things, which ones?", "that institute he used to run, who's behind it?", "is
anything like that planned? what do the articles say"."""
_ASKS_OF_SOMEONE = lazy_compile(
    r"^\W*(?:\w+\W+){1,2}(?:he|she|him|his|her)\b|^\W*(?:\w+\W+){1,3}(?:they|them|their)\b", re.IGNORECASE
)
_TURNS_TO = lazy_compile(r"^\W*(?:and|what about|how about)\s+(?:the|that|this)\s", re.IGNORECASE)
"""A clause turning to someone before a comma and a question about "he" or "she": "and the navy admiral, why does
he matter" asks of the admiral."""
MAX_NAMING_WORDS = 8
"""A question asking of "he", "she" or "they" from its first words keeps the words before its dash or colon, up to this
many: they name who it asks of ("nam sung-wook, the 'win-win' guy — what did he used to run?", "nk missile launches
this year — how fast are they going"). One naming them later
("…— what did shoigu ask kim for when he was in pyongyang") needs nothing before."""
_QUOTED = lazy_compile(r"'[^'\n]{3,}'(?!\w)|\"[^\"\n]{3,}\"|“[^”\n]{3,}”|‘[^’\n]{3,}’")
"""A quoted title or phrase ("the 'why, and why now?' explainer") is never split."""
MAX_FRAGMENT_WORDS = 3
"""A short tail without a question word ("plane?", "the russians?") narrows the question before it."""
_WORD = lazy_compile(r"[a-z]+")
_CONDITIONS = frozenset(
    ["if", "when", "once", "assuming", "suppose", "supposing", "given", "since", "because", "after", "before", "during"]
)
"""Words that open a clause the question after it depends on: "if kim shows up with generals, what would that
tell us?" asks about the generals, "and after shoigu left, what did kim do?" about that time, however long the
clause."""
_JOINING = frozenset(["and", "so", "but", "ok", "okay", "then"])
_NARROWING = frozenset(["right", "just", "shortly", "soon", "straight", "long", "even", "only"])
"""Words that narrow the time or condition a clause sets without changing what it is: "right after shoigu left,"."""
_SUBORDINATE = lazy_compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:when|after|before|once|while|if)\s+"
    r"(?!(?:did|does|do|is|was|are|were|will|would|can|could|has|have|had|should|exactly|roughly)\b)[a-z]",
    re.IGNORECASE,
)
"""A clause that sets the time or condition of the question after it rather than asking one: "when kim first took
over," before "how did he get along with moscow?" ("when did kim take over," asks)."""
_SETS_ASIDE = lazy_compile(
    r"^\W*(?:(?:hey|so|ok|okay|and|but|well)\s+)*(?:besides|apart from|aside from|other than|except(?: for)?"
    r"|not counting|not just|not only)\b",
    re.IGNORECASE,
)
"""A phrase that sets something aside before a question, part of it however long the story before it."""
_BARE_WITH_WH = frozenset(["and", "or", "many", "much", "long", "often", "exactly"])
"""Words that, with question words alone, ask of what came before: "nk missile launches this yr, how many??"."""
MAX_LEAD_WORDS = 3
"""Words before a question inside a sentence that are kept ("According to Reuters, what…"); a longer lead-in is
a story or chatter around the question ("hahaha that meme 💀 ok srsly, what…"), and dropped."""


_ADDRESSING = lazy_compile(r"^\s*/\w+(?:@\w+)?\s+(?=\S)|(?<![\w@])@\w+\b[,:]?\s*")
"""How a chat addresses the bot or someone in it: a command before the question ("/ask@summitbot who…") and
@usernames. Neither is part of what is asked."""


def opens_with_a_condition(text: str) -> bool:
    """Whether a message opens with a clause setting the time or condition of what follows ("when shoigu was in
    pyongyang kim took him to…"), not with a question ("when was shoigu in pyongyang")."""
    return _SUBORDINATE.match(text) is not None


def turns_to_someone_up_front(text: str) -> bool:
    """Whether a message turns to someone by what they are before a comma, then asks of them as "he", "she" or
    "they": "and the navy admiral, why does he matter" asks of the admiral, whoever was named before."""
    head, comma, rest = text.partition(",")
    naming = len(_WORD.findall(head.casefold())) <= MAX_NAMING_WORDS
    return bool(comma) and naming and _TURNS_TO.match(head) is not None and _ASKS_OF_SOMEONE.match(rest) is not None


def without_addressing(text: str) -> str:
    """A message without the command or @usernames that address it: "@summitbot who is peskov" asks who Peskov is."""
    stripped = _ADDRESSING.sub("", text).strip()
    return stripped or text


def _joined_by_a_sign(clause: str, sentence: str) -> bool:
    """Whether a clause is followed by "+" or "&" in its sentence: a list of things asked for ("main topics + which
    day…"), each its own question, however few words it has."""
    return bool(clause.strip()) and re.search(rf"{re.escape(clause.strip())}\s*[+&]\s", sentence) is not None


@lru_cache(maxsize=16)
def questions_in(text: str) -> tuple[str, ...]:
    """The questions a message asks, in order, at most MAX_QUESTIONS; the whole message when it asks none in a
    form that can be told apart (a bare keyword, a statement). Remembered for the last few messages: telling a
    claim from a question asks it too."""
    text = text[:MAX_MESSAGE_CHARACTERS].strip()
    quoted = {f"\x00{i}\x00": match for i, match in enumerate(_QUOTED.findall(text))}
    masked = text
    for mask, match in quoted.items():
        masked = masked.replace(match, mask, 1)
    found: list[str] = []
    for sentence in _SENTENCES.split(masked):
        lead = ""
        clauses = _joined_bare_question_words(
            [part for clause in _NEW_QUESTION.split(sentence) for part in _split_off_a_yes_or_no(clause)]
        )
        for position, clause in enumerate(clauses):
            if position < len(clauses) - 1 and _SUBORDINATE.match(clause) and not clause.rstrip().endswith("?"):
                lead = f"{lead} {clause}".strip()  # "when kim first took over, how did he get along with moscow?"
                continue
            question = _question_part(_without_afterthought(f"{lead}, {clause}" if lead else clause))
            if question is None and position < len(clauses) - 1 and _joined_by_a_sign(clause, sentence):
                question = clause.strip()  # "summit agenda?? main topics + which day…": the topics asked for too
            if question is None:
                lead = "" if _WANT_TO_KNOW.search(clause) else f"{lead} {clause}".strip()
                continue
            lead = ""
            if found and _REFERS_BACK.match(question) and "which" not in _WORD.findall(question.casefold()):
                continue  # "didnt putin say something after he first met kim? what was it": asked already
            if found and _is_fragment(question):
                found[-1] = f"{found[-1].rstrip('?')} {question}"
            else:
                found.append(question)
    for mask, match in quoted.items():
        found = [q.replace(mask, match) for q in found]
    return tuple(found[:MAX_QUESTIONS]) if found else (text,)


def _split_off_a_yes_or_no(clause: str) -> list[str]:
    """A clause as the one or two questions it asks (see _YES_OR_NO_AFTER_A_WH_QUESTION)."""
    both = _YES_OR_NO_AFTER_A_WH_QUESTION.match(clause)
    return [both.group(1), both.group(2)] if both else [clause]


def _joined_bare_question_words(clauses: list[str]) -> list[str]:
    """Clauses with a bare question word joined to the one after it: "first time they met - where and when?" asks
    one question, not "where" and "when?"."""
    joined: list[str] = []
    for clause in clauses:
        last = _WORD.findall(joined[-1].casefold())[-1:] if joined else []
        if last and last[0] in WH_WORDS and _CHATTER_BREAK.split(joined[-1])[-1].strip().casefold() == last[0]:
            joined[-1] = f"{joined[-1]} and {clause}"
        else:
            joined.append(clause)
    return joined


def _without_afterthought(clause: str) -> str:
    """A clause without a first-person remark after its question ("…supposed to be, i keep mixing up the days"),
    when what is left still asks something."""
    kept = _AFTERTHOUGHT.sub("", clause)
    return kept if kept != clause and any(w in QUESTION_WORDS for w in _WORD.findall(kept.casefold())) else clause


def _is_fragment(question: str) -> bool:
    words = _WORD.findall(question.casefold())
    return len(words) <= MAX_FRAGMENT_WORDS and not any(w in QUESTION_WORDS for w in words)


def _question_part(clause: str, after_chatter: bool = False) -> str | None:
    """The clause's question without a long story before it, or None when the clause asks nothing.
    `after_chatter`: the clause follows "real question:" or the like, so nothing before its question counts."""
    clause = clause.strip()
    wanted = _WANT_TO_KNOW.search(clause)
    if wanted:
        rest = clause[wanted.end() :].strip()
        if not rest or (_is_question(rest) and not _BUT_ASKING_AFTER_A_STORY.search(rest)):
            return rest or None
        return _question_part(rest, after_chatter=True)  # "dumb q, i only skimmed … but why is nk so short…?"
    split = _CHATTER_BREAK.split(clause)
    pieces, breaks = split[0::2], ["", *split[1::2]]
    for start, piece in enumerate(pieces):
        if start and not piece.strip():
            continue
        sets_aside = bool(start) and _SETS_ASIDE.match(piece) and any(w in WH_WORDS for w in _WORD.findall(piece))
        expecting_yes = _ASKS_EXPECTING_YES.match(piece) and (
            not start or _IS_STRONG_BREAK.fullmatch(breaks[start].strip())
        )
        if (_starts_with_question_word(piece) or sets_aside or expecting_yes) and not _WHAT_IS_WANTED.match(piece):
            if _TOLD_NOT_ASKED.match(piece) and any(_starts_with_question_word(p) for p in pieces[start + 1 :]):
                continue  # "…on about how putin is doing something there, … 😴 what is putin scheduled to do"
            before = " ".join(p for p in pieces[:start] if p.strip())
            strong = after_chatter or bool(_IS_STRONG_BREAK.fullmatch(breaks[start].strip())) if start else False
            lead = _WORD.findall(before.casefold())
            opening = [word for word in lead if word not in _JOINING][:3]
            if opening[1:2] and opening[1] in _CONDITIONS and opening[0] in _NARROWING:
                opening = opening[1:]  # "right after shoigu left, what did kim do?"
            opening = opening[:2]
            condition = opening[:1] and opening[0] in _CONDITIONS and opening[1:] != ["i"]  # not "before i go off…"
            long = len(lead) > MAX_LEAD_WORDS and not condition
            bare = all(w in WH_WORDS or w in _BARE_WITH_WH for w in _WORD.findall(piece.casefold()))
            after_comma = breaks[start].strip() == ","
            if long and after_comma and not clause.endswith("?") and not _starts_with_wh_word(piece):
                return None  # "the reporter al jazeera quoted, yulia shapovalova, is a kyiv-based correspondent"
            # nothing before a strong break counts, even when a comma comes after it ("oops wrong chat 😅 ok
            # actually, is russia likely to…"); "first time they met - where and when?" keeps what it asks of
            after_break = max((i for i in range(1, start) if _IS_STRONG_BREAK.fullmatch(breaks[i].strip())), default=0)
            first = start if (strong or long) and not bare else after_break
            if first and _REFERS_BACK.match(piece) and pieces[first - 1].strip():
                first -= 1  # "reuters said one thing would give the talks away — what was it?": that thing
            naming = _WORD.findall(" ".join(pieces[after_break:start]).casefold())
            turning = breaks[start].strip() == "," and _TURNS_TO.match(" ".join(pieces[after_break:start]))
            dash = breaks[start].strip() in ("—", "–", "-", ":") or bool(turning)
            if dash and first > after_break and _ASKS_OF_SOMEONE.match(piece) and len(naming) <= MAX_NAMING_WORDS:
                first = after_break  # "nam sung-wook, the 'win-win' guy — what did he used to run?": of him
            if first > after_break and _WHO_SAYS_IT.fullmatch(" ".join(pieces[after_break:start]).strip()):
                first = after_break  # "according to the reuters analysis, what does the meeting signal, whatever…"
            if first and _SETS_ASIDE.match(pieces[first - 1]):
                first -= 1  # "…idk. anyway besides the shells themselves, what kit does moscow want": what else
            return " ".join(p for p in pieces[first:] if p.strip())
    words = _WORD.findall(clause.casefold())
    if len(words) == 2 and words[0] == "like" and words[1] in WH_WORDS and not clause.endswith("?"):
        return None  # "…jogging next to a car?? like what." wonders; it asks nothing
    if _POINTING.match(clause) and not clause.endswith("?"):
        return None  # "thats where the border post is" points at something said before; it asks nothing
    if clause.endswith("?") or any(w in WH_WORDS for w in words[:MAX_LEAD_WORDS]):
        return clause
    if _SETS_ASIDE.match(clause) and any(w in WH_WORDS for w in words):
        return clause  # "besides ammo itself what hardware does moscow want", with no comma after what it sets aside
    if _ATTRIBUTED.match(clause):
        return clause  # "according to the reuters piece what would it mean if…", with no comma after who says it
    if _NAMED_THEN_ASKED.search(clause):
        return clause  # "nam sung wook who is he"
    return None


_ACCORDING_TO = r"(?:according to|acc(?:\.|ording)? to|per|going by|in) (?:the |that |this )?"
_WRITING = r"(?:piece|article|story|report|explainer|analysis)"
_ATTRIBUTED = lazy_compile(
    rf"^\W*{_ACCORDING_TO}(?:[\w'-]+ ){{1,2}}(?:{_WRITING} )?(?:" + "|".join(WH_WORDS) + r")\b",
    re.IGNORECASE,
)
"""Who says it, before a question with no comma: "according to the reuters piece what would…"."""


_WHO_SAYS_IT = lazy_compile(rf"\W*{_ACCORDING_TO}[\w'-]+(?: {_WRITING})?\W*", re.IGNORECASE)
"""Who says it, as all that comes before a question: "according to the reuters analysis, what…"."""
_NAMED_THEN_ASKED = lazy_compile(r"\b(?:who|what)(?:'s|s| is| was| are| were)\s+(?:he|she|they|it|that|this)\W*$", re.I)
"""Someone named first and then asked about: "nam sung wook who is he"."""
_WHAT_IS_WANTED = lazy_compile(r"^\W*what\s+\w+\s+(?:really\s+|actually\s+|truly\s+)?(?:wants?|needs?)\s+is\b", re.I)
"""What someone wants, named rather than asked: "…, what they really want is drones"."""
_TOLD_NOT_ASKED = lazy_compile(
    r"^\W*(?:how|where|why|when)\s+"
    r"(?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|many|much|long|old|far|often|big|come)\b)"
    r"\w+(?:\s+\w+)?\s+(?:is|was|are|were|has|had)\b(?!.*\?\s*$)",
    re.IGNORECASE,
)
"""A question word told of, not asked, its subject before its verb: "how putin is doing something there"."""
_POINTING = lazy_compile(
    r"^\W*(?:that'?s|thats|that is|this is|which is|it'?s|its)\s+(?:where|why|how|when|what)\b", re.IGNORECASE
)
"""A statement pointing back with a question word ("that's why they need him"), not a question."""


def _is_question(text: str) -> bool:
    text = text.strip()
    return bool(text) and (text.endswith("?") or _starts_with_question_word(text))


def _starts_with_question_word(text: str) -> bool:
    return _opening_word(text) in QUESTION_WORDS


_ASKS_EXPECTING_YES = lazy_compile(
    r"^\W*(?:(?:but|so|and|ok|okay|well)\s+)*(?:didn|doesn|don|isn|wasn|aren|weren|hasn|haven|won|wouldn|couldn)"
    r"['’]?t\s+(?!(?:always|ever|even|really|just|actually|that|so|too|very|quite|much|mean|know|think|care)\b)"
    r"[\w'’-]+\s+\w",
    re.IGNORECASE,
)
"""A question opening with a negative helper verb and its subject, expecting "yes": "but didnt putin say something
about this after he first met kim?"; not a statement going on after a break ("lol actually didn't always get
along", "… actually wasn't that close to moscow")."""


def _starts_with_wh_word(text: str) -> bool:
    return _opening_word(text) in WH_WORDS


def _opening_word(text: str) -> str | None:
    """The word a question opens with, past fillers ("ok so how…") and a preposition before a question word ("for
    how many months…", "in which city…")."""
    words = _WORD.findall(text.casefold()[:60])
    while words and words[0] in FILLERS:
        words = words[1:]
    if len(words) > 1 and words[0] in _PREPOSITIONS and words[1] in WH_WORDS:
        words = words[1:]
    return words[0] if words else None


_PREPOSITIONS = frozenset(["for", "in", "on", "at", "from", "since", "to", "with", "by", "about", "of"])
