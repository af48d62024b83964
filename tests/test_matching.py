"""The matcher's quick way gives what selecting among all the documents gives, ties included."""

import dataclasses

import pytest

from knowledge.evaluation import load_eval_set
from knowledge.matching import Candidate
from tests.conftest import ROOT

QUESTIONS = [item.question for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")) for item in load_eval_set(path)]


def what_it_says(candidates: list[Candidate]) -> list[Candidate]:
    """All but `phrasing`, which nothing reads: of two phrasings with the same tokens either may be named."""
    return [dataclasses.replace(c, phrasing="") for c in candidates]


@pytest.mark.parametrize("limit", [5, 20])
def test_the_quick_ranking_is_the_ranking_over_all_documents(base, monkeypatch, limit):
    matcher = base._index.matcher
    messages = [base._index.normalizer.tokens(question) for question in QUESTIONS]
    settled_quickly = []
    rank_quickly = matcher._rank_quickly

    def counting(*arguments):
        ranked = rank_quickly(*arguments)
        settled_quickly.append(ranked is not None)
        return ranked

    monkeypatch.setattr(matcher, "_rank_quickly", counting)
    quick = [what_it_says(matcher.rank(tokens, limit)) for tokens in messages]
    assert sum(settled_quickly) > 0.7 * len(settled_quickly), "the quick way settles most messages"
    monkeypatch.setattr(matcher, "_rank_quickly", lambda *arguments: None)
    over_all = [what_it_says(matcher.rank(tokens, limit)) for tokens in messages]
    assert quick == over_all


def test_an_faq_phrasing_wins_an_exact_tie_with_an_entitys_alias(base):
    """ "Kim's visit to Russia" is also an alias of the summit: the entry answers the question."""
    assert base.answer("is kim visiting russia").match == "is-kim-visiting-russia"


def test_us_after_a_verb_is_the_pronoun_and_before_officials_the_country():
    from knowledge.normalizing import clean_words

    assert "us" not in clean_words("what would that tell us?")
    assert "us" in clean_words("warnings from us officials") and "usa" in clean_words("what does the US want")


def test_what_someone_is_after_is_what_they_want_but_after_a_time_is_a_time(base):
    from knowledge.normalizing import clean_words

    assert clean_words("what hardware is moscow after") == ["what", "hardware", "is", "moscow", "want"]
    assert "after" in clean_words("the summit is right after the forum") and "after" in clean_words("after that?")
    assert base.answer("besides shells what specific hardware is moscow after").match == (
        "russia-wants-ammo-production-launchers"
    )


def test_a_contracted_not_is_one_word_whichever_apostrophe():
    from knowledge.normalizing import clean_words

    assert clean_words("russia hasn't confirmed it, isn’t that odd") == [
        "russia", "hasnt", "confirmed", "it", "isnt", "that", "odd"
    ]  # fmt: skip


def test_the_separatist_republics_are_known_by_their_russian_abbreviations(base):
    assert (
        base.answer("how many countries recognised the dnr and lnr").match == "which-countries-recognised-separatists"
    )


def test_talks_getting_anywhere_are_talks_advancing(base):
    assert base.answer("are the arms talks getting anywhere").match == "us-says-arms-talks-increasingly-advanced"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what kinda military tech could kim try to grab from moscow", "nk-wants-weapons-technology"),
        ("what is putin trying to show the world here", "putin-wants-to-show-he-can-sustain-war"),
    ],
)
def test_what_each_side_is_after_is_told_apart_from_the_other_sides(base, question, entry):
    assert base.answer(question).match == entry


def test_whose_ok_a_deal_needs_asks_whose_consent(base):
    assert base.answer("whose ok would nk need for a deal").match == "nk-deal-may-involve-china"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how much ammo does north korea have", "russia-wants-nk-tens-of-millions-shells"),  # has, not sent
        ("when did kim last leave north korea before this", "kims-first-trip-abroad-since-pandemic"),  # not the train
        ("which day are ppl betting on for the summit", "summit-on-forums-final-day"),  # the likeliest day
        ("which ministry id'd jo chun ryong", "unification-ministry-on-kims-entourage"),  # identified
        ("since when have moscow and pyongyang been buddying up", "why-russia-and-nk-drew-closer"),  # not "buying"
        ("any food involved lol", "lunch-planned-in-kims-honour"),  # a meal, not food aid nor anyone's role
        ("what's on the agenda for kim x putin, quick list pls", "summit-agenda-expected-topics"),  # x: and
        ("what excuse does pyongyang give for russia attacking ukraine?", "nk-blames-washington-hegemonic-policy"),
        ("what missiles could NK sell to russia, short range or long range?", "russia-wants-shells-rockets-srbms"),
    ],
)
def test_everyday_wording_reaches_the_entry_that_answers_it(base, question, entry):
    answer = base.answer(question)
    assert answer.answered and answer.match == entry


@pytest.mark.parametrize(
    ("question", "again"),
    [
        ("where was that meeting again", False),
        ("who is she again?", False),
        ("where was that meeting again in 2019", False),
        ("when will they meet again", True),
        ("since when are they close again?", True),
        ("what was that again", True),  # the lexicon's stopword, as it stands
    ],
)
def test_again_at_the_end_of_what_something_was_asks_to_be_reminded(question, again):
    from knowledge.normalizing import clean_words

    assert ("again" in clean_words(question)) is again


def test_how_much_someone_has_been_doing_something_asks_how_often():
    from knowledge.normalizing import clean_words

    assert clean_words("how much has nk been testing missiles lately")[:2] == ["how", "often"]
    assert clean_words("how much ammo has russia asked for")[:2] == ["how", "much"]
