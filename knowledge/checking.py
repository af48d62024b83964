"""Checks one claim against the base, as a fact-checker working from the five articles alone would.

The claim is matched like a question. A recorded rumour (knowledge/base/rumours.yaml) carries its own verdict; an
entry saying the articles cannot know the summit's outcome makes it `after_articles`, one saying they never give
that detail `not_in_articles`. Otherwise the best-matching fact supports the claim unless the articles state
another value for one of its particulars (knowledge/slots.py), which contradicts it. An allegation stays an
allegation: a claim stating as fact what the articles only report someone alleging or denying gets no verdict,
and the reply says who says what. A claim the articles do not make is never called supported.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import zip_longest

from rapidfuzz import fuzz

from knowledge.answer_types import ANSWER_TYPES, IN_RESPONSE_TO_THE_SUMMIT, types_answered
from knowledge.forwarded import CONSENSUS, strip_furniture
from knowledge.index import SearchIndex, Target
from knowledge.model import Claim, ClaimCheck, Verdict
from knowledge.normalizing import clean_words, english_word_counts, not_until_as_when, stem
from knowledge.patterns import lazy_compile
from knowledge.policy import DECLINE_MARGIN, SIDES, Action, Decision, decide
from knowledge.slots import (
    DAYS,
    MAGNITUDES_APART,
    PARTICULAR,
    conflicts,
    direction,
    figures,
    particulars,
    transfers_an_amount,
    years_in,
)

DISPUTED_STANDINGS = ("allegation", "denial")
NOT_CLAIMS = frozenset({"entity", "article"})
"""Phrasings a claim is not matched against: who someone is and who published what settle no claim."""
NOT_GIVEN_MARGIN = 0.05
"""How near the best match an entry saying the articles do not give something about the one a claim names must be
to settle it as not in the articles, where the best match is about others."""
UNHEARD_OF_ALLOWED = 0
"""A claim with a word the base has never seen says more than the articles do: it is never called supported
("lavrov personally confirmed…" is not what RIA and Peskov confirming says); the reply says what they say."""
SUMMIT_SIDES = frozenset(SIDES) | frozenset(SIDES.values())
"""The two countries of the summit and their leaders, whom nearly every fact names."""
SUMMIT_COUNTRIES = frozenset(SIDES.values())
"""Russia and North Korea: a claim naming either where a fact about the trip does not says nothing more."""
ONLY_THE_BEST = frozenset(["years", "kin", "direction", "venues"])
"""Particulars by which only a claim's best match contradicts it: the year, kinship or direction of a deal a fact
beside it states is mostly of something else ("the forum started in 2015" is not contradicted by the 2019 summit,
"his wife" by "his sister" only where the claim is about her, Russian jets sent to Pyongyang by shells sent to
Russia only where the claim is about the shells)."""
YEAR_DATED_AT = 0.43
"""A fact scoring less than this does not contradict a claim by another year: the year may be another event's."""
NEAR_ENOUGH = 0.2
NEAR_SHARE = 0.8
"""A fact scoring this much, and this share of the best, is near enough a claim for its particulars to
contradict the claim's."""
PLACE_AND_TIME = frozenset(["venues", "days", "months", "years", "travel"])
"""The particulars by which a fact plainly answers "did they meet in Moscow?" with another place or time."""
DATED_AT = 0.35
"""A fact scoring less than this does not contradict a claim by another day or month, which may be another
event's: "reopened its borders in August" is not contradicted by their closing in January 2020."""
_ATTRIBUTES = lazy_compile(
    r"\b(?:says?|said|saying|according|alleg\w*|accus\w*|claim\w*|officials?|intelligence|reports?|reported|"
    r"denie[sd]|deny|suspect\w*|believe[sd]?)\b",
    re.IGNORECASE,
)
_ABOUT_THE_OUTCOME = lazy_compile(
    "|".join(
        [
            r"\b(?:signed(?! up\b| on to\b)|sign(?:s|ing)? (?:a|an|the)|agreed|agreement (?:was )?reached",
            r"pledged|promised",
            r"sealed (?:a|an|the|their) (?:deal|agreement|pact|treaty)",
            r"(?<!invitation )(?<!invite )accepted(?! (?:the |an |a |putin'?s |his |russia'?s |moscow'?s )?invit)",
            r"treaty|pact|follow-up|deal (?:was |is )?(?:reached|struck|done|sealed|signed)",
            r"(?:at|during|after|since|thanks to) (?:the|their) (?:summit|talks|meeting|visit|lunch|dinner)",
            IN_RESPONSE_TO_THE_SUMMIT,
            r"(?:toured|tour of|went aboard|visited the|handshake|guestbook|raised a toast|menu was)",
            r"talks (?:lasted|ran|touched|went|ended)|(?:trip|visit|stay) (?:ended|wrapped up|finished|lasted)",
            r"(?:talks|meeting|summit) (?:at|in) (?:the )?\w+ (?:lasted|went on for|ran for)",  # "talks at vostochny…"
            r"(?:held|had) (?:their|the) (?:talks|meeting|summit)",
            r"(?:got|went|flew|came|headed) (?:back|home)|gifted|gave kim",
            r"showed kim|have met|has met|met at the|in (?:october|november|december)",
            r"(?:kim|putin) (?:told|assured|promised|warned|thanked) (?:putin|kim)",
            r"(?:summit|meeting|talks) (?:finally |actually )?(?:happened|took place|was held|went ahead)",
            r"ended up|in the end|(?:has|have|had) since|since then|the (?:next|same) day|on the day (?:kim|they|the)",
            r"kursk|this autumn|toasted|swapped (?:\w+ )?(?:gifts|presents|rifles)|lunch menu",
            r"menu (?:of|for|from) the",
            r"(?:the|their|this) (?:summit|kim[- ]putin|putin[- ]kim) (?:deal|agreement|pact))\b",
        ]
    ),
    re.IGNORECASE,
)
"""What a claim about the summit's outcome says: something signed, agreed, accepted or promised there, or
something that happened at, during or after it (a tour, the talks, the lunch, a gift, the trip home)."""
_AFTER_THE_SUMMIT = lazy_compile(
    r"\b(?:(?:during|after|since) (?:the|their) (?:summit|talks|meeting|visit)"
    r"|(?:got|went|flew|came|headed) (?:back|home)"
    r"|(?:left|leaves|leaving|departed|departs) (?:russia|vladivostok)(?! (?:with )?(?:no|little|few|any)\b)"
    r"|(?:returned|returns|returning) (?:home|to pyongyang)|back (?:in|to) pyongyang"
    r"|(?:while|as|when) (?:kim|putin|they|the two(?: leaders)?) (?:was |were )?(?:sitting down|sat down|meeting"
    r"|met|talking|talked|dining|dined|shaking hands|shook hands)(?: with (?:putin|kim|each other))?"
    r"|(?:kim|he) (?:\w+ )?(?:stayed|spent) (?:\w+ )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days|nights|weeks)"
    r"|sept(?:ember)?\.? (?:1[3-9]|2\d|30)(?:st|nd|rd|th)?"
    r"|(?:the )?(?:1[3-9]|2\d|30)(?:st|nd|rd|th)? (?:of )?sept(?:ember)?"
    r"|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday),? (?:the )?(?:1[3-9]|2\d|30)(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
"""A claim about what happened after the summit, which no particular of the articles can contradict: "Kim flew
home after the summit" is not contradicted by his having taken the train there, nor "his train left Russia on
Sunday the 17th" supported by his having boarded it on a Sunday, nor "Kim stayed 6 days in Russia" by how rarely he
travels. The articles were written by 12 September."""
_ON_THE_TRIP = lazy_compile(
    r"\b(?:20(?:2[4-9]|3\d)|later (?:on )?(?:\w+ed|went|sent|met|fought|told|gave|took|made|said|flew|held)"
    r"|(?:over|about) the (?:summit|meeting|visit)|(?:morning|day) of the (?:summit|meeting)"
    r"|(?:as|when|while) kim was (?:arriving|there|visiting|meeting)|at the (?:cosmodrome|spaceport)"
    r"|(?:kim|putin|they|he) (?:\w+ )?(?:went to|visited|toured|rode|sat in|watched|attended|inspected|spent|got a)"
    r"|(?:kim|putin|they|he) (?:[\w-]+ ){0,6}?(?:inspected|got to see|was shown|were shown|was taken to|were taken to)"
    r"|(?:kim|putin) (?:told|said to) (?:reporters|journalists|the press)"
    r"|(?:in|by|since|until|from) (?:oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:oct|nov|dec)\w*\.? 2023"
    r"|(?:on|during) (?:the )?(?:summit|meeting) day|(?:the )?(?:very )?(?:day|morning|night) (?:kim|they|the two)"
    r"(?: and putin)? met|(?:right |just )?(?:before|as|while|when) kim (?:and putin )?met"
    r"|return visit|(?:within|weeks|months|days) (?:after|of) the (?:summit|meeting|talks|visit)"
    r"|(?:un |u\.n\. )?general assembly|cosmonaut|astronaut|gave putin"
    r"|(?:held|had) (?:a |an |their )?(?:one[- ]on[- ]one|t[eê]te[- ][aà][- ]t[eê]te)|shook hands"
    r"|(?:because|as a result) of the (?:summit|meeting|talks)"
    r"|(?:summit|meeting|talks)(?: itself)? (?:lasted|went on|ran on|dragged on"
    r"|took (?:about |like |just )?\w+ hours))\b",
    re.IGNORECASE,
)
"""What a claim the articles never mention says happened on the trip or since: a year or a month after the
articles, something done "later" or "within weeks of the summit", "over the summit", on its day or as they met, at
the cosmodrome, a place Kim went to or something he inspected or was shown, a gift to Putin, a return visit, the UN
General Assembly (which met after the summit), a cosmonaut (the articles mention none), a one-on-one held, hands
shaken, something done because of the summit or how long it lasted. The articles, written as his train crossed
the border, cannot know it; anything they do say settles the claim first."""
_AN_EARLIER_MONTH = lazy_compile(r"\b(?:january|february|march|april|june|july|august)\b", re.IGNORECASE)
"""A month of 2023 before the summit's: what happened then is no part of the trip ("…when he visited in july")."""
_SAID_TO_EACH_OTHER = lazy_compile(
    r"\b(?:kim|putin) (?:(?!never|not|didn't|did)\w+ )?(?:told|assured|promised|warned|thanked|offered"
    r"|gave|gives|gifted|gifts|presented|presents|handed|hands) "
    r"(?:putin|kim)\b",
    re.IGNORECASE,
)
"""What one leader told or gave the other: at the summit, unless the claim dates it before (the 2019 meeting)."""
_THEY_MET = lazy_compile(
    r"\b(?:kim and putin|putin and kim|kim jong un and vladimir putin|vladimir putin and kim jong un|the two leaders)"
    r" (?:finally |actually |eventually )?(?:met|sat down|shook hands) (?:at|in|on)\b",
    re.IGNORECASE,
)
"""Where or when the two leaders met, told as done: the summit itself, unless the claim dates it before."""
_TOO_GENERAL_OPPOSITES = frozenset([0, 1])
"""The opposite pairs (before/after something, the first/last day) too common to settle a claim on their own."""
_FORESEEN = lazy_compile(
    r"\b(?:will|won'?t|going to|gonna|about to|certain to|sure to|bound to|set to|plans? to|planning to|expected to"
    r"|likely to)\b",
    re.IGNORECASE,
)
"""A claim about what is to come, which the articles' expectations can settle."""
_HAPPENED = lazy_compile(
    r"\b(?:met|have met|has met|held|told|said|signed|agreed|visited|toured|gave|swapped|exchanged|showed|"
    r"announced|promised|arrived at|today)\b",
    re.IGNORECASE,
)
"""A claim that something happened, as opposed to one that it was expected."""
EXPECTED_STANDINGS = ("expectation", "speculation")
FACT_OVER_DECLINE = 0.04
"""A fact this close behind a "the articles cannot say" entry settles a claim that states no figure and no outcome:
"Russia might pay North Korea in hard currency" is what a correspondent said, not the unknown price of a deal."""
FACT_OVER_AFTERMATH = 0.1
"""A fact this close behind a recorded rumour of what happened after the summit settles a claim foreseeing it
("russia is certain to lift its sanctions": unlikely, the articles say)."""
RUMOUR_OVER_FACT = 0.06
"""A recorded rumour this close behind the best match settles a claim that has a word only the rumours use ("kim's
bodyguards ran beside a rolls-royce": the recorded rumour of the Rolls-Royce, not the fact about the Mercedes)."""
FACT_OVER_UNTOLD_RUMOUR = 0.1
"""A fact this close behind a recorded rumour settles a claim that has none of the rumour's telling words ("a dozen
bodyguards jogged beside his merc in 2018" is the fact about the Mercedes, not the rumour of a Rolls-Royce)."""
FIGURES = frozenset(["counts", "magnitudes"])
"""The particulars by which a fact beside a claim's best match may contradict it: how many."""
PLACE_SWAPPED_AT = 0.54
"""A claim naming a place or a country its best match does not ("heard it was japanese media that first spotted
kim leaving") is contradicted by the match's own place or country when, without the name, the match leads clearly
and scores this much."""
EXCLUSIVE_AT = 0.4
"""A claim that something is all there is ("russia only wants ready-made shells, nothing else") is contradicted by
a fact asked about as what there is besides it ("besides shells, what else does Russia want?") whose phrasing it says
nearly all of (precision from PRECISE_AT), scoring this much."""
PRECISE_AT = 0.95
WEAK_AT = 0.46
"""A fact whose phrasing a long post says nearly all of (precision from PRECISE_AT), scoring from WEAK_AT and
ahead of every other, is what the post is about, though the post's other words keep its score low: the reply says
what the articles say of it, with no verdict unless they contradict it or cannot know it."""
SAYING_ALL_TAKES = 2
"""The fewest different words besides countries a phrasing needs for a post saying all of it to be about it: "now it
wants the same deal with NK" says all of "is dprk the same as north korea", and is not about the acronym; "nam
sung-wook called it a win-win" is about "nam sung-wook win-win"."""
HALF_HEARD_RECALL = 0.5
"""Unless the post has words the base has never heard and the fact covers less than this share of the post: the
unheard words are then what it is about ("anyone know a vpn that works in russia" is not about what Russia wants,
"putin gave kim a glove from a spacesuit" not about the 2019 gifts)."""
BESIDE = 2
"""How near (in words the base reads) an organisation is to a person for a claim to put them together."""
LONG_QUOTE_WORDS = 4
QUOTED_FROM_MEMORY_AT = 75
"""A quotation of LONG_QUOTE_WORDS or more is the articles' when it is this close (rapidfuzz partial ratio) to
what they say; a shorter one must be word for word."""
_TIME_UNIT = lazy_compile(r"\b(day|week|month|year)s?\b")
_CORRECTED_IN_ONE_WORD = ("days", "months", "venues", "travel", "offices")
"""The particulars a recorded rumour may get wrong and its reply correct in a word: the day, the month, the city, the
means of travel, the office."""
_HEDGED = lazy_compile(
    r"\b(?:might|may|could|would|can|wants?|seeks?|hopes?|plans?|expected|likely|possibly"
    r"|(?:is|are|isn'?t|aren'?t)(?: just| only| really| mainly)? after(?! (?:the|this|their|a|an|his|kim|putin)\b))\b",
    re.I,
)


class ClaimChecker:
    def __init__(self, index: SearchIndex, claims: dict[str, Claim], replies: dict[str, str]):
        self._index = index
        self._claims = claims
        self._not_mentioned = replies["not-mentioned"]
        self._after_the_articles = replies["after-the-articles"]
        self._stressing = frozenset(index.normalizer.tokens(_STRESSING))
        """Words stressing a want ("mainly", "really"), which name nothing wanted."""
        self._acquiring = frozenset(index.normalizer.tokens(_ACQUIRING))
        """Ways of getting a thing ("help building", "buy"), which name nothing wanted either."""
        self._giving = frozenset(index.normalizer.tokens(_GIVING_WORDS))
        """Ways of handing a thing over ("sell", "hand", "supply"): the other side gets it."""
        asked = index.wants_asked
        self._wants_named = {
            country: frozenset()
            .union(*(index.mentions[e] for e in entries))
            .difference(*(asked[other] - asked[country] for other in asked if other != country))
            for country, entries in index.wants_set_out.items()
        }
        """For each country whose wants a topic sets out, all it is said to want: every token its entries mention,
        but what only the other side's entries are asked about ("Moscow could send Pyongyang food and energy"
        stands in an entry on Russia's wants; nobody asks whether Russia wants energy, and it is not said to)."""
        self._said_by: dict[str, frozenset[str]] = {}
        """For each target checked against so far, the people the claims behind it have say it (_said_behind)."""
        self._reply_words: dict[str, list[str]] = {}
        """For each target checked against so far, the tokens of its reply, in order (_told)."""
        self._quotes_folded: dict[str, str] = {}
        """Each claim's quotes, lower-case and without punctuation, worked out the first time a claim quotes words."""
        self._stated = {  # what the articles' side does not negate is never compared: not kept
            target.id: replace(self._particulars(self._evidence(target)), asserted=frozenset())
            for target in index.targets.values()
            if not target.declines and target.verdict in (None, Verdict.SUPPORTED)
        }
        """The particulars each fact's evidence states, read once when the base is built: a claim is checked against
        several facts, and reading a fact's reply, statements and quotes takes longer than matching the claim."""
        self._figures = {t.id: frozenset(figures(self._evidence(t), words_too=True)) for t in index.targets.values()}
        """The figures each target's evidence states, digits and number words alike."""
        self._saying: dict[tuple[int, int, str], list[str]] = {}
        """For each side of an opposite pair (about a named thing or about none), the facts whose reply says it and
        not the other ("a record pace of missile tests"), in the base's order; the pairs too common to settle a claim
        alone are left out. The reply, not the quotes behind it: what contradicts a claim is shown to whoever made
        it."""
        for target_id in self._stated:
            stated = self._particulars(index.targets[target_id].text)
            for pair, side, thing in stated.opposites:
                if pair not in _TOO_GENERAL_OPPOSITES and (pair, 1 - side, thing) not in stated.opposites:
                    self._saying.setdefault((pair, side, thing), []).append(target_id)
        denials = {t.id: sum(claims[c].standing == "denial" for c in t.claims) for t in index.targets.values()}
        self._denying = max(
            (t for t in index.targets.values() if t.verdict is None and not t.declines and denials[t.id]),
            key=lambda t: denials[t.id],
            default=None,
        )
        """The fact resting most on denials: what the accused say of the allegations (both deny any arms deal)."""
        self._going_around = {
            rumour_id: [self._particulars(text) for text in phrasings]
            for rumour_id, phrasings in index.rumour_phrasings.items()
        }
        """The particulars of each recorded rumour's phrasings, read once: what the rumour gets wrong."""
        self._figured = frozenset(
            rumour_id for rumour_id, phrasings in index.rumour_phrasings.items() if any(map(figures, phrasings))
        )
        """The recorded rumours some phrasing of which states a figure."""
        self._amounts: dict[str, list[tuple[int, str]]] = {}
        """For each thing counted ("shells"), the orders of magnitude the facts' replies give for it, with the fact:
        "tens of millions of artillery shells" is (7, that fact's id) under "shells" and "artill"."""
        for target_id in self._stated:
            for order, units in self._particulars(index.targets[target_id].text).magnitudes:
                for unit in units:
                    self._amounts.setdefault(unit, []).append((order, target_id))

    def check(self, claim: str) -> ClaimCheck:
        tokens = self._index.normalizer.tokens(CONSENSUS.sub("", claim))
        # "north korea wants to sell shells to russia" tells a sale, not what north korea wants
        tokens = [t for t, then in zip_longest(tokens, tokens[1:]) if not (t == "want" and then in self._giving)]
        if self._particulars(claim).venues and "where" not in tokens:
            tokens = ["where", *tokens]  # "the summit is in moscow" is matched as what it answers: where it is
        if not self._index.has_subject(tokens):
            return ClaimCheck(claim, Verdict.NOT_IN_ARTICLES, self._not_mentioned)
        if (wants := self._wants_they_never_name(claim, tokens)) is not None:
            return self._found(claim, Verdict.CONTRADICTED, wants)  # "pyongyang mainly wants aircraft carriers"
        if (_SAID_TO_EACH_OTHER.search(claim) or _THEY_MET.search(claim)) and not any(
            year < "2023" for year in years_in(claim)
        ):
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)
        tokens, decision = self._matched(claim, tokens)
        best = decision.best
        quoting = self._the_fact_it_quotes(claim)
        if quoting is not None and self._gives_it_to_someone_else(tokens, quoting):
            # "the 'win-win deal' quote came from kim taewoo": the quotation is Nam Sung-wook's
            return self._found(claim, Verdict.CONTRADICTED, self._index.targets[quoting.id])
        # nothing the articles say contradicts what happened at or after the summit
        after_the_summit = _AFTER_THE_SUMMIT.search(claim) is not None or about_the_outcome(claim)
        if best is not None and decision.action is not Action.ANSWER and not after_the_summit:
            # a fact whose reply says the opposite first: the reply shown is what contradicts the claim
            contradicting = self._saying_the_opposite(claim, decision.candidates)
            contradicting = contradicting or self._contradicting(claim, tokens, decision.candidates)
            contradicting = contradicting or self._stating_another_amount(claim, tokens, decision.candidates)
            contradicting = contradicting or self._saying_it_is_unknown(claim, decision.candidates)
            if contradicting is not None:
                return self._found(claim, Verdict.CONTRADICTED, contradicting)
            not_given = self._not_given_of(tokens, decision.candidates) if best.names_missing else None
            if not_given is not None:  # "china's foreign ministry welcomed the meeting": what China said is not given
                return self._found(claim, Verdict.NOT_IN_ARTICLES, not_given)
            if best.names_missing:
                return self._check_names(claim, tokens, self._index.targets[best.target])
        if best is not None and _more_than_all_there_is(claim, best):  # "russia only wants shells, nothing else"
            return self._found(claim, Verdict.CONTRADICTED, self._index.targets[best.target])
        if (
            best is not None
            and decision.action is not Action.ANSWER
            and _says_nearly_all_of(decision, self._index.countries)
        ):
            if (not_given := self._decline_tying(decision)) is not None:
                return self._found(claim, Verdict.NOT_IN_ARTICLES, not_given)  # "…bc he's scared of flying"
            checked = self._against(claim, self._index.targets[best.target])
            if checked.verdict not in (Verdict.SUPPORTED, None):
                return checked
            if best.recall < HALF_HEARD_RECALL and self._unheard_of(claim):
                return self._not_found(claim)
            return replace(checked, verdict=None)
        if best is None or decision.action is not Action.ANSWER or self._names_only_of_a_rumour(claim, best):
            return self._not_found(claim)
        settling = self._settling(claim, decision.candidates)
        if self._done_by_someone_else(tokens, settling) or self._makes_a_teller_do_it(tokens, settling):
            # "putin has been to pyongyang": they tell only of Shoigu; "the US secretly offered NK food aid…": the
            # U.S. officials they quote only say what Russia seeks
            return self._found(claim, Verdict.NOT_IN_ARTICLES, settling)
        checked = self._against(claim, settling)
        if checked.verdict is Verdict.CONTRADICTED and checked.match:
            checked = self._the_same_way_round(claim, decision.candidates, checked)
        # a claim denying what its fact says otherwise ("kim hasn't travelled abroad since covid") is not then
        # contradicted by the particulars it denies
        denied = checked.match in self._stated and self._denies_what_the_articles_contradict(
            claim, self._index.targets[checked.match]
        )
        if checked.verdict is not Verdict.CONTRADICTED and not after_the_summit and not denied:
            # a figure or day the best match does not state may be another fact's ("5 months" of Western arms,
            # where an entry saying the amount is not given fits best and a fact says 17 months; "putin only got
            # there on wednesday", where a fact about the same man says Monday)
            contradicting = self._contradicting(claim, tokens, decision.candidates, FIGURES | {"days"})
            contradicting = contradicting or self._saying_the_opposite(claim, decision.candidates)  # "…war up quickly"
            # "us officials know the EXACT volume nk has shipped", where a fact near it says the volume is unclear
            contradicting = contradicting or self._saying_it_is_unknown(claim, decision.candidates)
            if contradicting is not None:
                return self._found(claim, Verdict.CONTRADICTED, contradicting)
        return checked

    def _the_same_way_round(self, claim: str, candidates, checked: ClaimCheck) -> ClaimCheck:
        """A claim contradicted only by the direction of the exchange its best match tells, checked against a fact
        nearly as near that tells the exchange the claim's way round ("north korea will sell russia ammunition"
        matches what Russia could give in exchange for ammunition, and Russia wanting ammunition nearly as well)."""
        said = self._particulars(claim)
        if conflicts(said, self._stated.get(checked.match, said)) != ["direction"] or _IN_EXCHANGE.search(claim):
            return checked  # "nk sends grain to russia in exchange for ammo" tells both ways: the goods are wrong
        for candidate in candidates[1:]:
            if candidate.score < NEAR_SHARE * candidates[0].score:
                break
            target = self._index.targets[candidate.target]
            if target.declines or target.verdict is not None or candidate.target not in self._stated:
                continue
            same_way = said.direction and said.direction <= self._stated[candidate.target].direction
            if same_way and self.tells_of(claim, candidate.target):
                again = self._against(claim, target)
                return again if again.verdict is Verdict.SUPPORTED else checked
        return checked

    def _matched(self, claim: str, tokens: list[str]) -> tuple[list[str], Decision]:
        """The tokens a claim is matched by and its best matches. A day of the week is what a claim most often
        gets wrong, so it does not pick what the claim is about: where the best match with its days is a recorded
        rumour the articles do not bear out, or an entry saying they do not give a date, the claim is matched
        without them ("kremlin announced kim's visit on friday" is the announcement, on Monday, not the rumour
        that Kim left on Friday)."""
        decision = decide(self._index, tokens, NOT_CLAIMS, stated=self._stated_types(claim))
        undated = [t for t in tokens if t not in DAYS]
        if decision.best is None or undated == tokens or not self._index.has_subject(undated):
            return tokens, decision
        best = self._index.targets[decision.best.target]
        if not best.declines and best.verdict in (None, Verdict.SUPPORTED):
            return tokens, decision
        return undated, decide(self._index, undated, NOT_CLAIMS, stated=self._stated_types(claim))

    def _wants_they_never_name(self, claim: str, tokens: list[str]) -> Target | None:
        """The entry saying what a country wants, when a claim has it want, or be sold, only things none of the
        entries setting out its wants name ("russia mostly wants nk's fighter jets and tanks", "NK will sell russia
        its ICBMs"). Only a plain statement: the wanting country right before its verb (not "…ICBMs aimed at the
        US"), nothing denied or hedged ("moscow needs nothing from kim")."""
        index = self._index
        if index.language != "en" or _DENIAL.search(claim) or _HEDGE.search(claim) or about_the_outcome(claim):
            return None
        if _ASKED_A_QUESTION.search(claim):  # "putin asked if russia will help nk build satellites": no want
            return None
        if _ALREADY_GIVEN.search(claim) or _AS_A_GIFT.search(claim):  # "russia has already handed NK MiG-29s", "putin
            return None  # sent kim horses as a gift": a delivery or a gift, not what it can offer
        if _SENT_TO_ASK.search(claim):  # "shoigu's trip to pyongyang was to ask kim for shells": Russia asked
            return None
        doing = _WANTS_TO_DO.search(claim)
        if doing and not set(self._index.normalizer.tokens(doing[1])) & (self._acquiring | self._giving):
            return None  # "russia is trying to blackmail seoul": something it wants to do, not a thing it wants
        wanting = self._wanting(claim, tokens)
        if wanting is None:
            return None
        getter, asked, things = wanting
        entries = index.wants_set_out.get(getter, ())
        wanted = [t for t in things if self._names_a_thing(t)]
        if not entries or not wanted or any(c.isdigit() for t in wanted for c in t):
            return None  # "the shells russia wants are mostly 152mm": a figure of what it wants, not a want
        if any(t in self._wants_named[getter] for t in wanted):
            giver = asked[0] if asked[1:2] == ["offer"] else None
            if (
                giver is not None
                and not _IN_EXCHANGE.search(claim)
                and self._what_it_wants_itself(giver, getter, wanted)
            ):
                return self._wants_entry(giver, [giver, "want"])  # "russia offers to sell NK ammunition": it buys
            return None
        return self._wants_entry(getter, asked)

    def _wants_entry(self, country: str, asked: list[str]) -> Target:
        """The entry setting out a country's wants that says most of what is asked ("what weapons does north korea
        want": its weapons technology, not "what is pyongyang after", which answers it too but says nothing of
        weapons)."""
        entries = self._index.wants_set_out[country]
        found = [c for c in self._index.rank(asked, limit=_RANKED_FOR_WANTS) if c.target in entries]
        best = max(found, key=lambda c: c.recall, default=None)
        return self._index.targets[best.target if best else entries[0]]

    def _what_it_wants_itself(self, giver: str, getter: str, things: list[str]) -> bool:
        """Whether a claim has a country hand over what it is the one to want: something most of the entries on
        its own wants speak of and few of the other side's do ("russia is offering to sell NK ammunition", which
        Russia seeks to buy), and nothing the other side wants."""

        def share(country: str, thing: str) -> float:
            entries = self._index.wants_set_out.get(country, ())
            return sum(thing in self._index.mentions[e] for e in entries) / max(len(entries), 1)

        if any(share(getter, t) >= _MOSTLY_WANTED for t in things):
            return False
        return any(share(giver, t) >= _MOSTLY_WANTED and share(getter, t) < _HARDLY_WANTED for t in things)

    def _wanting(self, claim: str, tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
        """Who a claim says wants or gets something, what to ask the base to show what the articles say it wants,
        and the tokens after the verb, which name what it wants."""
        index = self._index
        for position, token in enumerate(tokens):
            if token != "want" and token not in self._giving:
                continue
            if token == "want" and tokens[position + 1 : position + 2] and tokens[position + 1] in self._giving:
                continue  # "north korea wants to sell shells to russia": a giving, Russia gets them
            before = tokens[:position]
            while before and (before[-1] in self._stressing or before[-1] in index.subjectless or before[-1] == "want"):
                before = before[:-1]
            side = SIDES.get(before[-1]) if before else None
            if side is None:
                return None
            if token == "want":  # what the base answers "what weapons does it want?": posts put arms in for arms
                return side, [side, "want", "weapons"], tokens[position + 1 :]
            sides = direction(claim, self._countries_in)  # "NK will sell russia its ICBMs": Russia gets them
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            # "pyongyang could hand russia its ICBMs": who it names gets them; not the partner of "a deal with russia"
            if sides is None and following in SIDES and not _DEAL_WITH.search(claim):
                sides = side, SIDES[following]
            if sides is None or sides[0] != side or sides[1] == side:
                return None
            return sides[1], [side, "offer", sides[1]], tokens[position + 1 :]  # what can the giver offer it?
        return None

    def _names_a_thing(self, token: str) -> bool:
        index = self._index
        return not (
            token in index.subjectless
            or token in SIDES
            or token in index.countries
            or token.isdigit()
            or token in self._stressing
            or token in self._acquiring
        )

    def check_against(self, claim: str, target_id: str) -> ClaimCheck:
        """A claim checked against the entry already chosen to answer it."""
        return self._against(claim, self._index.targets[target_id])

    def tells_of(self, claim: str, target_id: str) -> bool:
        """Whether an entry speaks of every word of a claim, but for the summit's sides ("kim is going to putin for
        food and energy" of the entry on the pandemic's toll, which says Kim will seek food and energy)."""
        mentioned = self._index.mentions[target_id]
        return all(t in mentioned or t in SUMMIT_SIDES for t in self._index.normalizer.tokens(claim))

    def states_figures_beyond(self, claim: str, target_id: str) -> bool:
        """Whether a claim states a figure (a count, a share, a year) that an entry's reply and quotes do not."""
        return target_id in self._figures and bool(figures(claim) - self._figures[target_id])

    def places_or_dates(self, claim: str) -> bool:
        """Whether a claim names a place, a day, a month, a year or a means of travel (see PLACE_AND_TIME)."""
        said = self._particulars(claim)
        return any(getattr(said, kind) for kind in PLACE_AND_TIME)

    def differs_in(self, claim: str, target_id: str | None) -> frozenset[str]:
        """The kinds of particulars (venues, days, counts…) a fact states otherwise than a claim."""
        if target_id not in self._stated:
            return frozenset()
        return frozenset(conflicts(self._particulars(claim), self._stated[target_id]))

    def _settling(self, claim: str, candidates) -> Target:
        """The target that settles a claim: the best match, or a fact just behind it when the best says the
        articles cannot know something the claim does not state (see FACT_OVER_DECLINE), or records as having
        happened after the summit what the claim only foresees (see FACT_OVER_AFTERMATH)."""
        best = self._index.targets[candidates[0].target]
        if (rumour := self._rumour_of_its_words(claim, candidates)) is not None:
            return rumour
        telling = self._index.telling_words.get(best.id)
        if telling and not telling & set(self._index.normalizer.tokens(claim)):
            return self._fact_just_behind(candidates, FACT_OVER_UNTOLD_RUMOUR) or best
        foreseen = _FORESEEN.search(claim) and not _HAPPENED.search(claim)  # "likely to lift them after the summit"
        if best.verdict is Verdict.AFTER_ARTICLES and foreseen:
            # "russia is certain to lift its sanctions" foresees; a record of it having happened does not settle it
            return self._fact_just_behind(candidates, FACT_OVER_AFTERMATH) or best
        if not best.declines or self._states_particulars(claim) or about_the_outcome(claim):
            return best
        if _HAPPENED.search(claim):  # that something happened is no hedged expectation a fact could settle
            return best
        if best.about_outcome and not _HEDGED.search(claim):
            return best
        return self._fact_just_behind(candidates, FACT_OVER_DECLINE) or best

    def _names_only_of_a_rumour(self, claim: str, best) -> bool:
        """Whether the best match is a rumour the articles do not bear out, matched by its telling words, of which
        the claim says nothing else but names ("lavrov is on the russian delegation" is not the rumour that Lavrov
        confirmed Kim's entry)."""
        target = self._index.targets[best.target]
        if target.verdict in (None, Verdict.SUPPORTED):
            return False
        telling = self._index.telling_words.get(target.id, frozenset())
        shared = set(self._index.normalizer.tokens(claim)) & set(best.phrasing_tokens)
        return bool(shared & telling) and self._only_names_and(shared, telling)

    def _only_names_and(self, shared: set[str], words: frozenset[str] | set[str]) -> bool:
        """Whether what a claim shares with a rumour's phrasing is only names and the given words (its telling
        words): nothing it says of anyone."""
        return all(t in words or self._index.normalizer.is_name(t) for t in shared)

    def _rumour_of_its_words(self, claim: str, candidates) -> Target | None:
        """The recorded rumour, within RUMOUR_OVER_FACT of the best match, that has a word of the claim only
        rumours use, and says something of it besides names ("lavrov is on the russian delegation" is not the
        rumour that Lavrov confirmed Kim's entry)."""
        tokens = set(self._index.normalizer.tokens(claim))
        rumoured = tokens & self._index.rumoured_only
        if not rumoured:
            return None
        for candidate in candidates:
            if candidate.score < candidates[0].score - RUMOUR_OVER_FACT:
                return None
            target = self._index.targets[candidate.target]
            shared = tokens & set(candidate.phrasing_tokens)
            if target.verdict is not None and rumoured & shared and not self._only_names_and(shared, rumoured):
                return target
        return None

    def _fact_just_behind(self, candidates, margin: float) -> Target | None:
        """A fact (no decline, no recorded rumour) within `margin` of the best match."""
        for candidate in candidates[1:]:
            if candidate.score < candidates[0].score - margin:
                break
            target = self._index.targets[candidate.target]
            if not target.declines and target.verdict is None:
                return target
        return None

    def _contradicting(
        self, claim: str, tokens: list[str], candidates, kinds: frozenset[str] | None = None
    ) -> Target | None:
        """A fact near the claim (not the clear best match: posts embellish) that states another value for one of
        the claim's particulars: another day, count, means of travel, direction of a deal. When an entry saying the
        articles do not give that detail is clearly the best match, only another count, the opposite saying or a
        fact about the same person can."""
        said = self._particulars(claim)
        if _no_amount_held(claim):  # "$800 a shell" is no stock of 800 shells
            said = replace(said, magnitudes=frozenset())
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        decline_ahead = self._index.targets[best.target].declines and best.score - runner_up > 2 * DECLINE_MARGIN
        passed_over = False
        # what a post makes of its claim names no one a fact must mention: "…ran dry, that's why they need kim"
        stated = _WHAT_FOLLOWS_FROM_IT.split(claim, maxsplit=1)[0]
        stated_tokens = tokens if stated == claim else self._index.normalizer.tokens(stated)
        for candidate in candidates:
            target = self._index.targets[candidate.target]
            if candidate.score < max(NEAR_ENOUGH, NEAR_SHARE * best.score):
                break
            if self._unmentioned(stated_tokens, target) or self._done_by_someone_else(stated_tokens, target):
                passed_over = True  # "shoigu begged kim for food": not what North Korea wants, which never names him
                continue
            if target.declines or target.verdict not in (None, Verdict.SUPPORTED):
                continue  # a recorded rumour the articles bear out states their particulars; a false one does not
            found = [kind for kind in conflicts(said, self._stated[target.id]) if kinds is None or kind in kinds]
            if passed_over:  # past a nearer fact about someone else, only what was asked for: a date may be another's
                found = [kind for kind in found if kind in PARTICULAR]
            if candidate is not best:
                found = [kind for kind in found if kind not in ONLY_THE_BEST]
            if candidate.score < DATED_AT:  # a day or month of a fact that barely matches may be another event's
                found = [kind for kind in found if kind not in ("days", "months")]
            if candidate.score < YEAR_DATED_AT:  # "kim jong il took a train to russia in 2001": not his son's 2011
                found = [kind for kind in found if kind != "years"]
            back_then = self._stated[target.id].years
            if back_then and max(back_then) < "2023" and not years_in(claim):  # the limousine of 2018 is no means
                found = [kind for kind in found if kind != "travel"]  # of this trip
            spans_only = _SINCE_THE_YEAR.search(target.text) and not years_in(_SINCE_THE_YEAR.sub(" ", target.text))
            if spans_only and not _SINCE_THE_YEAR.search(claim):
                # "the first defense minister to visit since the 1991 disintegration": a span, not when anything
                # happened, so no year of another event ("putin visited pyongyang in 2000") is another of its years
                found = [kind for kind in found if kind != "years"]
            if _NOW.search(claim) and _BEFORE_THEN.search(target.text):  # "still 50,000 workers right now": not the
                found = [kind for kind in found if kind not in ("counts", "magnitudes")]  # 20,000 before the ban
            if "opposites" in found or "counts" in found:
                return target  # "stopped missile tests" where they say a record pace, "5 months" where 17
            someones = (["travel"],) if kinds is None else (["travel"], ["days"])  # past a clear match, a day too
            if (found in someones or decline_ahead) and not self._shares_a_person(tokens, target):
                continue  # a means of travel is someone's; past a decline, only a fact about the same person
            if _travel_of_his_thing(claim, found):
                continue  # "kim's mercedes got flown…": not how Kim travels
            if found:
                return target
        return None

    def _saying_the_opposite(self, claim: str, candidates=()) -> Target | None:
        """A fact saying the opposite of what a claim says about a named thing ("paused missile tests" where they
        say a record pace of missile tests), however little else of the claim it matches: of those that do, the
        one that matches it best, or the first in the base."""
        claimed = self._particulars(claim).opposites
        # a claim saying both sides ("first trip abroad since covid", where the pair reads "since covid" both ways)
        # says neither
        opposite = [(pair, 1 - side, thing) for pair, side, thing in claimed]
        opposite = [found for found in opposite if found not in claimed]
        saying = [target_id for said in opposite for target_id in self._saying.get(said, ())]
        matched = [c.target for c in candidates if c.target in saying]
        if matched:
            return self._index.targets[matched[0]]
        # a saying about no named thing ("put on hold", "actively advancing") only from a fact the claim matches or
        # one of the same person or body says ("the NSC says the arms talks are on hold")
        tokens = self._index.normalizer.tokens(claim)
        found = [
            target_id
            for said in opposite
            for target_id in self._saying.get(said, ())
            if said[2] or self._shares_a_person(tokens, self._index.targets[target_id])
        ]
        return self._index.targets[found[0]] if found else None

    def _states_particulars(self, claim: str) -> bool:
        """Whether a claim states a figure, a day, a month, a year, a means of travel, a meal or a ministry."""
        said = self._particulars(claim)
        stated = (said.days, said.months, said.years, said.counts, said.travel, said.meals, said.offices)
        return bool(figures(claim)) or any(stated)

    def _stating_another_amount(self, claim: str, tokens: list[str], candidates=()) -> Target | None:
        """A fact giving an amount of the same thing orders of magnitude away from the claim's ("a few thousand
        shells" where they say tens of millions), and naming whoever the claim names; of several, the one that
        matches the claim best, or the first in the base."""
        if _no_amount_held(claim):
            return None
        found: list[str] = []
        for order, units in self._particulars(claim).magnitudes:
            stated: dict[str, list[int]] = {}
            for unit in units:
                for other, target_id in self._amounts.get(unit, ()):
                    stated.setdefault(target_id, []).append(other)
            found += [
                target_id
                for target_id, orders in stated.items()
                if all(abs(order - other) >= MAGNITUDES_APART for other in orders)
                and not self._unmentioned(tokens, self._index.targets[target_id])
            ]
        if not found:
            return None
        matched = [c.target for c in candidates if c.target in found]
        return self._index.targets[matched[0] if matched else found[0]]

    def _unmentioned(self, tokens: list[str], target: Target) -> list[str]:
        """The people and places (not years, which may be what is contradicted) a claim names and a target does not."""
        mentioned = self._index.mentions[target.id] | self._index.asked_about.get(target.id, frozenset())
        normalizer = self._index.normalizer
        return [t for t in tokens if normalizer.is_person_or_place(t) and not t.isdigit() and t not in mentioned]

    def _shares_a_person(self, tokens: list[str], target: Target) -> bool:
        """Whether the target speaks of someone the claim names: a means of travel is someone's."""
        people = {t for t in tokens if t in self._index.people_and_bodies and t not in self._index.countries}
        return bool(people & self._index.mentions[target.id])

    def _against(self, claim: str, target: Target) -> ClaimCheck:
        """The verdict on a claim from the target it matches best. A recorded rumour the articles bear out settles
        a claim only as a fact would, when the claim states no other particular and nothing after the summit."""
        outcome = about_the_outcome(claim)
        if target.verdict not in (None, Verdict.SUPPORTED) and outcome and not _ABOUT_THE_OUTCOME.search(target.text):
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)  # "putin said at the summit…"
        evidence = self._evidence(target)
        after_them = bool(_AFTER_THE_SUMMIT.search(claim)) and not _AFTER_THE_SUMMIT.search(evidence)
        if after_them and not _FORESEEN.search(claim):  # told, not foreseen: "…train departed vladivostok on sunday"
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)
        if self._restates_the_correction(claim, target) or self._denies_the_rumour(claim, target):
            return self._found(claim, Verdict.SUPPORTED, target)
        if target.verdict not in (None, Verdict.SUPPORTED) and self._figures_the_rumour_lacks(claim, target):
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)  # "nk's economy shrank by 10% during covid"
        if target.verdict not in (None, Verdict.SUPPORTED):
            return self._found(claim, target.verdict, target)
        if _BEYOND_DOUBT.search(claim) and _IN_DOUBT.search(f"{target.text} {evidence}"):
            return self._found(claim, Verdict.CONTRADICTED, target)  # "nk shells are top quality, zero doubts"
        if _CALLED_LIKELY.search(claim) and not _NOT.search(claim) and _UNLIKELY.search(target.text):
            return self._found(claim, Verdict.CONTRADICTED, target)  # "russia is LIKELY to lift its sanctions"
        if self._calls_known_what_it_says_is_unclear(claim, target):
            return self._found(claim, Verdict.CONTRADICTED, target)  # "the US released exact numbers": unclear
        if target.declines and "days" in conflicts(self._particulars(claim), self._particulars(target.text)):
            return self._found(claim, Verdict.CONTRADICTED, target)  # "the forum runs to friday": through Wednesday
        if target.declines:
            after = target.about_outcome or about_the_outcome(claim)  # "…wheat at the summit"
            return self._found(claim, Verdict.AFTER_ARTICLES if after else Verdict.NOT_IN_ARTICLES, target)
        if after_them:
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)
        expected = all(self._claims[c].standing in EXPECTED_STANDINGS for c in target.claims) and target.claims
        if expected and about_the_outcome(claim) and not _ABOUT_THE_OUTCOME.search(evidence):
            # "at the banquet kim raised a toast…" tells what happened where the articles only expect a lunch
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)
        if self._index.language == "en" and _quotes_words_they_never_use(claim, evidence):
            if about_the_outcome(claim) and not _ABOUT_THE_OUTCOME.search(evidence):
                return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)  # "…toasted his 'ally'"
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)  # sullivan warned nk would "pay a price"
        if self._denies_what_the_articles_contradict(claim, target):
            return self._found(claim, Verdict.SUPPORTED, target)  # "kim isn't travelling by plane": by train
        if found := conflicts(self._particulars(claim), self._stated[target.id]):
            if _travel_of_his_thing(claim, found):
                return self._found(claim, Verdict.NOT_IN_ARTICLES, target)  # "kim's limo was flown in": not Kim
            earlier = self._stated[target.id].years and max(self._stated[target.id].years) < "2023"
            of_now = not any(year < "2023" for year in years_in(claim))
            if earlier and of_now and (_ON_THIS_TRIP.search(claim) or found == ["travel"]):
                return self._found(claim, Verdict.NOT_IN_ARTICLES, target)  # "…on the train with her brother again
                # this time": a fact of 2019 says nothing of this trip, whatever it differs in, nor the limousine of
                # 2018 of what his train carries now
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._puts_words_in_someones_mouth(claim, target):  # "Matsuno said Tokyo will coordinate sanctions"
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)
        if self._put_in_another_countrys_mouth(claim, target):  # "a South Korean official says…": a U.S. one did
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._has_another_say_it(claim, target):  # "it was LAVROV who said US guarantees…": Putin said so
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._has_someone_say_what_nobody_says(claim, target):  # "trump said he gets along great with both"
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)
        if self._puts_someone_in_another_body(claim, target):  # "kim taewoo of the asan institute": of KINU
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._blames_another_country(claim, evidence):  # "nk blamed RUSSIA for the crisis"
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._dates_someone_by_something_else(claim, target):  # "kim and putin first met back in 2018": 2019
            first = _FIRST.search(claim) is not None  # "kim and trump met in 2018": a meeting they do not tell
            return self._found(claim, Verdict.CONTRADICTED if first else Verdict.NOT_IN_ARTICLES, target)
        if target.verdict is Verdict.SUPPORTED:
            return self._found(claim, Verdict.SUPPORTED, target)
        standings = {self._claims[c].standing for c in target.claims}
        # "both sides said there's no arms deal" tells their denial: a yes to whether they deny it
        reports_the_denial = "denial" in standings and _SAID_NOT.search(claim) is not None
        says_no_as_they_do = _denies_what_they_deny(claim, evidence)  # "nk never condemned the invasion": nor did it
        if (
            _polarity(target.text) not in (None, reports_the_denial or _polarity_of_claim(claim))
            and not says_no_as_they_do
        ):
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._index.language == "en" and not _large_figures(claim) <= self._figures[target.id]:
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)  # "russia makes ~2 million shells a year"
        if about_the_outcome(claim) and not _ABOUT_THE_OUTCOME.search(evidence):
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)  # "…part of the summit deal?"
        owned_up = _ACCUSED_ADMIT.search(claim) and not _DENIAL.search(claim)
        if "allegation" in standings and owned_up and self._denying is not None:
            return self._denied(claim, target)  # "the kremlin admits shoigu asked…": US officials say so; both deny it
        if standings & set(DISPUTED_STANDINGS) and not _ATTRIBUTES.search(claim):
            # an allegation stated as fact: the articles carry it, attributed, and say who disputes it
            if not _polarity_of_claim(claim) and "denial" not in standings:
                return self._found(claim, Verdict.CONTRADICTED, target)  # "shoigu didn't ask NK for anything"
            if len(self._unheard_of(claim)) > UNHEARD_OF_ALLOWED:
                return self._found(claim, None, target)  # "prigozhin himself negotiated…": more than they say
            return replace(self._found(claim, Verdict.SUPPORTED, target), alleged=True)
        expected = all(self._claims[c].standing in EXPECTED_STANDINGS for c in target.claims)
        happened = _HAPPENED.search(claim) and not _ATTRIBUTES.search(claim) and not _HEDGED.search(claim)
        if expected and target.claims and happened:  # "…may have to be agreed with china" says nothing happened
            return self._found(claim, Verdict.AFTER_ARTICLES, target)
        if self._index.language != "en" and _other_figures(claim, evidence):
            return self._found(claim, Verdict.CONTRADICTED, target)
        if not figures(claim) <= self._figures[target.id]:
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)
        if self._index.language != "en":
            return self._found(claim, None, target)  # the particulars it could contradict are read in English only
        unheard = self._unheard_of(claim)
        if set(unheard) & self._index.rumoured_only:  # "lavrov is on the russian team": only a rumour names him
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)
        if set(unheard) & _WAYS_OF_KEEPING_IN_TOUCH:  # "they have talked on the phone loads of times": no meeting
            return self._found(claim, Verdict.NOT_IN_ARTICLES, target)
        if len([t for t in unheard if not _everyday(t, claim)]) > UNHEARD_OF_ALLOWED:
            return self._found(claim, None, target)  # it says more than the articles do: what they say, no verdict
        if _denies_what_it_affirms(claim, evidence) and not self._says_the_same_side(claim, target):
            return self._found(claim, Verdict.CONTRADICTED, target)  # "putin never asked him to come": he invited him
        if _affirms_what_it_calls_unlikely(claim, target.text):  # "…guarantees would be enough": unlikely to
            return self._found(claim, Verdict.CONTRADICTED, target)
        if self._affirms_what_it_denies(claim, evidence):  # "nk condemned the invasion": refrained from condemning
            return self._found(claim, Verdict.CONTRADICTED, target)
        if _denies_what_was_done(claim, evidence):  # "the us hasn't said anything about the talks": Watson said…
            return self._found(claim, Verdict.CONTRADICTED, target)
        return self._found(claim, Verdict.SUPPORTED, target)

    def _affirms_what_it_denies(self, claim: str, evidence: str) -> bool:
        """Whether a claim affirms, without denying anything, the very thing the evidence says was not done
        ("north korea condemned the invasion" where it "has refrained from condemning" it). The very word, not one
        the lexicon counts the same: "his first trip abroad since covid" is no "had not travelled" turned round."""
        if _DENIAL.search(_without_affirming_negations(claim)):
            return False
        denied = {stem(found.group(1).casefold()) for found in _DENIED_DOING.finditer(evidence)}
        return bool(denied & {stem(word) for word in clean_words(claim)})

    def _says_the_same_side(self, claim: str, target: Target) -> bool:
        """Whether a claim says the side of an opposite that the target states ("wasn't exactly besties": cool)."""
        return bool(self._particulars(claim).opposites & self._stated[target.id].opposites)

    def _puts_words_in_someones_mouth(self, claim: str, target: Target) -> bool:
        """Whether a claim has someone say what none of their claims behind the target says: of the things it has
        them say, the articles' statements and quotes of that person name none ("Matsuno said Tokyo will
        coordinate new sanctions", where the sanctions are a US official's warning and Matsuno expressed concern)."""
        index, tokens_of = self._index, self._index.normalizer.tokens
        tokens = tokens_of(claim)
        if "say" not in tokens:
            return False
        said_at = tokens.index("say")
        speaker = next((t for t in reversed(tokens[:said_at]) if t not in index.subjectless), None)
        if speaker not in index.people:
            return False
        theirs = [c for c in map(self._claims.get, target.claims) if c and speaker in tokens_of(c.asserted_by)]
        said = {
            t
            for t in tokens[said_at + 1 :]
            if t not in index.subjectless
            and not t.isdigit()
            and not index.normalizer.is_person_or_place(t)
            and t not in index.countries
            and index.matcher.knows(t)
        }
        if not theirs or not said:
            return False
        words = " ".join(text for c in theirs for text in (c.statement, *(quote.text for quote in c.quotes)))
        return not said & set(tokens_of(words))

    def _has_another_say_it(self, claim: str, target: Target) -> bool:
        """Whether a claim has one person say what the claims behind the target have another person say ("after
        the 2019 summit it was LAVROV who said US guarantees would never work", where Putin said it). The words
        match, so the speaker is all that differs; a statement that names nobody as its speaker settles nothing."""
        said_by_claim = self._speakers(strip_furniture(claim), names_unknown=True)
        said_by_them = self._said_behind(target)
        return bool(said_by_claim) and bool(said_by_them) and not said_by_claim & said_by_them

    def _has_someone_say_what_nobody_says(self, claim: str, target: Target) -> bool:
        """Whether a claim has a person the base knows say what, in the claims behind the target, nobody says: the
        articles report it, if at all, as no one's words ("trump said he gets along great with both kim and putin",
        where the Hanoi summit is only reported)."""
        if not _SAID.search(claim):  # "…travelling with Kim 👀 tells you everything": no one says anything
            return False
        said_by_claim = self._speakers(strip_furniture(claim)) & self._index.people
        return bool(said_by_claim) and not self._said_behind(target)

    def _done_by_someone_else(self, tokens: list[str], target: Target) -> bool:
        """Whether a claim has someone do what the articles tell another did: it opens with a person the target
        never names, and the first person the target's reply names is another, no leader of either side and none
        of those who say it ("putin visited pyongyang in july", where Shoigu traveled there, Kim Taewoo says)."""
        people = self._index.people
        if not tokens or tokens[0] not in people or tokens[0] in self._index.mentions[target.id]:
            return False
        named = [t for t in self._told(target) if t in people]
        return bool(named) and named[0] not in SUMMIT_SIDES and named[0] not in self._said_behind(target)

    def _gives_it_to_someone_else(self, tokens: list[str], quoted: Claim) -> bool:
        """Whether a claim names as the one behind a fact's words someone the fact never names, where the fact names
        another person: the words are that person's."""
        people = self._index.people
        strangers = [t for t in tokens if t in people and t not in quoted.entities and t not in SUMMIT_SIDES]
        return bool(strangers) and any(e in people for e in quoted.entities if e not in SUMMIT_SIDES)

    def _makes_a_teller_do_it(self, tokens: list[str], target: Target) -> bool:
        """Whether a claim has a country do something where its match has that country only tell what others do:
        it opens with a country, no side of the summit, that does not say anything, and every time the match's
        reply names that country, it says something ("U.S. officials say Russia is seeking…")."""
        country = tokens[0] if tokens else None
        if country not in self._index.countries or country in SUMMIT_SIDES or "say" in tokens[1:3]:
            return False
        told = self._told(target)
        at = [i for i, token in enumerate(told) if token == country]
        return bool(at) and all("say" in told[i + 1 : i + 3] for i in at)

    def _told(self, target: Target) -> list[str]:
        """The tokens of a target's reply, in order, worked out the first time a claim is checked against it."""
        if target.id not in self._reply_words:
            self._reply_words[target.id] = self._index.normalizer.tokens(target.text)
        return self._reply_words[target.id]

    def _said_behind(self, target: Target) -> frozenset[str]:
        """The people the claims behind a target have say it: each statement's speakers and each asserter's people,
        worked out the first time a claim is checked against the target."""
        if target.id not in self._said_by:
            said: set[str] = set()
            for behind in filter(None, map(self._claims.get, target.claims)):
                said |= self._speakers(behind.statement) | self._speakers(behind.asserted_by, asserts=True)
            self._said_by[target.id] = frozenset(said)
        return self._said_by[target.id]

    def _speakers(self, text: str, names_unknown: bool = False, asserts: bool = False) -> set[str]:
        """The people a text has say something: the person named last before each "said" ("putin said…", "it was
        kim who said…"), or every person an asserter names. With `names_unknown`, a capitalised name the base
        does not know counts too ("LAVROV")."""
        index = self._index
        tokens = index.normalizer.tokens(text)
        if asserts:
            return {t for t in tokens if t in index.people}
        speakers = set()
        for said_at in (at for at, token in enumerate(tokens) if token == "say"):
            before = [t for t in tokens[:said_at] if t not in index.subjectless]
            speaker = before[-1] if before else None
            if speaker in index.people or (names_unknown and speaker and self._unknown_name(speaker, text)):
                speakers.add(speaker)
        return speakers

    def _unknown_name(self, token: str, text: str) -> bool:
        """Whether a token is a name the base does not know, written with a capital after the text's first word
        ("it was LAVROV who said", "Lavrov said")."""
        if self._index.matcher.knows(token) and token not in self._index.rumoured_only:
            return False
        words = re.findall(r"\w+", text)[1:]
        return any(word[0].isupper() and word.casefold().startswith(token) for word in words)

    def _put_in_another_countrys_mouth(self, claim: str, target: Target) -> bool:
        """Whether a claim opens by saying which country's people or bodies say it ("according to Russia's Defence
        Ministry, …", "a South Korean intelligence official says…") where every claim behind the target is said by
        another country's ("according to South Korea's Unification Ministry", "a U.S. official")."""
        said_by = _ASSERTED_BY.match(strip_furniture(claim))
        sourced = _SOURCED_FROM.search(claim)
        asserters = self._countries_behind(said_by[1] or said_by[2]) if said_by else frozenset()
        if not asserters and sourced is not None:  # "per AP, the first tip came from a RUSSIAN official"
            asserters = self._countries_behind(sourced[1])
        behind = [self._countries_behind(c.asserted_by) for c in map(self._claims.get, target.claims) if c]
        theirs = [countries for countries in behind if countries]  # of those behind it, who speaks for a country
        return bool(asserters) and bool(theirs) and not any(asserters & t for t in theirs)

    def _countries_behind(self, text: str) -> frozenset[str]:
        """The countries a text names, itself or through the bodies and people it names ("South Korea's
        Unification Ministry"); `_countries_in` gives only those it names itself, in order."""
        tokens = self._index.normalizer.tokens(text)
        return frozenset(self._countries_in(text)).union(*(self._index.countries_of.get(t, ()) for t in tokens))

    def _puts_someone_in_another_body(self, claim: str, target: Target) -> bool:
        """Whether a claim names, beside a person the target speaks of, an organisation the target does not, where
        the target names another: the person put in the wrong body ("Kim Taewoo of the Asan Institute", where the
        articles say he headed the Korea Institute for National Unification)."""
        tokens = self._index.normalizer.tokens(claim)
        mentioned = self._index.mentions[target.id]
        bodies = self._index.organisations
        if not any(t in bodies for t in mentioned):
            return False
        evidence = self._evidence(target).casefold()
        people = [t for t in dict.fromkeys(tokens) if t in self._index.people]
        for at, token in enumerate(tokens):
            if token in bodies and token not in mentioned and not any(name in evidence for name in bodies[token]):
                beside = tokens[max(0, at - BESIDE) : at + BESIDE + 1]
                if any(t in self._index.people and t in mentioned for t in beside):
                    return True
                # "that kim taewoo guy… — he used to run the asan institute", "…used to run a think tank under
                # seoul's unification ministry": the one person named, said to run it or something of it
                ran = any(
                    re.search(rf"{_RAN}\s+(?:[\w'’-]+\s+){{0,5}}?{re.escape(name)}\b", claim, re.I)
                    for name in bodies[token]
                )
                if ran and len(people) == 1 and people[0] in mentioned:
                    return True
        return False

    def _denies_what_the_articles_contradict(self, claim: str, target: Target) -> bool:
        """Whether a claim plainly denies, in its first clause, a particular the articles say otherwise ("kim
        didn't fly to russia": he is going by train; "they won't meet in moscow": in Vladivostok), and states none
        before its "not" that they contradict ("stockpiles went UP so they dont even need…")."""
        denial = _plain_denial(claim)
        if denial is None:
            return False
        stated = self._stated[target.id]
        before_it = denial[: _PLAIN_NOT.search(denial).start()]
        return bool(conflicts(self._particulars(_PLAIN_NOT.sub(" ", denial)), stated)) and not conflicts(
            self._particulars(before_it), stated
        )

    def _denies_the_rumour(self, claim: str, rumour: Target) -> bool:
        """Whether a claim plainly denies a rumour the articles contradict, one told only as an affirmation ("kim
        wasn't that close to moscow in his first years" against "kim was always tight with russia"): it says what the
        reply says. "Never" claims more than the denial ("kim was never close to moscow"), so it is no such denial;
        and the denial must be in the claim's first clause: "pyongyang condemned the annexation, it's not as
        pro-russia as ppl think" affirms the rumour before it denies anything."""
        if rumour.verdict is not Verdict.CONTRADICTED or (_plain_denial(claim) is None and not _denies_a_deed(claim)):
            return False
        phrasings = self._index.rumour_phrasings[rumour.id]
        affirmed = all(_polarity_of_claim(phrasing) for phrasing in phrasings)
        return affirmed and not conflicts(self._particulars(claim), self._particulars(rumour.text))

    def _restates_the_correction(self, claim: str, rumour: Target) -> bool:
        """Whether a claim states the very count a contradicted rumour's reply corrects it with ("only THREE countries
        recognised…" against the rumour that North Korea was one of five, whose reply says one of three): what the
        reply says, so supported; so does a claim saying the other side of an opposite pair than the rumour does, as
        the reply does ("after the talks with Trump failed"), or the reply's day, month, city, means of travel or
        office where the rumour says another. The count must be the one the rumour gets wrong: "12
        bodyguards ran beside his rolls royce" repeats a count the rumour itself states, and restates nothing."""
        if rumour.verdict is not Verdict.CONTRADICTED:
            return False
        said, stated = self._particulars(claim), self._particulars(rumour.text)
        going_around = self._going_around[rumour.id]
        opposed = {(pair, 1 - side, thing) for rumoured in going_around for pair, side, thing in rumoured.opposites}
        same_spans = set(_TIME_UNIT.findall(claim.casefold())) <= set(_TIME_UNIT.findall(rumour.text.casefold()))
        if said.opposites & stated.opposites & opposed and same_spans and not conflicts(said, stated):
            return True  # "their first summit came after the trump talks failed" against "…before" (not "a year after")
        for field in _CORRECTED_IN_ONE_WORD:
            says, replies = getattr(said, field), getattr(stated, field)
            rumoured_values = set().union(*(getattr(particulars, field) for particulars in going_around))
            if (
                says
                and says <= replies
                and rumoured_values
                and not says & rumoured_values
                and not conflicts(said, stated)
            ):
                return True  # "putin speaks at the forum in vladivostok" against "…in khabarovsk"
        rumoured = [count for particulars in going_around for count in particulars.counts]
        counted = [(n, units) for n, units in said.counts if units]
        return bool(counted) and all(
            any(n == number and units & stated_units for number, stated_units in stated.counts)
            and not any(n == number and units & rumoured_units for number, rumoured_units in rumoured)
            for n, units in counted
        )

    def _figures_the_rumour_lacks(self, claim: str, rumour: Target) -> bool:
        """Whether a claim states a figure where a recorded rumour that states none matches it: the rumour's verdict
        is on what it says ("covid was great for nk's economy"), not on the figure, which the articles never give."""
        return rumour.id not in self._figured and bool(figures(claim) - self._figures[rumour.id])

    def _unheard_of(self, claim: str) -> list[str]:
        """The words of a claim that nothing in the base has, or only rumours the articles do not bear out: a name,
        a detail the articles never mention."""
        matcher, rumoured_only = self._index.matcher, self._index.rumoured_only
        tokens = self._index.normalizer.tokens(claim)
        return [t for t in tokens if (not matcher.knows(t) or t in rumoured_only) and not t.isdigit()]

    def _check_names(self, claim: str, tokens: list[str], target: Target) -> ClaimCheck:
        """A claim naming people or places its best match does not: contradicted when, without those names, the
        match is clear and the articles name another of the same kind there ("met in Moscow" where they say
        Vladivostok); otherwise the articles do not say it."""
        mentioned = self._index.mentions[target.id]
        missing = [t for t in tokens if self._index.normalizer.is_person_or_place(t) and t not in mentioned]
        if not missing and not target.declines and target.verdict is None and not self._unheard_of(claim):
            return self._against(claim, target)  # its phrasings name fewer than it mentions: "…shoigu in pyongyang"
        decision = decide(
            self._index, [t for t in tokens if t not in missing], NOT_CLAIMS, stated=self._stated_types(claim)
        )
        settled = target.declines or target.verdict not in (None, Verdict.SUPPORTED)
        kinds = {self._kind(t) for t in missing}
        # a place or a country put in for another needs only a clear match ("japanese media first spotted…"); a
        # person or a year, which facts about something else name beside nearly everything, a confident one
        clear = decision.confident or (
            decision.action in (Action.ANSWER, Action.ASK_WHICH)
            and kinds == {"place"}
            and decision.best.score >= PLACE_SWAPPED_AT
        )
        if clear and decision.best.target != target.id and not settled:
            # without the name another fact leads clearly: "lankov says russia is blackmailing JAPAN" is about Seoul
            target = self._index.targets[decision.best.target]
            mentioned = self._index.mentions[target.id]
            settled = (
                target.declines
                or target.verdict not in (None, Verdict.SUPPORTED)
                or any(t in mentioned for t in missing)
            )
        if not clear or settled:
            return self._not_found(claim)
        back_then = years_in(self._evidence(target))
        if "person" in kinds and {y for y in years_in(claim) if y < "2023"} - back_then:
            return self._not_found(claim)  # "kim jong il also rode a train to moscow in 2001": another man's trip
        if kinds == {"place"} and back_then and max(back_then) < "2023" and not years_in(claim):
            return self._not_found(claim)  # "kim yo jong is on the train to russia": not her 2019 trip via China
        # another of the same kind: not one the claim names too ("in 2001 and 2011"), nor either side of the summit,
        # or their leaders, whom nearly every fact names ("kim jong il went to russia" is not contradicted by North
        # Korea, nor "kim yo jong stayed home" by Kim Jong Un rarely leaving)
        others = [t for t in mentioned if self._index.normalizer.is_person_or_place(t) and t not in tokens]
        if any(self._kind(t) in kinds for t in others if t not in SUMMIT_SIDES):
            # "nam sung-wook used to run the korea institute for national unification": Kim Taewoo ran it, and what
            # Nam ran is told by what the articles say of him, when they put him in another body (a body someone
            # spoke to, "lankov told al jazeera…", is no body he is in)
            people = [t for t in missing if t in self._index.people and t in self._index.targets]
            own = [self._index.targets[t] for t in people] if "say" not in tokens else []
            own = [person for person in own if self._puts_someone_in_another_body(claim, person)]
            return self._found(claim, Verdict.CONTRADICTED, own[0] if own else target)
        checked = self._against(claim, target) if set(missing) <= SUMMIT_COUNTRIES else None
        if checked is not None and checked.verdict is not None:
            return checked  # "if kim shows up in russia with generals…": the trip is to Russia
        return self._not_found(claim)

    def _saying_it_is_unknown(self, claim: str, candidates) -> Target | None:
        """A fact near the claim saying that what the claim calls known is unclear ("the exact amounts are known"
        where the volume of supplies remains unclear)."""
        for candidate in candidates:
            if candidate.score < NEAR_SHARE * candidates[0].score:
                break
            target = self._index.targets[candidate.target]
            if self._calls_known_what_it_says_is_unclear(claim, target):
                return target
        return None

    def _calls_known_what_it_says_is_unclear(self, claim: str, target: Target) -> bool:
        return _MADE_KNOWN.search(claim) is not None and _UNKNOWN.search(self._evidence(target)) is not None

    def _stated_types(self, claim: str) -> frozenset[str]:
        """The kinds of answer a claim states (a number, a date…), read in English only: in another language every
        kind counts as stated, so no entry saying a figure is not given is passed over."""
        return types_answered(claim) if self._index.language == "en" else frozenset(ANSWER_TYPES)

    def _decline_tying(self, decision: Decision) -> Target | None:
        """An entry saying the articles do not give something (not the summit's outcome) that fits a claim as well as
        the fact it matches best, within DECLINE_MARGIN: the claim says that something too ("kim takes the train
        because he's scared of flying" where they never say why he takes it)."""
        best, *others = decision.candidates
        if self._index.targets[best.target].declines:
            return None
        for candidate in others:
            target = self._index.targets[candidate.target]
            if candidate.score < best.score - DECLINE_MARGIN:
                break
            if target.declines and not target.about_outcome and not candidate.names_missing:
                return target
        return None

    def _not_given_of(self, tokens: list[str], candidates) -> Target | None:
        """An entry near the best match saying the articles do not give what the claim says of someone it names and
        the best match does not ("what China said" for a claim about China's reaction)."""
        best = candidates[0]
        for candidate in candidates[1:]:
            target = self._index.targets[candidate.target]
            if candidate.score < best.score - NOT_GIVEN_MARGIN:
                break
            if target.declines and not candidate.names_missing and not self._unmentioned(tokens, target):
                return target
        return None

    def _not_found(self, claim: str) -> ClaimCheck:
        earlier = any(year < "2023" for year in years_in(claim)) or _AN_EARLIER_MONTH.search(claim)
        on_the_trip = _ON_THE_TRIP.search(claim) and not earlier  # "…when he visited in july": Shoigu's visit
        if tells_of_after_the_summit(claim) or on_the_trip:
            return ClaimCheck(claim, Verdict.AFTER_ARTICLES, self._after_the_articles)
        return ClaimCheck(claim, Verdict.NOT_IN_ARTICLES, self._not_mentioned)

    def _found(self, claim: str, verdict: Verdict | None, target: Target) -> ClaimCheck:
        return ClaimCheck(claim, verdict, without_yes_or_no(target.text), target.id, target.claims, target.quotes)

    def _denied(self, claim: str, alleged: Target) -> ClaimCheck:
        """A claim that the accused own up to an allegation, contradicted: who alleges it, and that both deny it."""
        denying = self._denying
        text = f"{without_yes_or_no(alleged.text)} {without_yes_or_no(denying.text)}"
        claims = tuple(dict.fromkeys([*alleged.claims, *denying.claims]))
        return ClaimCheck(claim, Verdict.CONTRADICTED, text, alleged.id, claims, (*alleged.quotes, *denying.quotes))

    def _the_fact_it_quotes(self, claim: str) -> Claim | None:
        """The claim of the base whose quotes have the words a claim puts in quotation marks: quoted words say which
        fact a claim is about better than the names around them."""
        quoted = [_folded(q) for pair in _QUOTED.findall(claim) for q in pair if len(q.split()) >= 2]
        if not quoted:
            return None
        if not self._quotes_folded:
            self._quotes_folded = {
                c.id: _folded(" ".join(q.text for q in c.quotes))
                for c in self._claims.values()
                if c.id in self._index.targets
            }
        found = (i for i, text in self._quotes_folded.items() if all(q in text for q in quoted))
        return next((self._claims[i] for i in found), None)

    def _evidence(self, target: Target) -> str:
        """All a target says: its reply, the statements of the claims it rests on, and their quotes."""
        statements = [self._claims[c].statement for c in target.claims]
        return " ".join([target.text, *statements, *(q.text for q in target.quotes)])

    def _particulars(self, text: str):
        """The particulars a text states; the direction of a deal only in English, whose verbs `direction` reads
        (a Russian claim states none, so the articles' side of it is never compared)."""
        english = self._index.language == "en"
        return particulars(text, direction(text, self._countries_in) if english else None)

    def _dates_someone_by_something_else(self, claim: str, target: Target) -> bool:
        """Whether a claim puts someone it names beside Kim in a year the fact's reply gives only for something
        else, where the reply gives that person another year ("kim and putin first met back in 2018", where Kim met
        Putin in April 2019 and attended the 2018 inter-Korean summit)."""
        said = {y for y in years_in(claim) if y < "2023"}
        tokens = self._index.normalizer.tokens
        people = set(tokens(claim)) & self._index.people - {KIM}
        if not said or not people:
            return False
        clauses = [(set(tokens(clause)), years_in(clause)) for clause in _CLAUSES.split(target.text)]
        theirs = set().union(*(years for named, years in clauses if named & people))
        others = set().union(*(years for named, years in clauses if not named & people))
        return bool(theirs) and not said & theirs and said <= others

    def _blames_another_country(self, claim: str, evidence: str) -> bool:
        """Whether a claim has someone blame a country where the evidence has them blame only others
        ("North Korea blamed RUSSIA for the crisis in Ukraine", where it "has repeatedly blamed Washington")."""
        said = _BLAMED.search(claim)
        blamed = set(self._countries_in(said.group(1))) if said else set()
        stated = {country for found in _BLAMED.finditer(evidence) for country in self._countries_in(found.group(1))}
        return bool(blamed) and bool(stated) and not blamed & stated

    def _countries_in(self, text: str) -> list[str]:
        return [t for t in self._index.normalizer.tokens(text) if t in self._index.countries]

    def _kind(self, token: str) -> str:
        if token in self._index.countries or token in self._index.places:
            return "place"
        return "person" if token in self._index.people_and_bodies else "year"


