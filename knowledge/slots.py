"""The particulars a claim states, for telling a claim the articles contradict from one they support.

"Kim boarded his train on FRIDAY" and "Kim boarded his train on Sunday" share every word but the day. A claim is
contradicted only where the articles state a different value for the same particular: another day, month or
year, another count of the same thing, another means of travel, the other direction of a deal, a denial
where the claim says confirmed, the opposite saying ("before the forum" where they say after it, "warm" where
they say cool), or a word they only ever negate. Where the articles say nothing of a particular, nothing is
contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from knowledge.languages import joined_thousands
from knowledge.patterns import lazy_compile

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
_TRAVEL = {
    "train": "train",
    "rail": "train",
    "railway": "train",
    "plane": "air",
    "jet": "air",
    "flew": "air",
    "fly": "air",
    "flies": "air",
    "flight": "air",
    "airplane": "air",
    "aircraft": "air",
    "airport": "air",
    "ship": "sea",
    "boat": "sea",
    "yacht": "sea",
    "ferry": "sea",
    "car": "road",
    "cars": "road",
    "convoy": "road",
    "motorcade": "road",
    "limousine": "road",
    "drove": "road",
}
_VENUE = lazy_compile(
    r"\b(?:in|at|to|into|inside|held in|hosted in)\s+(?:the\s+)?(moscow|kremlin|vladivostok|pyongyang|beijing|seoul"
    r"|khabarovsk|hanoi|singapore|tokyo|kyiv|kiev|st\.? petersburg|saint petersburg|sochi|minsk)\b"
)
"""A city named as where something is or happens ("met in Moscow", "at the Kremlin"): not one named as a
government ("Moscow wants shells")."""
_PEOPLE_IN_A_CITY = lazy_compile(
    r"\b(?:analysts?|experts?|officials?|observers?|sources?|diplomats?|journalists?|reporters?|correspondents?"
    r"|scholars?|researchers?|professors?|commentators?|people|folks|media|press|embassy|someone|somebody)"
    r"\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?[a-z]+"
)
"""People said to be in a city ("analysts in Seoul reckon…") tell where they are, not where a meeting is."""
_MEETING = lazy_compile(
    r"\b(?:meet|meets|met|meeting|summit|talks|forum|held|hosts?|hosted|venue|face[- ]to[- ]face|sit[- ]?down)\b"
)
"""Venues are compared only where a text is about a meeting: "studied in Pyongyang" is no venue of one."""
_CITIES = {"kremlin": "moscow", "kiev": "kyiv", "saint petersburg": "st petersburg", "st. petersburg": "st petersburg"}
_MEALS = {"breakfast": "breakfast", "lunch": "lunch", "luncheon": "lunch", "dinner": "dinner", "banquet": "dinner"}
_KIN = {
    **dict.fromkeys(["sister", "sis"], "sister"), **dict.fromkeys(["wife", "spouse"], "wife"), "brother": "brother",
    "husband": "husband", "daughter": "daughter", "son": "son", "father": "father", "dad": "father",
    "mother": "mother", "mom": "mother", "uncle": "uncle", "aunt": "aunt", "cousin": "cousin",
}  # fmt: skip
"""Who someone is to someone: "Kim Yo Jong, his sister" is no wife."""
_MINISTRY = lazy_compile(r"\b(defen[cs]e|foreign|interior|finance|economy|trade|energy|health)\s+minist")
_OFFICES = {"defense": "defence"}
_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10", "once": "1", "twice": "2",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12", "couple": "2",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
    "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
"""Number words and ordinals, read as the numbers they count: "second official visit" is ("2", "offici")."""
_ONE_AS_PRONOUN = lazy_compile(
    r"\b(?:the|this|that|which|every|any|no) one\b"
    r"|\b(?:these|those|the) two\b(?!\s+(?:years?|months?|weeks?|days?|hours?|times?|visits?|summits?|meetings?)\b)"
)
""""RIA was the one confirming it" counts nothing, nor does "these two already met" (the two of them)."""
_MAY_THE_MONTH = lazy_compile(r"\b(?:in|since|until|by|early|late|mid|of|from|last|this|next)\s+may\b")
_CONFIRMED = r"\b(?:confirm(?:ed|s)?|admit(?:ted|s)?|acknowledg(?:ed|es)?|agreed|announc(?:ed|es))\b"
_DENIED = (
    r"\b(?:den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)"
    r"|(?:refus\w*|declin\w*|won'?t|wouldn'?t|didn'?t|did not|does not|doesn'?t) (?:to )?"
    r"(?:even |yet |actually )?confirm\w*"
    r"|(?:hasn'?t|haven'?t|has not|have not|not)(?: yet| actually| even)? confirm\w*|unconfirmed|no confirmation"
    r"|no(?:body| one)(?: \w+){0,4} (?:has |have )?(?:actually |yet |even )?confirm\w*)\b"
)
_THING = r"(?!summit|talks|meeting|visit|trip)([a-z]{4,})"
"""What comes before or after: not the summit itself, which a claim about what happened after it is about."""
_STOCKPILES_FULL_OR_DWINDLING = (
    lazy_compile(
        r"(?:\b(?:stockpiles?|stocks?|reserves?|arsenal|depots?|warehouses?)\b(?: \w+){0,3}"
        r" (?:full|plentiful|overflowing|enough|fine|healthy|(?:actually )?(?:went|gone|going) up"
        r"|grew|grown|growing|increased|rose|risen|bigger|larger|higher|fuller|at (?:a )?record)\b"
        r"|\b(?:plenty|lots|loads|tons) of (?:shells|ammo|ammunition)\b)()"
    ),
    lazy_compile(
        r"(?:\b(?:stockpiles?|stocks?|reserves?)\b(?: \w+){0,4} (?:dwindl\w*|deplet\w*|drain\w*|run(?:ning)? low)"
        r"|\b(?:dwindling|depleted|drained) (?:\w+ )?(?:stockpiles?|stocks?|reserves?)\b"
        r"|\b(?:refill\w*|replenish\w*) (?:\w+ )?(?:\w+ )?(?:reserves|stocks|stockpiles)\b)()"
    ),
)
"""Stockpiles full and dwindling: in the articles only Russia's dwindle, so plenty of North Korea's is no opposite
of anything they say (see _owner_before)."""
_AGREED_WITH_CHINA = lazy_compile(
    r"\b(?:agreed (?:upon )?with|agreements? with|approval (?:of|from)|sign[- ]off from) (china)\b"
)
_OPPOSITES = (
    (lazy_compile(rf"\bbefore (?:the |its |his )?{_THING}"), lazy_compile(rf"\bafter (?:the |its |his )?{_THING}")),
    (lazy_compile(r"\bbefore (?:\S+ ){0,12}?(trump)\b"), lazy_compile(r"\bafter (?:\S+ ){0,12}?(trump)\b")),
    (
        lazy_compile(r"\b(?:first|opening) (day|night|week)\b"),
        lazy_compile(r"\b(?:last|final|closing) (day|night|week)\b"),
    ),
    (
        lazy_compile(
            r"\b(?:(?:warm|friendly|tight|cozy|chummy)(?:er)?|besties|bffs"
            r"|(?:best )?(?:buddies|friends|pals|mates))\b()"
        ),
        lazy_compile(r"\b(?:cool|cold|frosty|chilly)(?:er)?\b()"),
    ),
    (
        lazy_compile(
            r"\b(?:paused|pausing|stopped|stopping|halted|suspended|froze|frozen|slowed(?: down)?|cut back on|quit"
            r"|(?:gone|went|going|been|is|are|stays?|stayed) (?:very |really |pretty )?quiet on)"
            r"(?: (?:its|their|all))? (missile) (?:tests|testing|launches)"
        ),
        lazy_compile(
            r"\brecord (?:pace|number) of (missile)"
            r"|\b(missile)s?(?: \w+){0,2} at (?:a )?record (?:pace|rate|speed|clip)"
        ),
    ),
    _STOCKPILES_FULL_OR_DWINDLING,
    (
        lazy_compile(
            r"\b(?:(?:top|high|premium|excellent|great|superb|first[- ]rate|world[- ]class)[- ](?:quality|grade)"
            r"|top[- ]notch|(?<!how )(?:totally |very |super |completely )?reliable)\b()"
        ),
        lazy_compile(
            r"\b(?:question mark (?:remains )?(?:over|regarding|about|on) the quality"
            r"|doubts? (?:over|regarding|about|on) (?:how (?:reliable|good)"
            r"|(?:the |their |its )?(?:quality|reliability)))"
            r"\b()"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:bring|brings|bringing|brought|call|calls|calling|called|pull|pulls|pulling|pulled|take|takes|taking"
            r"|get|gets|getting) (?:back )?(?:all |every one of )?(?:the |his |its |their )?(?:north korean |nk )?"
            r"(workers|laborers|labourers)(?: \w+){0,3}? (?:home|back)\b"
            r"|\b(?:withdraw|withdraws|withdrawing|recall|recalls|recalling) (?:all )?(?:the |his |its )?"
            r"(?:north korean |nk )?(workers|laborers|labourers)"
        ),
        lazy_compile(r"\bsend(?:s|ing)? (?:more|additional|extra) (?:north korean |nk )?(workers|laborers|labourers)"),
    ),
    (
        lazy_compile(
            r"\b(?:homegrown|home-grown|brand[- ]new|original|indigenous|its own|their own) (?:\w+ )?(designs?)\b"
            r"|\b(?:copies|copy|knock-?offs?|clones?) of (?:chinese|american|us|iranian|western|nato|japanese)"
            r" (?:\w+ )?(designs?|munitions|ammo|ammunition|shells)\b"
        ),
        lazy_compile(r"\bsoviet(?:[- ]era)? (designs?)\b|\bcopies of soviet(?:[- ]era)? (munitions)\b"),
    ),
    (
        lazy_compile(
            r"\bto (?:stop|halt|quit|cut back on) (?:sending|supplying|shipping|providing) (ammo|ammunition|shells)"
        ),
        lazy_compile(r"\bto (?:send|supply|ship|provide) (?:more|additional|extra) (ammo|ammunition|shells)"),
    ),
    (
        lazy_compile(
            r"(?:\bnever (?:a |any |a single |one )?(?:drama|rough patch|problems?|falling out|tensions?|fights?)"
            r"|\b(?:zero|no) drama|\bbest (?:buddies|friends|pals)|\bperfect (?:friendship|relations?|harmony)"
            r"|\balways (?:been )?(?:close|friends|friendly|allies|tight))\b()"
        ),
        lazy_compile(r"(?:\bhot[- ]and[- ]cold|\bcomplicated,? (?:\w+ )?relationship|\bups and downs)\b()"),
    ),
    (
        lazy_compile(r"\b(?:tense|tenser|stiff|stiffer|uptight|nervous|on edge|ill at ease)\b()"),
        lazy_compile(r"\b(?:relaxed|at ease|laid[- ]back)\b()"),
    ),
    (
        lazy_compile(r"\b(?:cuts?|cutting) (?:off )?(?:all )?(?:contact|communications?|ties)\b()"),
        lazy_compile(r"\bmaintain\w* (?:\w+ )?communication\b()"),
    ),
    (
        lazy_compile(
            r"\bon (?:hold|ice)|\b(?:paused|frozen|suspended|halted) (?:\w+ )?(?:talks|negotiations)"
            r"|\b(?:talks|negotiations)(?: \w+){0,6} (?:have |has |are |were |is )?(?:stalled|stalling|stuck|frozen"
            r"|dead|going nowhere|gone nowhere)"
            r"|\b(?:talks|negotiations)(?: \w+){0,5} (?:are|were|is) (?:now |already |totally |completely )?"
            r"(?:over|off|finished|done)\b"
            r"|\b(?:talks|negotiations|discussions)(?: \w+){0,6} (?:would|will|gonna|going to) (?:stop|pause|halt"
            r"|freeze|end)\b()"
        ),
        lazy_compile(
            r"\bactively advancing\b()|\b(?:talks|discussions|negotiations) (?:are |were )?expected to continue\b()"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:independently of|without (?:even )?(?:telling|consulting|asking|involving|informing"
            r"|checking (?:in )?with|clearing (?:it |this )?with|running (?:it |this )?by|coordinating with)"
            r"|(?:kept|keep|keeps|keeping|cut|cutting|left|leave|leaving) (?:\w+ )?out(?: of (?:it|this|the loop))?"
            r"|no (?:role|say) for)(?: \w+){0,3}? (china|beijing)\b"
        ),
        _AGREED_WITH_CHINA,
    ),
    (
        lazy_compile(
            r"\b(china|beijing)\b(?:(?: \w+){0,4} (?:kept|left|cut) (?:\w+ )?out\b"
            r"| (?:has|had|have|would have|will have) nothing to do with\b)"
        ),
        _AGREED_WITH_CHINA,
    ),
    (
        lazy_compile(
            r"\b(?:one[- ]off|one[- ]time"
            r"|(?:set up|created|made up|organi[sz]ed|invented) (?:\w+ )?(?:just |only |specially )?for)\b()"
        ),
        lazy_compile(r"\b(?:annual|every year|yearly|each year)\b()"),
    ),
    (
        lazy_compile(
            r"\b(?:economy|economies)(?: \w+){0,2} (?:is |are |was |has been )?(?:actually |now |really )?"
            r"(?:booming|thriving|flourishing|doing (?:great|fine|well)|stronger than ever|better than ever)"
            r"|\bself[- ]sufficient\b()"
            r"|\b(?:great|good|amazing|a boon|a blessing|a win) for (?:[\w'’]+ ){0,2}econom(?:y|ies)\b()"
        ),
        lazy_compile(r"\beconomic (?:difficulties|hardships?|woes|crisis)\b()"),
    ),
    (
        lazy_compile(r"(?:\bneutral|\bnever (?:picked|took|chose|taken) (?:a |any )?sides?|\bstayed out of it)\b()"),
        lazy_compile(
            r"(?:\bopenly (?:support\w*|back\w*|side\w*)|\bsided with russia"
            r"|\b(?:support\w*|back(?:s|ed|ing)?) (?:for )?russia)\b()"
        ),
    ),
    (
        lazy_compile(r"\bone of (?:the |a |very )?(?:few|handful|only)\b()"),
        lazy_compile(
            r"\b(?:(?:tons|lots|loads|plenty|dozens|heaps|a lot) of|many|most) (?:other )?countries\b()"
            r"|\bone of (?:the|a) crowd\b()|\blike (?:every|any|all the) other (?:country|countries)\b()"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:united(?! (?:states|nations|front|kingdom))|unanimous|in agreement|(?:all )?on the same page"
            r"|(?:see|sees|saw|seen|seeing) eye to eye|of one mind)\b()"
        ),
        lazy_compile(r"\b(?:divided|split|at odds|disagree\w*)\b()"),
    ),
    (
        lazy_compile(
            r"\b(?:alone|solo|by himself|on his own"
            r"|(?:no|without (?:any )?)(?:officials|ministers|generals|delegation|entourage)"
            r"|just (?:him (?:and|n|&) )?his (?:body)?guards)\b()"
        ),
        lazy_compile(
            r"\b(?:accompanied by|accompanies|(?:members|officials) of the ruling party|delegation (?:includes|of))\b()"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:(?:travel\w*|went|been|gone|trips?|visits?)(?: \w+){0,3} (?:abroad|overseas|out of the country)"
            r"|(?:foreign|overseas) (?:trips?|travel|visits?|tours?))"
            r"(?: \w+){0,4} (?:through|during|throughout|since|after) (?:the )?(covid|pandemic|corona)"
            r"|\b(?:meet\w*|met|summits?|talks?)(?: \w+){0,3} (?:foreign|world|other|overseas) leaders"
            r"(?: \w+){0,5} (?:(?:through|during|throughout|since|after) (?:the )?(covid|pandemic|corona)"
            r"|since (?:\w+ ){0,3}(?:closed|sealed|shut) (?:its |their |the )?(borders))"
        ),
        lazy_compile(
            r"\bfirst (?:\w+ )?(?:trip|visit|travel|time)(?: \w+){0,4} since (?:the )?(?:outbreak of (?:the )?)?"
            r"(covid|pandemic|corona)"
            r"|\bfirst summit with (?:a )?foreign leaders? since (?:\w+ ){0,3}closed its (borders)"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:(?:end|finish|win)\w* (?:the |this |its |their )?|wrap\w* (?:up )?(?:the |this |its |their )?)"
            r"(?:ukraine |ukrainian )?(war|conflict)(?: up)?(?: \w+)? (?:quickly|quick|fast|soon|asap)\b"
            r"|\b(?:quick|fast|swift|speedy|rapid|early) (?:end|finish|victory|win)(?: to| of| in)?"
            r"(?: the| this| its| their)?(?: \w+)? (war|conflict)\b"
            r"|\b(war|conflict) (?:to be )?(?:over|done|ended|finished) (?:asap|quickly|quick|fast|soon)\b"
        ),
        lazy_compile(
            r"\b(?:(?:prolonged|protracted|long|drawn[- ]out) |sustain (?:a |the )?(?:prolonged |protracted |long )?)"
            r"(war|conflict)\b|\bprolong\w* (?:the |this |its |their )?(?:ukraine |ukrainian )?(war|conflict)\b"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:icbms?|intercontinental(?: ballistic)? missiles?"
            r"|long[- ]range (?:ballistic |nuclear )?missiles?)\b()"
        ),
        lazy_compile(r"\bshort[- ]range (?:ballistic )?missiles?\b()"),
    ),
    (
        lazy_compile(r"\b(?:the )?only (?:country|nation|state|government|regime)\b()"),
        lazy_compile(r"\bone of (?:the |only )?(?:very )?(?:few|handful of|\w+) (?:countries|nations|states)\b()"),
    ),
    (
        lazy_compile(
            r"\b(?:russia|moscow|the kremlin|kremlin)(?: \w+){0,2} (?:voted against|opposed)"
            r" (?:the |all |those )?(?:un |u\.n\. )?(?:bans?|resolutions?)\b()"
        ),
        lazy_compile(
            r"\b(?:russia|moscow|the kremlin|kremlin)(?: \w+){0,2} (?:backed|supported|voted for|endorsed)"
            r"(?: \w+){0,3} (?:un|resolutions?|bans?)\b()"
            r"|\b(?:resolutions?|bans?|rules),? (?:\w+ ){0,2}(?:supported|backed|endorsed) by (?:russia|moscow)\b()"
        ),
    ),
)
"""Pairs of opposite sayings about one thing: "before the forum" and "after the forum" (or the talks with Trump), "the
first day" and "the final day", warm relations and cool ones, missile tests paused and at a record pace, stockpiles
full and dwindling, being asked to stop sending ammunition and to send more, relations never troubled and hot-and-
cold, contact cut and communication maintained, arms talks on hold and actively advancing, a deal made without China
and one agreed with it, a one-off event and an annual one, copies of Soviet munitions and of another country's, an
economy booming and in hardship, neutral and openly supporting Russia, Kim travelling alone and accompanied, trips
abroad or summits through the pandemic and the first one since it (or since the borders closed), a war ended quickly
and a prolonged one, the only country to do something and one of a few, one of a few and one of many, a united
Security Council and a divided one, Russia voting against the UN's bans on North Korea and backing them.
Each match is (the pair's number, which side, the thing)."""
_PLENTY = _OPPOSITES.index(_STOCKPILES_FULL_OR_DWINDLING)
"""Which of the _OPPOSITES the stockpiles are."""
_OWNER = lazy_compile(
    r"\b(russia|russian|moscow|putin|kremlin|north korea|nk|pyongyang|dprk|kim|north korean|its|their|they)\b"
)
_NORTH_KOREAN = frozenset({"north korea", "nk", "pyongyang", "dprk", "kim", "north korean"})
_SAME_THING = {
    "beijing": "china",
    "conflict": "war",
    "pandemic": "covid",
    "corona": "covid",
    "borders": "covid",
    "ammo": "ammunition",
    "munitions": "ammunition",
    "shells": "ammunition",
    "laborers": "workers",
    "labourers": "workers",
}
"""Things the _OPPOSITES name in other words: "a prolonged conflict" is the war a claim wants ended quickly."""
_NEGATED_WORD = lazy_compile(
    r"\b(?:not|never|n't|no longer)\s+(?:(?:be|been|have|a|an|the|very|really|quite|so|that|as)\s+)*([a-z]{4,})"
)
_NUMBER = lazy_compile(r"\b(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:st|nd|rd|th)?((?:\s+[a-z]+){1,4})")
_POSSESSIVE = lazy_compile(r"['’]s\b")
_THOUSANDS_WRITTEN = lazy_compile(r"\b(\d{1,3})\s*(?:k|thousand)\b")


def _thousands(text: str) -> str:
    """ "20k", "20 thousand", "20,000" and "20 000" written as the figure they are, 20000."""
    return _THOUSANDS_WRITTEN.sub(lambda m: m.group(1) + "000", joined_thousands(text))


_ONE_SPAN = lazy_compile(
    r"\b(?:for|about|like|only|just|barely|roughly|around|maybe)(?: about| like| only| just)? (?:a|an|one) "
    r"(year|month|week|day|hour)\b"
    r"|\b(?:a|an|one) (?:whole|full|entire|long|single) (year|month|week|day|hour)\b"
    r"|\b(?:a|an|one) (year|month|week|day) (?=after|later|before|earlier)"
)
"""A span of one said in words: "sealed for like a year" lasted 1 year, "a whole year after" and "a year later" came
1 year after."""


_HALF_YEARS = lazy_compile(r"\b(\d+|a|one) (?:and a half years?|years? and a half)\b|\b(\d+)\.5 (?:years?|yrs?)\b")
_YEARS = lazy_compile(r"\b(\d{1,2}) (?:years?|yrs?)\b")
_HALF_A_YEAR = lazy_compile(r"\b(?:half a year|a half[- ]year|six months)\b")
_WEEKS = lazy_compile(r"\b(\d{1,2}) weeks?\b")
_SPAN_STRESSED = lazy_compile(r"\b(\d{1,2}) (?:whole|full|entire|long|straight) (?=(?:year|month|week|day)s?\b)")
"""A span stressed ("3 whole years", "six long months") is the span ("3 years")."""


def _whole_years(said: str) -> int:
    return 1 if said in ("a", "one") else int(said)


def _in_months(text: str) -> str:
    """Spans of years and weeks said in months, as the articles count the war: "2 and a half years" is 30 months, "a
    year and a half" and "1.5 yrs" 18, "half a year" 6, "3 years" 36 (and "for like a year", read by _ONE_SPAN,
    12); "two weeks" is 0 months, which "two months later" is not."""
    text = _SPAN_STRESSED.sub(r"\1 ", text)
    text = _HALF_YEARS.sub(lambda m: f"{12 * _whole_years(m.group(1) or m.group(2)) + 6} months", text)
    text = _HALF_A_YEAR.sub("6 months", text)
    text = _WEEKS.sub(lambda m: f"{round(int(m.group(1)) * 7 / 30.4)} months", text)
    return _YEARS.sub(lambda m: f"{12 * int(m.group(1))} months", text)


def _unit(word: str) -> str:
    """What a number counts, cut to its first six letters and singular: "years" and "year" count the same, and
    so do rounds and shells ("a few hundred thousand rounds" against "tens of millions of artillery shells")."""
    unit = word[:6].removesuffix("s")
    return "shell" if unit == "round" else unit


def _one_span(unit: str) -> tuple[str, frozenset[str]]:
    return ("12", frozenset(["month"])) if unit == "year" else ("1", frozenset([unit]))


_ASKED_FOR_KINDS = {
    **dict.fromkeys(["food", "grain", "wheat", "flour", "rice"], "food"),
    **dict.fromkeys(["oil", "fuel", "energy"], "energy"),
    **dict.fromkeys(["ammunition", "ammo", "shells", "munitions", "artillery", "rockets"], "ammunition"),
    **dict.fromkeys(["technology", "tech"], "technology"),
    **dict.fromkeys(["cash", "money", "currency"], "money"),
    **dict.fromkeys(["troops", "soldiers", "workers", "labor", "labour"], "people"),
}  # fmt: skip
_ASKED_FOR = lazy_compile(
    r"\b(?:ask(?:ed|s|ing)?|beg(?:ged|s|ging)?|request(?:ed|s|ing)?)\b(?: \w+){0,8}? "
    r"(?:for|to (?:send|supply|give|provide|ship|sell)(?: (?:more|additional|extra|some))?) (?:\w+ ){0,2}?"
    rf"({'|'.join(_ASKED_FOR_KINDS)})\b"
)
"""What someone asked for ("Shoigu asked Kim … to send more ammunition", "begged Kim for food"), by its kind."""
_EVENTS = {
    **dict.fromkeys(["exhibition", "exhibitions", "expo", "show", "display"], "exhibition"),
    **dict.fromkeys(["parade", "parades"], "parade"),
    **dict.fromkeys(["test", "tests", "launch", "launches", "firing"], "test"),
    **dict.fromkeys(["factory", "factories", "plant", "plants", "works"], "factory"),
    **dict.fromkeys(["drill", "drills", "exercise", "exercises"], "drill"),
}  # fmt: skip
_TAKEN_TO = lazy_compile(
    r"\b(?:took|take|takes|taken|taking|invited|invite|invites|brought|bring|escorted|showed|shown) (?:\w+ ){0,2}?"
    r"(?:to|around)\b((?: \w+){1,8})"
)
"""The events someone was taken to, by kind: a claim that Kim took Shoigu to a nuclear test is not what the articles
say, an arms exhibition and a parade."""
_WORKERS = lazy_compile(
    r"\b(russian|north korean|nk|dprk|chinese|south korean)\s+(?:workers?|laborers?|labourers?|labou?r|workforce)\b"
)
"""Workers by whose they are: "20k RUSSIAN workers in north korea" are not the North Korean workers in Russia."""
_NATIONALITIES = {"nk": "north korean", "dprk": "north korean"}
_SAID_OF_ONE_THING = ("days", "months", "years", "travel", "direction", "meals", "offices", "kin", "venues", "workers")
"""The particulars of which a claim and a fact about the same thing can state only one value."""
PARTICULAR = ("asked_for", "shown")
"""What was asked for, or shown to someone: the particulars a claim is checked on even past a nearer fact about
someone else ("shoigu begged kim for food" against what Shoigu asked for)."""
_VISITS_COUNTED = lazy_compile(
    r"\b(?:been|gone|went|visited|travel\w*|trips?|visits?) (?:to |in )?([a-z]+)(?: [a-z]+){0,3} (\d+) times\b"
)
"""Visits counted in times ("been to Russia like 5 times"): a count of visits to the place, as "his second visit to
Russia" counts them."""
_ORDERS = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9}
_TIMES = {"tens": 1, "dozens": 1, "hundreds": 2}
_AMOUNT_IN_WORDS = lazy_compile(
    r"\b(?:(tens|dozens|hundreds) of |(?:a |only a |just a )?(?:few |several |couple of |some )?)"
    r"(hundred|thousand|million|billion)s?(?: of)?((?:\s+[a-z]+){1,3})"
)
"""An amount said in words, with what it counts: "tens of millions of artillery shells", "a few thousand shells"."""
_NOT_UNITS = frozenset(
    [
        *("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "than", "about", "some", "more"),
        *("over", "under", "nearly", "around", "north", "south", "korean", "korea", "russian", "american", "us"),
        *("u", "s", "new", "old", "other", "time", "times", "was", "is", "were", "kim", "putin", "trump", "each"),
        *("since", "ago"),
    ]
)
"""Words after a number that do not say what it counts ("20,000 North Korean workers" counts workers)."""
_YEAR = lazy_compile(r"\b(19\d\d|20\d\d)\b")
_NEGATED = lazy_compile(
    r"\b(?:not|no|never|rather than|instead of)\s+(?:taking\s+|by\s+|on\s+|in\s+)?(?:a\s+|an\s+|the\s+)?[a-z]+"
    r"|\b(?:isn'?t|wasn'?t)\s+(?:even\s+)?(?:the|his|her|their|its)\s+[a-z]+"
)
"""What a text says is not so ("by train, not by plane", "this isn't his first time") states no particular."""
_GIVING = "|".join(
    [
        r"sell(?:s|ing)?|sold|suppl(?:y|ies|ied|ying)|send(?:s|ing)?|sent|giv(?:e|es|ing)|gave",
        r"provid(?:e|es|ed|ing)|ship(?:s|ped|ping)?|export(?:s|ed|ing)?|deliver(?:s|ed|ing)?",
        r"arm(?:s|ed|ing)?(?! (?:trade|deals?|sales?|exports?|embargo|race|control|talks|negotiations|transfers))",
        r"offer(?:s|ed|ing)?",
    ]
)
_GETTING = "|".join(
    [
        r"buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|get(?:s|ting)?|got|receiv(?:e|es|ed|ing)",
        r"acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?|seek(?:s|ing)?|sought|obtain(?:s|ed|ing)?|want(?:s|ed)?",
    ]
)


@dataclass(frozen=True, slots=True)
class Particulars:
    days: frozenset[str]
    months: frozenset[str]
    years: frozenset[str]
    counts: frozenset[tuple[str, frozenset[str]]]
    """(number, the words after it that say what it counts): ("21", {"bullet", "carria"})."""
    travel: frozenset[str]
    stance: frozenset[str]
    """"confirmed" and/or "denied"."""
    direction: frozenset[tuple[str, str]]
    """(who gives, who gets) of a deal, as entity tokens."""
    meals: frozenset[str]
    offices: frozenset[str]
    """The ministries named: "defence" in "Deputy Defence Minister"."""
    kin: frozenset[str] = frozenset()
    """Who someone is to someone: "sister", "wife", "father"."""
    venues: frozenset[str] = frozenset()
    """The cities where things are or happen: "moscow" in "they met in Moscow, at the Kremlin"."""
    opposites: frozenset[tuple[int, int, str]] = frozenset()
    """What the text says of one of the _OPPOSITES pairs: (pair, side, thing)."""
    negated: frozenset[str] = frozenset()
    """Words the text only ever says are not so: "enough" in "would not be enough"."""
    asserted: frozenset[str] = frozenset()
    """Every word of four letters or more it does not negate."""
    asked_for: frozenset[str] = frozenset()
    """What someone asked someone else for, by kind: "food" in "Shoigu begged Kim for food"."""
    workers: frozenset[str] = frozenset()
    """Whose workers a text speaks of: "north korean" in "20,000 North Korean workers"."""
    shown: frozenset[str] = frozenset()
    """The events someone was taken to: "exhibition" and "parade" in "Kim invited him to an arms exhibition and a
    massive military parade"."""
    magnitudes: frozenset[tuple[int, frozenset[str]]] = frozenset()
    """(order of magnitude, the words after it that say what it counts) of the amounts a text states: "tens of
    millions of artillery shells" is (7, {"artill", "shells"}), "a few thousand shells" (3, {"shells"}),
    "20,000 workers" (4, {"worker"})."""


def _opposites(folded: str) -> frozenset[tuple[int, int, str]]:
    """Which side of which of the _OPPOSITES pairs a text says, about what thing."""
    found = set()
    for pair, sides in enumerate(_OPPOSITES):
        for side, pattern in enumerate(sides):
            for said in pattern.finditer(folded):
                if pair == _PLENTY and side == 0 and _owner_before(folded, said.start()) in _NORTH_KOREAN:
                    continue
                thing = next((group for group in said.groups() if group), "")  # the group of the wording that matched
                if _NEGATED_BEFORE.search(folded, 0, said.start()):
                    if pair in _BEFORE_AND_AFTER:
                        continue  # "not before the forum" may be long after it
                    side = 1 - side  # "wasn't exactly besties": cool
                found.add((pair, side, _SAME_THING.get(thing, thing)))
    return frozenset(found)


_NEGATED_BEFORE = lazy_compile(
    r"\b(?:not|no|never|wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|don'?t|doesn'?t|hardly|barely"
    r"|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to)"
    r"(?: (?:exactly|really|quite|some|a|an|that|so|very|all that|the))*\W*$"
)
"""A negation right before an opposite's wording: "wasn't exactly besties" says the other side, "not some one-off"
too, but "not before the forum" says neither."""
_BEFORE_AND_AFTER = (0, 1)
"""The pairs of _OPPOSITES that are times before and after something, which a negation does not turn round."""


def _owner_before(folded: str, start: int) -> str | None:
    """Whose the stockpiles a sentence speaks of at `start` are: the side named last before it, or, for "its" or
    "they", the one the sentence opens with ("russia doesnt need nk ammo, its stockpiles are full" is Russia's)."""
    sentence = re.split(r"[.!?]\s", folded[:start])[-1]
    owners = _OWNER.findall(sentence)
    if not owners:
        return None
    return owners[0] if owners[-1] in ("its", "their", "they") else owners[-1]


@lru_cache(maxsize=256)
def particulars(text: str, giver_and_getter: tuple[str, str] | None = None) -> Particulars:
    """The particulars a text states. `giver_and_getter` is the deal's direction, when the caller has read it
    from the names (see `direction`). Remembered for the last few texts: a claim is compared with several facts."""
    folded = _NEGATED.sub(" ", _thousands(text.casefold()))
    words = re.findall(r"[a-z]+", folded)
    numbered = re.sub(
        r"\b[a-z]+\b", lambda word: _ORDINALS.get(word.group(), word.group()), _ONE_AS_PRONOUN.sub(" it", folded)
    )
    numbered = _in_months(_POSSESSIVE.sub("", numbered))  # "12 of Kim's bodyguards" counts bodyguards
    may = {"may"} if _MAY_THE_MONTH.search(folded) else set()
    asserted = frozenset(re.findall(r"[a-z]{4,}", _NEGATED_WORD.sub(" ", text.casefold())))
    counts = frozenset(
        (re.sub(r"\D", "", number), frozenset(_unit(w) for w in after.split() if w not in _NOT_UNITS))
        for number, after in _NUMBER.findall(numbered)
        if not _YEAR.fullmatch(number)
    ) | {_one_span(_unit("".join(unit))) for unit in _ONE_SPAN.findall(_HALF_YEARS.sub(" ", folded))}
    counts |= {(times, frozenset([_unit(place), "visit"])) for place, times in _VISITS_COUNTED.findall(numbered)}
    in_words = {
        (_ORDERS[unit] + _TIMES.get(times, 0), frozenset(_unit(w) for w in after.split() if w not in _NOT_UNITS))
        for times, unit, after in _AMOUNT_IN_WORDS.findall(folded)
    }
    return Particulars(
        days=frozenset(w for w in words if w in DAYS),
        months=frozenset(w for w in words if w in _MONTHS and w != "may") | may,
        years=frozenset(_YEAR.findall(folded)),
        counts=counts,
        travel=frozenset(_TRAVEL[w] for w in words if w in _TRAVEL),
        stance=_stance(text.casefold()),
        meals=frozenset(_MEALS[w] for w in words if w in _MEALS),
        kin=frozenset(_KIN[w] for w in words if w in _KIN),
        venues=frozenset(_CITIES.get(city, city) for city in _VENUE.findall(_PEOPLE_IN_A_CITY.sub(" ", folded)))
        if _MEETING.search(folded)
        else frozenset(),
        offices=frozenset(_OFFICES.get(m, m) for m in _MINISTRY.findall(folded)),
        direction=frozenset([giver_and_getter]) if giver_and_getter else frozenset(),
        opposites=_opposites(folded),
        negated=frozenset(_NEGATED_WORD.findall(text.casefold())) - asserted,
        asserted=asserted,
        magnitudes=frozenset(in_words | {(len(number) - 1, units) for number, units in counts if len(number) > 2}),
        asked_for=frozenset(_ASKED_FOR_KINDS[thing] for thing in _ASKED_FOR.findall(folded)),
        workers=frozenset(_NATIONALITIES.get(whose, whose) for whose in _WORKERS.findall(folded)),
        shown=frozenset(
            _EVENTS[word] for taken in _TAKEN_TO.findall(folded) for word in taken.split() if word in _EVENTS
        ),
    )


_COUNTED_IN_WORDS = lazy_compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"((?: full| whole| long| nuclear| missile| ballistic| un)?"
    r" (?:days?|weeks?|months?|years?|hours?|times|visits?|trips?|tests?|launches|resolutions?|marshals?|summits?)\b)"
)
"""A number word counting days, visits, tests, resolutions and the like: a figure, as its digits would be ("SIX
nuclear tests")."""
_NOT_A_FIGURE = lazy_compile(
    r"\b100\s*(?:%|percent\b|per cent\b)"
    r"|\b\d{1,2}\s+(?:main |key |big )?(?:things|reasons|points|priorities|goals|items|words|questions|qs)\b"
)
""""100%" says how sure, not how many: "100% their own design" states no figure; nor does "3 things", which counts
what the claim goes on to list ("kim wants 3 things: aid, prestige and tech")."""


