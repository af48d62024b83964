"""What kind of thing a question asks for, and whether a reply gives it.

"How many missiles has North Korea fired this year?" is not answered by a reply about the record pace of
its tests, however many of the words match: a question that opens (or ends) with "how many", "how long",
"when", "what time" or "how old" needs a reply with a number, a duration, a date or a time in it, or one
that says the figure is not known. The asking words are the lexicon's synonym headwords, so "what date",
"which year" and "since when" all ask for a date.
"""

from __future__ import annotations

import re

from knowledge.patterns import lazy_compile

_NUMBER = (
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?"
    r"|millions?|billions?|half|several|few|first|second|third)\b"
)
_NOT_KNOWN = (
    r"\b(unclear|not clear|unknown|not known|n't know|do not say|don't say|no figure|gives? no"
    r"|(?:do|does) not give|(?:don't|doesn't) give)\b"
)
_DURATION = _NUMBER + r"|\b(years?|months?|weeks?|days?|hours?|decades?|since)\b"
_DATE = (
    r"\d|\b(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday"
    r"|week|month|year|morning|afternoon|evening|night)\b"
)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = (
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday"
    r"|(?:first|last|final|opening|closing|same|next) day)\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH_NAME}|\b{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)"
)
"""A day: a weekday or a day of a month ("12 September", "Sept. 13th"), not a month or a year alone."""
_TIME_OF_DAY = r"\d:\d\d|\b(morning|afternoon|evening|night|midday|noon|a\.m\.|p\.m\.|o'clock)"

ANSWER_TYPES = {
    "how-many": lazy_compile(f"{_NUMBER}|{_NOT_KNOWN}", re.IGNORECASE),
    "how-long": lazy_compile(f"{_DURATION}|{_NOT_KNOWN}", re.IGNORECASE),
    "when": lazy_compile(f"{_DATE}|{_NOT_KNOWN}", re.IGNORECASE),
    "exact-date": lazy_compile(f"{_DAY}|{_NOT_KNOWN}", re.IGNORECASE),
    "clock-time": lazy_compile(f"{_TIME_OF_DAY}|{_NOT_KNOWN}", re.IGNORECASE),
    "age": lazy_compile(rf"\d|{_NOT_KNOWN}(?=.*\b(?:old|age|born)\b)", re.IGNORECASE),
    "distance": lazy_compile(r"\d+\s*(?:km|kilomet|miles?)\b", re.IGNORECASE),
    "premises": lazy_compile(r"\b(?:building|hall|campus|university|island)\b", re.IGNORECASE),
}
"""For each asking headword, what a reply must contain to answer it."""
NARROWER_ASKING = {"exact-date": "when"}
"""Asking headwords that ask what another does, more precisely; each weighs what the other does in matching."""
ASKED_ANYWHERE = frozenset(["distance", "premises"])
"""Asking headwords that ask wherever they stand: "which building in vladivostok did they meet in" asks for one."""
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_YEARS_ANSWER = ("when", "exact-date", "clock-time")
"""A year is a date, not a count, a duration or an age: "how much is North Korea charging per shell?" and "how old
is Kim?" are not answered by "in 2011" (a duration is, by "since 2011")."""


KOREAN_ASKING_REACH = 3
"""How many of a Korean question's last tokens may hold its asking word: it stands just before the verb ("회담
몇시간 했어?"), while one further back names a thing ("방러 기간 북한한테 뭘 촉구했어?" asks what was urged during
the visit, not how long it lasted)."""


def asked_type(tokens: list[str], also: tuple[str, ...] = (), anywhere: bool = False) -> str | None:
    """The kind of answer a message asks for, read from its first or last token only: in "is Kim more
    relaxed when he travels?" the "when" asks for nothing. `also`: asking words the caller checks itself.
    `anywhere`: from any token, for Korean, whose asking word stands just before the verb ("회담 몇시간 했어?")."""
    if (wherever := next((token for token in tokens if token in ASKED_ANYWHERE), None)) is not None:
        return wherever  # "how long is the border in km" asks for a distance, not a duration
    for token in tokens[-KOREAN_ASKING_REACH:] if anywhere else (tokens[0], tokens[-1]) if tokens else ():
        if token in ANSWER_TYPES or token in also:
            return token
    return None


def types_answered(reply: str) -> frozenset[str]:
    """The kinds of question a reply can answer."""
    without_years = _YEAR.sub(" ", reply)
    return frozenset(
        kind
        for kind, pattern in ANSWER_TYPES.items()
        if pattern.search(reply if kind in _YEARS_ANSWER else without_years)
    )