_BLAMED = lazy_compile(r"\bblam(?:e|es|ed|ing)\s+(.{1,40}?)\s+(?:for|over)\b", re.I)
"""Whom someone blames, and for what: "blamed Washington for the crisis". Blame for one thing falls on one side;
an accusation of one country does not deny one of another, so accusing is not read."""

_DENYING_WORDS = (
    r"never|not|no|none|nobody|nothing|(?:barely|hardly|scarcely)(?! ever)|n't|\w+n't|without"
    r"|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to"
    r"|rul(?:ed|es|ing) out|rule out|hold(?:s|ing)? off|held off|refrain\w* from|stop(?:s|ped)? short of"
)
_DENYING_WITHOUT_APOSTROPHE = r"wouldnt|wont|arent|isnt|doesnt|didnt|dont|cant|couldnt|hasnt|havent|wasnt|werent|aint"
_WHAT_FOLLOWS_FROM_IT = lazy_compile(r"[,;] *(?:and )?so\b|\b(?:that'?s why|which is why|hence)\b", re.IGNORECASE)
"""Where a post turns from what it states to what it makes of it: "stockpiles ran dry, so putin turns to kim"."""
_ASKED_A_QUESTION = lazy_compile(r"\bask(?:s|ed|ing)? (?:\w+ )?(?:if|whether|about|how|why|what|when|where)\b", re.I)
_NOW = lazy_compile(r"\b(?:now|still|currently|nowadays|these days|at the moment|as of now|today)\b", re.IGNORECASE)
_BEFORE_THEN = lazy_compile(r"\bbefore\b", re.IGNORECASE)
"""A figure a fact gives of before something is no figure of now."""
_STRESSING = "mainly mostly really only just actually truly primarily chiefly desperately badly secretly will"
_ACQUIRING = "help helping build building get getting buy buying obtain acquire develop developing make produce access"
_GIVING_WORDS = "deal offer hand hands handing handed"
_RANKED_FOR_WANTS = 30
_IN_EXCHANGE = lazy_compile(r"\bin (?:exchange|return)\b|\btrad\w* for\b|\bswap", re.IGNORECASE)
"""A claim telling an exchange both ways round."""
_MOSTLY_WANTED = 0.5
"""A thing at least this share of the entries on a country's wants speak of is what that country wants."""
_HARDLY_WANTED = 0.2
"""A thing under this share of the entries on a country's wants speak of is not what it wants."""
_NEGATION = lazy_compile(rf"\b(?:{_DENYING_WORDS}|(?:the )?first time (?:\w+ ){{0,4}}ever)\b", re.IGNORECASE)
_ANSWER_POLARITY = lazy_compile(r"^\W*(yes|no|not|unlikely|likely|possibly)\b", re.IGNORECASE)