def figures(text: str, words_too: bool = False) -> set[str]:
    """The figures a text states in digits, thousands separators dropped. `words_too`: number words and ordinals
    count as well ("second" is 2), for the articles' side: a claim's "the one who…" states no figure."""
    folded = _NOT_A_FIGURE.sub(" ", _thousands(text.casefold()))
    if words_too:
        folded = re.sub(r"\b[a-z]+\b", lambda word: _ORDINALS.get(word.group(), word.group()), folded)
    else:  # "three full days" states a figure; "the one who…" does not
        folded = _COUNTED_IN_WORDS.sub(lambda said: _ORDINALS[said.group(1)] + said.group(2), folded)
    return {re.sub(r"\D", "", n) for n in re.findall(r"(?<![a-z])(?:\d[\d,.]*\d|\d)", folded)}  # not "b4"


def _stance(text: str) -> frozenset[str]:
    """Whether a text says something was confirmed or denied ("refused to confirm" is a denial)."""
    denied = re.search(_DENIED, text)
    confirmed = re.search(_CONFIRMED, re.sub(_DENIED, " ", text))
    return frozenset(s for s, found in (("denied", denied), ("confirmed", confirmed)) if found)


_VERB_OF_A_DEAL = rf"(?:{_GIVING}|{_GETTING})"
_AMOUNT = r"\d[\d,.]*\s*(?:k|m|thousand|million|billion)?"
_TRANSFERRED_AMOUNT = lazy_compile(
    rf"\b{_VERB_OF_A_DEAL}\b(?: \w+){{0,3}} {_AMOUNT}|\b{_AMOUNT}(?: \w+){{0,3}} {_VERB_OF_A_DEAL}\b"
)