_THIS_SUMMIT = r"(?:the|this|their|today'?s|this year'?s|(?:the|this) (?:latest|new|recent|2023|september))"
IN_RESPONSE_TO_THE_SUMMIT = (
    r"(?:in (?:response|reaction|reply) to (?:the|their|this) "
    r"|(?:in (?:response|reaction|reply) to|following|after|since) (?:the|their|this) "
    r"(?:(?:kim|putin|jong|un|vladimir|and|2023|september|latest|recent|big)[\s-]+){1,4})(?:summit|talks|meeting)"
)
"""What came in response to or after this summit, named by its leaders or its date ("in response to the kim putin
summit"); a year before 2023 or a place ("after the 2019 summit", "after the hanoi summit") names an earlier one."""
_WHAT_HAPPENED_AT_THE_SUMMIT = lazy_compile(
    rf"\b{IN_RESPONSE_TO_THE_SUMMIT}\b|"
    r"\b(?:did|was|were|happened|has|have|had)\b.*\b(?:at|during|after|since) "
    + _THIS_SUMMIT
    + r" (?:summit|talks|meeting|lunch|banquet|dinner|reception)\b"
    r"|\b(?:at|during|after|since) " + _THIS_SUMMIT + r" (?:summit|talks|meeting)\b"
    r".*\b(?:did|was|were|happened)\b"
    r"|\b(?:give|gave|given|gift|gifts|gifted|present|swap|swapped|exchange|exchanged|sign|signed|agree|agreed"
    r"|bring|brought)\b.*\bthis (?:time|year|visit|trip)\b"
    r"|\b(?:did|has|have)\b.*\b(?:visit|tour|see|inspect)\w*\b.*\b(?:on|during) (?:this|the|his) (?:trip|visit)\b"
    r"|\b(?:summit|meeting|talks)\b.*\b(?:end(?:ed|s)? up"
    r"|(?:actually|finally) (?:happen(?:ed)?|t(?:ake|ook) place|held|(?:was|got) held)"
    r"|(?:was|got) (?:actually |finally )held)\b"
    r"|\b(?:they|kim and putin|putin and kim|the leaders|the two)\b.*\bfinally (?:met|meet|sat down|shook hands)\b"
    r"|\bhow did (?:the|their|this) (?:summit|meeting|talks) go\b"
    r"|\b(?:on|during) (?:the|his|their) (?:way|trip|journey|ride) (?:home|back)\b(?!.*\b(?:19|20)\d\d\b)"
    r"|\b(?:did|has) (?:it|that|this) (?:actually |really |even )?(?:happen|take place|go ahead)\b"
    r"|\b(?:did|was|were)\b.*\b(?:in the end|eventually|after all)\b|\bdid (?:\w+ ){1,3}(?:end|wind) up\b"
    r"|\b(?:in the end|ultimately)\b.*\b(?:did|was|were|got)\b"
    r"|^(?!.*\b(?:19\d\d|20[01]\d|202[0-2])\b).*(?:\b(?:did|has) (?:the|their|this) (?:summit|meeting|talks)"
    r"(?: (?:in|at) \w+)? (?:actually |finally |even )?(?:take place|happen|go ahead)\b"
    r"|(?:прошла|состоялась|прошёл|прошел|состоялся) (?:их )?(?:встреча|саммит)"
    r"|(?:відбулась|відбулася|пройшла|відбувся|пройшов) (?:їхня |їхній )?(?:зустріч|саміт))"
    r"|\b(?:has|have|did) \w+ (?:actually |already |finally |now )?(?:signed off|okayed|greenlit"
    r"|given (?:it )?the (?:green light|go-ahead))\b"
    r"|\bafter (?:vladivostok|the summit|the meeting|the talks)\b.*\bwhere\b|\bend(?:ed)? up meeting\b"
    r"|\bdid (?:\w+ ){1,3}?(?:honou?r|stick to|stick by|comply with|abide by|live up to|keep to) (?:that|it|this)\b"
    r"|\b(?:where|(?:which|what) (?:\w+ )?(?:city|cities|place|places|town))\b.*\b(?:go|went|head|headed|travel\w*)\b"
    r".*\bafter (?:vladivostok|the summit|the talks)\b"
    r"|(?:подар|обменя|подписа|договори).*(?:в этот раз|на этот раз|в этом году|в 2023)"
    r"|(?:подарува|подарунок|обміня|підписа|домови).*(?:цього разу|цього року|у 2023|в 2023)"
    r"|(?:이번에?|이번엔|올해|2023).*(?:선물|주고받|서명|합의(?!(?:한|된)? ?대로|에 따라))"
    r"|결국.*(?:했|됐|열렸|열린|만났|만난|체결|합의(?!(?:한|된)? ?대로|에 따라))"
    r"|(?:в итоге|в конце концов|в результате).*(?:провели|подписали|договорились|решили|сделали)"
    r"|(?:зрештою|врешті|у підсумку|в підсумку).*(?:провели|підписали|домовилися|вирішили|зробили)",
    re.IGNORECASE,
)


_WHATEVER_IS_DECIDED = lazy_compile(
    r"\b(?:whatever|no matter what|regardless of what)(?:\s+[a-z'’-]+){0,5}?"
    r"\s+(?:decid(?:e|es|ed|ing)|agree(?:s|d)?|end(?:s|ed)? up(?:\s+\w+ing)?|happens|comes? (?:out )?of it)\b",
    re.IGNORECASE,
)
"""A decision set aside: "whatever they decide", "no matter what comes of it"."""


def without_a_decision_set_aside(text: str) -> str:
    """A text without the decision it sets aside ("whatever the two sides end up deciding, what does the meeting
    signal?"): that asks nothing of what the summit decided."""
    return _WHATEVER_IS_DECIDED.sub(" ", text)


def asks_what_happened_at_the_summit(question: str) -> bool:
    """Whether an English question asks what happened at or after the summit itself ("what gifts did they swap at
    this summit?", "which sanctions did Washington impose after the summit?"). The articles, all written before
    it, cannot say, however well a fact about an earlier meeting matches the words: "at their 2019 meeting" names
    the meeting it asks about and is not caught, nor is the trip, which had begun when the articles were written
    ("what did the White House tell Pyongyang to do during the trip?")."""
    return _WHAT_HAPPENED_AT_THE_SUMMIT.search(without_a_decision_set_aside(question)) is not None