_ACCUSED = (
    r"(?:kremlin|moscow|russia|putin|peskov|shoigu|pyongyang|north korea|nk|dprk|kcna"
    r"|(?:russian|russia's|north korean|north korea's) (?:officials?|government|defen[cs]e ministry|mod|"
    r"(?:state )?(?:media|tv|television)))"
)
_ACCUSED_ADMIT = lazy_compile(
    rf"\b{_ACCUSED}\b(?: \w+){{0,2}}? (?:admit\w*|confirm\w*|acknowledg\w*|concede\w*|announc\w*|reveal\w*|reported)\b"
    rf"|\b{_ACCUSED} (?:himself|itself|themselves|personally|officially|publicly|openly) (?:said|says|stated|told)\b"
    r"|\b(?:confirmed|admitted|acknowledged|announced) by (?:the )?(?:kremlin|moscow|russia|putin|peskov|pyongyang"
    r"|north korea|kcna)\b",
    re.IGNORECASE,
)
"""A claim that one of the accused owns up to what it is accused of ("russian officials confirm…", "KCNA itself
reported…", "shoigu himself said…"): where the articles only carry the allegation, they say both sides deny it."""
_MADE_KNOWN = lazy_compile(
    r"\b(?:exact|precise|official|confirmed|verified|detailed)\s+(?:numbers?|figures?|counts?|tally|tallies|amounts?|"
    r"volumes?|totals?|data|stats|statistics)\b"
    r"|\b(?:volume|amount|number|figure|quantity|total)s? (?:is|are|was|were) (?:now |already |fully )?"
    r"(?:known|public|confirmed|clear)\b"
    r"|\b(?:knows?|tallied|counted|measured|worked out) exactly (?:how (?:many|much)|the (?:number|amount|volume))\b"
    r"|\b(?:numbers?|figures?|data|stats) (?:is|are) (?:all )?out there\b"
    r"|\b(?:published|released|put out|made public) (?:the |their |its )?(?:numbers?|figures?|counts?|tally|data)\b",
    re.IGNORECASE,
)
"""A claim that some figure has been made known ("Washington has released the EXACT numbers: …"): where the articles
say it remains unclear, that is what they contradict, whatever the figure."""
_UNKNOWN = lazy_compile(r"\b(?:unclear|not clear|unknown|not known)\b", re.IGNORECASE)
_BEYOND_DOUBT = lazy_compile(
    r"\b(?:zero|no|without (?:any|a)) doubts?\b|\bbeyond (?:any )?doubt\b|\bundisputed\b|\bunquestionabl[ey]\b"
    r"|\b(?:all|everyone|everybody|all (?:the )?(?:analysts|experts)|(?:analysts|experts) all) (?:all )?agrees?\b"
    r"|\b(?:certain|sure|guaranteed|bound) to\b|\binevitabl[ey]\b|\bnothing (?:is )?(?:stopping|standing in the way)"
    r"|\bdone deal\b",
    re.IGNORECASE,
)
_CALLED_LIKELY = lazy_compile(
    r"\blikely to\b|\bexpected to\b|\bprobably (?:will|going to|gonna)\b|\bmost likely (?:outcome|result|scenario)\b",
    re.IGNORECASE,
)
_NOT = lazy_compile(r"\b(?:not|never|no)\b|n'?t\b", re.IGNORECASE)
"""A claim calling likely, unnegated, what the articles call unlikely is what they contradict."""
_IN_DOUBT = lazy_compile(
    r"\b(?:question mark|open question|doubts?|doubtful|uncertain|unclear|not clear|unlikely)\b", re.IGNORECASE
)
"""A claim that puts beyond doubt ("zero doubts", "certain to") what the articles call in doubt or unlikely is what
they contradict."""