def transfers_an_amount(text: str) -> bool:
    """Whether a text gives an amount sold, sent, bought or received ("NK shipped around 500k shells", "500k shells
    were sent"), rather than one held ("NK has a few thousand shells left, nothing to give Russia")."""
    return _TRANSFERRED_AMOUNT.search(text.casefold()) is not None


_PEOPLE_SENT = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:workers|labou?rers|labou?r|people|citizens)\b")
_THINGS_TO = lazy_compile(r"\s+((?:\w+\s+){1,4}?)to\s+((?:the\s+)?\w+(?:\s+\w+)?)")
"""After a verb of giving, whose things go to whom: "… send more russian ammo to north korea"."""
_DEALING = lazy_compile(rf"\b(?:{_GIVING}|{_GETTING})\b")
_TO_DEAL = lazy_compile(rf"\s+to\s+(?:{_GIVING}|{_GETTING})\b")
"""A verb of giving or getting right after another's "to": "wants to sell", "seeks to buy"."""


def direction(text: str, countries_in: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """Who gives and who gets in a deal, from the countries named just before and just after a verb of giving or
    getting: "North Korea sells shells to Russia" and "Russia is seeking to buy shells from North Korea" read the
    same. `countries_in` names, in order, the countries a piece of text mentions."""
    folded = text.casefold()
    verb = _DEALING.search(folded)
    if verb is None:
        return None
    if (then := _TO_DEAL.match(folded, verb.end())) is not None:  # "russia wants to sell…": sells, not wants
        verb = _DEALING.search(folded, then.start())
    if _PEOPLE_SENT.match(folded, verb.end()):
        return None  # "nk sends workers to russia" sends people to work there, no goods in a deal
    before, after = countries_in(folded[: verb.start()]), countries_in(folded[verb.end() :])
    giving = re.fullmatch(f"(?:{_GIVING})", verb.group())
    asked_to = folded[: verb.start()].endswith("to ")
    if not before and giving and asked_to and (whose := _THINGS_TO.match(folded, verb.end())) is not None:
        # "kim asked shoigu to send more russian ammo to north korea": Russia's ammunition, to North Korea
        giver, getter = countries_in(whose.group(1)), countries_in(whose.group(2))
        if giver and getter and giver[0] != getter[0]:
            return giver[0], getter[0]
    if not before or not after or before[-1] == after[0]:
        return None
    return (before[-1], after[0]) if giving else (after[0], before[-1])


MAGNITUDES_APART = 2
"""Amounts this many orders of magnitude apart contradict each other ("a few thousand" against "tens of
millions"); closer ones are the same amount put roughly ("tens of thousands" and "nearly 20,000")."""


_A_PART = frozenset(["top", "senior", "milita", "leading", "chief"])
"""Counted things' qualifiers (as read, stems) that single out a part of them: "the top two military officials"."""


def conflicts(claim: Particulars, articles: Particulars) -> list[str]:
    """The particulars for which the articles state only other values than the claim: what contradicts it. A deal's
    direction contradicts only as the same two sides the other way round."""
    found = []
    for name in (*_SAID_OF_ONE_THING, *PARTICULAR):
        said, stated = getattr(claim, name), getattr(articles, name)
        if name == "direction":  # only the same two sides the other way round: not a design's origin, nor a third
            said = {(giver, getter) for giver, getter in said if (getter, giver) in stated}
        if said and stated and not said & stated:
            found.append(name)
    for order, units in claim.magnitudes:
        stated = [o for o, counted in articles.magnitudes if units & counted]
        if stated and all(abs(order - o) >= MAGNITUDES_APART for o in stated):
            found.append("magnitudes")
            break
    for number, units in claim.counts:
        # "his top two military officials" counts a part of all officials: no count of the whole contradicts it
        counted = [n for n, stated in articles.counts if units & stated and not (stated & _A_PART) - units]
        if counted and number not in counted:
            found.append("counts")
            break
    if claim.stance and articles.stance and not claim.stance & articles.stance:
        found.append("stance")
    for pair, side, thing in claim.opposites:
        if (pair, 1 - side, thing) in claim.opposites:
            continue  # "hot and cold for decades, only cozy after the invasion" says both, each of its own time
        if (pair, 1 - side, thing) in articles.opposites and (pair, side, thing) not in articles.opposites:
            found.append("opposites")
            break
    if claim.asserted & articles.negated:
        found.append("negated")
    return found


def years_in(text: str) -> set[str]:
    """The years a text names ("in April 2019" names 2019)."""
    return set(_YEAR.findall(text))