_YES_OR_NO = lazy_compile(r"^(?:yes|no|да|нет|так|ні|네|아니요|아뇨)\s*[.,:;]\s*(?=\w)", re.IGNORECASE)


def tells_of_after_the_summit(text: str) -> bool:
    """Whether a message tells of something at or after the summit: what it decided, Kim leaving Russia, a date from
    13 September on, a later year ("did russia veto the un panel in 2024?"; see _ABOUT_THE_OUTCOME and
    _AFTER_THE_SUMMIT)."""
    return about_the_outcome(text) or dated_after_the_summit(text)


def dated_after_the_summit(text: str) -> bool:
    """Whether a message tells of something it dates after the summit, whatever the summit decided: Kim leaving
    Russia, a date from 13 September on, a later year."""
    return _AFTER_THE_SUMMIT.search(text) is not None or _A_LATER_YEAR.search(text) is not None


_A_LATER_YEAR = lazy_compile(r"\b20(?:2[4-9]|3\d)\b")


def about_the_outcome(claim: str) -> bool:
    """Whether a claim tells what the summit decided or what happened at or after it (see _ABOUT_THE_OUTCOME); one
    naming only years before 2023 tells of an earlier meeting ("the 2019 summit was held on Russky Island")."""
    years = years_in(_SINCE_A_YEAR.sub(" ", claim))  # "their first summit since 2019" is this one
    if _HABITUALLY.search(claim):  # "they have met every year since 2019" tells of a habit, not of this summit
        return False
    told = _ABOUT_THE_OUTCOME.search(_FIRST_SINCE_THEN.sub(" ", claim))  # "…the first one since then": this one
    return told is not None and not (years and max(years) < "2023")


_HABITUALLY = lazy_compile(r"\b(?:every|each) (?:single )?year\b|\bannually\b|\ball the time\b", re.IGNORECASE)
_SINCE_A_YEAR = lazy_compile(r"\bsince (?:19|20)\d\d\b", re.IGNORECASE)
_SINCE_THE_YEAR = lazy_compile(r"\bsince (?:the )?(?:19|20)\d\d\b", re.IGNORECASE)
_FIRST_SINCE_THEN = lazy_compile(r"\bfirst(?: \w+){0,3} since then\b", re.IGNORECASE)


def without_yes_or_no(answer: str) -> str:
    """An FAQ answer without the "Yes." or "No." that answers its own question: under a verdict on a claim it would
    answer a question nobody asked ("❌ Not what my articles say: Yes. North Korea…")."""
    rest = _YES_OR_NO.sub("", answer, count=1)
    return rest[:1].upper() + rest[1:] if rest != answer else answer


def _other_figures(claim: str, evidence: str) -> bool:
    """Whether a claim in another language states figures and the fact it matches states only others ("тысяч 200
    северокорейцев" where the articles say nearly 20,000): what English reads by what a number counts."""
    said, stated = (figures(text) - years_in(text) for text in (claim, evidence))
    return bool(said) and bool(stated) and not said & stated


_EXCLUSIVE = lazy_compile(
    r"\b(?<!not )(?<!more than )(?:only|solely)\b|\b(?:nothing else|nothing but|none other|and that'?s it)\b",
    re.IGNORECASE,
)
"""A claim that something is all there is ("russia only wants shells"); "not only" and "more than only" say more."""
_MORE_THAN = lazy_compile(r"\b(?:besides|apart from|aside from|other than|beyond|else)\b", re.IGNORECASE)
_PRICE_OR_RATE = lazy_compile(
    r"[$€£]|\b(?:dollars?|bucks|usd|rubles?|roubles?|per|a (?:day|week|month|year)|each|daily"
    r"|price|costs?|paid|pays?|charg\w*)\b",
    re.IGNORECASE,
)


def _no_amount_held(claim: str) -> bool:
    """Whether the amounts a claim gives are a price, a rate or an amount sold or sent ("$200 per shell", "10,000
    shells a day", "shipped 500k shells"), which no stock the articles give can contradict."""
    return _PRICE_OR_RATE.search(claim) is not None or transfers_an_amount(claim)


_QUOTED = lazy_compile(r"[\"“]([^\"“”]{3,80})[\"”]|(?:^|(?<=\s))['‘]([^'‘’]{3,80})['’](?=[\s.,!?;:]|$)")
"""Words in double quotation marks, or in single ones that open after a space ("it would 'pay a price' for…")."""


def _quotes_words_they_never_use(claim: str, evidence: str) -> bool:
    """Whether a claim puts words in quotation marks that the evidence never has: someone "warned it would pay a
    price" is a quotation the articles do not carry, whatever else of the claim they bear out."""
    quoted = [q for pair in _QUOTED.findall(claim) for q in pair if len(q.split()) >= 2]
    if not quoted:
        return False
    folded = _folded(evidence)
    return any(not _quoted_in(_folded(q), folded) for q in quoted)


def _folded(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _quoted_in(quote: str, evidence: str) -> bool:
    """Whether the evidence has a quotation, word for word or, when it is a long one, nearly (people quote from
    memory: "dont give russia weapons that reach to kill ukrainians")."""
    if quote in evidence:
        return True
    return len(quote.split()) >= LONG_QUOTE_WORDS and fuzz.partial_ratio(quote, evidence) >= QUOTED_FROM_MEMORY_AT


def _more_than_all_there_is(claim: str, best) -> bool:
    """Whether a claim says something is all there is and its best match asks what there is besides (see
    EXCLUSIVE_AT)."""
    exclusive = _EXCLUSIVE.search(claim) is not None and _MORE_THAN.search(best.phrasing) is not None
    return exclusive and best.precision >= PRECISE_AT and best.score >= EXCLUSIVE_AT


_SAID = lazy_compile(r"\b(?:said|says|claimed|claims|told)\b", re.IGNORECASE)
"""A verb by which a claim has someone say something ("trump said…"), not a turn of phrase ("tells you everything")."""
EVERYDAY_COUNT = 100_000
"""How often a word must occur in English (pyspellchecker's counts) to be everyday speech, not a particular the
articles leave out: "NK leaders love face to face summits bc they look GREAT in the propaganda back home" says
nothing beyond them; "putin gave kim a horse" does."""


_WAYS_OF_KEEPING_IN_TOUCH = frozenset(
    stem(word)
    for word in ("phone", "phoned", "telephone", "email", "letters", "video", "videocall", "hotline", "texted")
)
"""Ways two people keep in touch, which the articles never mention: a claim telling of one tells what they don't."""


def _everyday(token: str, claim: str) -> bool:
    """Whether the claim's word behind a token is everyday English ("great", "goes"), not a name or a detail."""
    counts = english_word_counts()
    words = [word for word in clean_words(claim) if stem(word) == token and not _DENIAL.fullmatch(word)]
    return any(counts.get(word, 0) >= EVERYDAY_COUNT for word in words)  # "nobody" is no everyday word: it denies


def _says_nearly_all_of(decision: Decision, countries: frozenset[str]) -> bool:
    """Whether a post says nearly all of its best match's phrasing, and nothing fits it as well (see PRECISE_AT).
    A country is in nearly every post, so the phrasing needs words besides its countries (see SAYING_ALL_TAKES)."""
    best, *others = decision.candidates
    runner_up = others[0].score if others else 0.0
    said = best.precision >= PRECISE_AT and len(set(best.phrasing_tokens) - countries) >= SAYING_ALL_TAKES
    return said and best.score >= WEAK_AT and not best.names_missing and best.score > runner_up


_IN_MILLIONS = lazy_compile(r"\b\d[\d,.]*\s*(?:million|billion|mln|bn)\b", re.IGNORECASE)


def _large_figures(claim: str) -> set[str]:
    """The figures of a claim from a hundred up (years aside) or in millions: no allegation the articles carry backs
    "Russia makes ~2 million shells a year" unless it states that figure too."""
    millions = {f for m in _IN_MILLIONS.finditer(claim) for f in figures(m.group())}
    years = years_in(claim)
    return {f for f in figures(claim) if f in millions or (int(f) >= 100 and f not in years)}


_DENIAL = lazy_compile(rf"\b(?:{_DENYING_WORDS}|{_DENYING_WITHOUT_APOSTROPHE})\b", re.IGNORECASE)
"""Words that deny, as people type them, with or without the apostrophe."""
_NOT_JUST = lazy_compile(
    r"\b(?:not|\w+n't|doesnt|dont|isnt|arent|wasnt)\s+(?:\w+\s+)?(?:just|only|merely|simply|solely)\b"
    r"|\b(?:not|isn'?t|wasn'?t)\s+(?:even\s+)?(?:the|their|his|its)\s+first\b(?![^.,;?!]*\bsince\b)"
    r"|\b(?:not|haven'?t|hasn'?t|hadn'?t|didn'?t|weren'?t|wasn'?t)\s+(?:\w+\s+){0,5}?since\s+"
    r"(?:(?:19|20)\d\d|covid(?:-19)?|the (?:pandemic|outbreak|border closures?))\b",
    re.IGNORECASE,
)
""""Not just shells but rocket launchers too" adds to what it names, and "this isn't even their first time" says
there was one before, and "they haven't had a summit since 2019" (or "since covid") that the next is the first
since: none denies anything. "Not his first trip since covid" does deny a first since then."""
_DOUBT = lazy_compile(r"\b(?:unlikely|doubts?|doubtful|question mark|unclear|uncertain)\b", re.IGNORECASE)
_ASSERTED_BY = lazy_compile(
    r"\W*(?:according to|acc(?:ording)? to|per) ([^,:]{2,60})[,:]"
    r"|\W*(?!(?:before|after|when|until|since|once|if|as)\b)"
    r"((?:[^\s,:.!?]+ ){0,3}[^\s,:.!?]+(?=\s*:)|[^,:.!?]{2,60}?(?=\s*\b(?:says?|said|claims?|confirm(?:s|ed)?|reports?"
    r"|reported|announced|admits?)\b))",
    re.IGNORECASE,
)
"""Who a claim opens by saying says it: "according to Russia's Defence Ministry, …", "US officials: …"."""
_SOURCED_FROM = lazy_compile(
    r"\b(?:came|comes|come|coming) from (?:a |an |the |some )?([^,.!?]{2,40}?\b(?:officials?|sources?|intelligence"
    r"|ministry|diplomats?|spokes(?:man|woman|person)))\b",
    re.IGNORECASE,
)
"""Who a claim says something came from: "the first tip came from a RUSSIAN official"."""
_WANTS_TO_DO = lazy_compile(
    r"\b(?:try|tries|trying|tried|aim|aims|aiming|look|looks|looking|hope|hopes|hoping|want|wants|wanted|"
    r"seek|seeks|seeking|need|needs|needed) to (\w+)",
    re.IGNORECASE,
)
"""A want of something to do ("trying to blackmail seoul"), whose verb, unless it gets or gives, names no thing."""
_ON_THIS_TRIP = lazy_compile(
    r"\b(?:this time|this trip|this visit|this year|(?<!on[- ])(?<!off[- ])again(?![- ]off\b))\b", re.IGNORECASE
)
"""A claim about the trip the articles expect, not an earlier one."""
_HIS_THING_TRAVELS = lazy_compile(
    r"^\W*(?:kim|putin)(?:'s|’s) (?!(?:own |private |special |armou?red |bulletproof )?(?:train|plane|jet|aircraft"
    r"|delegation|entourage|team|party|people|officials|aides|trip|visit|journey)\b)[a-z][\w-]*",
    re.IGNORECASE,
)
"""A claim whose traveller is something or someone of a leader's ("kim's mercedes got flown ahead on a cargo
plane", "kim's bodyguards flew in"): how he travels says nothing of how it does."""


def _travel_of_his_thing(claim: str, found: list[str]) -> bool:
    """Whether the only particular a claim differs in is the means of travel of something of a leader's."""
    return found == ["travel"] and _HIS_THING_TRAVELS.search(strip_furniture(claim)) is not None


_AS_A_GIFT = lazy_compile(r"\b(?:as|for) (?:a |his |her |their )?(?:gift|present)s?\b", re.IGNORECASE)
"""Something given as a gift ("putin sent kim horses as a gift"): no offer of what a side can supply."""
_DEAL_WITH = lazy_compile(
    r"\b(?:deals?|agreements?|pacts?|arrangements?|bargains?|contracts?|trade|trading)\s+with\b", re.IGNORECASE
)
"""A deal with a side ("nk will only do a deal with russia if…"): a partner named, not who gets what."""
_SENT_TO_ASK = lazy_compile(r"\bto (?:ask|request|seek|beg)\b", re.IGNORECASE)
"""A purpose ("…was to ask kim for more shells"): the side named just before it is where, not who wants."""
_ALREADY_GIVEN = lazy_compile(
    r"\b(?:already|has|have|had)\s+(?:\w+\s+)?"
    r"(?:handed|given|sent|delivered|supplied|shipped|sold|transferred|provided)\b"
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )\b(?:sent|gave|delivered|shipped)\b",
    re.IGNORECASE,
)
"""A delivery said to be made ("has already handed NK MiG-29s", "the wheat flour russia sent nk this year"): news of
an event, not of what a side can offer."""
_HEDGE = lazy_compile(r"\b(?:probably|maybe|might|may|perhaps|possibly)\b", re.IGNORECASE)
_UNLIKELY = lazy_compile(r"\bunlikely\b", re.IGNORECASE)
_SAID_NOT = lazy_compile(
    r"\b(?:said|say|says|saying|insist(?:s|ed)?|claim(?:s|ed)?|stated?)\b"
    r"(?: that)?(?: [\w'’]+){0,3}? (?:no|not|never|\w+n'?t)\b",
    re.IGNORECASE,
)
_DENIED_BY_SOMEONE = lazy_compile(r"\bden(?:y|ies|ied|ying|ials?)\b", re.IGNORECASE)
_RAN = r"\b(?:ran|run|runs|running|headed|heads|head of|led|leads|directed|director of|chief of|boss of)"
"""What someone who led a body did to it: "he used to run the asan institute"."""
_CALLED_PROBABLE = lazy_compile(r"\b(?:most )?probably\b", re.IGNORECASE)


def _affirms_what_it_calls_unlikely(claim: str, reply: str) -> bool:
    """Whether a claim affirms, unhedged, what the reply of the fact it matches calls unlikely ("Putin said US
    security guarantees would be enough" where he said they were unlikely to convince Pyongyang)."""
    claim = _NOT_JUST.sub(" ", claim)
    hedged = _HEDGE.search(_CALLED_PROBABLE.sub(" ", claim))  # "would probably be enough" calls it likely
    return _UNLIKELY.search(reply) is not None and not hedged and not any(p.search(claim) for p in (_DENIAL, _DOUBT))


def _denies_what_it_affirms(claim: str, evidence: str) -> bool:
    """Whether a claim denies something ("Russia never backed those UN bans", "he's not planning to send any more")
    where the evidence of the fact it matches denies and doubts nothing: the articles say it is so."""
    denies = _DENIAL.search(_without_affirming_negations(claim)) is not None
    reported = _DENIED_BY_SOMEONE.search(evidence)  # "…have vehemently denied plans for an arms deal"
    return denies and not reported and _DENIAL.search(evidence) is None and _DOUBT.search(evidence) is None


def _denies_what_they_deny(claim: str, evidence: str) -> bool:
    """Whether a claim plainly denies doing what the evidence says was not done ("north korea never condemned the
    invasion", where it refrained from condemning it)."""
    denied, not_done = (
        {stem(found.group(1).casefold()) for found in _DENIED_DOING.finditer(text)} for text in (claim, evidence)
    )
    return bool(denied & not_done)


def _denies_what_was_done(claim: str, evidence: str) -> bool:
    """Whether a claim plainly denies doing the very thing the evidence tells was done ("the us hasn't said anything
    about the talks", where Watson said they are advancing; "the kremlin hasn't confirmed it"), not something the
    evidence itself says was not done ("nk hasn't condemned the invasion": it refrained from condemning it)."""
    denial = _plain_denial(claim)
    if denial is None:
        return False
    denied = {stem(found.group(1).casefold()) for found in _DENIED_VERB.finditer(denial)}
    not_done = {stem(found.group(1).casefold()) for found in _DENIED_DOING.finditer(evidence)}
    return bool(denied & ({stem(word) for word in clean_words(evidence)} - not_done))


def _polarity(answer: str) -> bool | None:
    """Whether an FAQ answer opens by saying yes (True) or no (False) to its question, if it opens either way."""
    opening = _ANSWER_POLARITY.match(answer)
    return None if opening is None else opening.group(1).casefold() in ("yes", "likely", "possibly")


def _without_affirming_negations(claim: str) -> str:
    """A claim without the negations that affirm: "not just shells", "didn't get there until monday"."""
    return _NOT_JUST.sub(" ", not_until_as_when(claim))


def _polarity_of_claim(claim: str) -> bool:
    """Whether a claim affirms (True) or denies (False) what it states: "have never met" denies; "moscow isn't just
    after shells" affirms, and more; "haven't had a summit since 2019" affirms a gap, the first one since then;
    "didn't announce it until monday" affirms it was announced then."""
    return _NEGATION.search(_without_affirming_negations(claim)) is None


def _denies_a_deed(claim: str) -> bool:
    """Whether a claim's first clause says someone never did something ("nk never condemned russia"), which claims no
    more than that they have not, and it denies nothing else."""
    first_clause = _CLAUSE_BREAK.split(claim, maxsplit=1)[0]
    return bool(_NEVER_DID.search(first_clause)) and not _NEGATION_BEYOND_NOT.search(_NEVER_DID.sub(" ", claim))


def _plain_denial(claim: str) -> str | None:
    """A claim's first clause, if it plainly denies something: "not", never "never" or "no" (which claim more than
    the denial), nor a question asking to confirm ("wasnt north korea only closed for a year?"), nor "not until",
    which tells when ("the kremlin didnt announce it until friday")."""
    first_clause = _CLAUSE_BREAK.split(claim, maxsplit=1)[0]
    if not _PLAIN_NOT.search(first_clause) or _NEGATION_BEYOND_NOT.search(claim):
        return None
    if _PLAIN_NOT.match(first_clause.strip()) or _NOT_UNTIL.search(first_clause):
        return None
    return first_clause


_CLAUSE_BREAK = lazy_compile(r"[,;:]\s|\s[—–-]+\s|[.!?]+\s|\bbut\b")
_CLAUSES = lazy_compile(r"(?:[,;:]|\.|\s+and)\s+(?!(?:in|on|at|since|from|by|until|before|after)\s)")
"""Where a clause of a reply ends: not before "in April 2019", which dates the clause before it."""
_FIRST = lazy_compile(r"\bfirst\b", re.IGNORECASE)
KIM = "kim-jong-un"
"""Kim, the subject of nearly every fact: a year beside him says little of whom else a claim names."""
_PLAIN_NOT_WORDS = rf"\b(?:not|\w+n't|{_DENYING_WITHOUT_APOSTROPHE}|shouldnt|hadnt)\b"
_PLAIN_NOT = lazy_compile(_PLAIN_NOT_WORDS, re.IGNORECASE)
"""A plain "not", typed with or without the apostrophe ("isn't", "wasnt"): not "president" or "want"."""
_DENIED_VERB = lazy_compile(
    rf"{_PLAIN_NOT_WORDS}\s+(?:(?:even|really|actually|ever|yet|officially|publicly)\s+)*([a-z]{{3,}}ed|said)\b", re.I
)
"""The deed a claim denies, a verb in the past ("hasn't said", "hasn't confirmed"): "doesn't have many shells" or
"dont even need interpreters" denies no deed the evidence tells."""
_NOT_UNTIL = lazy_compile(rf"{_PLAIN_NOT_WORDS}.*\b(?:until|till|before)\b", re.IGNORECASE)
_NEVER_DID = lazy_compile(r"\bnever\s+(?:\w+ly\s+)?[a-z]{3,}ed\b", re.IGNORECASE)
"""A deed denied with "never" ("never condemned"), which claims no more than "hasn't condemned"; unlike "was never
close", which claims more than a denial of how close they were at one time."""
_NEGATION_BEYOND_NOT = lazy_compile(r"\b(?:never|no|nobody|none|nothing|neither|nor|false|fake|lie|denied)\b", re.I)
_DENIED_DOING = lazy_compile(r"(?:\brefrain\w* from|\bnever|\bnot|n't|\bno longer)\s+(?:\w+ly\s+)?(\w+)", re.I)
"""What the evidence says someone did not do: "refrained from condemning", "has never visited"."""
